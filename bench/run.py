"""`python -m bench`: starts every party on 127.0.0.1, runs interleaved rounds, prints and saves the figures.

Processes: the fixed upstream, the echo server, the gateway (its CLI, as an operator runs it), the
same gateway with the upstream's answers handed over in process (`bench.in_process`: everything but
the HTTP exchange), the load generator, and the official SDK's caller in its own virtual environment.
Each round runs every scenario once, so drift on the machine spreads over all of them alike; the
figures are medians over the rounds with their spread. Nothing here asserts a speed: the numbers are
the output.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from . import report, workload
from .processes import ROOT, BenchFailure, Processes, WorkerClient, WorkerError, child_env
from .sdk_worker import OPERATIONS as SDK_OPERATIONS
from .worker_io import clean

TARGETS = ("gateway", "in-process", "echo", "direct", "sdk")
#: The targets served over gRPC, each by a process of its own.
GRPC_SERVERS = ("gateway", "in-process", "echo")
DEFAULT_SDK_PYTHON = ROOT / "bench" / ".sdk-venv" / "bin" / "python"
DEFAULT_OUTPUT = ROOT / "bench" / "results.json"
GATEWAY_CREDENTIALS = {"VOUCHERIFY_APP_ID": "bench-app-id", "VOUCHERIFY_APP_TOKEN": "bench-app-token"}


@dataclass(frozen=True)
class Scenario:
    target: str
    operation: str
    inflight: int

    @property
    def key(self) -> str:
        return report.scenario_key(self.target, self.operation, self.inflight)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__, formatter_class=argparse.ArgumentDefaultsHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3, help="measured rounds of every scenario")
    parser.add_argument("--round-seconds", type=float, default=2.0, help="length of one scenario's round")
    parser.add_argument(
        "--warmup-seconds", type=float, default=0.3, help="unmeasured round per scenario first"
    )
    parser.add_argument("--inflight", default="1,50", help="comma-separated calls in flight")
    parser.add_argument(
        "--operations", default="all", help=f"all, or some of {','.join(workload.OPERATIONS)}"
    )
    parser.add_argument("--targets", default=",".join(TARGETS), help="some of " + ",".join(TARGETS))
    parser.add_argument(
        "--sdk-python", type=Path, default=DEFAULT_SDK_PYTHON, help="interpreter with the SDK"
    )
    parser.add_argument(
        "--mapping-repeats", type=int, default=7, help="micro-benchmark batches; 0: skip them"
    )
    parser.add_argument(
        "--gateway-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="extra argument for `voucher_gateway.cli serve`, e.g. --gateway-arg=--workers=2 (repeatable)",
    )
    parser.add_argument(
        "--channels",
        type=int,
        default=1,
        help="gRPC channels (connections) the load generator spreads its calls over, for the gateway "
        "and the echo server alike; more than 1 lets --gateway-arg=--workers=N share the load",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where the results JSON goes")
    return parser


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _plan(targets: list[str], operations: list[str], inflight: list[int]) -> list[Scenario]:
    return [
        Scenario(target, operation, count)
        for operation in operations
        for target in targets
        if not (target == "sdk" and operation not in SDK_OPERATIONS)
        for count in inflight
    ]


class Bench:
    def __init__(self, args: argparse.Namespace, processes: Processes) -> None:
        self.args = args
        self.processes = processes
        self.targets = [name.strip() for name in args.targets.split(",") if name.strip()]
        unknown = set(self.targets) - set(TARGETS)
        if unknown:
            raise BenchFailure(f"unknown targets {sorted(unknown)}")
        self.operations = workload.parse_operations(args.operations)
        self.inflight = sorted({int(count) for count in args.inflight.split(",")})
        self.notes: list[str] = []
        self.load_at_start = list(os.getloadavg())
        if "sdk" in self.targets and not args.sdk_python.exists():
            self.notes.append(
                f"official SDK skipped: no interpreter at {args.sdk_python} (make bench creates it)"
            )
            self.targets.remove("sdk")
        self.ports = {name: _free_port() for name in ("upstream", *GRPC_SERVERS)}
        self.worker: WorkerClient | None = None
        self.sdk: WorkerClient | None = None

    @property
    def upstream_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['upstream']}"

    def address(self, name: str) -> str:
        return f"127.0.0.1:{self.ports[name]}"

    def start(self) -> None:
        python = sys.executable
        env = child_env({})
        self.processes.start(
            "upstream", [python, "-m", "bench.upstream", "--port", str(self.ports["upstream"])], env=env
        )
        if "echo" in self.targets:
            self.processes.start(
                "echo", [python, "-m", "bench.echo", "--listen", self.address("echo")], env=env
            )
        if "gateway" in self.targets:
            argv = [python, "-m", "voucher_gateway.cli", "serve", "--upstream", self.upstream_url]
            argv += ["--listen", self.address("gateway"), *self.args.gateway_arg]
            self.processes.start("gateway", argv, env=child_env(GATEWAY_CREDENTIALS))
        if "in-process" in self.targets:
            argv = [python, "-m", "bench.in_process", "--listen", self.address("in-process")]
            # One process with the default settings, whatever --gateway-arg says.
            self.processes.start("in-process", argv, env=child_env(GATEWAY_CREDENTIALS))
        worker = self.processes.start("worker", [python, "-m", "bench.worker"], env=env, pipes=True)
        self.worker = WorkerClient("worker", worker, self.processes)
        if "sdk" in self.targets:
            sdk = self.processes.start(
                "sdk", [str(self.args.sdk_python), "-m", "bench.sdk_worker"], env=env, pipes=True
            )
            self.sdk = WorkerClient("sdk", sdk, self.processes)
        for name in ("upstream", *GRPC_SERVERS):
            if name == "upstream" or name in self.targets:
                self.processes.wait_listening(name, self.ports[name])
        self.worker.wait_ready()
        if self.sdk is not None:
            self.sdk.wait_ready()

    def _command(self, scenario: Scenario, duration: float) -> tuple[WorkerClient, dict[str, Any]]:
        upstream = self.processes.pid("upstream")
        command: dict[str, Any] = {
            "cmd": "round",
            "operation": scenario.operation,
            "inflight": scenario.inflight,
            "duration": duration,
        }
        if scenario.target in GRPC_SERVERS:
            command.update(target="grpc", address=self.address(scenario.target), channels=self.args.channels)
            command["watch"] = {"server": self.processes.pid(scenario.target)}
            if scenario.target == "gateway":
                command["watch"]["upstream"] = upstream
        else:
            command.update(target=scenario.target, address=self.upstream_url, watch={"upstream": upstream})
        client = self.sdk if scenario.target == "sdk" else self.worker
        assert client is not None
        return client, command

    def run_round(self, scenario: Scenario, duration: float) -> dict[str, Any]:
        client, command = self._command(scenario, duration)
        result: dict[str, Any] = client.request(command, timeout=duration + 60)
        return result

    def measure(self) -> dict[str, dict[str, Any]]:
        plan = _plan(self.targets, self.operations, self.inflight)
        scenarios: dict[str, dict[str, Any]] = {
            one.key: {
                "target": one.target,
                "operation": one.operation,
                "inflight": one.inflight,
                "rounds": [],
            }
            for one in plan
        }
        estimate = len(plan) * (self.args.rounds * self.args.round_seconds + self.args.warmup_seconds)
        _progress(
            f"{len(plan)} scenarios x {self.args.rounds} rounds of {self.args.round_seconds} s (~{estimate:.0f} s)"
        )
        passes = [("warm-up", self.args.warmup_seconds)] if self.args.warmup_seconds > 0 else []
        passes += [
            (f"round {index + 1}/{self.args.rounds}", self.args.round_seconds)
            for index in range(self.args.rounds)
        ]
        for label, duration in passes:
            started = time.monotonic()
            for scenario in plan:
                entry = scenarios[scenario.key]
                if "failure" in entry:
                    continue
                try:
                    result = self.run_round(scenario, duration)
                except WorkerError as error:
                    entry["failure"] = str(error)
                    _progress(f"  {scenario.key} failed: {error}")
                    continue
                if label != "warm-up":
                    entry["rounds"].append(result)
            self.processes.check_alive()
            _progress(f"{label} done in {time.monotonic() - started:.0f} s")
        for entry in scenarios.values():
            entry["summary"] = report.summarize(entry["rounds"]) if entry["rounds"] else {}
        return scenarios

    def mapping(self) -> list[dict[str, Any]]:
        if self.args.mapping_repeats <= 0:
            return []
        _progress("mapping micro-benchmarks")
        command = {"cmd": "mapping", "operations": self.operations, "repeats": self.args.mapping_repeats}
        assert self.worker is not None
        rows: list[dict[str, Any]] = self.worker.request(command, timeout=600)
        if self.sdk is not None:
            rows += self.sdk.request(command, timeout=600)
        return rows

    def sdk_version(self) -> str | None:
        if self.sdk is None:
            return None
        version: str = self.sdk.request({"cmd": "version"}, timeout=30)
        return version


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _meta(bench: Bench, elapsed: float, started_at: datetime) -> dict[str, Any]:
    from google.protobuf.internal import api_implementation

    from . import loops

    def version(name: str) -> str | None:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return None

    return {
        "started_at": started_at.isoformat(timespec="seconds"),
        "elapsed_s": elapsed,
        "commit": _git("rev-parse", "HEAD"),
        "dirty": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "python": platform.python_version(),
        "load_average_at_start": bench.load_at_start,
        "load_average_at_end": list(os.getloadavg()),
        "rounds": bench.args.rounds,
        "round_s": bench.args.round_seconds,
        "warmup_s": bench.args.warmup_seconds,
        "inflight": bench.inflight,
        "operations": bench.operations,
        "targets": bench.targets,
        "gateway_args": bench.args.gateway_arg,
        "channels": bench.args.channels,
        "versions": {
            name: version(name)
            for name in ("grpcio", "protobuf", "httpx", "pyreqwest", "uvloop", "httptools")
        },
        "protobuf_backend": api_implementation.Type(),
        "bench_servers_loop": loops.name(),
        "callers_loop": "asyncio (default)",
        "sdk_version": bench.sdk_version(),
    }


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _raise_interrupt)
    started_at = datetime.now(UTC)
    started = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="voucher-gateway-bench-") as logs,
        Processes(Path(logs)) as processes,
    ):
        try:
            bench = Bench(args, processes)
            bench.start()
            scenarios = bench.measure()
            rows = bench.mapping()
            results: dict[str, Any] = {
                "meta": {},
                "scenarios": scenarios,
                "ratios": report.ratios(scenarios, bench.operations, bench.inflight[0], bench.inflight[-1]),
                "mapping": report.mapping_table(rows),
                "mapping_rows": rows,
                "notes": bench.notes,
            }
            results["meta"] = _meta(bench, time.monotonic() - started, started_at)
        except BenchFailure as failure:
            print(f"bench failed: {failure}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("bench interrupted; processes stopped", file=sys.stderr)
            return 130
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(clean(results), indent=2, ensure_ascii=False) + "\n")
    print(report.render(results))
    print(f"results written to {args.output}")
    failed = [
        key for key, entry in scenarios.items() if entry.get("failure") or entry["summary"].get("errors")
    ]
    if failed:
        print(f"scenarios with failures: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0
