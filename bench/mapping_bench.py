"""Micro-benchmarks of the mapping alone: upstream JSON bytes to the protobuf response, per operation.

Candidates (each only where it exists, so the bench runs before and after a mapping change):
- `json.loads`: the floor any decoder pays or beats;
- `json_format`: `json.loads` + `json_format.ParseDict`, the descriptor-driven engine of `gateway.mapping`;
- `gateway.mapping`: today's gateway path, `json.loads` + the generated attrs model's `from_dict` +
  `gateway.mapping.to_message` (which is `to_dict` + `ParseDict`);
- `voucherify_json`: `voucherify_json.v1.decode(data, into)`, generated straight-line decoding.
Every candidate's message is compared with `json_format`'s, so a fast but wrong decoder shows.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable
from typing import Any

from google.protobuf import json_format
from google.protobuf.message import Message
from voucherify_client.models import (
    CustomerRedeemablesList,
    RedeemVoucherResponse,
    Redemption,
    VoucherRedemptionsList,
)

from . import grpc_calls, timing, workload

_REST_MODELS: dict[str, Any] = {
    workload.LIST_VOUCHER_REDEMPTIONS: VoucherRedemptionsList,
    workload.REDEEM_VOUCHER: RedeemVoucherResponse,
    workload.GET_REDEMPTION: Redemption,
    workload.LIST_CUSTOMER_REDEEMABLES: CustomerRedeemablesList,
}


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def decoders(operation: str) -> dict[str, Callable[[bytes], object]]:
    """The candidates that exist in this checkout, by name."""
    response_type = grpc_calls.RESPONSE_TYPES[operation]
    found: dict[str, Callable[[bytes], object]] = {"json.loads": json.loads}

    def with_json_format(data: bytes) -> Message:
        return json_format.ParseDict(json.loads(data), response_type(), ignore_unknown_fields=True)

    found["json_format"] = with_json_format
    mapping = _optional("gateway.mapping")
    if mapping is not None and hasattr(mapping, "to_message"):
        model = _REST_MODELS[operation]

        def with_gateway_mapping(data: bytes) -> Message:
            message: Message = mapping.to_message(model.from_dict(json.loads(data)), response_type())
            return message

        found["gateway.mapping"] = with_gateway_mapping
    generated = _optional("voucherify_json.v1")
    if generated is not None and hasattr(generated, "decode"):

        def with_generated(data: bytes) -> Message:
            message = response_type()
            generated.decode(data, message)
            return message

        found["voucherify_json"] = with_generated
    return found


def run(operations: list[str], repeats: int) -> list[dict[str, Any]]:
    """One row per operation and candidate: time per call and whether its message is the right one."""
    rows: list[dict[str, Any]] = []
    for operation in operations:
        data = workload.body(operation)
        oracle = grpc_calls.expected(operation)
        for name, decode in decoders(operation).items():
            row: dict[str, Any] = {"operation": operation, "candidate": name, "bytes": len(data)}
            try:
                produced = decode(data)
            except Exception as error:
                row["error"] = f"{type(error).__name__}: {error}"[:300]
                rows.append(row)
                continue
            if isinstance(produced, Message):
                row["agrees"] = produced == oracle
            row.update(timing.per_call_us(functools.partial(decode, data), repeats=repeats))
            rows.append(row)
    return rows
