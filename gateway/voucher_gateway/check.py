"""`voucher-gateway check`: does the configured upstream work with the configured credentials?

One request per operation the gateway serves, each about a resource that does not exist, so nothing is
read and nothing is redeemed: Voucherify checks the credentials and the operation's permission before
it looks the resource up, so "not found" proves both, 401 says the credentials are refused and 403 that
they lack the permission. The requests go through the generated REST client (the one description of
the routes) on a plain httpx client, trusting the same certificate authorities as the gateway
(SSL_CERT_FILE / SSL_CERT_DIR when set, else certifi's).
Secrets are never printed: the credentials' values appear in no line, and an upstream message that
would repeat one is masked.
"""

from __future__ import annotations

import argparse
import enum
import os
import ssl
import sys
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TextIO
from urllib.parse import urlsplit

import httpx
from voucherify_client import Client
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.api.redemptions import get_redemption, list_voucher_redemptions, redeem_voucher
from voucherify_client.models import RedeemVoucherRequest
from voucherify_client.types import Response

from .credentials import Credentials
from .settings import SETTINGS, SettingError, positive_seconds, read_credentials, read_value

#: The same setting as `serve --upstream`: its flag, environment variable and check.
_UPSTREAM = next(setting for setting in SETTINGS if setting.attr == "upstream_url")


class Verdict(enum.Enum):
    PERMITTED = "permitted"
    CREDENTIALS_REJECTED = "credentials rejected"
    FORBIDDEN = "not permitted"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Operation:
    """One RPC of the gateway and the harmless request that exercises its REST operation."""

    rpc: str
    route: str
    send: Callable[[Client, str], Response[Any]]


def _missing() -> str:
    """An identifier no account holds: the request can only be answered "not found"."""
    return f"voucher-gateway-check-{uuid.uuid4().hex}"


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "RedemptionService/ListVoucherRedemptions",
        "GET /v1/vouchers/{code}/redemption",
        lambda client, code: list_voucher_redemptions.sync_detailed(code, client=client),
    ),
    Operation(
        "RedemptionService/RedeemVoucher",
        "POST /v1/vouchers/{code}/redemption",
        # A code that does not exist: there is nothing to redeem, and nothing is recorded.
        lambda client, code: redeem_voucher.sync_detailed(code, client=client, body=RedeemVoucherRequest()),
    ),
    Operation(
        "RedemptionService/GetRedemption",
        "GET /v1/redemptions/{redemptionId}",
        lambda client, rid: get_redemption.sync_detailed(rid, client=client),
    ),
    Operation(
        "CustomerService/ListCustomerRedeemables",
        "GET /v1/customers/{customerId}/redeemables",
        lambda client, cid: list_customer_redeemables.sync_detailed(cid, client=client, limit=1),
    ),
)


@dataclass(frozen=True)
class Answer:
    operation: Operation
    verdict: Verdict
    explanation: str


class Unreachable(Exception):
    """The upstream gave no HTTP answer at all: the same for every operation, so the check stops."""


def _json_object(response: Response[Any]) -> dict[str, Any] | None:
    try:
        body = httpx.Response(response.status_code, content=response.content).json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _error_body(response: Response[Any]) -> dict[str, Any] | None:
    """Voucherify's error object, or None when the body is not one (a proxy's page, another server)."""
    body = _json_object(response)
    return body if body is not None and "key" in body else None


