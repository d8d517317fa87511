"""Every setting of `voucher-gateway serve`, defined once: flag, environment variable, default, check, help.

The command line is built from this table, and values are read and checked only after parsing, so
`--help` never fails on a bad environment. A bad value, from a flag or from the environment, is a
`SettingError` naming the setting; the CLI prints it on one line and exits with 2.
"""

from __future__ import annotations

import argparse
import ipaddress
import math
import os
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .credentials import Credentials

#: Defaults the upstream pool shares with the settings, so that both say the same.
DEFAULT_UPSTREAM_TIMEOUT = 30.0
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024


class SettingError(ValueError):
    """A setting with a value the gateway cannot run with."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")


@dataclass(frozen=True)
class ListenAddress:
    host: str
    port: int

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    @property
    def is_loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


def parse_listen(raw: str) -> ListenAddress:
    """HOST:PORT or [IPV6]:PORT, with a port in 1..65535 and a host that resolves."""
    host, sep, port_text = raw.rpartition(":")
    if not sep or not host:
        raise ValueError(f"expected HOST:PORT, got {raw!r}")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not port_text.isdigit():
        raise ValueError(f"port must be a number, got {port_text!r}")
    port = int(port_text)
    if not 1 <= port <= 65535:
        raise ValueError(f"port must be between 1 and 65535, got {port}")
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise ValueError(f"cannot resolve host {host!r}") from None
    return ListenAddress(host, port)


def parse_url(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"must be an http:// or https:// URL, got {raw!r}")
    if not parts.hostname:
        raise ValueError(f"has no host: {raw!r}")
    try:
        _ = parts.port
    except ValueError:
        raise ValueError(f"has an invalid port: {raw!r}") from None
    if parts.query or parts.fragment:
        raise ValueError(f"must not carry a query or fragment: {raw!r}")
    return raw.rstrip("/")


def positive_seconds(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"must be a number of seconds, got {raw!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"must be a number of seconds greater than 0, got {raw!r}")
    return value


def _whole_number(raw: str, minimum: int) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ValueError(f"must be at least {minimum}, got {value}")
    return value


def at_least_one(raw: str) -> int:
    return _whole_number(raw, 1)


def at_least_zero(raw: str) -> int:
    return _whole_number(raw, 0)


def readable_file(raw: str) -> Path:
    path = Path(raw)
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise ValueError(f"cannot read {raw!r} ({exc.strerror or type(exc).__name__})") from None
    return path


def boolean(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"must be true or false, got {raw!r}")


def text(raw: str) -> str:
    return raw


LOG_LEVELS = ("debug", "info", "warning", "error")
LOG_FORMATS = ("json", "text")


def log_level(raw: str) -> str:
    lowered = raw.strip().lower()
    if lowered not in LOG_LEVELS:
        raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}, got {raw!r}")
    return lowered


def log_format(raw: str) -> str:
    lowered = raw.strip().lower()
    if lowered not in LOG_FORMATS:
        raise ValueError(f"must be one of {', '.join(LOG_FORMATS)}, got {raw!r}")
    return lowered


@dataclass(frozen=True)
class Setting:
    """One row of the table: `attr` is the field of `Settings` it fills."""

    attr: str
    flag: str
    env: str | None
    help: str
    parse: Callable[[str], Any] = text
    metavar: str | None = None
    switch: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("listen", "--listen", "GATEWAY_LISTEN", "HOST:PORT to serve gRPC on", parse_listen, "HOST:PORT"),
    Setting(
        "health_listen",
        "--health-listen",
        "GATEWAY_HEALTH_LISTEN",
        "HOST:PORT of a plaintext listener serving only grpc.health.v1.Health, for probes that cannot "
        "use TLS (Kubernetes' gRPC probe); off unless given",
        parse_listen,
        "HOST:PORT",
    ),
    Setting(
        "upstream_url",
        "--upstream",
        "VOUCHERIFY_API_URL",
        "Voucherify API base URL, e.g. https://api.voucherify.io",
        parse_url,
        "URL",
    ),
    Setting(
        "stand_in",
        "--stand-in",
        None,
        "serve in front of the embedded local stand-in of Voucherify instead of a real upstream "
        "(development and demos; never falls back to it by itself)",
        switch=True,
    ),
    Setting(
        "stand_in_db",
        "--stand-in-db",
        "GATEWAY_STAND_IN_DB",
        "SQLite file of the embedded stand-in (default: in memory)",
        text,
        "FILE",
    ),
    Setting(
        "upstream_timeout",
        "--upstream-timeout",
        "GATEWAY_UPSTREAM_TIMEOUT",
        "seconds one upstream call may take when the caller's deadline is longer or unset",
        positive_seconds,
        "SECONDS",
    ),
    Setting(
        "max_connections",
        "--max-connections",
        "GATEWAY_MAX_CONNECTIONS",
        "size of the one upstream connection pool",
        at_least_one,
        "N",
    ),
    Setting(
        "max_queued",
        "--max-queued",
        "GATEWAY_MAX_QUEUED",
        "calls that may wait (at most 1 s) for a free upstream connection when all are busy; past it a "
        "call is refused at once with RESOURCE_EXHAUSTED (default: the pool size)",
        at_least_zero,
        "N",
    ),
    Setting(
        "max_response_bytes",
        "--max-response-bytes",
        "GATEWAY_MAX_RESPONSE_BYTES",
        "largest upstream answer body read, counted after decompression; a larger one is cut off",
        at_least_one,
        "BYTES",
    ),
    Setting(
        "grace_period",
        "--grace-period",
        "GATEWAY_GRACE_PERIOD",
        "seconds in-flight calls get to finish after SIGTERM",
        positive_seconds,
        "SECONDS",
    ),
    Setting(
        "workers",
        "--workers",
        "GATEWAY_WORKERS",
        "processes serving the same port (SO_REUSEPORT), each with its own event loop and pool",
        at_least_one,
        "N",
    ),
    Setting(
        "callers",
        "--callers",
        "GATEWAY_CALLERS",
        "JSON file of the callers allowed in, their token hashes or client certificate names, and "
        "their methods; re-read on SIGHUP",
        readable_file,
        "FILE",
    ),
    Setting(
        "tls_cert",
        "--tls-cert",
        "GATEWAY_TLS_CERT",
        "PEM certificate chain of the server",
        readable_file,
        "FILE",
    ),
    Setting(
        "tls_key", "--tls-key", "GATEWAY_TLS_KEY", "PEM private key of the server", readable_file, "FILE"
    ),
    Setting(
        "tls_client_ca",
        "--tls-client-ca",
        "GATEWAY_TLS_CLIENT_CA",
        "PEM CA bundle for client certificates: makes them required (mutual TLS)",
        readable_file,
        "FILE",
    ),
    Setting(
        "insecure",
        "--insecure",
        "GATEWAY_INSECURE",
        "allow serving a non-loopback address without caller authentication or TLS (warned at every start)",
        boolean,
        switch=True,
    ),
    Setting(
        "metrics_listen",
        "--metrics-listen",
        "GATEWAY_METRICS_LISTEN",
        "HOST:PORT of a plaintext HTTP listener serving Prometheus metrics at /metrics; off unless given",
        parse_listen,
        "HOST:PORT",
    ),
    Setting(
        "log_level",
        "--log-level",
        "GATEWAY_LOG_LEVEL",
        "least severe log level written: debug, info (one access-log line per call), warning or error",
        log_level,
        "LEVEL",
    ),
    Setting(
        "log_format",
        "--log-format",
        "GATEWAY_LOG_FORMAT",
        "json (one object per line) or text (default: json, text when stderr is a terminal)",
        log_format,
        "FORMAT",
    ),
)


@dataclass(frozen=True)
class Settings:
    """What `voucher-gateway serve` runs with, every value already checked."""

    listen: ListenAddress = ListenAddress("127.0.0.1", 50051)
    health_listen: ListenAddress | None = None
    upstream_url: str | None = None
    stand_in: bool = False
    stand_in_db: str | None = None
    upstream_timeout: float = DEFAULT_UPSTREAM_TIMEOUT
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    #: None: as many as `max_connections`.
    max_queued: int | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    grace_period: float = 10.0
    workers: int = 1
    callers: Path | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None
    tls_client_ca: Path | None = None
    insecure: bool = False
    metrics_listen: ListenAddress | None = None
    log_level: str = "info"
    #: None: json, or text when stderr is a terminal (`logs.configure` decides).
    log_format: str | None = None
    # Credentials come from the environment only, never from flags (which show in `ps`).
    app_id: str | None = None
    app_token: str | None = None
    bearer_token: str | None = None

    @property
    def credentials(self) -> Credentials:
        return Credentials.from_settings(self.app_id, self.app_token, self.bearer_token)

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None

    @property
    def mutual_tls(self) -> bool:
        return self.tls_client_ca is not None


_DEFAULTS = {field.name: field.default for field in fields(Settings)}


def _shown_default(setting: Setting) -> str:
    default = _DEFAULTS[setting.attr]
    if setting.switch or default is None:
        return ""
    return f" (default: {default})"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds one flag per setting; values stay raw strings until `resolve`."""
    for setting in SETTINGS:
        env = f" [env {setting.env}]" if setting.env else ""
        help_text = f"{setting.help}{_shown_default(setting)}{env}"
        if setting.switch:
            parser.add_argument(
                setting.flag, dest=setting.attr, action="store_true", default=None, help=help_text
            )
        else:
            parser.add_argument(
                setting.flag, dest=setting.attr, metavar=setting.metavar, default=None, help=help_text
            )


