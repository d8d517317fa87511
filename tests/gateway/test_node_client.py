"""A Node.js caller (@grpc/grpc-js + @grpc/proto-loader, straight from proto/) uses every RPC."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.emulator.support import Seeder
from tests.gateway.conftest import RunningGateway
from tests.gateway.test_end_to_end import SEED_CUSTOMER, SEED_VOUCHER, create_voucher
from tests.lossless import assert_lossless
from tests.operations import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "tests" / "node" / "client.js"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules" / "@grpc" / "grpc-js").is_dir(),
    reason="needs node and `make setup` (npm ci)",
)


async def run_node(
    gateway: RunningGateway, args: dict[str, object], tmp_path: Path, *rpcs: str, exit_code: int = 0
) -> list[dict[str, object]]:
    args_file = tmp_path / "args.json"
    args_file.write_text(json.dumps(args))
    command = ["node", str(CLIENT), "--args", str(args_file)]
    for rpc in rpcs:
        command += ["--rpc", rpc]
    process = await asyncio.create_subprocess_exec(
        *command,
        env={**os.environ, **node_env(gateway)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == exit_code, stderr.decode()
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]


def node_env(gateway: RunningGateway) -> dict[str, str]:
    env = {"GATEWAY_ADDR": gateway.address}
    if gateway.ca_file is not None:
        env["GATEWAY_TLS_CA"] = str(gateway.ca_file)
    if gateway.token is not None:
        env["GATEWAY_TOKEN"] = gateway.token
    return env


async def test_node_calls_every_rpc_losslessly_over_tls_with_a_token(
    secure_gateway: RunningGateway, seed: Seeder, tmp_path: Path
) -> None:
    gateway = secure_gateway
    code = await create_voucher(
        seed, type="DISCOUNT_VOUCHER", discount={"type": "PERCENT", "percent_off": 10}
    )
    gift = await create_voucher(seed, type="GIFT_VOUCHER", gift={"amount": 3000})
    redeemed = await seed.api.post(
        f"/v1/vouchers/{gift}/redemption",
        json={"order": {"amount": 1200}, "customer": {"source_id": "nodeg"}},
    )
    assert redeemed.status_code == 200, redeemed.text
    args = {
        "ListVoucherRedemptions": {"code": SEED_VOUCHER},
        "RedeemVoucher": {
            "code": code,
            "customer": {"source_id": "node@example.com"},
            "order": {"amount": "2500"},
            "metadata": {"caller": "node", "attempt": 1},
        },
        "GetRedemption": {"redemption_id": "r_0bc92f81a6801f9bca"},
        "RollbackRedemption": {"redemption_id": redeemed.json()["id"], "reason": "node refund"},
        "ListCustomerRedeemables": {
            "customer_id": SEED_CUSTOMER,
            "limit": 5,
            "filters": {"holder_role": {"in": ["OWNER"]}, "junction": "and"},
        },
    }
    assert sorted(args) == sorted(op.method for op in OPERATIONS)
    before = len(gateway.transport.exchanges)
    lines = await run_node(gateway, args, tmp_path, *(op.method for op in OPERATIONS))
    exchanges = gateway.transport.exchanges[before:]
    assert [line["rpc"] for line in lines] == [op.rpc for op in OPERATIONS]
    assert len(exchanges) == len(OPERATIONS)
    for line, exchange in zip(lines, exchanges, strict=True):
        assert line["ok"] is True, line
        assert_lossless(line["response"], exchange.body)
    responses: dict[str, Any] = {
        op.method: line["response"] for op, line in zip(OPERATIONS, lines, strict=True)
    }
    assert responses["RedeemVoucher"]["result"] == "SUCCESS"
    assert responses["RedeemVoucher"]["order"]["discount_amount"] == "250"
    assert responses["RollbackRedemption"]["object"] == "redemption_rollback"
    assert responses["RollbackRedemption"]["voucher"]["gift"]["balance"] == "3000"
    assert [h["holder_role"] for h in responses["ListCustomerRedeemables"]["data"]] == ["OWNER"]


async def test_node_sees_status_codes(secure_gateway: RunningGateway, tmp_path: Path) -> None:
    lines = await run_node(
        secure_gateway,
        {"GetRedemption": {"redemption_id": "r_missing"}},
        tmp_path,
        "GetRedemption",
        exit_code=1,
    )
    assert len(lines) == 1
    assert lines[0]["ok"] is False
    assert lines[0]["status"] == "NOT_FOUND"


async def test_node_without_the_token_is_unauthenticated(
    secure_gateway: RunningGateway, tmp_path: Path
) -> None:
    anonymous = RunningGateway(
        secure_gateway.channel, secure_gateway.transport, secure_gateway.address, secure_gateway.ca_file
    )
    lines = await run_node(
        anonymous,
        {"GetRedemption": {"redemption_id": "r_0bc92f81a6801f9bca"}},
        tmp_path,
        "GetRedemption",
        exit_code=1,
    )
    assert [line["status"] for line in lines] == ["UNAUTHENTICATED"]
