"""The spec keeps the documented examples and the conventions the generator templates rely on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.json_equivalence import load_fixture
from tests.operations import OPERATIONS

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "voucherify.yaml").read_text())


def _operation(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise AssertionError(f"no operation {operation_id}")


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_documented_examples_are_the_fixtures() -> None:
    def example(response_or_body: dict[str, Any]) -> Any:
        return response_or_body["content"]["application/json"].get("example")

    compared = []
    for op in OPERATIONS:
        documented = example(_operation(op.operation_id)["responses"]["200"])
        if documented is not None:
            assert documented == load_fixture(op.fixture), op.operation_id
            compared.append(op.operation_id)
    # GET /v1/redemptions/{id} shows no example of its own: it answers the objects the others show.
    assert compared == [op.operation_id for op in OPERATIONS if op.method != "GetRedemption"]
    assert example(_operation("redeemVoucher")["requestBody"]) == load_fixture("redeem_voucher_request.json")


def test_object_query_parameters_are_deep_objects() -> None:
    """The customised endpoint template serialises every object query parameter as deepObject."""
    found = []
    for item in SPEC["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for parameter in map(_resolve, operation.get("parameters", [])):
                if parameter["in"] == "query" and _resolve(parameter["schema"]).get("type") == "object":
                    assert (parameter.get("style"), parameter.get("explode")) == ("deepObject", True)
                    found.append(parameter["name"])
    assert found == ["filters"]
