"""The event loop of the bench's own servers: uvloop when installed, else asyncio's default.

The callers keep asyncio's default loop, as a typical Python service would.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Coroutine
from typing import Any


def name() -> str:
    return "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"


def run(main: Coroutine[Any, Any, None]) -> None:
    if importlib.util.find_spec("uvloop"):
        import uvloop

        uvloop.run(main)
    else:
        asyncio.run(main)
