"""GetRedemption <-> GET /v1/redemptions/{redemption_id}: a read."""

from __future__ import annotations

from voucherify.v1 import redemption_pb2, redemption_service_pb2
from voucherify_client.api.redemptions import get_redemption

from . import json_body
from .base import Body, Codec, UpstreamRequest, from_builder


def encode(request: redemption_service_pb2.GetRedemptionRequest) -> UpstreamRequest:
    return from_builder(get_redemption.build_request(request.redemption_id))


def decode(body: Body) -> redemption_pb2.Redemption:
    return json_body.decode(body, redemption_pb2.Redemption())


CODEC = Codec("GetRedemption", encode, decode, idempotent=True)
