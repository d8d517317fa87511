"""The official Voucherify Python SDK as a caller, in its own virtual environment (bench/.sdk-venv).

Its package is also named `voucherify`, like the project's protobuf modules, so it runs in a process
whose interpreter has only the SDK installed; this module and the stdlib-only bench helpers are all
it imports from here. The SDK is blocking (urllib3), so N calls in flight are N threads sharing one
`ApiClient` whose pool holds N connections. Version 6.x has no call for the single-voucher
redemption (`POST /v1/vouchers/{code}/redemption`), so it does the three reads only.

Commands (see `worker_io`): `round` with target `sdk`, and `mapping` (the SDK models' `from_json`).
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
from collections.abc import Callable
from typing import Any

from . import rounds, timing, worker_io, workload

OPERATIONS = (workload.LIST_VOUCHER_REDEMPTIONS, workload.GET_REDEMPTION, workload.LIST_CUSTOMER_REDEEMABLES)
CALL_TIMEOUT_S = 10.0

# The SDK's response model for each body; the redemption a redeem answers is parsed as a GET's.
_MODELS = {
    workload.LIST_VOUCHER_REDEMPTIONS: "VouchersRedemptionGetResponseBody",
    workload.REDEEM_VOUCHER: "RedemptionsGetResponseBody",
    workload.GET_REDEMPTION: "RedemptionsGetResponseBody",
    workload.LIST_CUSTOMER_REDEEMABLES: "CustomersRedeemablesListResponseBody",
}


def _sdk() -> Any:
    return importlib.import_module("voucherify")


class SdkWorker:
    def __init__(self) -> None:
        self._clients: dict[tuple[str, int], Any] = {}

    def handle(self, command: dict[str, Any]) -> Any:
        if command["cmd"] == "round":
            return self._round(command)
        if command["cmd"] == "mapping":
            return mapping(command["operations"], int(command.get("repeats", 7)))
        if command["cmd"] == "version":
            return importlib.metadata.version("voucherify")
        raise ValueError(f"unknown command {command['cmd']!r}")

    def _round(self, command: dict[str, Any]) -> dict[str, Any]:
        inflight = int(command["inflight"])
        call = self._call(self._client(command["address"], inflight), command["operation"])
        call()  # the answer is checked on every call; this one also opens a connection
        meter = rounds.Meter({role: int(pid) for role, pid in command.get("watch", {}).items()})
        meter.start()
        samples = rounds.run_threads(call, inflight, float(command["duration"]))
        return meter.stop(samples)

    def _client(self, base_url: str, pool_size: int) -> Any:
        key = (base_url, pool_size)
        if key not in self._clients:
            sdk = _sdk()
            configuration = sdk.Configuration(
                host=base_url, api_key={"X-App-Id": "bench-app-id", "X-App-Token": "bench-app-token"}
            )
            configuration.connection_pool_maxsize = max(pool_size, 1)
            self._clients[key] = sdk.ApiClient(configuration)
        return self._clients[key]

    def _call(self, api_client: Any, operation: str) -> Callable[[], object]:
        sdk = _sdk()
        expected = getattr(sdk, _MODELS[operation])
        if operation == workload.LIST_VOUCHER_REDEMPTIONS:
            redemptions = sdk.RedemptionsApi(api_client)

            def list_redemptions() -> object:
                return _expect(
                    redemptions.get_voucher_redemptions(workload.LIST_CODE, _request_timeout=CALL_TIMEOUT_S),
                    expected,
                )

            return list_redemptions
        if operation == workload.GET_REDEMPTION:
            redemptions = sdk.RedemptionsApi(api_client)

            def get() -> object:
                return _expect(
                    redemptions.get_redemption(workload.REDEMPTION_ID, _request_timeout=CALL_TIMEOUT_S),
                    expected,
                )

            return get
        if operation == workload.LIST_CUSTOMER_REDEEMABLES:
            customers = sdk.CustomersApi(api_client)
            filters = sdk.ParameterFiltersListCustomerRedeemables.from_dict(
                {"holder_role": {"conditions": {"$in": [workload.HOLDER_ROLE]}}}
            )

            def list_redeemables() -> object:
                answer = customers.list_customer_redeemables(
                    workload.CUSTOMER_ID,
                    limit=workload.REDEEMABLES_LIMIT,
                    filters=filters,
                    _request_timeout=CALL_TIMEOUT_S,
                )
                return _expect(answer, expected)

            return list_redeemables
        raise ValueError(f"the SDK has no call for {operation}")


def _expect(answer: object, kind: type[Any]) -> object:
    if not isinstance(answer, kind):
        raise RuntimeError(f"unexpected answer {type(answer).__name__}"[:300])
    return answer


def _parse(model: Any, data: bytes) -> object:
    return model.from_json(data.decode())


def mapping(operations: list[str], repeats: int) -> list[dict[str, Any]]:
    """The SDK's parse of the same bytes: its response model's `from_json`."""
    sdk = _sdk()
    rows: list[dict[str, Any]] = []
    for operation in operations:
        data = workload.body(operation)
        model = getattr(sdk, _MODELS[operation])
        row: dict[str, Any] = {
            "operation": operation,
            "candidate": "official SDK",
            "model": _MODELS[operation],
            "bytes": len(data),
        }
        try:
            if model.from_json(data.decode()) is None:
                raise ValueError("from_json returned None")
        except Exception as error:
            row["error"] = f"{type(error).__name__}: {error}"[:300]
        else:
            row.update(timing.per_call_us(functools.partial(_parse, model, data), repeats))
        rows.append(row)
    return rows


def main() -> None:
    worker_io.serve(SdkWorker().handle)


if __name__ == "__main__":
    main()
