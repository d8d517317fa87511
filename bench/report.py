"""From rounds to figures: medians and spreads per scenario, the ratios that matter, and the tables."""

from __future__ import annotations

import math
import statistics
from typing import Any

# Cores that processes outside the bench may keep busy before its figures are called noisy.
NOISY_CORES = 0.25

METRICS = (
    "calls_per_s",
    "p50_ms",
    "p99_ms",
    "caller_cpu_us_per_call",
    "server_cpu_us_per_call",
    "upstream_cpu_us_per_call",
    "upstream_busy",
    "server_peak_rss_mb",
    "others_busy",
)


def summarize(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Median, min, max and relative spread ((max - min) / median) of each metric over the rounds."""
    summary: dict[str, Any] = {
        "calls": sum(one["calls"] for one in rounds),
        "errors": sum(one["errors"] for one in rounds),
    }
    errors = [one["first_error"] for one in rounds if one.get("first_error")]
    if errors:
        summary["first_error"] = errors[0]
    for metric in METRICS:
        values = [one[metric] for one in rounds if isinstance(one.get(metric), int | float)]
        values = [value for value in values if math.isfinite(value)]
        if not values:
            continue
        median = statistics.median(values)
        summary[metric] = {
            "median": median,
            "min": min(values),
            "max": max(values),
            "spread": (max(values) - min(values)) / median if median else 0.0,
        }
    return summary


def median(scenarios: dict[str, dict[str, Any]], key: str, metric: str) -> float | None:
    summary = scenarios.get(key, {}).get("summary", {})
    value = summary.get(metric, {}).get("median")
    return float(value) if value is not None else None


def scenario_key(target: str, operation: str, inflight: int) -> str:
    return f"{target}/{operation}/{inflight}"


def ratios(
    scenarios: dict[str, dict[str, Any]], operations: list[str], low: int, high: int
) -> dict[str, dict[str, Any]]:
    """Per operation: gateway against echo, the latency it adds, and what a caller spends per call."""
    out: dict[str, dict[str, Any]] = {}
    for operation in operations:

        def get(target: str, inflight: int, metric: str, operation: str = operation) -> float | None:
            return median(scenarios, scenario_key(target, operation, inflight), metric)

        entry: dict[str, Any] = {}
        for inflight in sorted({low, high}):
            gateway, echo = get("gateway", inflight, "calls_per_s"), get("echo", inflight, "calls_per_s")
            in_process = get("in-process", inflight, "calls_per_s")
            entry[f"gateway_calls_per_s_at_{inflight}"] = gateway
            entry[f"echo_calls_per_s_at_{inflight}"] = echo
            entry[f"gateway_over_echo_at_{inflight}"] = _divide(gateway, echo)
            entry[f"gateway_cpu_us_per_call_at_{inflight}"] = get(
                "gateway", inflight, "server_cpu_us_per_call"
            )
            # The gateway without its HTTP exchange: how far the rest of it stays from the ceiling.
            entry[f"in_process_calls_per_s_at_{inflight}"] = in_process
            entry[f"in_process_over_echo_at_{inflight}"] = _divide(in_process, echo)
            entry[f"in_process_cpu_us_per_call_at_{inflight}"] = get(
                "in-process", inflight, "server_cpu_us_per_call"
            )
            callers = {
                target: get(target, inflight, "caller_cpu_us_per_call")
                for target in ("gateway", "direct", "sdk")
            }
            entry[f"caller_cpu_us_per_call_at_{inflight}"] = callers
            entry[f"direct_over_gateway_caller_cpu_at_{inflight}"] = _divide(
                callers["direct"], callers["gateway"]
            )
            entry[f"sdk_over_gateway_caller_cpu_at_{inflight}"] = _divide(callers["sdk"], callers["gateway"])
        gateway_p50, direct_p50 = get("gateway", low, "p50_ms"), get("direct", low, "p50_ms")
        entry[f"gateway_p50_ms_at_{low}"] = gateway_p50
        entry[f"direct_p50_ms_at_{low}"] = direct_p50
        entry[f"p50_added_over_direct_ms_at_{low}"] = (
            gateway_p50 - direct_p50 if gateway_p50 is not None and direct_p50 is not None else None
        )
        entry["gateway_peak_rss_mb"] = max(
            (
                value
                for value in (get("gateway", n, "server_peak_rss_mb") for n in (low, high))
                if value is not None
            ),
            default=None,
        )
        out[operation] = entry
    return out


def mapping_table(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per operation: each candidate's median µs, and each one's ratio to the official SDK's parse."""
    table: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = table.setdefault(row["operation"], {"bytes": row["bytes"], "us": {}, "agrees": {}})
        if "median_us" in row:
            entry["us"][row["candidate"]] = row["median_us"]
        if "agrees" in row:
            entry["agrees"][row["candidate"]] = row["agrees"]
    for entry in table.values():
        sdk = entry["us"].get("official SDK")
        entry["over_sdk"] = {
            name: _divide(value, sdk) for name, value in entry["us"].items() if name != "official SDK"
        }
    return table


def _divide(top: float | None, bottom: float | None) -> float | None:
    if top is None or bottom is None or bottom == 0:
        return None
    return top / bottom


def _num(value: float | None, digits: int = 0, suffix: str = "") -> str:
    if value is None or not math.isfinite(value):
        return "-"
    return f"{value:,.{digits}f}{suffix}"


def _cell(summary: dict[str, Any], metric: str, digits: int = 0, spread: bool = False) -> str:
    figure = summary.get(metric)
    if not figure:
        return "-"
    text = _num(figure["median"], digits)
    if spread:
        text += f" ±{figure['spread'] * 50:.0f}%"
    return text


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * width for width in widths).rstrip())
    lines += [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines)


