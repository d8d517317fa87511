"""The whole suite reads upstream answers strictly: a field the contract lacks fails the call.

A test about how such a field is tolerated asks for `lenient_fields`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from voucher_gateway import unknown_fields

unknown_fields.set_strict(True)


@pytest.fixture
def lenient_fields() -> Iterator[None]:
    """Production's reading for one test: unknown fields are left out, logged once and counted."""
    unknown_fields.set_strict(False)
    unknown_fields.reset()
    try:
        yield
    finally:
        unknown_fields.reset()
        unknown_fields.set_strict(True)
