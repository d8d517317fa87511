"""RollbackRedemption <-> POST /v1/redemptions/{redemption_id}/rollback: money moves back, so it is not
idempotent either, and an answer that was lost is a rollback whose outcome is unknown.

The redemption id travels in the path, the reason and the tracking id in the query; the customer and
the metadata are the JSON body.
"""

from __future__ import annotations

from voucherify.v1 import redemption_pb2, redemption_service_pb2
from voucherify_client.api.redemptions import rollback_redemption
from voucherify_client.types import UNSET

from . import json_body
from .base import Body, Codec, UpstreamRequest, from_builder

_NOT_IN_BODY = ("redemption_id", "reason", "tracking_id")


def encode(request: redemption_service_pb2.RollbackRedemptionRequest) -> UpstreamRequest:
    built = rollback_redemption.build_request(
        request.redemption_id,
        reason=request.reason if request.HasField("reason") else UNSET,
        tracking_id=request.tracking_id if request.HasField("tracking_id") else UNSET,
    )
    return from_builder(built, json_body.encode(request, leave_out=_NOT_IN_BODY))


def decode(body: Body) -> redemption_pb2.Redemption:
    return json_body.decode(body, redemption_pb2.Redemption())


CODEC = Codec(
    "RollbackRedemption",
    encode,
    decode,
    idempotent=False,
    unknown_outcome_reason="ROLLBACK_OUTCOME_UNKNOWN",
    reconciliation=("redemption_id", "tracking_id", "customer.source_id", "customer.id"),
)
