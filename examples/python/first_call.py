"""A first call from Python with grpcio and the generated modules (`pip install voucher-gateway`).

    python examples/python/first_call.py [--redeem CODE]

Reads the redemptions of the voucher "Test - FB - Vouchers - 9" and the vouchers owned by the customer
"cust_p1ufreYbVbwZ1x70nFkH9rF9" (both in the stand-in's example data, `make run`); with --redeem, also
redeems CODE for an order of 15.00 and reads that redemption back. Each answer is printed as one JSON
line with Voucherify's own field names (preserving_proto_field_name=True); MessageToDict writes 64-bit
integers as strings, as proto3 JSON does (`int(value)` gives the number).

Environment: GATEWAY_ADDR (default 127.0.0.1:50051); GATEWAY_TLS_CA, a PEM file, for TLS trusting that
CA (plaintext without it); GATEWAY_TOKEN, the caller's token, sent as `authorization: Bearer <token>`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

import grpc
from google.protobuf import json_format
from google.protobuf.message import Message
from voucherify.v1 import (
    customer_pb2,
    customer_service_pb2,
    customer_service_pb2_grpc,
    order_pb2,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)


def channel() -> grpc.Channel:
    address = os.environ.get("GATEWAY_ADDR", "127.0.0.1:50051")
    ca_file = os.environ.get("GATEWAY_TLS_CA")
    if ca_file is None:
        return grpc.insecure_channel(address)
    with open(ca_file, "rb") as handle:
        return grpc.secure_channel(address, grpc.ssl_channel_credentials(handle.read()))


def show(rpc: str, response: Message) -> None:
    body = json_format.MessageToDict(response, preserving_proto_field_name=True)
    print(json.dumps({"rpc": rpc, "response": body}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--redeem", metavar="CODE", help="also redeem this voucher code (money: once)")
    args = parser.parse_args()
    token = os.environ.get("GATEWAY_TOKEN")
    metadata = [("authorization", f"Bearer {token}")] if token else None
    with channel() as chan:
        redemptions: Any = redemption_service_pb2_grpc.RedemptionServiceStub(chan)
        customers: Any = customer_service_pb2_grpc.CustomerServiceStub(chan)
        try:
            page = redemptions.ListVoucherRedemptions(
                redemption_service_pb2.ListVoucherRedemptionsRequest(code="Test - FB - Vouchers - 9"),
                metadata=metadata,
                timeout=10,
            )
            show("ListVoucherRedemptions", page)

            request = customer_service_pb2.ListCustomerRedeemablesRequest(
                customer_id="cust_p1ufreYbVbwZ1x70nFkH9rF9", limit=5
            )
            # `in` is a Python keyword: the filter's operators are reached with getattr.
            getattr(request.filters.holder_role, "in").append("OWNER")
            show(
                "ListCustomerRedeemables",
                customers.ListCustomerRedeemables(request, metadata=metadata, timeout=10),
            )

            if args.redeem:
                redeemed = redemptions.RedeemVoucher(
                    redemption_service_pb2.RedeemVoucherRequest(
                        code=args.redeem,
                        customer=customer_pb2.Customer(source_id="first-call@example.com"),
                        order=order_pb2.Order(amount=1500),
                    ),
                    metadata=metadata,
                    timeout=10,
                )
                show("RedeemVoucher", redeemed)
                again = redemptions.GetRedemption(
                    redemption_service_pb2.GetRedemptionRequest(redemption_id=redeemed.id),
                    metadata=metadata,
                    timeout=10,
                )
                show("GetRedemption", again)
        except grpc.RpcError as error:
            call: Any = error
            print(f"{call.code().name}: {call.details()}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
