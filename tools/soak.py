"""Load with a shutdown in the middle: does every caller know whether its money moved?

Starts the stand-in in its own process with a SQLite file (`voucher-gateway emulator --db FILE`),
vouchers of limited quantity in it, and a gateway process in front of it; sends `--calls` mixed calls
(half of them redemptions, the rest reads) at `--in-flight` at a time; half way through sends the
gateway SIGTERM and starts a new one on the same port. The callers behave as a careful client does:
they retry only what was certainly not sent (the gateway overloaded or shutting down with nothing
sent, or no gateway to connect to), never a redemption that may have reached Voucherify.

Between the gateway and the stand-in sits a proxy that holds a share of the redemptions (`--slow`)
for a second before passing them on, as a slow Voucherify would: the ones held when the first
gateway stops are what it must answer with the unknown outcome. The stand-in gets every request the
proxy received, whatever became of the gateway's connection, as Voucherify would.

Then it reads the stand-in's ledger (ListVoucherRedemptions of every voucher) and checks:
- every redemption a caller saw OK is in the ledger, as a SUCCESS with the id the caller got;
- every ledger entry was answered: a SUCCESS with OK or the unknown outcome, a FAILURE with its
  refusal or the unknown outcome; no call is in the ledger twice (nothing was sent twice);
- every call got exactly one final answer, each one explained (a status the caller can act on);
- the second gateway's RSS is flat over the second half.
It prints the figures and exits with 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import grpc
import httpx
from aiohttp import web
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from voucherify.v1 import (
    customer_pb2,
    customer_service_pb2,
    customer_service_pb2_grpc,
    order_pb2,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)

APP_ID, APP_TOKEN = "soak-app", "soak-token"
SEED_VOUCHER = "Test - FB - Vouchers - 9"
SEED_CUSTOMER = "cust_p1ufreYbVbwZ1x70nFkH9rF9"
UNKNOWN = ("UNKNOWN", "REDEMPTION_OUTCOME_UNKNOWN")
#: Answers that say the request was certainly not sent: a careful caller may try again.
NOT_SENT = {
    ("RESOURCE_EXHAUSTED", "GATEWAY_OVERLOADED"),
    ("UNAVAILABLE", "UPSTREAM_UNREACHABLE"),
    ("UNAVAILABLE", "UPSTREAM_CIRCUIT_OPEN"),
    ("UNAVAILABLE", "GATEWAY_SHUTTING_DOWN"),  # for a redemption, only ever when nothing was sent
    # No gateway answered at all (between the two gateways): the request never left the caller.
    ("UNAVAILABLE", ""),
    # gRPC's own shutdown cancelled a call that raced it, before the gateway's code saw it.
    ("CANCELLED", ""),
}


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VOUCHERIFY_", "GATEWAY_"))}
    env.update(VOUCHERIFY_APP_ID=APP_ID, VOUCHERIFY_APP_TOKEN=APP_TOKEN)
    return env


def cli(*args: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "voucher_gateway.cli", *args],
            env=environment(),
            stdout=out,
            stderr=subprocess.STDOUT,
        )


class SlowProxy:
    """HTTP in front of the stand-in that holds a share of the redemptions (POSTs) before passing them on.

    A held request is passed on even when the gateway has gone meanwhile: it had reached "Voucherify".
    """

    def __init__(self, target: str, share: float, delay: float) -> None:
        self.target = target
        self.share = share
        self.delay = delay
        self.held = 0
        self._rng = random.Random(7)
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.url = ""

    async def start(self) -> None:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self._session = aiohttp.ClientSession()
        self.url = f"http://127.0.0.1:{port}"

    async def _forward(self, request: web.Request) -> web.Response:
        body = await request.read()
        return await asyncio.shield(
            self._pass_on(request.method, request.raw_path, dict(request.headers), body)
        )

    async def _pass_on(self, method: str, target: str, headers: dict[str, str], body: bytes) -> web.Response:
        assert self._session is not None
        if method == "POST" and self._rng.random() < self.share:
            self.held += 1
            await asyncio.sleep(self.delay)
        headers = {k: v for k, v in headers.items() if k.lower() not in ("host", "content-length")}
        async with self._session.request(method, self.target + target, headers=headers, data=body) as answer:
            payload = await answer.read()
            return web.Response(status=answer.status, body=payload, content_type=answer.content_type)

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()


@dataclass
class Call:
    n: int
    kind: str
    request: Any
    answers: list[tuple[str, str]] = field(default_factory=list)
    redemption_id: str = ""
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def final(self) -> tuple[str, str]:
        return self.answers[-1]


class Soak:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.workdir = workdir
        self.rng = random.Random(20_000)
        self.codes = [f"SOAK-{i:03d}" for i in range(args.vouchers)]
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.upstream = ""
        self.stand_in = ""
        self.held = 0
        self.redeemed_ids: list[str] = []
        self.calls: list[Call] = []
        self.started = 0
        self.done = 0
        self.gateways: list[subprocess.Popen[bytes]] = []
        self.samples: list[tuple[int, float, int, float]] = []  # (gateway index, time, calls done, RSS MiB)
        self._sampling = threading.Event()

    # --- processes -------------------------------------------------------------------------------

    def start_gateway(self) -> subprocess.Popen[bytes]:
        """A gateway on the soak's port; retried while the previous one still holds it."""
        log = self.workdir / f"gateway-{len(self.gateways)}.log"
        deadline = time.monotonic() + 30
        while True:
            process = cli(
                "serve",
                "--upstream",
                self.upstream,
                "--listen",
                self.address,
                "--grace-period",
                str(self.args.grace),
                log=log,
            )
            try:
                process.wait(timeout=1.5)  # A taken port fails within a second; a running gateway stays.
            except subprocess.TimeoutExpired:
                self.gateways.append(process)
                return process
            if time.monotonic() > deadline:
                raise RuntimeError(f"no gateway could start on {self.address}; see {log}")
            time.sleep(0.05)

    def sample_rss(self) -> None:
        while not self._sampling.wait(0.25):
            for index, process in enumerate(self.gateways):
                if process.poll() is None:
                    self.samples.append((index, time.monotonic(), self.done, rss_mib(process.pid)))

    # --- calls -----------------------------------------------------------------------------------

    def next_call(self, n: int) -> Call:
        request: Any
        roll = self.rng.random()
        if roll < 0.5:
            request = redemption_service_pb2.RedeemVoucherRequest(
                code=self.rng.choice(self.codes),
                tracking_id=f"soak-{n}",
                customer=customer_pb2.Customer(source_id=f"soak-customer-{n % 500}"),
                order=order_pb2.Order(source_id=f"soak-order-{n}", amount=1000),
            )
            return Call(n, "RedeemVoucher", request)
        if roll < 0.8 and self.redeemed_ids:
            request = redemption_service_pb2.GetRedemptionRequest(
                redemption_id=self.rng.choice(self.redeemed_ids)
            )
            return Call(n, "GetRedemption", request)
        if roll < 0.95:
            return Call(
                n,
                "ListVoucherRedemptions",
                redemption_service_pb2.ListVoucherRedemptionsRequest(code=SEED_VOUCHER),
            )
        request = customer_service_pb2.ListCustomerRedeemablesRequest(customer_id=SEED_CUSTOMER, limit=5)
        return Call(n, "ListCustomerRedeemables", request)

    async def send(self, stubs: dict[str, Any], call: Call) -> None:
        for attempt in range(200):
            try:
                answer = await stubs[call.kind](call.request, timeout=30, wait_for_ready=True)
            except grpc.aio.AioRpcError as error:
                outcome = self.explain(error, call)
                call.answers.append(outcome)
                retry = outcome in NOT_SENT or (
                    call.kind != "RedeemVoucher" and outcome[0] in ("UNAVAILABLE", "RESOURCE_EXHAUSTED")
                )
                if not retry:
                    return
                await asyncio.sleep(min(0.02 * (attempt + 1), 0.5))
                continue
            call.answers.append(("OK", ""))
            if call.kind == "RedeemVoucher":
                call.redemption_id = answer.id
                self.redeemed_ids.append(answer.id)
            return

    @staticmethod
    def explain(error: grpc.aio.AioRpcError, call: Call) -> tuple[str, str]:
        status = rpc_status.from_call(error)  # type: ignore[arg-type]
        if status is None:
            return error.code().name, ""
        for box in status.details:
            if box.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                box.Unpack(info)
                call.metadata = dict(info.metadata)
                return error.code().name, info.reason
        return error.code().name, "(no ErrorInfo)"

    async def worker(self, stubs: dict[str, Any], switch: asyncio.Event) -> None:
        while self.started < self.args.calls:
            n = self.started
            self.started += 1
            if n == self.args.calls // 2:
                switch.set()
            call = self.next_call(n)
            self.calls.append(call)
            await self.send(stubs, call)
            self.done += 1

    async def switch_gateways(self, switch: asyncio.Event) -> float:
        """SIGTERM to the first gateway once half the calls started, and a new one on the same port."""
        await switch.wait()
        first = self.gateways[0]
        began = time.monotonic()
        first.send_signal(signal.SIGTERM)
        await asyncio.to_thread(self.start_gateway)
        code = await asyncio.to_thread(first.wait, 30)
        if code != 0:
            raise RuntimeError(f"the first gateway exited with {code}")
        return time.monotonic() - began

    # --- the run ---------------------------------------------------------------------------------

    async def run(self) -> int:
        db = self.workdir / "stand-in.db"
        stand_in_port = free_port()
        self.stand_in = f"http://127.0.0.1:{stand_in_port}"
        stand_in = cli(
            "emulator", "--port", str(stand_in_port), "--db", str(db), log=self.workdir / "stand-in.log"
        )
        proxy = SlowProxy(self.stand_in, self.args.slow, self.args.slow_seconds)
        try:
            async with httpx.AsyncClient(
                base_url=self.stand_in, headers={"X-App-Id": APP_ID, "X-App-Token": APP_TOKEN}, timeout=30
            ) as api:
                await self.wait_http(api)
                await proxy.start()
                self.upstream = proxy.url
                for code in self.codes:
                    body = {
                        "code": code,
                        "type": "DISCOUNT_VOUCHER",
                        "discount": {"type": "AMOUNT", "amount_off": 100},
                        "redemption": {"quantity": self.args.quantity},
                    }
                    (await api.post("/v1/vouchers", json=body)).raise_for_status()
                self.start_gateway()
                sampler = threading.Thread(target=self.sample_rss, daemon=True)
                sampler.start()
                began = time.monotonic()
                options = [
                    ("grpc.initial_reconnect_backoff_ms", 50),
                    ("grpc.min_reconnect_backoff_ms", 50),
                    ("grpc.max_reconnect_backoff_ms", 250),
                ]
                async with grpc.aio.insecure_channel(self.address, options=options) as channel:
                    redemptions = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
                    customers = customer_service_pb2_grpc.CustomerServiceStub(channel)
                    stubs = {
                        "RedeemVoucher": redemptions.RedeemVoucher,
                        "GetRedemption": redemptions.GetRedemption,
                        "ListVoucherRedemptions": redemptions.ListVoucherRedemptions,
                        "ListCustomerRedeemables": customers.ListCustomerRedeemables,
                    }
                    switch = asyncio.Event()
                    switching = asyncio.ensure_future(self.switch_gateways(switch))
                    await asyncio.gather(*(self.worker(stubs, switch) for _ in range(self.args.in_flight)))
                    gap = await switching
                took = time.monotonic() - began
                self._sampling.set()
                for process in self.gateways:
                    process.send_signal(signal.SIGTERM)
                    process.wait(30)
                await asyncio.sleep(self.args.slow_seconds + 0.5)  # requests still held reach the stand-in
                ledger = await self.ledger(api)
                self.held = proxy.held
        finally:
            self._sampling.set()
            await proxy.stop()
            for process in [*self.gateways, stand_in]:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        process.wait(15)
                if process.poll() is None:
                    process.kill()
        return self.report(ledger, took, gap)

    @staticmethod
    async def wait_http(api: httpx.AsyncClient) -> None:
        for _ in range(300):
            with contextlib.suppress(httpx.TransportError):
                await api.get(f"/v1/vouchers/{SEED_VOUCHER}")
                return
            await asyncio.sleep(0.05)
        raise RuntimeError("the stand-in did not start")

    async def ledger(self, api: httpx.AsyncClient) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = []
        for code in self.codes:
            response = await api.get(f"/v1/vouchers/{code}/redemption")
            response.raise_for_status()
            entries += [{**entry, "code": code} for entry in response.json()["redemption_entries"]]
        return entries

    # --- the checks ------------------------------------------------------------------------------

    def report(self, ledger: list[dict[str, Any]], took: float, gap: float) -> int:
        problems: list[str] = []
        # Each redemption call has its own order source id; with a customer, Voucherify derives the
        # tracking id from the customer, so the order is what tells the calls apart in the ledger.
        redemptions = {c.request.order.source_id: c for c in self.calls if c.kind == "RedeemVoucher"}
        by_order = Counter((entry.get("order") or {}).get("source_id") for entry in ledger)
        twice = [order for order, count in by_order.items() if count > 1]
        if twice:
            problems.append(f"{len(twice)} redemptions are in the ledger twice: {twice[:5]}")
        entries = {(entry.get("order") or {}).get("source_id"): entry for entry in ledger}

        for tracking, call in redemptions.items():
            entry = entries.get(tracking)
            if call.final == ("OK", ""):
                if entry is None or entry["result"] != "SUCCESS" or entry["id"] != call.redemption_id:
                    problems.append(
                        f"{tracking}: answered OK ({call.redemption_id}) but the ledger has {entry}"
                    )
            elif call.final == ("FAILED_PRECONDITION", "QUANTITY_EXCEEDED"):
                if entry is None or entry["result"] != "FAILURE":
                    problems.append(f"{tracking}: refused, but the ledger has {entry}")
            elif call.final == UNKNOWN:
                if not {"code", "tracking_id", "order_source_id", "sent_at"} <= call.metadata.keys():
                    problems.append(
                        f"{tracking}: an unknown outcome without what reconciles it: {call.metadata}"
                    )
            elif call.final in NOT_SENT:
                if entry is not None:
                    problems.append(f"{tracking}: answered {call.final} (nothing sent) but the ledger has it")
            else:
                problems.append(f"{tracking}: an answer a caller cannot act on: {call.final}")
        for tracking, entry in entries.items():
            final = redemptions[tracking].final if tracking in redemptions else None
            allowed = (
                {("OK", ""), UNKNOWN}
                if entry["result"] == "SUCCESS"
                else {("FAILED_PRECONDITION", "QUANTITY_EXCEEDED"), UNKNOWN}
            )
            if final not in allowed:
                problems.append(f"{tracking}: the ledger has a {entry['result']} answered {final}")
        for call in self.calls:
            if len(call.answers) == 0:
                problems.append(f"call {call.n} got no answer")
            if call.kind != "RedeemVoucher" and call.final[0] != "OK":
                problems.append(f"call {call.n} ({call.kind}) ended {call.final}")
            if any(code == "UNKNOWN" and (code, reason) != UNKNOWN for code, reason in call.answers):
                problems.append(f"call {call.n} got a bare UNKNOWN")
        unknown = [c for c in redemptions.values() if c.final == UNKNOWN]
        resolved = Counter(
            entries[c.request.order.source_id]["result"]
            if c.request.order.source_id in entries
            else "not in the ledger"
            for c in unknown
        )
        per_voucher = Counter(e["code"] for e in ledger if e["result"] == "SUCCESS")
        if per_voucher and max(per_voucher.values()) > self.args.quantity:
            problems.append(f"a voucher was redeemed past its quantity: {per_voucher.most_common(1)}")

        second = [
            (done, rss) for index, _, done, rss in self.samples if index == len(self.gateways) - 1 and rss
        ]
        half, total = self.args.calls // 2, self.args.calls
        early = [
            rss for done, rss in second if half + (total - half) // 4 <= done <= half + (total - half) // 2
        ]
        late = [rss for done, rss in second if done >= total - (total - half) // 4]
        rss_early, rss_late = (max(early) if early else 0.0), (max(late) if late else 0.0)
        growth = rss_late - rss_early
        if not early or not late:
            problems.append("too few RSS samples of the second gateway to judge it")
        elif growth > max(8.0, rss_early * 0.08):
            problems.append(f"the second gateway's RSS grew by {growth:.1f} MiB over the second half")

        answers = Counter(
            f"{c.kind} {c.final[0]}{'/' + c.final[1] if c.final[1] else ''}" for c in self.calls
        )
        attempts = Counter(a for c in self.calls for a in c.answers[:-1])
        first_rss = [rss for index, _, _, rss in self.samples if index == 0 and rss]
        print(
            f"soak: {len(self.calls):,} calls at {self.args.in_flight} in flight in {took:.1f} s ({len(self.calls) / took:,.0f} calls/s)"
        )
        print(
            f"  gateway switch: SIGTERM (grace {self.args.grace:g} s) to a new gateway serving: {gap:.2f} s"
        )
        print("  final answers:")
        for name, count in sorted(answers.items()):
            print(f"    {count:7,}  {name}")
        print(f"  answers retried (nothing was sent): {sum(attempts.values()):,} {dict(attempts)}")
        print(
            f"  ledger: {len(ledger):,} entries ({Counter(e['result'] for e in ledger)}), "
            f"{len(per_voucher)} vouchers, at most {max(per_voucher.values(), default=0)} successes each "
            f"(quantity {self.args.quantity}); no redemption twice: {not twice}"
        )
        print(f"  redemptions held {self.args.slow_seconds:g} s on the way: {self.held:,}")
        print(f"  unknown outcomes: {len(unknown)}, reconciled by order source id: {dict(resolved)}")
        print(
            f"  RSS: first gateway peak {max(first_rss, default=0):.1f} MiB; second gateway {rss_early:.1f} MiB "
            f"a quarter into the second half, {rss_late:.1f} MiB at its end ({growth:+.1f} MiB)"
        )
        if problems:
            print(f"FAILED: {len(problems)} problems")
            for problem in problems[:30]:
                print(f"  - {problem}")
            return 1
        print("soak: every check holds")
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=20_000, help="calls in all (default 20000)")
    parser.add_argument("--in-flight", type=int, default=200, help="calls at a time (default 200)")
    parser.add_argument("--vouchers", type=int, default=50, help="vouchers redeemed (default 50)")
    parser.add_argument(
        "--quantity", type=int, default=100, help="redemptions each voucher allows (default 100)"
    )
    parser.add_argument("--grace", type=float, default=0.5, help="the gateway's --grace-period (default 0.5)")
    parser.add_argument(
        "--slow",
        type=float,
        default=0.02,
        help="share of redemptions held before they reach the stand-in (default 0.02)",
    )
    parser.add_argument("--slow-seconds", type=float, default=1.0, help="how long they are held (default 1)")
    parser.add_argument("--keep", action="store_true", help="keep the working directory (logs, SQLite file)")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="voucher-gateway-soak-"))
    try:
        code = asyncio.run(Soak(args, workdir).run())
    finally:
        if args.keep:
            print(f"  logs and the SQLite file: {workdir}")
        else:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
