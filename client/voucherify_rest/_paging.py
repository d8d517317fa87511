"""Following Voucherify's `starting_after_id` cursor from one page of redeemables to the next."""

from __future__ import annotations

from voucherify_client.models import CustomerRedeemable, CustomerRedeemablesList

from ._errors import UnexpectedResponse


def items(page: CustomerRedeemablesList) -> list[CustomerRedeemable]:
    return page.data if isinstance(page.data, list) else []


def next_cursor(page: CustomerRedeemablesList, previous: str | None) -> str | None:
    """The `starting_after_id` of the next page, or None after the last one.

    Voucherify names it in `more_starting_after`; without it, the last entry's id is the cursor. A
    cursor that does not move would loop forever, so it is an error.
    """
    if page.has_more is not True:
        return None
    cursor = page.more_starting_after
    if not isinstance(cursor, str) or not cursor:
        entries = items(page)
        last = entries[-1].id if entries else None
        cursor = last if isinstance(last, str) else None
    if not cursor or cursor == previous:
        raise UnexpectedResponse(f"has_more is true but the next page's cursor is {cursor!r}")
    return cursor
