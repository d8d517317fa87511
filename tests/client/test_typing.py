"""A service importing the client gets real types: mypy sees them through the shipped py.typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

SNIPPET = """
from voucherify_client.models import VoucherRedemptionsList
from voucherify_client.types import Unset

listing = VoucherRedemptionsList.from_dict({})
reveal_type(listing.redeemed_quantity)
if not isinstance(listing.redeemed_quantity, Unset) and listing.redeemed_quantity is not None:
    doubled: int = listing.redeemed_quantity * 2
wrong: str = listing.redeemed_quantity
"""


def test_mypy_sees_the_generated_types(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "service.py").write_text(SNIPPET)
    monkeypatch.chdir(tmp_path)  # away from the project's own mypy configuration
    stdout, _, status = api.run(["--strict", "--no-incremental", "--config-file=", "service.py"])
    assert 'Revealed type is "int | None | voucherify_client.types.Unset"' in stdout, stdout
    assert "service.py:9: error: Incompatible types in assignment" in stdout, stdout
    assert status == 1
    assert stdout.count("error:") == 1, stdout
