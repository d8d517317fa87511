"""docs/proto.md: every element of the contract is documented in the protos, and the reference is current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from voucherify.v1 import (
    customer_pb2,
    customer_service_pb2,
    order_pb2,
    redeemable_pb2,
    redemption_pb2,
    redemption_service_pb2,
    voucher_pb2,
)

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "proto_docs.py"
REFERENCE = ROOT / "docs" / "proto.md"
MODULES = (
    customer_pb2,
    customer_service_pb2,
    order_pb2,
    redeemable_pb2,
    redemption_pb2,
    redemption_service_pb2,
    voucher_pb2,
)


def tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, timeout=120)


def test_every_service_method_message_and_field_has_a_comment() -> None:
    done = tool("--undocumented")
    assert done.returncode == 0, done.stdout


def test_the_reference_is_current_and_names_every_message_and_field() -> None:
    assert tool("--check", str(REFERENCE)).returncode == 0
    text = REFERENCE.read_text()
    for module in MODULES:
        for service in module.DESCRIPTOR.services_by_name.values():
            assert f"### service {service.name}" in text
            for method in service.methods:
                assert f"| `{method.name}` |" in text
        for message in module.DESCRIPTOR.message_types_by_name.values():
            assert f"### {message.name}\n" in text
            for field in message.fields:
                assert f"| `{field.name}` |" in text


def test_a_stale_reference_is_refused(tmp_path: Path) -> None:
    stale = tmp_path / "proto.md"
    stale.write_text(REFERENCE.read_text().replace("Lists a voucher's redemptions", "Lists redemptions"))
    done = tool("--check", str(stale))
    assert done.returncode == 1
    assert "+| `ListVoucherRedemptions` |" in done.stdout
    assert "is stale" in done.stderr
