"""The bench's child processes: started detached from the terminal, always stopped, logs kept aside.

Each child runs in its own session (Ctrl-C reaches only the coordinator, which then stops them in
order) and asks the kernel for SIGTERM should the coordinator die without cleaning up.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import queue
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
_PR_SET_PDEATHSIG = 1


class BenchFailure(RuntimeError):
    """Something the bench needs did not work; the message says what, with the log's last lines."""


def _die_with_parent() -> None:
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class Processes:
    """Starts children with logs in `log_dir`; on exit terminates them (SIGTERM, then SIGKILL)."""

    def __init__(self, log_dir: Path) -> None:
        self._log_dir = log_dir
        self._children: dict[str, subprocess.Popen[bytes]] = {}
        self._logs: list[IO[bytes]] = []

    def __enter__(self) -> Processes:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop_all()

    def start(
        self, name: str, argv: list[str], *, env: dict[str, str] | None = None, pipes: bool = False
    ) -> subprocess.Popen[bytes]:
        log = open(self._log_dir / f"{name}.log", "wb")  # noqa: SIM115 - closed in stop_all
        self._logs.append(log)
        child = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE if pipes else subprocess.DEVNULL,
            stdout=subprocess.PIPE if pipes else log,
            stderr=log,
            start_new_session=True,
            preexec_fn=_die_with_parent,  # the coordinator starts children from one thread
        )
        self._children[name] = child
        return child

    def pid(self, name: str) -> int:
        return self._children[name].pid

    def check_alive(self) -> None:
        for name, child in self._children.items():
            if child.poll() is not None:
                raise BenchFailure(f"{name} exited with {child.returncode}\n{self.log_tail(name)}")

    def wait_listening(self, name: str, port: int, timeout: float = 30.0) -> None:
        """Until something accepts TCP connections on 127.0.0.1:port, or the child has died."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            with socket.socket() as probe:
                probe.settimeout(0.5)
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    return
            time.sleep(0.05)
        raise BenchFailure(
            f"{name} did not listen on 127.0.0.1:{port} within {timeout:.0f} s\n{self.log_tail(name)}"
        )

    def log_tail(self, name: str, lines: int = 20) -> str:
        path = self._log_dir / f"{name}.log"
        if not path.exists():
            return ""
        tail = path.read_text(errors="replace").splitlines()[-lines:]
        return "\n".join(f"  {name}| {line}" for line in tail)

    def stop_all(self, grace: float = 5.0) -> None:
        for child in self._children.values():
            if child.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + grace
        for child in self._children.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=max(0.0, deadline - time.monotonic()))
            if child.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    child.kill()
                child.wait()
            for stream in (child.stdin, child.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
        for log in self._logs:
            log.close()
        self._children.clear()
        self._logs.clear()


class WorkerClient:
    """Talks the `worker_io` line protocol with a child started with `pipes=True`."""

    def __init__(self, name: str, child: subprocess.Popen[bytes], processes: Processes) -> None:
        assert child.stdin is not None and child.stdout is not None
        self._name = name
        self._stdin = child.stdin
        self._lines: queue.Queue[bytes] = queue.Queue()
        self._processes = processes
        threading.Thread(target=self._read, args=(child.stdout,), daemon=True).start()

    def _read(self, stdout: IO[bytes]) -> None:
        for line in stdout:
            self._lines.put(line)
        self._lines.put(b"")

    def _next(self, timeout: float) -> dict[str, Any]:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise BenchFailure(
                f"{self._name} did not answer within {timeout:.0f} s\n{self._processes.log_tail(self._name)}"
            ) from None
        if not line:
            raise BenchFailure(f"{self._name} exited\n{self._processes.log_tail(self._name)}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def wait_ready(self, timeout: float = 60.0) -> None:
        if not self._next(timeout).get("ready"):
            raise BenchFailure(f"{self._name} did not start")

    def request(self, command: dict[str, Any], timeout: float) -> Any:
        """The command's result; a failure the worker reports is raised as `WorkerError`."""
        self._stdin.write(json.dumps(command).encode() + b"\n")
        self._stdin.flush()
        answer = self._next(timeout)
        if not answer.get("ok"):
            raise WorkerError(str(answer.get("error")))
        return answer["result"]


class WorkerError(RuntimeError):
    """A command failed inside a worker; the worker itself is still usable."""


def child_env(extra: dict[str, str]) -> dict[str, str]:
    """This environment without the gateway's and Voucherify's settings, plus `extra`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GATEWAY_", "VOUCHERIFY_")) and key != "PYTHONPATH"
    }
    env.update(extra)
    return env
