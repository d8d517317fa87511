"""`voucher-gateway`: the product's command line.

`emulator` runs the local Voucherify stand-in. Other subcommands (e.g. `serve` for the gateway) are
added by registering a parser in `build_parser`.
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
    parser.add_argument("--seed", default=None, help="JSON seed file to load at start (default: built-in examples)")
    parser.add_argument("--app-id", default=os.environ.get(ENV_APP_ID) or DEFAULT_APP_ID)
    parser.add_argument("--app-token", default=os.environ.get(ENV_APP_TOKEN) or DEFAULT_APP_TOKEN)
    parser.add_argument("--bearer-token", default=os.environ.get(ENV_BEARER_TOKEN) or DEFAULT_BEARER_TOKEN)
    parser.set_defaults(func=_run_emulator)


def _run_emulator(args: argparse.Namespace) -> int:
    from emulator.server import serve

    credentials = AcceptedCredentials(args.app_id, args.app_token, args.bearer_token)
    print(f"Voucherify stand-in listening on http://{args.host}:{args.port} (db: {args.db or 'memory'})", flush=True)
    serve(args.host, args.port, db=args.db, seed=args.seed, credentials=credentials)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="voucher-gateway", description=__doc__)
    subparsers = parser.add_subparsers(dest="command", required=True)
    _add_emulator(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
