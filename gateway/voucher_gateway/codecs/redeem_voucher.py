"""RedeemVoucher <-> POST /v1/vouchers/{code}/redemption: money moves, so it is not idempotent.

The code travels in the path and the tracking id in the query; every other field is the JSON body,
built straight from the request message.
"""

from __future__ import annotations

from voucherify.v1 import redemption_pb2, redemption_service_pb2
from voucherify_client.api.redemptions import redeem_voucher
from voucherify_client.types import UNSET

from . import json_body
from .base import Body, Codec, UpstreamRequest, from_builder

_NOT_IN_BODY = ("code", "tracking_id")


def encode(request: redemption_service_pb2.RedeemVoucherRequest) -> UpstreamRequest:
    tracking_id = request.tracking_id if request.HasField("tracking_id") else UNSET
    built = redeem_voucher.build_request(request.code, tracking_id=tracking_id)
    return from_builder(built, json_body.encode(request, leave_out=_NOT_IN_BODY))


def decode(body: Body) -> redemption_pb2.Redemption:
    return json_body.decode(body, redemption_pb2.Redemption())


CODEC = Codec(
    "RedeemVoucher",
    encode,
    decode,
    idempotent=False,
    unknown_outcome_reason="REDEMPTION_OUTCOME_UNKNOWN",
    reconciliation=(
        "code",
        "tracking_id",
        "order.source_id",
        "order.id",
        "customer.source_id",
        "customer.id",
    ),
)
