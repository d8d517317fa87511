"""`python -m bench` end to end in one tiny round: every process starts, answers, is measured and stops.

Nothing here asserts a speed; it proves the harness measures real, correct calls.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench import upstream, workload

ROOT = Path(__file__).resolve().parents[2]


def test_a_tiny_round_measures_real_calls_through_every_party(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--operations",
            workload.GET_REDEMPTION,
            "--targets",
            "gateway,in-process,echo,direct",
            "--inflight",
            "1,4",
            "--rounds",
            "1",
            "--round-seconds",
            "0.5",
            "--warmup-seconds",
            "0",
            "--mapping-repeats",
            "1",
            "--output",
            str(output),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    results: dict[str, Any] = json.loads(output.read_text())
    assert set(results["scenarios"]) == {
        f"{target}/{workload.GET_REDEMPTION}/{inflight}"
        for target in ("gateway", "in-process", "echo", "direct")
        for inflight in (1, 4)
    }
    for key, scenario in results["scenarios"].items():
        (measured,) = scenario["rounds"]
        assert measured["calls"] > 0 and measured["errors"] == 0, key
        assert measured["caller_cpu_us_per_call"] > 0, key
    gateway = results["scenarios"][f"gateway/{workload.GET_REDEMPTION}/4"]["rounds"][0]
    assert gateway["server_peak_rss_mb"] > 0 and gateway["upstream_cpu_us_per_call"] >= 0
    ratios = results["ratios"][workload.GET_REDEMPTION]
    assert ratios["gateway_over_echo_at_4"] > 0 and ratios["in_process_over_echo_at_4"] > 0
    assert ratios["p50_added_over_direct_ms_at_1"] is not None
    mapping = results["mapping"][workload.GET_REDEMPTION]
    assert mapping["agrees"]["json_format"] is True
    assert mapping["us"]["json_format"] > 0
    assert "Ratios" in run.stdout and "gateway/echo" in run.stdout and "in-process/echo" in run.stdout


def test_the_fixed_upstream_answers_each_route_with_its_body() -> None:
    routes = {
        (b"GET", b"/v1/vouchers/Test%20-%20FB/redemption"): workload.LIST_VOUCHER_REDEMPTIONS,
        (b"POST", b"/v1/vouchers/CODE14/redemption?tracking_id=t"): workload.REDEEM_VOUCHER,
        (b"GET", b"/v1/redemptions/r_1"): workload.GET_REDEMPTION,
        (b"GET", b"/v1/customers/c/redeemables?limit=10"): workload.LIST_CUSTOMER_REDEEMABLES,
    }
    for (method, target), operation in routes.items():
        head, body = upstream.answer(method, target).split(b"\r\n\r\n", 1)
        assert head.startswith(b"HTTP/1.1 200 ") and body == workload.body(operation)
        assert json.loads(body)
    assert upstream.answer(b"DELETE", b"/v1/redemptions/r_1").startswith(b"HTTP/1.1 404 ")
    assert upstream.answer(b"GET", b"/v1/vouchers/x/validate").startswith(b"HTTP/1.1 404 ")
