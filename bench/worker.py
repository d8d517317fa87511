"""The load generator: a process of its own that calls through gRPC or the generated REST client.

Commands (see `worker_io`):
- `{"cmd": "round", "target": "grpc" | "direct", "address": ..., "operation": ..., "inflight": N,
  "duration": s, "watch": {"server": pid, "upstream": pid}}`: one measured round;
- `{"cmd": "mapping", "operations": [...], "repeats": N}`: the mapping micro-benchmarks.
A gRPC round first checks that one answer equals the message the upstream's body maps to.
One REST client per base URL, and the channels of each gRPC address (`"channels": N` in a round,
default 1, each its own connection, taken in turn by the calls), live as long as the process.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from typing import Any

import grpc
from voucherify_client import Client

from . import direct_calls, grpc_calls, mapping_bench, rounds, worker_io

CALL_TIMEOUT_S = 10.0
READY_TIMEOUT_S = 15.0


class Worker:
    def __init__(self) -> None:
        self._channels: dict[tuple[str, int], grpc.aio.Channel] = {}
        self._clients: dict[str, Client] = {}

    async def handle(self, command: dict[str, Any]) -> Any:
        if command["cmd"] == "round":
            return await self._round(command)
        if command["cmd"] == "mapping":
            return mapping_bench.run(command["operations"], int(command.get("repeats", 7)))
        raise ValueError(f"unknown command {command['cmd']!r}")

    async def _round(self, command: dict[str, Any]) -> dict[str, Any]:
        operation: str = command["operation"]
        if command["target"] == "grpc":
            call = await self._grpc_call(command["address"], operation, int(command.get("channels", 1)))
        elif command["target"] == "direct":
            call = self._direct_call(command["address"], operation)
        else:
            raise ValueError(f"unknown target {command['target']!r}")
        meter = rounds.Meter({role: int(pid) for role, pid in command.get("watch", {}).items()})
        meter.start()
        samples = await rounds.run_async(call, int(command["inflight"]), float(command["duration"]))
        return meter.stop(samples)

    async def _channel(self, address: str, index: int) -> grpc.aio.Channel:
        channel = self._channels.get((address, index))
        if channel is None:
            # A subchannel pool of its own: another connection, not one shared with the other channels.
            options = [("grpc.use_local_subchannel_pool", 1)] if index else []
            channel = self._channels[(address, index)] = grpc.aio.insecure_channel(address, options=options)
            await asyncio.wait_for(channel.channel_ready(), READY_TIMEOUT_S)
        return channel

    async def _grpc_call(
        self, address: str, operation: str, channels: int
    ) -> Callable[[], Awaitable[object]]:
        request = grpc_calls.request(operation)
        methods = []
        for index in range(channels):
            method = grpc_calls.method(await self._channel(address, index), operation)
            answer = await method(request, timeout=CALL_TIMEOUT_S)
            if answer != grpc_calls.expected(operation):
                raise RuntimeError(
                    f"{operation} on {address} answered a message that differs from the upstream body"
                )
            methods.append(method)
        turns = itertools.cycle(methods)

        async def call() -> object:
            return await next(turns)(request, timeout=CALL_TIMEOUT_S)

        return call

    def _direct_call(self, base_url: str, operation: str) -> Callable[[], Awaitable[object]]:
        rest = self._clients.get(base_url)
        if rest is None:
            rest = self._clients[base_url] = direct_calls.client(base_url)
        return direct_calls.call(rest, operation)

    async def close(self) -> None:
        for channel in self._channels.values():
            await channel.close()
        for rest in self._clients.values():
            await rest.get_async_httpx_client().aclose()


def main() -> None:
    with asyncio.Runner() as runner:
        worker = Worker()
        try:
            worker_io.serve(lambda command: runner.run(worker.handle(command)))
        finally:
            runner.run(worker.close())


if __name__ == "__main__":
    main()
