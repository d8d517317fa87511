"""A real HTTP server on 127.0.0.1 that records raw request lines and answers as scripted.

Tests use it where the stand-in cannot be made to misbehave: exact query strings, percent-encoded
paths, error bodies and status codes, slow answers, connections dropped after the request.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    #: Sent as is instead of `body`, for answers that are not JSON.
    raw: bytes | None = None
    #: Close the connection after reading the request, answering nothing (after `delay`).
    drop: bool = False


@dataclass
class Recorded:
    request_line: str
    method: str
    raw_path: str
    headers: dict[str, str]
    body: bytes


class ScriptedUpstream:
    """Serves `script(recorded) -> Answer` for every request, in its own threads."""

    def __init__(
        self, script: Callable[[Recorded], Answer] | None = None, *, tls: ssl.SSLContext | None = None
    ) -> None:
        self.script = script or (lambda _: Answer(body={}))
        self.requests: list[Recorded] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; without this, the body waits for a delayed ACK.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                recorded = Recorded(
                    request_line=self.requestline,
                    method=self.command,
                    raw_path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                outer.requests.append(recorded)
                answer = outer.script(recorded)
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.drop:
                    self.close_connection = True
                    return
                payload = (
                    answer.raw
                    if answer.raw is not None
                    else b""
                    if answer.body is None
                    else json.dumps(answer.body).encode()
                )
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # The client gave up first (a deadline test); nothing to answer.

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._scheme = "http"
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self._scheme = "https"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{self._scheme}://{host!s}:{port}"

    def __enter__(self) -> ScriptedUpstream:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
