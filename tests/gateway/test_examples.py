"""The callers' examples in examples/ run as documented against a gateway on the stand-in.

Python (grpcio), Node (@grpc/grpc-js) and `buf curl`, each over plaintext and over TLS with a caller
token, each redeeming a voucher made for the test; the outputs show the field names the README promises.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.emulator.support import Seeder
from tests.gateway.conftest import RunningGateway
from tests.gateway.test_end_to_end import create_voucher

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
BUF = ROOT / "node_modules" / ".bin" / "buf"
HAS_NODE = shutil.which("node") is not None and (ROOT / "node_modules" / "@grpc" / "grpc-js").is_dir()


async def run(command: list[str], gateway: RunningGateway, *, token: bool = True) -> tuple[int, str, str]:
    env = {**os.environ, "GATEWAY_ADDR": gateway.address}
    env.pop("GATEWAY_TLS_CA", None)
    env.pop("GATEWAY_TOKEN", None)
    if gateway.ca_file is not None:
        env["GATEWAY_TLS_CA"] = str(gateway.ca_file)
    if gateway.token is not None and token:
        env["GATEWAY_TOKEN"] = gateway.token
    process = await asyncio.create_subprocess_exec(
        *command, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, stdout.decode(), stderr.decode()


async def fresh_code(seed: Seeder) -> str:
    return await create_voucher(
        seed, type="DISCOUNT_VOUCHER", discount={"type": "PERCENT", "percent_off": 10}
    )


def json_lines(stdout: str) -> dict[str, Any]:
    return {line["rpc"]: line["response"] for line in map(json.loads, stdout.splitlines())}


def check_redeemed(responses: dict[str, Any], gateway: RunningGateway, code: str) -> None:
    redeemed = responses["RedeemVoucher"]
    assert redeemed["result"] == "SUCCESS"
    assert redeemed["voucher"]["code"] == code
    assert redeemed["order"]["discount_amount"] == "150"
    assert responses["GetRedemption"]["id"] == redeemed["id"]
    posted = [
        e for e in gateway.transport.exchanges if e.method == "POST" and e.raw_path.endswith("/redemption")
    ]
    assert posted[-1].body["id"] == redeemed["id"]


@pytest.mark.parametrize("secure", [False, True], ids=["plaintext", "tls-and-token"])
async def test_python_example(
    gateway: RunningGateway, secure_gateway: RunningGateway, seed: Seeder, secure: bool
) -> None:
    target = secure_gateway if secure else gateway
    code = await fresh_code(seed)
    command = [sys.executable, str(EXAMPLES / "python" / "first_call.py"), "--redeem", code]
    returncode, stdout, stderr = await run(command, target)
    assert returncode == 0, stderr
    responses = json_lines(stdout)
    assert list(responses) == [
        "ListVoucherRedemptions",
        "ListCustomerRedeemables",
        "RedeemVoucher",
        "GetRedemption",
    ]
    # Voucherify's own names, as the README says of preserving_proto_field_name=True.
    assert "redemption_entries" in responses["ListVoucherRedemptions"]
    assert {entry["holder_role"] for entry in responses["ListCustomerRedeemables"]["data"]} == {"OWNER"}
    check_redeemed(responses, target, code)


async def test_python_example_without_the_token_is_refused(secure_gateway: RunningGateway) -> None:
    returncode, stdout, stderr = await run(
        [sys.executable, str(EXAMPLES / "python" / "first_call.py")], secure_gateway, token=False
    )
    assert returncode == 1 and stdout == ""
    assert stderr.startswith("UNAUTHENTICATED:")


@pytest.mark.skipif(not HAS_NODE, reason="needs node and `make setup`")
@pytest.mark.parametrize("secure", [False, True], ids=["plaintext", "tls-and-token"])
async def test_node_example(
    gateway: RunningGateway, secure_gateway: RunningGateway, seed: Seeder, secure: bool
) -> None:
    target = secure_gateway if secure else gateway
    code = await fresh_code(seed)
    returncode, stdout, stderr = await run(
        ["node", str(EXAMPLES / "node" / "first_call.js"), "--redeem", code], target
    )
    assert returncode == 0, stderr
    responses = json_lines(stdout)
    # keepCase: true keeps Voucherify's names; longs: String gives int64 as strings.
    assert isinstance(responses["ListVoucherRedemptions"]["redeemed_quantity"], str)
    assert {entry["holder_role"] for entry in responses["ListCustomerRedeemables"]["data"]} == {"OWNER"}
    check_redeemed(responses, target, code)


def buf_sections(stdout: str) -> dict[str, str]:
    sections: dict[str, str] = {}
    name = ""
    for line in stdout.splitlines():
        if line.startswith("== "):
            name = line.removeprefix("== ")
            sections[name] = ""
        else:
            sections[name] += line + "\n"
    return sections


@pytest.mark.skipif(not BUF.exists(), reason="needs `make setup` (buf)")
@pytest.mark.parametrize("secure", [False, True], ids=["plaintext", "tls-and-token"])
async def test_buf_curl_example(
    gateway: RunningGateway, secure_gateway: RunningGateway, seed: Seeder, secure: bool
) -> None:
    target = secure_gateway if secure else gateway
    code = await fresh_code(seed)
    returncode, stdout, stderr = await run(
        [str(EXAMPLES / "buf-curl" / "first_call.sh"), "--redeem", code], target
    )
    assert returncode == 0, stderr
    sections = buf_sections(stdout)
    assert "voucherify.v1.RedemptionService" in sections["services"].split()
    assert json.loads(sections["grpc.health.v1.Health/Check"]) == {"status": "SERVING"}
    listed = json.loads(sections["voucherify.v1.RedemptionService/ListVoucherRedemptions"])
    # proto3 JSON, as the README says: camelCase names, 64-bit integers as strings.
    assert "redemptionEntries" in listed and isinstance(listed["redeemedQuantity"], str)
    owned = json.loads(sections["voucherify.v1.CustomerService/ListCustomerRedeemables"])
    assert {entry["holderRole"] for entry in owned["data"]} == {"OWNER"}
    redeemed = json.loads(sections["voucherify.v1.RedemptionService/RedeemVoucher"])
    assert redeemed["result"] == "SUCCESS" and redeemed["order"]["discountAmount"] == "150"
