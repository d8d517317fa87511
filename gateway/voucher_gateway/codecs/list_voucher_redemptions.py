"""ListVoucherRedemptions <-> GET /v1/vouchers/{code}/redemption: a read."""

from __future__ import annotations

from voucherify.v1 import redemption_service_pb2
from voucherify_client.api.redemptions import list_voucher_redemptions

from . import json_body
from .base import Body, Codec, UpstreamRequest, from_builder


def encode(request: redemption_service_pb2.ListVoucherRedemptionsRequest) -> UpstreamRequest:
    return from_builder(list_voucher_redemptions.build_request(request.code))


def decode(body: Body) -> redemption_service_pb2.ListVoucherRedemptionsResponse:
    return json_body.decode(body, redemption_service_pb2.ListVoucherRedemptionsResponse())


CODEC = Codec("ListVoucherRedemptions", encode, decode, idempotent=True)
