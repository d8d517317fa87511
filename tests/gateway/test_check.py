"""`voucher-gateway check` as an operator runs it: against the stand-in, a scripted upstream, a dead port."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
from pathlib import Path

from tests.certificates import CertificateAuthority
from tests.gateway_process import bare_env
from tests.loopback import free_port
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN, DEFAULT_BEARER_TOKEN
from voucherify_stand_in.server import EmulatorServer

RPCS = (
    "RedemptionService/ListVoucherRedemptions",
    "RedemptionService/RedeemVoucher",
    "RedemptionService/GetRedemption",
    "CustomerService/ListCustomerRedeemables",
)
GOOD = {"VOUCHERIFY_APP_ID": DEFAULT_APP_ID, "VOUCHERIFY_APP_TOKEN": DEFAULT_APP_TOKEN}


def check(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "voucher_gateway.cli", "check", *args],
        env=bare_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def line(output: str, text: str) -> str:
    (found,) = [row for row in output.splitlines() if text in row]
    return found


def test_good_credentials_on_the_stand_in_pass_every_operation(stand_in: EmulatorServer) -> None:
    done = check("--upstream", stand_in.url, **GOOD)
    assert done.returncode == 0, done.stdout + done.stderr
    assert line(done.stdout, "reachable").split()[0] == "ok"
    assert line(done.stdout, "credentials accepted").split()[0] == "ok"
    for rpc in RPCS:
        row = line(done.stdout, rpc)
        assert row.split()[0] == "ok" and "permitted" in row and "404" in row
    assert done.stdout.splitlines()[-1] == "All 4 operations work."
    assert DEFAULT_APP_TOKEN not in done.stdout + done.stderr


def test_a_bearer_token_from_the_environment_works_too(stand_in: EmulatorServer) -> None:
    done = check(VOUCHERIFY_API_URL=stand_in.url, VOUCHERIFY_BEARER_TOKEN=DEFAULT_BEARER_TOKEN)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the bearer token of VOUCHERIFY_BEARER_TOKEN" in done.stdout
    assert DEFAULT_BEARER_TOKEN not in done.stdout + done.stderr


def test_bad_credentials_are_named_and_never_printed(stand_in: EmulatorServer) -> None:
    secret = "wrong-token-5f0c1d"
    done = check("--upstream", stand_in.url, VOUCHERIFY_APP_ID=DEFAULT_APP_ID, VOUCHERIFY_APP_TOKEN=secret)
    assert done.returncode == 1
    assert line(done.stdout, "reachable").split()[0] == "ok"
    assert line(done.stdout, "credentials rejected (401) by every").split()[0] == "FAIL"
    for rpc in RPCS:
        assert line(done.stdout, rpc).split()[0] == "FAIL"
    assert "credentials accepted" not in done.stdout
    assert done.stdout.splitlines()[-1] == "4 of 4 operations do not work."
    assert secret not in done.stdout + done.stderr


def test_no_credentials_is_said_plainly(stand_in: EmulatorServer) -> None:
    done = check("--upstream", stand_in.url)
    assert done.returncode == 1
    assert "no credentials configured" in done.stdout


def test_an_unreachable_port_stops_at_the_first_request() -> None:
    done = check("--upstream", f"http://127.0.0.1:{free_port()}", **GOOD)
    assert done.returncode == 1
    assert line(done.stdout, "not reachable").split()[0] == "FAIL"
    assert not any(rpc in done.stdout for rpc in RPCS)


def test_a_url_that_is_not_the_api_base_is_not_taken_for_success(stand_in: EmulatorServer) -> None:
    done = check("--upstream", f"{stand_in.url}/v1", **GOOD)
    assert done.returncode == 1
    assert "without naming what was not found" in line(done.stdout, RPCS[0])


def voucherify_404(recorded: Recorded) -> Answer:
    resource = recorded.raw_path.split("?")[0].split("/")[3]
    return Answer(
        404, {"code": 404, "key": "not_found", "message": "Resource not found", "resource_id": resource}
    )


def test_a_missing_permission_is_named_for_its_operation() -> None:
    def script(recorded: Recorded) -> Answer:
        if recorded.raw_path.startswith("/v1/customers/"):
            return Answer(403, {"code": 403, "key": "forbidden", "message": "Missing permission"})
        return voucherify_404(recorded)

    with ScriptedUpstream(script) as upstream:
        done = check("--upstream", upstream.url, **GOOD)
    assert done.returncode == 1
    assert line(done.stdout, "credentials accepted").split()[0] == "ok"
    row = line(done.stdout, "CustomerService/ListCustomerRedeemables")
    assert row.split()[0] == "FAIL" and "403" in row and "permission" in row
    assert all(line(done.stdout, rpc).split()[0] == "ok" for rpc in RPCS[:3])
    assert done.stdout.splitlines()[-1] == "1 of 4 operations do not work."


def test_a_server_that_accepts_anything_is_not_taken_for_voucherify() -> None:
    with ScriptedUpstream(lambda _: Answer(200, {})) as upstream:
        done = check("--upstream", upstream.url, **GOOD)
    assert done.returncode == 1
    row = line(done.stdout, "RedemptionService/RedeemVoucher")
    assert row.split()[0] == "FAIL" and "a code that does not exist" in row


def test_one_harmless_request_per_operation_with_the_configured_credentials() -> None:
    with ScriptedUpstream(voucherify_404) as upstream:
        done = check("--upstream", upstream.url, **GOOD)
        requests = list(upstream.requests)
    assert done.returncode == 0, done.stdout
    assert [(r.method, r.raw_path.split("/")[1:3]) for r in requests] == [
        ("GET", ["v1", "vouchers"]),
        ("POST", ["v1", "vouchers"]),
        ("GET", ["v1", "redemptions"]),
        ("GET", ["v1", "customers"]),
    ]
    for recorded in requests:
        assert recorded.headers["x-app-id"] == DEFAULT_APP_ID
        assert recorded.headers["x-app-token"] == DEFAULT_APP_TOKEN
        # Identifiers no account holds: nothing is read, nothing is redeemed.
        assert recorded.raw_path.split("/")[3].startswith("voucher-gateway-check-")
    redeem = requests[1]
    assert redeem.raw_path.endswith("/redemption") and json.loads(redeem.body) == {}


def test_an_untrusted_certificate_is_a_tls_failure(tmp_path: Path) -> None:
    ca = CertificateAuthority()
    cert, key = ca.issue("upstream", dns=("localhost",), ips=("127.0.0.1",)).write(tmp_path, "upstream")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    with ScriptedUpstream(voucherify_404, tls=context) as upstream:
        untrusted = check("--upstream", upstream.url, **GOOD)
        (tmp_path / "ca.pem").write_bytes(ca.cert_pem)
        trusted = check("--upstream", upstream.url, SSL_CERT_FILE=str(tmp_path / "ca.pem"), **GOOD)
    assert untrusted.returncode == 1
    assert "TLS failed: the certificate of" in line(untrusted.stdout, "TLS failed")
    assert trusted.returncode == 0, trusted.stdout
    assert "reachable over HTTPS, certificate verified" in trusted.stdout


def test_a_bad_setting_is_one_line_and_exit_2() -> None:
    done = check("--upstream", "ftp://example.invalid")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "voucher-gateway check: error: --upstream: must be an http:// or https:// URL, got 'ftp://example.invalid'"
    )
    half = check("--upstream", "http://127.0.0.1:9", VOUCHERIFY_APP_ID="id")
    assert half.returncode == 2 and "VOUCHERIFY_APP_TOKEN" in half.stderr
