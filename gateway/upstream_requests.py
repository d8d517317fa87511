"""gRPC requests checked and turned into the arguments of the generated REST calls.

Anything refused here never reaches the upstream: the caller gets INVALID_ARGUMENT with the field.
"""

from __future__ import annotations

from typing import Any

from google.protobuf.descriptor import Descriptor
from voucherify.v1 import customer_service_pb2, redemption_service_pb2
from voucherify_client.models import (
    CustomerRedeemablesFilters,
    CustomerRedeemablesOrder,
    RedeemVoucherRequest,
)
from voucherify_client.types import UNSET, Unset

from . import errors
from .mapping import to_json

_CONDITION_MESSAGES = frozenset(
    message.full_name
    for message in (
        customer_service_pb2.StringFilterConditions.DESCRIPTOR,
        customer_service_pb2.EnumFilterConditions.DESCRIPTOR,
        customer_service_pb2.DateFilterConditions.DESCRIPTOR,
    )
)
_PRESENCE_OPERATORS = frozenset({"has_value", "is_unknown"})
LIMIT_RANGE = range(1, 101)


def required(value: str, field_name: str) -> str:
    if not value:
        raise errors.invalid_argument(field_name, "is required and must not be empty", "REQUIRED_FIELD")
    return value


def redeem_body(request: redemption_service_pb2.RedeemVoucherRequest) -> RedeemVoucherRequest:
    body = to_json(request)
    for path_or_query in ("code", "tracking_id"):
        body.pop(path_or_query, None)
    return RedeemVoucherRequest.from_dict(body)


def tracking_id(request: redemption_service_pb2.RedeemVoucherRequest) -> str | Unset:
    return request.tracking_id if request.HasField("tracking_id") else UNSET


def limit(request: customer_service_pb2.ListCustomerRedeemablesRequest) -> int | Unset:
    if not request.HasField("limit"):
        return UNSET
    if request.limit not in LIMIT_RANGE:
        raise errors.invalid_argument("limit", "must be between 1 and 100", "OUT_OF_RANGE")
    return request.limit


def order(request: customer_service_pb2.ListCustomerRedeemablesRequest) -> CustomerRedeemablesOrder | Unset:
    if not request.order:
        return UNSET
    known = {member.value for member in CustomerRedeemablesOrder.__members__.values()}
    if request.order not in known:
        raise errors.invalid_argument("order", f"must be one of {sorted(known)}", "INVALID_ORDER")
    return CustomerRedeemablesOrder(request.order)


def _rest_filter_name(message: Descriptor, name: str) -> str:
    return f"${name}" if message.full_name in _CONDITION_MESSAGES else name


def filters(
    request: customer_service_pb2.ListCustomerRedeemablesRequest,
) -> CustomerRedeemablesFilters | Unset:
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
