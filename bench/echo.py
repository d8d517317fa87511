"""A bare grpc.aio server of the gateway's two services that answers every call with a prebuilt message.

The messages are the ones the gateway produces from the fixed upstream's bodies, so both serialize
the same sizes: what it reaches is the ceiling for any Python gateway on this machine.

    python -m bench.echo --listen 127.0.0.1:50099
"""

from __future__ import annotations

import argparse
from typing import Any

import grpc
from google.protobuf.message import Message
from voucherify.v1 import customer_service_pb2, customer_service_pb2_grpc, redemption_service_pb2_grpc

from . import grpc_calls, loops, workload

_ANSWERS: dict[str, Message] = {
    operation: grpc_calls.expected(operation) for operation in workload.OPERATIONS
}


class _Redemptions(redemption_service_pb2_grpc.RedemptionServiceServicer):
    async def ListVoucherRedemptions(self, request: Any, context: Any) -> Any:
        return _ANSWERS[workload.LIST_VOUCHER_REDEMPTIONS]

    async def RedeemVoucher(self, request: Any, context: Any) -> Any:
        return _ANSWERS[workload.REDEEM_VOUCHER]

    async def GetRedemption(self, request: Any, context: Any) -> Any:
        return _ANSWERS[workload.GET_REDEMPTION]

    async def RollbackRedemption(self, request: Any, context: Any) -> Any:
        # Not in the workload; a rollback is a redemption object too, so it echoes GetRedemption's.
        return _ANSWERS[workload.GET_REDEMPTION]


class _Customers(customer_service_pb2_grpc.CustomerServiceServicer):
    async def ListCustomerRedeemables(self, request: Any, context: Any) -> Any:
        return _ANSWERS[workload.LIST_CUSTOMER_REDEEMABLES]

    async def StreamCustomerRedeemables(self, request: Any, context: Any) -> Any:
        page = _ANSWERS[workload.LIST_CUSTOMER_REDEEMABLES]
        assert isinstance(page, customer_service_pb2.ListCustomerRedeemablesResponse)
        for item in page.data:
            yield item


async def _serve(listen: str) -> None:
    server = grpc.aio.server()
    redemption_service_pb2_grpc.add_RedemptionServiceServicer_to_server(_Redemptions(), server)
    customer_service_pb2_grpc.add_CustomerServiceServicer_to_server(_Customers(), server)
    server.add_insecure_port(listen)
    await server.start()
    print(f"echo gRPC on {listen} (loop: {loops.name()})", flush=True)
    await server.wait_for_termination()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--listen", required=True, help="HOST:PORT")
    args = parser.parse_args()
    loops.run(_serve(args.listen))


if __name__ == "__main__":
    main()
