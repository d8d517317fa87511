"""Micro-benchmarks of the mapping alone: upstream JSON bytes to the protobuf response, per operation.

Candidates:
- `json.loads`, `orjson.loads`: the floor any decoder pays;
- `json_format`: `json.loads` + `json_format.ParseDict`, the descriptor-driven engine, kept as the oracle;
- `gateway codec`: what the gateway runs per answer, the operation's `codec.decode(bytes)`
  (orjson + the mapping generated from the proto descriptors);
- `attrs models`: `from_dict` of the generated REST client's models, what a Python caller of the REST
  client pays on top of parsing.
The official SDK's parse of the same bytes is measured in its own environment (`sdk_worker.py`).
Every candidate's message is compared with `json_format`'s, so a fast but wrong decoder shows.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

import orjson
from google.protobuf import json_format
from google.protobuf.message import Message
from voucherify_client.models import (
    CustomerRedeemablesList,
    RedeemVoucherResponse,
    Redemption,
    VoucherRedemptionsList,
)

from voucher_gateway.codecs import (
    get_redemption,
    list_customer_redeemables,
    list_voucher_redemptions,
    redeem_voucher,
)

from . import grpc_calls, timing, workload

_CODECS: dict[str, Any] = {
    workload.LIST_VOUCHER_REDEMPTIONS: list_voucher_redemptions.CODEC,
    workload.REDEEM_VOUCHER: redeem_voucher.CODEC,
    workload.GET_REDEMPTION: get_redemption.CODEC,
    workload.LIST_CUSTOMER_REDEEMABLES: list_customer_redeemables.CODEC,
}

_REST_MODELS: dict[str, Any] = {
    workload.LIST_VOUCHER_REDEMPTIONS: VoucherRedemptionsList,
    workload.REDEEM_VOUCHER: RedeemVoucherResponse,
    workload.GET_REDEMPTION: Redemption,
    workload.LIST_CUSTOMER_REDEEMABLES: CustomerRedeemablesList,
}


def decoders(operation: str) -> dict[str, Callable[[bytes], object]]:
    """The candidates, by name."""
    response_type = grpc_calls.RESPONSE_TYPES[operation]
    model = _REST_MODELS[operation]
    codec = _CODECS[operation]

    def with_json_format(data: bytes) -> Message:
        return json_format.ParseDict(json.loads(data), response_type(), ignore_unknown_fields=True)

    def with_attrs_models(data: bytes) -> object:
        return model.from_dict(orjson.loads(data))

    return {
        "json.loads": json.loads,
        "orjson.loads": orjson.loads,
        "json_format": with_json_format,
        "gateway codec": codec.decode,
        "attrs models": with_attrs_models,
    }


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
