"""Multi-process mode: N gateway processes share one port with SO_REUSEPORT, each with its own loop and pool.

The kernel spreads new connections across the processes (whole connections, not calls), so this helps
a host with more cores than one Python process can use. SIGTERM, SIGINT and SIGHUP are passed on to
every worker; if one worker fails, the others are stopped and its exit code is returned.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from types import FrameType

from .credentials import Credentials
from .settings import Settings


def _worker(settings: Settings, upstream_url: str, credentials: Credentials) -> None:
    from . import eventloop, logs
    from .server import serve

    logs.configure(settings.log_level, settings.log_format)
    eventloop.run(serve(settings, upstream_url, credentials))


def run(settings: Settings, upstream_url: str, credentials: Credentials) -> int:
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(
            target=_worker, args=(settings, upstream_url, credentials), name=f"gateway-worker-{n}"
        )
        for n in range(settings.workers)
    ]
    stopping = False

    def forward(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        if signum in (signal.SIGTERM, signal.SIGINT):
            stopping = True
        for process in processes:
            if process.pid is not None and process.is_alive():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, forward)
    for process in processes:
        process.start()
    code = 0
    while any(process.is_alive() for process in processes):
        for process in processes:
            if process.exitcode not in (None, 0) and not stopping:
                code = process.exitcode or 1
                stopping = True
                for other in processes:
                    if other.is_alive():
                        other.terminate()
        time.sleep(0.2)
    for process in processes:
        process.join()
    return code
