"""CPU time and peak memory of other processes, read from /proc (Linux) with the stdlib alone.

A process is counted with its descendants, so a server that forks workers is measured whole.
"""

from __future__ import annotations

import contextlib
import os

_TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
        text = stat.read()
    # The command name may hold spaces and parentheses: the fields that follow start after the last ')'.
    return text[text.rindex(")") + 2 :].split()


def _tree(root: int) -> list[int]:
    """`root` and every process below it, as /proc shows them now."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, ValueError):
                children.setdefault(int(_stat(int(entry))[1]), []).append(int(entry))
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending += children.get(pid, [])
    return found


def cpu_seconds(root: int) -> float:
    """User plus system CPU time so far of `root` (with its reaped children) and its live descendants."""
    fields = _stat(root)
    total = sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    for pid in _tree(root)[1:]:
        with contextlib.suppress(OSError):
            total += sum(int(value) for value in _stat(pid)[11:13])
    return total / _TICKS


def peak_rss_mb(root: int) -> float:
    """Sum of the peak resident set sizes (VmHWM) of `root` and its live descendants, in MiB."""
    total_kb = 0
    for pid in _tree(root):
        with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    total_kb += int(line.split()[1])
    return total_kb / 1024


def machine_busy_seconds() -> float:
    """CPU time all processes on the machine have used so far (every state but idle and iowait)."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle, iowait = fields[3], fields[4]
    # user nice system idle iowait irq softirq steal (guest time is already inside user and nice)
    return (sum(fields[:8]) - idle - iowait) / _TICKS
