"""Who is calling, and may they call this method: the callers file and the interceptor that applies it.

A caller is known by a bearer token (only its SHA-256 is stored) or by a name in its verified client
certificate (mutual TLS). Each caller lists the methods it may call, exactly or per service (`Svc/*`).
Health and reflection stay open so that probes and tools work without a token.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from google.rpc import error_details_pb2

from .errors import GATEWAY_DOMAIN, RpcError
from .interceptors import Context, MethodInterceptor, abort

log = logging.getLogger("voucher_gateway.auth")

#: Services every caller may reach, token or not.
OPEN_SERVICES = frozenset(
    {
        "grpc.health.v1.Health",
        "grpc.reflection.v1alpha.ServerReflection",
        "grpc.reflection.v1.ServerReflection",
    }
)

#: The name of the caller of the current RPC, for logs; None when no callers file is in use.
current_caller: ContextVar[str | None] = ContextVar("current_caller", default=None)

_HEX_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class CallersFileError(ValueError):
    """A callers file the gateway refuses to run with."""


@dataclass(frozen=True)
class Caller:
    name: str
    methods: frozenset[str]
    token_sha256: bytes | None = None
    client_san: str | None = None

    def may_call(self, method: str) -> bool:
        service = method.rpartition("/")[0]
        return method in self.methods or f"{service}/*" in self.methods


@dataclass(frozen=True)
class Callers:
    """The parsed callers file; immutable, so a reload swaps it whole."""

    callers: tuple[Caller, ...]

    def by_token(self, token: str) -> Caller | None:
        """Compares against every caller's hash in constant time, whichever matches."""
        digest = hashlib.sha256(token.encode()).digest()
        found: Caller | None = None
        for caller in self.callers:
            if caller.token_sha256 is not None and hmac.compare_digest(digest, caller.token_sha256):
                found = caller
        return found

    def by_certificate(self, names: Iterable[str]) -> Caller | None:
        presented = set(names)
        for caller in self.callers:
            if caller.client_san is not None and caller.client_san in presented:
                return caller
        return None


def load_callers(path: Path, known_methods: Sequence[str]) -> Callers:
    """Reads and checks a callers file; every method must name one the gateway serves."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CallersFileError(f"cannot read {path} ({exc.strerror or type(exc).__name__})") from None
    except ValueError as exc:
        raise CallersFileError(f"{path} is not valid JSON ({exc})") from None
    entries = document.get("callers") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise CallersFileError(f'{path} must be an object with a "callers" list')
    known = set(known_methods)
    services = {method.rpartition("/")[0] for method in known}
    callers: list[Caller] = []
    for index, entry in enumerate(entries):
        where = f"{path}: callers[{index}]"
        if not isinstance(entry, dict):
            raise CallersFileError(f"{where} must be an object")
        unknown = set(entry) - {"name", "token_sha256", "client_san", "methods"}
        if unknown:
            raise CallersFileError(f"{where} has unknown keys {sorted(unknown)}")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CallersFileError(f"{where}.name must be a non-empty string")
        token = entry.get("token_sha256")
        san = entry.get("client_san")
        if token is None and san is None:
            raise CallersFileError(f"{where} needs token_sha256 or client_san")
        if token is not None and (not isinstance(token, str) or not _HEX_SHA256.match(token.lower())):
            raise CallersFileError(f"{where}.token_sha256 must be 64 hex digits (the SHA-256 of the token)")
        if san is not None and (not isinstance(san, str) or not san.strip()):
            raise CallersFileError(f"{where}.client_san must be a non-empty string")
        methods = entry.get("methods")
        if not isinstance(methods, list) or not methods or not all(isinstance(m, str) for m in methods):
            raise CallersFileError(f"{where}.methods must be a non-empty list of strings")
        for method in methods:
            service, _, rpc = method.rpartition("/")
            if method not in known and not (rpc == "*" and service in services):
                raise CallersFileError(f"{where}.methods: {method!r} is not a method this gateway serves")
        callers.append(
            Caller(
                name=name,
                methods=frozenset(methods),
                token_sha256=bytes.fromhex(token) if token else None,
                client_san=san,
            )
        )
    names = [caller.name for caller in callers]
    if len(set(names)) != len(names):
        raise CallersFileError(f"{path}: caller names must be unique")
    hashes = [caller.token_sha256 for caller in callers if caller.token_sha256 is not None]
    if len(set(hashes)) != len(hashes):
        raise CallersFileError(f"{path}: two callers share one token")
    return Callers(tuple(callers))


def _denial(code: grpc.StatusCode, reason: str, message: str, method: str) -> RpcError:
    return RpcError(
        code,
        message,
        [error_details_pb2.ErrorInfo(reason=reason, domain=GATEWAY_DOMAIN, metadata={"method": method})],
    )


def _bearer(metadata: Iterable[tuple[str, str | bytes]] | None) -> str | None:
    for key, value in metadata or ():
        if key == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            return token if scheme.lower() == "bearer" else ""
    return None


def _certificate_names(context: Context) -> list[str]:
    """The URI (SPIFFE ID) and DNS subject alternative names of a verified client certificate.

    As Envoy's RBAC principals: IP and e-mail names and the subject's common name never identify.
    """
    auth = context.auth_context()
    names = [*auth.get("peer_uri", []), *auth.get("peer_dns", [])]
    return [name.decode() if isinstance(name, bytes) else str(name) for name in names]


class CallerAuthInterceptor(MethodInterceptor):
    """Authenticates each call and checks the method against the caller's list.

    The check runs inside the method handler (not in `intercept_service`) because only the handler
    sees the TLS peer; it also sets `current_caller` in the task that serves the call.
    """

    def __init__(self, callers: Callers) -> None:
        super().__init__()
        self.callers = callers

    def replace(self, callers: Callers) -> None:
        self.callers = callers

    def applies_to(self, method: str) -> bool:
        return method.rpartition("/")[0] not in OPEN_SERVICES

    async def check(self, method: str, request: Any, context: Context) -> None:
        await self._admit(method, _bearer(context.invocation_metadata()), context)

    async def _admit(self, method: str, token: str | None, context: Context) -> None:
        callers = self.callers
        caller: Caller | None = None
        if token:
            caller = callers.by_token(token)
        elif token is None:
            caller = callers.by_certificate(_certificate_names(context))
        if caller is None:
            problem = "no credentials" if token is None else "an unknown token"
            log.warning("refused %s from %s: %s", method, context.peer(), problem)
            denial = _denial(
                grpc.StatusCode.UNAUTHENTICATED,
                "CALLER_UNAUTHENTICATED",
                "send 'authorization: Bearer <token>' metadata with a token known to the gateway"
                if token is None
                else "the bearer token is not known to the gateway",
                method,
            )
        elif not caller.may_call(method):
            log.warning("refused %s to caller %s: method not allowed", method, caller.name)
            denial = _denial(
                grpc.StatusCode.PERMISSION_DENIED,
                "METHOD_NOT_ALLOWED",
                f"caller {caller.name!r} may not call {method}",
                method,
            )
        else:
            current_caller.set(caller.name)
            return
        await abort(context, denial)
