"""A fixed-response stand-in of the four Voucherify routes, fast enough never to be the bottleneck.

A raw asyncio protocol with httptools' C parser (on uvloop when installed) writes prebuilt response
bytes: a few microseconds of CPU per request, against hundreds in any Python client or gateway.
It answers by method and path alone; it reads no credentials and keeps no state.

    python -m bench.upstream --port 8099
"""

from __future__ import annotations

import argparse
import asyncio
from typing import cast

import httptools

from . import loops, workload


def _response(status: bytes, payload: bytes) -> bytes:
    head = (
        b"HTTP/1.1 " + status + b"\r\n"
        b"Content-Type: application/json; charset=utf-8\r\n"
        b"Content-Length: " + str(len(payload)).encode() + b"\r\n\r\n"
    )
    return head + payload


_ANSWERS = {operation: _response(b"200 OK", workload.body(operation)) for operation in workload.OPERATIONS}
NOT_FOUND_BODY = b'{"code":404,"key":"not_found","message":"Resource not found","details":"bench"}'
_NOT_FOUND = _response(b"404 Not Found", NOT_FOUND_BODY)


def route(method: bytes, target: bytes) -> str | None:
    """The workload operation a request line names, or None."""
    parts = target.split(b"?", 1)[0].split(b"/")
    # ["", "v1", collection, id, tail?]
    if len(parts) == 5 and parts[1] == b"v1" and parts[2] == b"vouchers" and parts[4] == b"redemption":
        if method == b"GET":
            return workload.LIST_VOUCHER_REDEMPTIONS
        if method == b"POST":
            return workload.REDEEM_VOUCHER
    if len(parts) == 4 and parts[1] == b"v1" and parts[2] == b"redemptions" and method == b"GET":
        return workload.GET_REDEMPTION
    if len(parts) == 5 and parts[2] == b"customers" and parts[4] == b"redeemables" and method == b"GET":
        return workload.LIST_CUSTOMER_REDEEMABLES
    return None


def answer(method: bytes, target: bytes) -> bytes:
    """The prebuilt response to a request line."""
    operation = route(method, target)
    return _NOT_FOUND if operation is None else _ANSWERS[operation]


class _Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection; pipelined requests are answered in order."""

    def __init__(self) -> None:
        self._parser = httptools.HttpRequestParser(self)
        self._target = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports implement asyncio.Transport without subclassing it.
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError:
            if self._transport is not None:
                self._transport.close()

    # httptools callbacks
    def on_message_begin(self) -> None:
        self._target = b""

    def on_url(self, url: bytes) -> None:
        self._target += url

    def on_message_complete(self) -> None:
        if self._transport is None:
            return
        self._transport.write(answer(self._parser.get_method(), self._target))
        if not self._parser.should_keep_alive():
            self._transport.close()


async def _serve(host: str, port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Connection, host, port, backlog=1024)
    print(f"fixed upstream on http://{host}:{port} (loop: {loops.name()})", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    loops.run(_serve(args.host, args.port))


if __name__ == "__main__":
    main()
