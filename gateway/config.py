"""Gateway settings: flags override environment variables, which override defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_LISTEN = "127.0.0.1:50051"


@dataclass(frozen=True)
class Settings:
    """Everything `voucher-gateway serve` needs to run.

    `upstream_url` None means "no Voucherify configured": the gateway then embeds the local stand-in.
    """

    listen: str = DEFAULT_LISTEN
    upstream_url: str | None = None
    app_id: str | None = None
    app_token: str | None = None
    bearer_token: str | None = None
    #: Upper bound of one upstream call when the caller sets no deadline.
    upstream_timeout: float = 30.0
    #: Size of the one HTTP connection pool shared by every RPC.
    max_connections: int = 100
    #: Seconds in-flight calls get to finish after SIGTERM.
    grace_period: float = 10.0
    #: Stand-in database file when the stand-in is embedded (None keeps it in memory).
    emulator_db: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def number(name: str, default: float) -> float:
            raw = env.get(name)
            return float(raw) if raw else default

        return cls(
            listen=env.get("GATEWAY_LISTEN") or DEFAULT_LISTEN,
            upstream_url=env.get("VOUCHERIFY_API_URL") or None,
            app_id=env.get("VOUCHERIFY_APP_ID") or None,
            app_token=env.get("VOUCHERIFY_APP_TOKEN") or None,
            bearer_token=env.get("VOUCHERIFY_BEARER_TOKEN") or None,
            upstream_timeout=number("GATEWAY_UPSTREAM_TIMEOUT", cls.upstream_timeout),
            max_connections=int(number("GATEWAY_MAX_CONNECTIONS", cls.max_connections)),
            grace_period=number("GATEWAY_GRACE_PERIOD", cls.grace_period),
            emulator_db=env.get("GATEWAY_EMULATOR_DB") or None,
        )