def render(results: dict[str, Any]) -> str:
    """The printed report: every scenario, the ratios per operation, the mapping micro-benchmarks."""
    meta = results["meta"]
    parts = [
        f"voucher-gateway bench: {meta['rounds']} rounds of {meta['round_s']} s, medians "
        f"(±: half the spread between rounds), {meta['cpus']} CPUs ({meta['cpu_model']}), "
        f"took {meta['elapsed_s']:.0f} s",
        "CPU per call is CPU time over completed calls; 'busy' columns are cores in use during the round.",
    ]
    if meta.get("gateway_args") or meta.get("channels", 1) != 1:
        parts.append(
            f"gateway arguments: {' '.join(meta.get('gateway_args') or []) or 'none'}; "
            f"gRPC channels per caller: {meta.get('channels', 1)}"
        )
    parts.append("")
    rows = []
    for key, scenario in results["scenarios"].items():
        summary = scenario.get("summary", {})
        target, operation, inflight = key.split("/")
        status = scenario.get("failure") or (f"{summary['errors']} errors" if summary.get("errors") else "")
        rows.append(
            [
                target,
                operation,
                inflight,
                _cell(summary, "calls_per_s", spread=True),
                _cell(summary, "p50_ms", 2),
                _cell(summary, "p99_ms", 2),
                _cell(summary, "caller_cpu_us_per_call"),
                _cell(summary, "server_cpu_us_per_call"),
                _cell(summary, "upstream_busy", 2),
                _cell(summary, "server_peak_rss_mb", 1),
                _cell(summary, "others_busy", 2),
                status[:60],
            ]
        )
    header = [
        "target",
        "operation",
        "in flight",
        "calls/s",
        "p50 ms",
        "p99 ms",
        "caller CPU µs/call",
        "server CPU µs/call",
        "upstream busy",
        "server peak RSS MB",
        "others busy",
        "",
    ]
    parts += [_table(header, rows), ""]
    low, high = meta["inflight"][0], meta["inflight"][-1]
    ratio_rows = []
    for operation, entry in results["ratios"].items():
        callers = entry[f"caller_cpu_us_per_call_at_{high}"]
        ratio_rows.append(
            [
                operation,
                _num(entry[f"gateway_calls_per_s_at_{high}"]),
                _num(entry[f"echo_calls_per_s_at_{high}"]),
                _num(entry[f"gateway_over_echo_at_{high}"], 2),
                _num(entry[f"in_process_over_echo_at_{high}"], 2),
                _num(entry[f"p50_added_over_direct_ms_at_{low}"], 2),
                _num(entry[f"gateway_cpu_us_per_call_at_{high}"]),
                _num(entry[f"in_process_cpu_us_per_call_at_{high}"]),
                " / ".join(_num(callers[target]) for target in ("gateway", "direct", "sdk")),
                _num(entry[f"direct_over_gateway_caller_cpu_at_{high}"], 2),
                _num(entry[f"sdk_over_gateway_caller_cpu_at_{high}"], 2),
            ]
        )
    ratio_header = [
        "operation",
        f"gateway calls/s @{high}",
        f"echo @{high}",
        "gateway/echo",
        "in-process/echo",
        f"p50 added vs direct @{low} ms",
        f"gateway CPU µs/call @{high}",
        f"in-process CPU µs/call @{high}",
        f"caller CPU µs/call @{high}: gateway / direct / SDK",
        "direct/gateway",
        "SDK/gateway",
    ]
    parts += ["Ratios", _table(ratio_header, ratio_rows), ""]
    mapping = results.get("mapping", {})
    if mapping:
        candidates: list[str] = []
        for entry in mapping.values():
            candidates += [name for name in entry["us"] if name not in candidates]
        mapping_rows = []
        for operation, entry in mapping.items():
            row = [operation, _num(entry["bytes"])]
            for name in candidates:
                text = _num(entry["us"].get(name), 1)
                if entry["agrees"].get(name) is False:
                    text += " (WRONG)"
                ratio = entry["over_sdk"].get(name)
                row.append(text + (f" ({ratio:.2f}x SDK)" if ratio is not None else ""))
            mapping_rows.append(row)
        parts += [
            "Mapping alone, JSON bytes -> response object (µs per call)",
            _table(["operation", "bytes", *candidates], mapping_rows),
            "",
        ]
    noisy = [
        key
        for key, scenario in results["scenarios"].items()
        if scenario.get("summary", {}).get("others_busy", {}).get("median", 0.0) > NOISY_CORES
    ]
    if noisy:
        parts.append(
            f"note: other work kept more than {NOISY_CORES} core busy during {len(noisy)} of "
            f"{len(results['scenarios'])} scenarios (column 'others busy'): those figures are noisy"
        )
    for note in results.get("notes", []):
        parts.append(f"note: {note}")
    return "\n".join(parts).rstrip() + "\n"
