"""`voucher-gateway`: the product's command line, and the only place where the stand-in is wired in.

`serve` runs the gRPC gateway in front of Voucherify, or in front of the embedded local stand-in when
asked with `--stand-in` (never by itself); `emulator` runs the stand-in on its own.
"""

from __future__ import annotations

import argparse
import logging
import ssl
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from voucher_gateway import check, logs
from voucher_gateway import settings as settings_table
from voucher_gateway.credentials import Credentials
from voucher_gateway.settings import SettingError, Settings

if TYPE_CHECKING:
    from voucherify_stand_in.server import EmulatorServer

log = logging.getLogger("voucher_gateway")

PROG = "voucher-gateway"


def _version() -> str:
    try:
        return version("voucher-gateway")
    except PackageNotFoundError:
        return "unknown"


def _fail(command: str, problem: object) -> int:
    """One line on stderr and exit code 2: what an operator needs, without a traceback."""
    print(f"{PROG} {command}: error: {problem}", file=sys.stderr, flush=True)
    return 2


def _add_emulator(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "emulator",
        help="run the local Voucherify stand-in (REST, SQLite-backed)",
        description="Serve the Voucherify REST API stand-in. Credentials come from VOUCHERIFY_APP_ID, "
        "VOUCHERIFY_APP_TOKEN and VOUCHERIFY_BEARER_TOKEN, else its development defaults.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default: 8080)")
    parser.add_argument("--db", default=None, help="SQLite file to keep the state in (default: in memory)")
    parser.add_argument(
        "--seed", default=None, help="JSON seed file to load at start (default: built-in examples)"
    )
    parser.set_defaults(func=_run_emulator)


def _run_emulator(args: argparse.Namespace) -> int:
    try:
        from voucherify_stand_in.server import serve
    except ImportError as exc:
        return _fail(
            "emulator", f"the stand-in is not installed ({exc.name}): install voucher-gateway[stand-in]"
        )
    print(
        f"Voucherify stand-in listening on http://{args.host}:{args.port} (db: {args.db or 'memory'})",
        flush=True,
    )
    serve(args.host, args.port, db=args.db, seed=args.seed)
    return 0


def _add_serve(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the gRPC gateway",
        description="Serve voucherify.v1.RedemptionService and voucherify.v1.CustomerService over gRPC, "
        "with health checking and reflection. Every flag falls back to the environment variable named "
        "in its help. An upstream (--upstream or VOUCHERIFY_API_URL) or --stand-in is required.",
        epilog="Voucherify credentials come from the environment only, never from flags: "
        "VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN, or VOUCHERIFY_BEARER_TOKEN. A caller's own "
        "x-app-id/x-app-token or x-voucherify-authorization metadata is forwarded instead when present.",
    )
    settings_table.add_arguments(parser)
    parser.set_defaults(func=_run_serve)


def _check_tls(settings: Settings) -> None:
    if settings.tls_cert is None or settings.tls_key is None:
        return
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(
            settings.tls_cert, settings.tls_key
        )
    except (ssl.SSLError, OSError) as exc:
        raise SettingError(
            "--tls-cert", f"cannot use {settings.tls_cert} with {settings.tls_key} ({exc})"
        ) from None
    if settings.tls_client_ca is not None:
        try:
            ssl.create_default_context(cafile=str(settings.tls_client_ca))
        except (ssl.SSLError, OSError) as exc:
            raise SettingError("--tls-client-ca", f"not a PEM CA bundle ({exc})") from None


def _check_callers(settings: Settings) -> None:
    from voucher_gateway.auth import CallersFileError
    from voucher_gateway.server import read_callers

    if settings.callers is not None:
        try:
            read_callers(settings.callers)
        except CallersFileError as exc:
            raise SettingError("--callers", str(exc)) from None


def _check_bindable(settings: Settings) -> None:
    """Probes the listening address the way the server will bind it, to fail with one clear line."""
    import socket

    listen = settings.listen
    for family, kind, proto, _, address in socket.getaddrinfo(
        listen.host, listen.port, type=socket.SOCK_STREAM
    ):
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                raise SettingError("--listen", f"cannot listen on {listen}: {exc.strerror or exc}") from None


def _stand_in(settings: Settings) -> tuple[str, Credentials, EmulatorServer]:
    """Starts the embedded stand-in; its credentials are the gateway's unless others are configured."""
    try:
        from voucherify_stand_in.credentials import AcceptedCredentials
        from voucherify_stand_in.server import EmulatorServer
    except ImportError as exc:
        raise SettingError(
            "--stand-in", f"the stand-in is not installed ({exc.name}): install voucher-gateway[stand-in]"
        ) from None
    accepted = AcceptedCredentials.from_env()
    server = EmulatorServer(db=settings.stand_in_db, credentials=accepted).start()
    credentials = settings.credentials
    if credentials == Credentials():
        credentials = Credentials(accepted.app_id, accepted.app_token)
    log.info("--stand-in: serving in front of the embedded local stand-in at %s (not Voucherify)", server.url)
    return server.url, credentials, server


def _run_serve(args: argparse.Namespace) -> int:
    from voucher_gateway import eventloop, workers
    from voucher_gateway.server import serve

    try:
        settings = settings_table.resolve(args)
        logs.configure(settings.log_level, settings.log_format)
        _check_tls(settings)
        _check_callers(settings)
        _check_bindable(settings)
        embedded: EmulatorServer | None = None
        if settings.stand_in:
            upstream_url, credentials, embedded = _stand_in(settings)
        else:
            assert settings.upstream_url is not None
            upstream_url = settings.upstream_url
            credentials = settings.credentials
    except SettingError as exc:
        return _fail("serve", exc)
    try:
        if settings.workers > 1:
            return workers.run(settings, upstream_url, credentials)
        eventloop.run(serve(settings, upstream_url, credentials))
    except OSError as exc:
        return _fail("serve", exc)
    finally:
        if embedded is not None:
            embedded.stop()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    _add_serve(subparsers)
    _add_emulator(subparsers)
    check.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logs.configure()
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
