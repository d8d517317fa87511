"""Which Voucherify credentials an upstream request carries.

A caller may bring its own (`x-app-id` + `x-app-token`, or `x-voucherify-authorization`, forwarded as
the `Authorization` header; the gRPC `authorization` metadata authenticates the caller to the gateway
itself); otherwise the gateway's configured ones are used. The choice is made per RPC and passed with
that RPC's request alone, so one shared HTTP pool serves every caller without credentials leaking
between concurrent calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Metadata keys through which a caller brings its own Voucherify credentials.
_CALLER_KEYS = frozenset({"x-app-id", "x-app-token", "x-voucherify-authorization"})


@dataclass(frozen=True)
class Credentials:
    app_id: str | None = None
    app_token: str | None = None
    authorization: str | None = None

    @classmethod
    def from_settings(
        cls, app_id: str | None, app_token: str | None, bearer_token: str | None
    ) -> Credentials:
        return cls(app_id, app_token, f"Bearer {bearer_token}" if bearer_token else None)

    @classmethod
    def from_metadata(cls, metadata: Iterable[tuple[str, str | bytes]] | None) -> Credentials | None:
        """The caller's own credentials, or None when it sent none."""
        found: dict[str, str] = {}
        for key, value in metadata or ():
            if key in _CALLER_KEYS and isinstance(value, str):
                found[key] = value
        if not found:
            return None
        return cls(found.get("x-app-id"), found.get("x-app-token"), found.get("x-voucherify-authorization"))

    def headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.app_id is not None:
            headers["X-App-Id"] = self.app_id
        if self.app_token is not None:
            headers["X-App-Token"] = self.app_token
        if self.authorization is not None:
            headers["Authorization"] = self.authorization
        return headers

    def __repr__(self) -> str:
        # Secrets never reach logs through a repr; the app id is an identifier, not a secret.
        return f"Credentials(app_id={self.app_id!r}, app_token=***, authorization=***)"
