"""Running the stand-in: `serve()` for the CLI, `EmulatorServer` to embed it (gateway, tests)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from pathlib import Path

import uvicorn

from .app import EmulatorApp
from .credentials import AcceptedCredentials
from .seed import load_seed, read_seed
from .service import Emulator
from .store import Store
from .timeutil import Clock, system_clock

log = logging.getLogger("emulator")


def build_emulator(
    db: str | None = None,
    seed: str | Path | None = None,
    clock: Clock = system_clock,
    *,
    load_default_seed: bool = True,
) -> Emulator:
    """A store (file or memory) with the seed applied: the given file, else the default data set."""
    emulator = Emulator(Store(db), clock)
    if seed is not None or load_default_seed:
        load_seed(emulator, read_seed(seed))
    return emulator


def serve(
    host: str = "127.0.0.1",
    port: int = 8080,
    db: str | None = None,
    seed: str | None = None,
    credentials: AcceptedCredentials | None = None,
) -> None:
    """Runs the stand-in in the foreground until interrupted."""
    emulator = build_emulator(db, seed)
    app = EmulatorApp(emulator, credentials or AcceptedCredentials.from_env())
    log.info("Voucherify stand-in on http://%s:%d (db: %s)", host, port, db or "memory")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, lifespan="off")
    finally:
        emulator.store.close()


class EmulatorServer:
    """The stand-in on 127.0.0.1 in a background thread, on a free port (port 0 by default).

    The gateway embeds it when no upstream is configured; tests start one per session.
    """

    def __init__(
        self,
        emulator: Emulator | None = None,
        *,
        db: str | None = None,
        seed: str | Path | None = None,
        clock: Clock = system_clock,
        credentials: AcceptedCredentials | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.emulator = emulator or build_emulator(db, seed, clock)
        self.credentials = credentials or AcceptedCredentials.from_env()
        self.app = EmulatorApp(self.emulator, self.credentials)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Inherited by accepted connections: without it, an answer on a kept-alive connection waits
        # for the client's delayed ACK (about 40 ms a request on Linux).
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock.bind((host, port))
        self.host, self.port = self._sock.getsockname()[:2]
        config = uvicorn.Config(
            self.app, log_level="warning", access_log=False, lifespan="off", timeout_keep_alive=30
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> EmulatorServer:
        self._thread = threading.Thread(target=self._run, name="voucherify-emulator", daemon=True)
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the Voucherify stand-in failed to start")
            time.sleep(0.01)
        return self

    def _run(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._sock]))

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._sock.close()
        self.emulator.store.close()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
