"""Cursor paging of the upstream as a stream of items, read no further ahead than the caller.

Each page is one ordinary call (`fetch`), so everything a single page gets (deadline, credentials,
error mapping) applies to each. The next page is requested while the current one is being written to
the caller, never earlier: writing waits for gRPC flow control, so a caller that stops reading stops
the paging, with at most one page fetched ahead of what it has been sent.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class Page(Generic[ItemT]):
    items: Sequence[ItemT]
    #: The cursor of the page after this one; None when this is the last page.
    next_cursor: str | None


async def stream(
    fetch: Callable[[str | None], Awaitable[Page[ItemT]]],
    *,
    start: str | None = None,
    max_items: int | None = None,
) -> AsyncIterator[ItemT]:
    """Every item from the page after `start` on, up to `max_items`; a failed page ends it by raising."""
    remaining = max_items
    pending: asyncio.Task[Page[ItemT]] | None = asyncio.ensure_future(fetch(start))
    try:
        while pending is not None:
            page = await pending
            pending = None
            items = page.items if remaining is None else page.items[:remaining]
            if remaining is not None:
                remaining -= len(items)
            more = page.next_cursor is not None and (remaining is None or remaining > 0)
            # An empty page that says there is more would loop for ever on a broken upstream.
            if more and page.items:
                pending = asyncio.ensure_future(fetch(page.next_cursor))
            for item in items:
                yield item
    finally:
        if pending is not None:
            pending.cancel()
            with contextlib.suppress(BaseException):
                await pending
