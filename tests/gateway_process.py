"""The gateway as an operator runs it: `python -m voucher_gateway.cli serve` in its own process, with its own
memory (read from /proc), its own event loop and its own signals, and a health watcher beside it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from tests.loopback import free_port

APP_ID, APP_TOKEN = "fault-app", "fault-token"


def bare_env(**extra: str) -> dict[str, str]:
    """This environment without any of the gateway's settings or credentials, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VOUCHERIFY_", "GATEWAY_"))}
    env.update(extra)
    return env


def clean_env(**extra: str) -> dict[str, str]:
    """`bare_env` with the gateway's test credentials."""
    return bare_env(**{"VOUCHERIFY_APP_ID": APP_ID, "VOUCHERIFY_APP_TOKEN": APP_TOKEN, **extra})


def proc_status_kib(pid: int, field: str) -> int:
    """A `VmHWM`/`VmRSS` line of /proc/PID/status, in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} for process {pid}")


class GatewayProcess:
    """A gateway process in front of `upstream_url` on a free loopback port, its output in `log_path`."""

    def __init__(self, upstream_url: str, *args: str, log_path: Path, **env: str) -> None:
        self.address = f"127.0.0.1:{free_port()}"
        self.log_path = log_path
        self._command = [
            sys.executable,
            "-m",
            "voucher_gateway.cli",
            "serve",
            "--upstream",
            upstream_url,
            "--listen",
            self.address,
            *args,
        ]
        self._env = clean_env(**env)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def __enter__(self) -> GatewayProcess:
        # A file, not a pipe: a gateway that logs a lot must never block on a full pipe.
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                self._command, env=self._env, stdout=log, stderr=subprocess.STDOUT
            )
        with grpc.insecure_channel(self.address) as channel:
            health: Any = health_pb2_grpc.HealthStub(channel)
            answer = health.Check(health_pb2.HealthCheckRequest(), wait_for_ready=True, timeout=30)
            assert answer.status == health_pb2.HealthCheckResponse.SERVING
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def signal(self, signum: int) -> None:
        assert self.process is not None
        self.process.send_signal(signum)

    def wait(self, timeout: float) -> int:
        assert self.process is not None
        return self.process.wait(timeout=timeout)

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def peak_rss_mib(self) -> float:
        return proc_status_kib(self.pid, "VmHWM") / 1024

    def rss_mib(self) -> float:
        return proc_status_kib(self.pid, "VmRSS") / 1024

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@dataclass
class HealthAnswer:
    asked_at: float
    answered_at: float
    #: "SERVING", another status name, or the gRPC code of a failed check.
    outcome: str


class HealthWatch:
    """Asks grpc.health.v1 every `interval` seconds, each with a `deadline`, from a thread of its own."""

    def __init__(self, address: str, *, interval: float = 0.05, deadline: float = 1.0) -> None:
        self.address = address
        self.interval = interval
        self.deadline = deadline
        self.answers: list[HealthAnswer] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="health-watch")

    def _run(self) -> None:
        with grpc.insecure_channel(self.address) as channel:
            health: Any = health_pb2_grpc.HealthStub(channel)
            while not self._stop.is_set():
                asked = time.monotonic()
                try:
                    answer = health.Check(health_pb2.HealthCheckRequest(), timeout=self.deadline)
                    outcome = health_pb2.HealthCheckResponse.ServingStatus.Name(answer.status)
                except grpc.RpcError as error:
                    outcome = error.code().name
                self.answers.append(HealthAnswer(asked, time.monotonic(), outcome))
                self._stop.wait(self.interval)

    def __enter__(self) -> HealthWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def outcomes(self) -> set[str]:
        return {answer.outcome for answer in self.answers}

    def slowest(self) -> float:
        return max((a.answered_at - a.asked_at for a in self.answers), default=0.0)

    def between(self, start: float, end: float) -> list[HealthAnswer]:
        """The answers asked and answered within [start, end]."""
        return [a for a in self.answers if start <= a.asked_at and a.answered_at <= end]
