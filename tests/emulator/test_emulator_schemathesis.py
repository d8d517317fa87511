"""A bounded schemathesis run: the stand-in's replies conform to openapi/voucherify.yaml, and no 5xx."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.emulator.support import AUTH
from tests.operations import OPERATIONS as TABLE
from tests.spec_tree import SPEC_PATH
from voucherify_stand_in.credentials import AcceptedCredentials
from voucherify_stand_in.server import EmulatorServer

_document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
_document["servers"] = [{"url": "/"}]
SCHEMA = schemathesis.openapi.from_dict(_document)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations() if isinstance(result, Ok)]
#: Real identifiers mixed into generated ones, so that some calls reach data and not only 404s.
KNOWN = {
    "code": ["Test - FB - Vouchers - 9", "CODE14", "3xRUnMVG"],
    "redemptionId": ["r_0bc92f81a6801f9bca", "r_0bc2d3c4f7495f159a"],
    "customerId": ["cust_p1ufreYbVbwZ1x70nFkH9rF9", "redeemables_customer"],
}


@pytest.fixture(scope="module")
def fuzzed_server() -> Any:
    """A server of its own: generated redemptions must not change the data other tests compare."""
    with EmulatorServer(credentials=AcceptedCredentials()) as running:
        yield running


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_schemathesis_conformance(fuzzed_server: EmulatorServer, operation: Any) -> None:
    checks = [response_schema_conformance, not_a_server_error]

    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(), known=st.sampled_from([0, 1, None]))
    def run(case: Any, known: int | None) -> None:
        if known is not None and case.path_parameters:
            for name in case.path_parameters:
                case.path_parameters[name] = KNOWN[name][known % len(KNOWN[name])]
        case.call_and_validate(base_url=fuzzed_server.url, headers=AUTH, checks=checks)

    run()


def test_every_operation_is_fuzzed() -> None:
    assert sorted(op.label for op in OPERATIONS) == sorted(op.label for op in TABLE)
