"""State survives a restart with a database file; the CLI runs the stand-in; seed files load."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tests.emulator.support import AUTH, ROOT
from tests.loopback import free_port
from voucherify_stand_in.credentials import AcceptedCredentials
from voucherify_stand_in.server import EmulatorServer

SNAPSHOT_PATHS = [
    "/v1/vouchers/PERSIST-1/redemption",
    "/v1/vouchers/PERSIST-GIFT/redemption",
    "/v1/vouchers/PERSIST-1",
    "/v1/vouchers/PERSIST-GIFT",
    "/v1/customers/persist-customer",
    "/v1/customers/persist-customer/redeemables",
    "/v1/vouchers/Test%20-%20FB%20-%20Vouchers%20-%209/redemption",
]


def _populate(url: str) -> list[str]:
    with httpx.Client(base_url=url, headers=AUTH) as api:
        assert (
            api.post(
                "/v1/vouchers",
                json={
                    "code": "PERSIST-1",
                    "discount": {"type": "AMOUNT", "amount_off": 5},
                    "redemption": {"quantity": 3},
                },
            ).status_code
            == 200
        )
        assert api.post("/v1/vouchers/PERSIST-GIFT", json={"gift": {"amount": 900}}).status_code == 200
        customer = api.post("/v1/customers", json={"source_id": "persist-customer", "name": "P"}).json()
        assert (
            api.post(
                "/v1/publications", json={"voucher": "PERSIST-1", "customer": {"id": customer["id"]}}
            ).status_code
            == 200
        )
        ids = []
        for body in ({"customer": {"id": customer["id"]}, "order": {"amount": 100}}, {}):
            ids.append(api.post("/v1/vouchers/PERSIST-1/redemption", json=body).json()["id"])
        gift = api.post("/v1/vouchers/PERSIST-GIFT/redemption", json={"order": {"amount": 400}}).json()
        ids.append(gift["id"])
        ids.append(api.post(f"/v1/redemptions/{gift['id']}/rollback", json={"reason": "r"}).json()["id"])
        api.post("/v1/vouchers/PERSIST-GIFT/redemption", json={"gift": {"credits": 5000}})  # a FAILURE entry
        return ids


def _snapshot(url: str, redemption_ids: list[str]) -> dict[str, Any]:
    with httpx.Client(base_url=url, headers=AUTH) as api:
        out = {path: api.get(path).json() for path in SNAPSHOT_PATHS}
        out.update({rid: api.get(f"/v1/redemptions/{rid}").json() for rid in redemption_ids})
    return out


def test_restart_with_db_file_keeps_everything(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite")
    with EmulatorServer(db=db, credentials=AcceptedCredentials()) as first:
        ids = _populate(first.url)
        before = _snapshot(first.url, ids)
    with EmulatorServer(db=db, credentials=AcceptedCredentials()) as second:
        after = _snapshot(second.url, ids)
    assert after == before
    assert before["/v1/vouchers/PERSIST-1/redemption"]["redeemed_quantity"] == 2
    assert before["/v1/vouchers/PERSIST-GIFT"]["gift"]["balance"] == 900
    assert before["/v1/customers/persist-customer/redeemables"]["total"] == 1
    # The default seed was not applied twice.
    assert after["/v1/vouchers/Test%20-%20FB%20-%20Vouchers%20-%209/redemption"]["total"] == 6


def test_custom_seed_file(tmp_path: Path) -> None:
    seed = {
        "customers": [{"id": "cust_seeded", "source_id": "seeded", "name": "Seeded"}],
        "vouchers": [
            {
                "code": "SEEDED-1",
                "discount": {"type": "PERCENT", "percent_off": 10},
                "redemption": {"quantity": 5, "redeemed_quantity": 2},
            }
        ],
        "redeemables": [{"customer_id": "cust_seeded", "voucher": "SEEDED-1", "holder_role": "OWNER"}],
    }
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed))
    with (
        EmulatorServer(seed=path, credentials=AcceptedCredentials()) as server,
        httpx.Client(base_url=server.url, headers=AUTH) as api,
    ):
        listing = api.get("/v1/vouchers/SEEDED-1/redemption").json()
        assert listing["quantity"] == 5 and listing["redeemed_quantity"] == 2
        data = api.get("/v1/customers/seeded/redeemables").json()["data"]
        assert [d["redeemable"]["voucher"]["code"] for d in data] == ["SEEDED-1"]
        assert api.get("/v1/vouchers/CODE14").status_code == 404  # a given seed replaces the default one


def _start_cli(port: int, db: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "voucher_gateway.cli", "emulator", "--port", str(port), "--db", db],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/v1/vouchers/CODE14", timeout=0.5)
            return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError(process.communicate()[0].decode())


def test_cli_emulator_with_db_survives_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    env = {**os.environ, "VOUCHERIFY_APP_ID": "cli-id", "VOUCHERIFY_APP_TOKEN": "cli-token"}
    headers = {"X-App-Id": "cli-id", "X-App-Token": "cli-token"}
    port = free_port()
    process = _start_cli(port, db, env)
    try:
        url = f"http://127.0.0.1:{port}"
        assert httpx.get(f"{url}/v1/vouchers/CODE14/redemption", headers=AUTH).status_code == 401
        redeemed = httpx.post(
            f"{url}/v1/vouchers/CODE14/redemption", headers=headers, json={"gift": {"credits": 500}}
        )
        assert redeemed.status_code == 200
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    process = _start_cli(port, db, env)
    try:
        listing = httpx.get(f"http://127.0.0.1:{port}/v1/vouchers/CODE14/redemption", headers=headers).json()
        assert (
            listing["redeemed_quantity"] == 1
            and listing["redemption_entries"][0]["id"] == redeemed.json()["id"]
        )
        voucher = httpx.get(f"http://127.0.0.1:{port}/v1/vouchers/CODE14", headers=headers).json()
        assert voucher["gift"]["balance"] == 1500
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
