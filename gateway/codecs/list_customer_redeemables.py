"""ListCustomerRedeemables <-> GET /v1/customers/{customer_id}/redeemables: a read with deepObject filters."""

from __future__ import annotations

from typing import Any

from google.protobuf.descriptor import Descriptor
from voucherify.v1 import customer_service_pb2
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.models import CustomerRedeemablesFilters, CustomerRedeemablesOrder
from voucherify_client.types import UNSET, Unset

from .. import errors
from ..mapping import to_json
from . import json_body
from .base import Codec, UpstreamRequest, from_builder

Request = customer_service_pb2.ListCustomerRedeemablesRequest

_CONDITION_MESSAGES = frozenset(
    message.full_name
    for message in (
        customer_service_pb2.StringFilterConditions.DESCRIPTOR,
        customer_service_pb2.EnumFilterConditions.DESCRIPTOR,
        customer_service_pb2.DateFilterConditions.DESCRIPTOR,
    )
)
_PRESENCE_OPERATORS = frozenset({"has_value", "is_unknown"})
_ORDERS = frozenset(member.value for member in CustomerRedeemablesOrder)
LIMIT_RANGE = range(1, 101)


def _limit(request: Request) -> int | Unset:
    if not request.HasField("limit"):
        return UNSET
    if request.limit not in LIMIT_RANGE:
        raise errors.invalid_argument("limit", "must be between 1 and 100", "OUT_OF_RANGE")
    return request.limit


def _order(request: Request) -> CustomerRedeemablesOrder | Unset:
    if not request.order:
        return UNSET
    if request.order not in _ORDERS:
        raise errors.invalid_argument("order", f"must be one of {sorted(_ORDERS)}", "INVALID_ORDER")
    return CustomerRedeemablesOrder(request.order)


def _rest_filter_name(message: Descriptor, name: str) -> str:
    return f"${name}" if message.full_name in _CONDITION_MESSAGES else name


def _filters(request: Request) -> CustomerRedeemablesFilters | Unset:
    """The deepObject filters: operators get their `$`, and each field's go under `conditions`.

    The presence operators are flags in the proto; REST expects them present with an empty value.
    """
    if not request.HasField("filters"):
        return UNSET
    if request.filters.junction not in ("", "and", "or"):
        raise errors.invalid_argument("filters.junction", "must be 'and' or 'or'", "INVALID_JUNCTION")
    raw: dict[str, Any] = {}
    for name, value in to_json(request.filters, _rest_filter_name).items():
        if isinstance(value, dict):
            conditions = {
                operator: "" if operator.lstrip("$") in _PRESENCE_OPERATORS else operand
                for operator, operand in value.items()
            }
            value = {"conditions": conditions}
        raw[name] = value
    return CustomerRedeemablesFilters.from_dict(raw)


def encode(request: Request) -> UpstreamRequest:
    built = list_customer_redeemables.build_request(
        request.customer_id,
        limit=_limit(request),
        order=_order(request),
        starting_after_id=request.starting_after_id or UNSET,
        filters=_filters(request),
    )
    return from_builder(built)


def decode(body: bytes) -> customer_service_pb2.ListCustomerRedeemablesResponse:
    return json_body.decode(body, customer_service_pb2.ListCustomerRedeemablesResponse())


CODEC = Codec("ListCustomerRedeemables", encode, decode, idempotent=True)
