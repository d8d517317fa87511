"""What every caller asks for and what the fixed upstream answers: one definition for all parties.

Stdlib only: the official SDK's worker imports it from its own virtual environment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

LIST_VOUCHER_REDEMPTIONS = "ListVoucherRedemptions"
REDEEM_VOUCHER = "RedeemVoucher"
GET_REDEMPTION = "GetRedemption"
LIST_CUSTOMER_REDEEMABLES = "ListCustomerRedeemables"
OPERATIONS = (LIST_VOUCHER_REDEMPTIONS, REDEEM_VOUCHER, GET_REDEMPTION, LIST_CUSTOMER_REDEEMABLES)

LIST_CODE = "Test - FB - Vouchers - 9"
REDEEM_CODE = "CODE14"
REDEMPTION_ID = "r_0c5e8a38730ccec0d5"
CUSTOMER_ID = "cust_p1ufreYbVbwZ1x70nFkH9rF9"
REDEEMABLES_LIMIT = 10
HOLDER_ROLE = "OWNER"

# The REST body of the redemption every caller sends: a customer and an order of five items.
REDEEM_BODY: dict[str, Any] = {
    "customer": {"source_id": "bench-customer-1", "email": "bench@example.com"},
    "order": {
        "amount": 9800,
        "items": [
            {"product_id": "prod_0a9f9ab4ab019a42d5", "quantity": 1, "price": 3000, "amount": 3000},
            {"product_id": "prod_0a9f9aeddb019a42db", "quantity": 2, "price": 1500, "amount": 3000},
            {"product_id": "prod_0a9f9b0f1c019a42e1", "quantity": 1, "price": 1200, "amount": 1200},
            {"product_id": "prod_0a9f9b33a7019a42e8", "quantity": 1, "price": 900, "amount": 900},
            {"product_id": "prod_0a9f9b5d02019a42ef", "quantity": 3, "price": 400, "amount": 1200},
        ],
    },
    "metadata": {"channel": "bench"},
}

_BODIES = Path(__file__).with_name("bodies")
_BODY_FILES = {
    LIST_VOUCHER_REDEMPTIONS: "list_voucher_redemptions.json",
    REDEEM_VOUCHER: "redeem_voucher.json",
    GET_REDEMPTION: "get_redemption.json",
    LIST_CUSTOMER_REDEEMABLES: "list_customer_redeemables.json",
}


def body(operation: str) -> bytes:
    """The upstream's answer to `operation`, as compact JSON bytes (as Voucherify sends it)."""
    document = json.loads((_BODIES / _BODY_FILES[operation]).read_text())
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def parse_operations(text: str) -> list[str]:
    """`all` or a comma-separated list of operation names."""
    if text == "all":
        return list(OPERATIONS)
    chosen = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in OPERATIONS]
    if unknown:
        raise ValueError(f"unknown operations {unknown}; known: {', '.join(OPERATIONS)}")
    return chosen