def judge(operation: Operation, response: Response[Any], asked: str) -> Answer:
    status = int(response.status_code)
    body = _error_body(response)
    said = f" ({body.get('key')}: {body.get('message')})" if body else ""
    if 200 <= status < 300 and operation.route.startswith("POST"):
        # Voucherify cannot accept the redemption of a code that does not exist.
        return Answer(
            operation,
            Verdict.UNCLEAR,
            f"{operation.route} answered {status} to a code that does not exist: is the URL Voucherify's?",
        )
    if 200 <= status < 300 and _json_object(response) is not None:
        return Answer(operation, Verdict.PERMITTED, f"permitted ({operation.route} answered {status})")
    if 200 <= status < 300:
        return Answer(
            operation, Verdict.UNCLEAR, f"{operation.route} answered {status} without a JSON object"
        )
    if status == 404 and body is not None and (body.get("resource_id") == asked or body.get("resource_type")):
        return Answer(
            operation,
            Verdict.PERMITTED,
            f"permitted ({operation.route} answered 404 for a {body.get('resource_type') or 'resource'} "
            "that does not exist, as it should)",
        )
    if status == 404:
        return Answer(
            operation,
            Verdict.UNCLEAR,
            f"{operation.route} answered 404 without naming what was not found{said}: "
            "is the URL Voucherify's API base URL (https://<cluster>.voucherify.io, no path)?",
        )
    if status in (400, 422) and body is not None:
        return Answer(
            operation,
            Verdict.PERMITTED,
            f"permitted ({operation.route} checked the request after the credentials: {status}{said})",
        )
    if status == 401:
        return Answer(operation, Verdict.CREDENTIALS_REJECTED, f"refused: 401, credentials rejected{said}")
    if status == 403:
        return Answer(
            operation,
            Verdict.FORBIDDEN,
            f"refused: 403, the credentials lack the permission for {operation.route}{said}",
        )
    if status == 429:
        return Answer(operation, Verdict.UNCLEAR, f"rate limited (429){said}: try again later")
    if status == 402:
        return Answer(operation, Verdict.UNCLEAR, f"refused: 402, the plan's limit is reached{said}")
    if status >= 500:
        return Answer(
            operation, Verdict.UNCLEAR, f"the upstream failed ({status}){said}: cannot tell, try again later"
        )
    return Answer(operation, Verdict.UNCLEAR, f"unexpected answer {status}{said}")


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _transport_failure(exc: httpx.TransportError, where: str, timeout: float) -> str:
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLCertVerificationError):
            return (
                f"TLS failed: the certificate of {where} is not trusted ({cause.verify_message}); "
                "a private CA goes in SSL_CERT_FILE"
            )
        if isinstance(cause, ssl.SSLError):
            hint = (
                " (the server does not speak TLS: an http:// URL?)"
                if cause.reason == "WRONG_VERSION_NUMBER"
                else ""
            )
            return f"TLS failed with {where}: {cause.reason or cause}{hint}"
    if isinstance(exc, httpx.ConnectTimeout):
        return f"not reachable: no connection to {where} within {timeout:g} s"
    if isinstance(exc, httpx.TimeoutException):
        return f"reachable, but {where} sent no answer within {timeout:g} s"
    if isinstance(exc, httpx.ConnectError):
        return f"not reachable: cannot connect to {where} ({exc or type(exc).__name__})"
    return f"no answer from {where}: {exc or type(exc).__name__}"