def read_value(setting: Setting, given: object, env: Mapping[str, str]) -> Any:
    """One setting's checked value: its flag's, else its environment variable's, else None (the default)."""
    if given is not None:
        if setting.switch:
            return bool(given)
        raw, source = str(given), setting.flag
    elif setting.env and env.get(setting.env):
        raw, source = env[setting.env], setting.env
    else:
        return None
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise SettingError(source, str(exc)) from None


def read_credentials(env: Mapping[str, str]) -> tuple[str | None, str | None, str | None]:
    """The gateway's Voucherify credentials, from the environment only: app id, app token, bearer token."""
    app_id = env.get("VOUCHERIFY_APP_ID") or None
    app_token = env.get("VOUCHERIFY_APP_TOKEN") or None
    if app_id is not None and app_token is None:
        raise SettingError("VOUCHERIFY_APP_TOKEN", "must be set together with VOUCHERIFY_APP_ID")
    if app_token is not None and app_id is None:
        raise SettingError("VOUCHERIFY_APP_ID", "must be set together with VOUCHERIFY_APP_TOKEN")
    return app_id, app_token, env.get("VOUCHERIFY_BEARER_TOKEN") or None


def resolve(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> Settings:
    """Flags over environment over defaults, each value checked, then the combinations checked."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        value = read_value(setting, getattr(args, setting.attr, None), env)
        if value is not None:
            values[setting.attr] = value
    if values.get("stand_in") and getattr(args, "upstream_url", None) is None:
        # An explicit --stand-in wins over a VOUCHERIFY_API_URL left in the environment.
        values.pop("upstream_url", None)
    values["app_id"], values["app_token"], values["bearer_token"] = read_credentials(env)
    settings = Settings(**values)
    _check_combination(settings)
    return settings


def _check_combination(settings: Settings) -> None:
    if settings.upstream_url is None and not settings.stand_in:
        raise SettingError(
            "VOUCHERIFY_API_URL",
            "not set: set it (or --upstream) to your Voucherify API URL, "
            "or pass --stand-in to run in front of the local stand-in",
        )
    if settings.upstream_url is not None and settings.stand_in:
        raise SettingError("--stand-in", "cannot be combined with --upstream")
    if settings.stand_in and settings.workers > 1:
        raise SettingError("--workers", "cannot be combined with --stand-in (each worker would get its own)")
    if settings.metrics_listen is not None and settings.workers > 1:
        raise SettingError(
            "--metrics-listen",
            "cannot be combined with --workers (each worker counts its own calls); run one process per "
            "replica, or scrape each replica",
        )
    if (settings.tls_cert is None) != (settings.tls_key is None):
        raise SettingError("--tls-cert", "--tls-cert and --tls-key go together")
    if settings.tls_client_ca is not None and settings.tls_cert is None:
        raise SettingError("--tls-client-ca", "needs --tls-cert and --tls-key")
    if not settings.listen.is_loopback and not settings.insecure:
        if settings.callers is None and not settings.mutual_tls:
            raise SettingError(
                "--listen",
                f"{settings.listen} is not a loopback address: give --callers or --tls-client-ca "
                "so that only known callers get in (or --insecure to serve it open)",
            )
        if not settings.tls:
            raise SettingError(
                "--listen",
                f"{settings.listen} is not a loopback address: give --tls-cert and --tls-key so that "
                "caller tokens do not travel in plaintext (or --insecure when TLS ends before the gateway)",
            )
