"""`voucher-gateway`: the product's command line.

`serve` runs the gRPC gateway (on the embedded stand-in when no Voucherify URL is configured);
`emulator` runs the local Voucherify stand-in on its own.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Sequence

from emulator.credentials import (
    DEFAULT_APP_ID,
    DEFAULT_APP_TOKEN,
    DEFAULT_BEARER_TOKEN,
    ENV_APP_ID,
    ENV_APP_TOKEN,
    ENV_BEARER_TOKEN,
    AcceptedCredentials,
)


def _add_emulator(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "emulator",
        help="run the local Voucherify stand-in (REST, SQLite-backed)",
        description="Serve the Voucherify REST API stand-in. Credentials default to "
        f"${ENV_APP_ID}/${ENV_APP_TOKEN}/${ENV_BEARER_TOKEN}, else the development defaults "
        f"({DEFAULT_APP_ID} / {DEFAULT_APP_TOKEN} / Bearer {DEFAULT_BEARER_TOKEN}).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default: 8080)")
    parser.add_argument("--db", default=None, help="SQLite file to keep the state in (default: in memory)")
    parser.add_argument(
        "--seed", default=None, help="JSON seed file to load at start (default: built-in examples)"
    )
    parser.add_argument("--app-id", default=os.environ.get(ENV_APP_ID) or DEFAULT_APP_ID)
    parser.add_argument("--app-token", default=os.environ.get(ENV_APP_TOKEN) or DEFAULT_APP_TOKEN)
    parser.add_argument("--bearer-token", default=os.environ.get(ENV_BEARER_TOKEN) or DEFAULT_BEARER_TOKEN)
    parser.set_defaults(func=_run_emulator)


def _run_emulator(args: argparse.Namespace) -> int:
    from emulator.server import serve

    credentials = AcceptedCredentials(args.app_id, args.app_token, args.bearer_token)
    print(
        f"Voucherify stand-in listening on http://{args.host}:{args.port} (db: {args.db or 'memory'})",
        flush=True,
    )
    serve(args.host, args.port, db=args.db, seed=args.seed, credentials=credentials)
    return 0


def _add_serve(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from gateway.config import Settings

    env = Settings.from_env()
    parser = subparsers.add_parser(
        "serve",
        help="run the gRPC gateway",
        description="Serve voucherify.v1.RedemptionService and voucherify.v1.CustomerService over gRPC, "
        "with health checking and reflection. Every flag falls back to the environment variable named "
        "in its help. With no upstream URL, the local stand-in is started in-process and used.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--listen", default=env.listen, help="HOST:PORT to serve gRPC on [GATEWAY_LISTEN]")
    parser.add_argument(
        "--upstream",
        default=env.upstream_url,
        help="Voucherify API base URL, e.g. https://api.voucherify.io [VOUCHERIFY_API_URL]; "
        "unset: embedded stand-in",
    )
    parser.add_argument(
        "--upstream-timeout",
        type=float,
        default=env.upstream_timeout,
        help="seconds one upstream call may take when the caller sets no deadline [GATEWAY_UPSTREAM_TIMEOUT]",
    )
    parser.add_argument(
        "--max-connections",
        type=int,
        default=env.max_connections,
        help="size of the shared upstream connection pool [GATEWAY_MAX_CONNECTIONS]",
    )
    parser.add_argument(
        "--grace-period",
        type=float,
        default=env.grace_period,
        help="seconds in-flight calls get to finish on SIGTERM [GATEWAY_GRACE_PERIOD]",
    )
    parser.add_argument(
        "--emulator-db",
        default=env.emulator_db,
        help="SQLite file of the embedded stand-in [GATEWAY_EMULATOR_DB]; unset: in memory",
    )
    parser.epilog = (
        "Credentials come from the environment only, never from flags: VOUCHERIFY_APP_ID and "
        "VOUCHERIFY_APP_TOKEN, or VOUCHERIFY_BEARER_TOKEN. A caller's own x-app-id/x-app-token or "
        "authorization metadata is forwarded instead when present."
    )
    parser.set_defaults(func=_run_serve, settings=env)


def _run_serve(args: argparse.Namespace) -> int:
    import asyncio
    import dataclasses

    from gateway.server import serve

    settings = dataclasses.replace(
        args.settings,
        listen=args.listen,
        upstream_url=args.upstream or None,
        upstream_timeout=args.upstream_timeout,
        max_connections=args.max_connections,
        grace_period=args.grace_period,
        emulator_db=args.emulator_db,
    )
    asyncio.run(serve(settings))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="voucher-gateway", description=__doc__)
    subparsers = parser.add_subparsers(dest="command", required=True)
    _add_serve(subparsers)
    _add_emulator(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # One line per upstream request is noise at any real load; failures are logged by the gateway.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
