"""A stateful local stand-in for the Voucherify REST API (redemptions and customer redeemables)."""

from .credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN, DEFAULT_BEARER_TOKEN

__all__ = ["DEFAULT_APP_ID", "DEFAULT_APP_TOKEN", "DEFAULT_BEARER_TOKEN"]
