"""A misbehaving HTTP upstream on 127.0.0.1, at the byte level: endless, dripping, huge, compressed or cut answers.

`ScriptedUpstream` answers well-formed HTTP; this one writes raw bytes from an asyncio server in its
own thread, so a test can make it do what a broken proxy or a hostile server would.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import struct
import threading
from collections.abc import Awaitable, Callable
from typing import Any

Behaviour = Callable[[asyncio.StreamWriter], Awaitable[None]]


def head(status: int = 200, reason: str = "OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", "Content-Type: application/json", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def json_answer(body: Any, status: int = 200, **headers: str) -> Behaviour:
    payload = json.dumps(body).encode()

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, "Status", Content_Length=str(len(payload)), **headers) + payload)
        await writer.drain()

    return answer


def endless_chunks(chunk: int = 64 * 1024) -> Behaviour:
    """A 200 whose chunked body never ends: `{"object": "list", "pad": "xxxx...` forever."""
    piece = b"x" * chunk

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Transfer_Encoding="chunked"))
        writer.write(b'%x\r\n{"object": "list", "pad": "\r\n' % len(b'{"object": "list", "pad": "'))
        while True:
            writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            await writer.drain()

    return answer


def drip(interval: float = 0.3, length: int = 10_000) -> Behaviour:
    """A 200 that promises `length` bytes and sends one every `interval` seconds."""

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Length=str(length)))
        for _ in range(length):
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(interval)

    return answer


def huge(size: int) -> Behaviour:
    """A 200 with a well-formed JSON object of `size` bytes, sent as fast as the reader takes it."""
    prefix, suffix = b'{"object": "list", "pad": "', b'"}'
    filler = size - len(prefix) - len(suffix)

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Length=str(size)) + prefix)
        block = b"x" * (1 << 20)
        left = filler
        while left > 0:
            writer.write(block[: min(left, len(block))])
            left -= min(left, len(block))
            await writer.drain()
        writer.write(suffix)
        await writer.drain()

    return answer


def gzip_bomb(unpacked: int = 100 * 1024 * 1024) -> Behaviour:
    """A 200 of about 100 KB on the wire that inflates to `unpacked` bytes of a JSON string."""
    raw = b'{"object": "list", "pad": "' + b" " * (unpacked - 30) + b'"}'
    packed = gzip.compress(raw, compresslevel=9)

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Length=str(len(packed)), Content_Encoding="gzip") + packed)
        await writer.drain()

    return answer


def reset_mid_body(body: Any) -> Behaviour:
    """Sends the headers and half of a valid body, then resets the connection (RST, not FIN)."""
    payload = json.dumps(body).encode()

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Length=str(len(payload))) + payload[: len(payload) // 2])
        await writer.drain()
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    return answer


def close_before_answering() -> Behaviour:
    """Reads the request, then closes without a byte of answer."""

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.close()

    return answer


class HostileUpstream:
    """Serves `behaviour` to every request, counting requests; runs in its own thread and loop."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="hostile-upstream")
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in request_head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            self.requests += 1
            await self.behaviour(writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.transport.abort()

    def __enter__(self) -> HostileUpstream:
        self._thread.start()
        self._ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
