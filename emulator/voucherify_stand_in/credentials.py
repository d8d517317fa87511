"""The credentials the stand-in accepts, and their development defaults.

The defaults live here, in one module, so that the gateway (which embeds the stand-in when no upstream
is configured) and the stand-in always agree on them without anyone copying strings around.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_APP_ID = "voucherify-dev-app-id"
DEFAULT_APP_TOKEN = "voucherify-dev-app-token"
DEFAULT_BEARER_TOKEN = "voucherify-dev-bearer-token"

ENV_APP_ID = "VOUCHERIFY_APP_ID"
ENV_APP_TOKEN = "VOUCHERIFY_APP_TOKEN"
ENV_BEARER_TOKEN = "VOUCHERIFY_BEARER_TOKEN"


@dataclass(frozen=True)
class AcceptedCredentials:
    """What a request must present: the X-App-Id/X-App-Token pair, or the Bearer token."""

    app_id: str = DEFAULT_APP_ID
    app_token: str = DEFAULT_APP_TOKEN
    bearer_token: str | None = DEFAULT_BEARER_TOKEN

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AcceptedCredentials:
        env = os.environ if environ is None else environ
        return cls(
            app_id=env.get(ENV_APP_ID) or DEFAULT_APP_ID,
            app_token=env.get(ENV_APP_TOKEN) or DEFAULT_APP_TOKEN,
            bearer_token=env.get(ENV_BEARER_TOKEN) or DEFAULT_BEARER_TOKEN,
        )

    def check(self, app_id: str | None, app_token: str | None, authorization: str | None) -> bool:
        """True when either credential form matches (constant-time comparisons)."""
        if (
            app_id is not None
            and app_token is not None
            and hmac.compare_digest(app_id.encode(), self.app_id.encode())
            and hmac.compare_digest(app_token.encode(), self.app_token.encode())
        ):
            return True
        if authorization and self.bearer_token:
            scheme, _, token = authorization.partition(" ")
            if scheme.lower() == "bearer" and hmac.compare_digest(
                token.strip().encode(), self.bearer_token.encode()
            ):
                return True
        return False

    def __repr__(self) -> str:
        return f"AcceptedCredentials(app_id={self.app_id!r}, app_token=***, bearer_token=***)"
