"""CPU time and peak memory of another process, read from /proc (Linux) with the stdlib alone."""

from __future__ import annotations

import os

_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of all threads of `pid` so far (clock-tick resolution)."""
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
        text = stat.read()
    # The command name may hold spaces and parentheses: the fields that follow start after the last ')'.
    fields = text[text.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])
    return (utime + stime) / _TICKS


def peak_rss_mb(pid: int) -> float:
    """Peak resident set size of `pid` over its lifetime (VmHWM), in MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def machine_busy_seconds() -> float:
    """CPU time all processes on the machine have used so far (every state but idle and iowait)."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle, iowait = fields[3], fields[4]
    # user nice system idle iowait irq softirq steal (guest time is already inside user and nice)
    return (sum(fields[:8]) - idle - iowait) / _TICKS
