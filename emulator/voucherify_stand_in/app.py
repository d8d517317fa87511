"""The ASGI application: authentication, routing on the raw path, JSON in and out.

Routing splits `scope["raw_path"]` on "/" and percent-decodes each segment, because voucher codes may
contain "/", "?", "#", "%", ".." or non-ASCII characters: `/v1/vouchers/a%2Fb/redemption` is code
"a/b". The operations are synchronous and called without awaiting in between, so each runs whole.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, unquote

from . import errors
from .credentials import AcceptedCredentials
from .errors import ApiError
from .service import Emulator

JSON = dict[str, Any]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("emulator")

MAX_BODY = 1 << 20  # Voucherify answers query_too_large past its limits; 1 MiB is plenty here.


class Request:
    """What a handler needs from one HTTP request."""

    __slots__ = ("body", "headers", "method", "query", "segments")

    def __init__(
        self, method: str, segments: list[str], query: list[tuple[str, str]], headers: dict[str, str]
    ):
        self.method = method
        self.segments = segments
        self.query = query
        self.headers = headers
        self.body: Any = None

    def arg(self, name: str) -> str | None:
        for key, value in self.query:
            if key == name:
                return value
        return None

    def channel(self) -> JSON:
        """Voucherify records the API key the call came with; a Bearer caller is an API call too."""
        app_id = self.headers.get("x-app-id")
        return {"channel_id": app_id or "bearer", "channel_type": "API"}


def _segments(raw_path: bytes) -> list[str]:
    text = raw_path.decode("latin-1")
    parts = text.split("/")
    if parts and parts[0] == "":
        parts = parts[1:]
    if parts and parts[-1] == "" and len(parts) > 1:
        parts = parts[:-1]
    return [unquote(p, encoding="utf-8", errors="strict") for p in parts]


Handler = Callable[[Emulator, Request, list[str]], tuple[int, JSON] | JSON]


def _route(segments: list[str]) -> tuple[dict[str, Handler], list[str]] | None:
    """Matches a path to its handlers by method, with the path parameters it captured."""
    n = len(segments)
    if n < 2 or segments[0] != "v1":
        return None
    resource = segments[1]
    if resource == "vouchers":
        if n == 2:
            return {"POST": _create_voucher}, []
        if n == 3:
            return {"GET": _get_voucher, "POST": _create_voucher_with_code}, [segments[2]]
        if n == 4 and segments[3] in ("redemption", "redemptions"):
            return {"GET": _list_voucher_redemptions, "POST": _redeem}, [segments[2]]
        if n == 4 and segments[3] == "validate":
            return {"POST": _validate}, [segments[2]]
        if n == 5 and segments[3] == "sessions":
            return {"DELETE": _release_session}, [segments[2], segments[4]]
    elif resource == "redemptions":
        if n == 3:
            return {"GET": _get_redemption}, [segments[2]]
        if n == 4 and segments[3] == "rollback":
            return {"POST": _rollback}, [segments[2]]
    elif resource == "customers":
        if n == 2:
            return {"POST": _upsert_customer}, []
        if n == 3:
            return {"GET": _get_customer}, [segments[2]]
        if n == 4 and segments[3] == "redeemables":
            return {"GET": _customer_redeemables}, [segments[2]]
    elif resource == "publications" and n == 2:
        return {"POST": _publish}, []
    return None


def _list_voucher_redemptions(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.voucher_redemptions(params[0])


def _redeem(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.redeem(params[0], req.body, req.arg("tracking_id"), req.channel())


def _get_redemption(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.get_redemption(params[0])


def _rollback(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.rollback(params[0], req.body, req.arg("reason"), req.arg("tracking_id"))


def _customer_redeemables(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.customer_redeemables(params[0], req.query)


def _create_voucher(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.create_voucher(req.body)


def _create_voucher_with_code(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.create_voucher(req.body, params[0])


def _get_voucher(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.get_voucher(params[0])


def _validate(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.validate(params[0], req.body, req.arg("tracking_id"))


def _release_session(emu: Emulator, req: Request, params: list[str]) -> tuple[int, JSON]:
    emu.release_session(params[0], params[1])
    return 204, {}


def _upsert_customer(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.upsert_customer(req.body)


def _get_customer(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.get_customer(params[0])


def _publish(emu: Emulator, req: Request, params: list[str]) -> JSON:
    return emu.publish(req.body)


_JSON_HEADERS = [(b"content-type", b"application/json; charset=utf-8")]


class EmulatorApp:
    """ASGI callable serving the stand-in over an Emulator."""

    def __init__(self, emulator: Emulator, credentials: AcceptedCredentials) -> None:
        self.emulator = emulator
        self.credentials = credentials

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        status, payload = await self._handle(scope, receive)
        body = (
            b"" if status == 204 else json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        )
        headers = list(_JSON_HEADERS) if status != 204 else []
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _handle(self, scope: Scope, receive: Receive) -> tuple[int, JSON]:
        try:
            raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
            raw_path = raw_path.split(b"?", 1)[0]
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            if not self.credentials.check(
                headers.get("x-app-id"), headers.get("x-app-token"), headers.get("authorization")
            ):
                raise errors.unauthorized()
            try:
                segments = _segments(raw_path)
            except UnicodeDecodeError as exc:
                raise errors.route_not_found(raw_path.decode("latin-1")) from exc
            query = parse_qsl(
                scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True, encoding="latin-1"
            )
            query = [(_utf8(k), _utf8(v)) for k, v in query]
            request = Request(scope["method"].upper(), segments, query, headers)
            matched = _route(segments)
            if matched is None:
                raise errors.route_not_found("/" + "/".join(segments))
            handlers, params = matched
            handler = handlers.get(request.method)
            if handler is None:
                raise errors.method_not_allowed(request.method, sorted(handlers))
            raw_body = await _read_body(receive)
            if raw_body.strip():
                try:
                    request.body = json.loads(raw_body)
                except ValueError as exc:
                    raise errors.invalid_payload("The request body is not valid JSON") from exc
            result = handler(self.emulator, request, params)
            if isinstance(result, tuple):
                return result
            return 200, result
        except ApiError as exc:
            return exc.code, exc.body()
        except Exception:
            log.exception("emulator: unhandled error")
            return 500, ApiError(500, "internal_error", "Internal Server Error", "Unexpected error").body()


def _utf8(text: str) -> str:
    """The query is split as latin-1 (never fails); re-decode its bytes as UTF-8 where they are valid."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(413, "query_too_large", "Payload too large", "The request body exceeds 1 MiB")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def create_app(emulator: Emulator, credentials: AcceptedCredentials | None = None) -> EmulatorApp:
    return EmulatorApp(emulator, credentials or AcceptedCredentials.from_env())