def _shown_url(url: str) -> str:
    """The URL without any user:password part."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def _credential_kind(credentials: Credentials) -> str:
    if credentials.app_id is not None:
        return "the app id and token of VOUCHERIFY_APP_ID / VOUCHERIFY_APP_TOKEN"
    if credentials.authorization is not None:
        return "the bearer token of VOUCHERIFY_BEARER_TOKEN"
    return "no credentials"


@dataclass
class Report:
    out: TextIO
    secrets: tuple[str, ...]

    def line(self, ok: bool | None, text: str) -> None:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        mark = "ok  " if ok else "FAIL" if ok is False else "    "
        print(f"  {mark}  {text}", file=self.out, flush=True)


def run_check(url: str, credentials: Credentials, *, timeout: float, out: TextIO) -> bool:
    """Prints what works and what does not; True when every operation works."""
    shown = _shown_url(url)
    secrets = tuple(s for s in (credentials.app_token, credentials.authorization) if s)
    secrets += tuple(s.removeprefix("Bearer ") for s in secrets if s.startswith("Bearer "))
    report = Report(out, secrets)
    print(f"Checking {shown} with {_credential_kind(credentials)}:", file=out)
    if credentials == Credentials():
        report.line(
            False,
            "no credentials configured: set VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN, "
            "or VOUCHERIFY_BEARER_TOKEN",
        )
    http = httpx.Client(
        base_url=url,
        headers={**credentials.headers(), "User-Agent": "voucher-gateway check"},
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
    )
    client = Client(base_url=url, raise_on_unexpected_status=False).set_httpx_client(http)
    answers: list[Answer] = []
    with http:
        for operation in OPERATIONS:
            asked = _missing()
            try:
                response = operation.send(client, asked)
            except httpx.TransportError as exc:
                report.line(False, _transport_failure(exc, shown, timeout))
                return False
            if not answers:
                report.line(True, _reachable(url))
            answers.append(judge(operation, response, asked))
    verdicts = {answer.verdict for answer in answers}
    if verdicts == {Verdict.CREDENTIALS_REJECTED}:
        report.line(
            False, "credentials rejected (401) by every operation: check the values and the cluster URL"
        )
    elif Verdict.CREDENTIALS_REJECTED not in verdicts and verdicts & {Verdict.PERMITTED, Verdict.FORBIDDEN}:
        report.line(True, "credentials accepted")
    for answer in answers:
        report.line(answer.verdict is Verdict.PERMITTED, f"{answer.operation.rpc}: {answer.explanation}")
    working = sum(answer.verdict is Verdict.PERMITTED for answer in answers)
    if working == len(answers):
        print(f"All {working} operations work.", file=out, flush=True)
        return True
    print(f"{len(answers) - working} of {len(answers)} operations do not work.", file=out, flush=True)
    return False


def _reachable(url: str) -> str:
    if urlsplit(url).scheme == "https":
        return "reachable over HTTPS, certificate verified"
    return "reachable over plain HTTP (no TLS: fine for the local stand-in, never for Voucherify)"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check the upstream and the credentials, one harmless request per operation",
        description="Call the configured upstream once per operation with the configured credentials "
        "(each about a resource that does not exist: nothing is read or redeemed) and say what works: "
        "reachable, TLS, credentials accepted, each operation's permission. Exit code 0 when everything "
        "works, 1 when something does not, 2 for a bad setting.",
        epilog="Credentials come from the environment, as for serve: VOUCHERIFY_APP_ID and "
        "VOUCHERIFY_APP_TOKEN, or VOUCHERIFY_BEARER_TOKEN. Their values are never printed.",
    )
    parser.add_argument(
        "--upstream", metavar="URL", default=None, help="Voucherify API base URL [env VOUCHERIFY_API_URL]"
    )
    parser.add_argument(
        "--timeout", metavar="SECONDS", default="10", help="seconds each request may take (default: 10)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        url, credentials, timeout = resolve(args)
    except SettingError as exc:
        print(f"voucher-gateway check: error: {exc}", file=sys.stderr, flush=True)
        return 2
    return 0 if run_check(url, credentials, timeout=timeout, out=sys.stdout) else 1


def resolve(
    args: argparse.Namespace, environ: Mapping[str, str] | None = None
) -> tuple[str, Credentials, float]:
    """The upstream, credentials and timeout `serve` would use; a bad value is a `SettingError`."""
    env = os.environ if environ is None else environ
    url = read_value(_UPSTREAM, args.upstream or None, env)
    if url is None:
        raise SettingError("VOUCHERIFY_API_URL", "not set: set it (or --upstream) to your Voucherify API URL")
    try:
        timeout = positive_seconds(args.timeout)
    except ValueError as exc:
        raise SettingError("--timeout", str(exc)) from None
    return url, Credentials.from_settings(*read_credentials(env)), timeout
