"""ListCustomerRedeemables <-> GET /v1/customers/{customer_id}/redeemables: a read with deepObject filters."""

from __future__ import annotations

from typing import Any

from voucherify.v1 import customer_service_pb2
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.models import CustomerRedeemablesFilters, CustomerRedeemablesOrder
from voucherify_client.types import UNSET, Unset

from .. import errors
from . import json_body
from .base import Body, Codec, UpstreamRequest, from_builder

Request = customer_service_pb2.ListCustomerRedeemablesRequest

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


def _filters(request: Request) -> CustomerRedeemablesFilters | Unset:
    """The deepObject filters: each field's operators go under `conditions`, with their `$`.

    Every message-typed field of the filters is a conditions message, so every object one level down
    is one. The presence operators are flags in the proto; REST expects them present with an empty value.
    """
    if not request.HasField("filters"):
        return UNSET
    if request.filters.junction not in ("", "and", "or"):
        raise errors.invalid_argument("filters.junction", "must be 'and' or 'or'", "INVALID_JUNCTION")
    raw: dict[str, Any] = {}
    for name, value in json_body.to_json(request.filters).items():
        if isinstance(value, dict):
            conditions = {
                f"${operator}": "" if operator in _PRESENCE_OPERATORS else operand
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


def decode(body: Body) -> customer_service_pb2.ListCustomerRedeemablesResponse:
    return json_body.decode(body, customer_service_pb2.ListCustomerRedeemablesResponse())


CODEC = Codec("ListCustomerRedeemables", encode, decode, idempotent=True)
