"""The line protocol between the bench's coordinator and its caller processes: one JSON object a line.

A worker announces `{"ready": true}`, then answers each command line with `{"ok": true, "result": ...}`
or `{"ok": false, "error": ...}`, and leaves on `{"cmd": "exit"}` or at the end of its input.
Stdlib only (shared with the official SDK's worker).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from typing import Any

Handler = Callable[[dict[str, Any]], Any]


def serve(handle: Handler) -> None:
    """Answers commands from stdin on stdout; whatever else the process prints goes to stderr."""
    out = sys.stdout
    sys.stdout = sys.stderr
    _send(out, {"ready": True})
    for line in sys.stdin:
        if not line.strip():
            continue
        command: dict[str, Any] = json.loads(line)
        if command.get("cmd") == "exit":
            return
        try:
            answer: dict[str, Any] = {"ok": True, "result": handle(command)}
        except Exception as error:
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        _send(out, answer)


def _send(out: Any, message: dict[str, Any]) -> None:
    out.write(json.dumps(clean(message)) + "\n")
    out.flush()


def clean(value: Any) -> Any:
    """NaN and infinities become null, which JSON can carry."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [clean(item) for item in value]
    return value
