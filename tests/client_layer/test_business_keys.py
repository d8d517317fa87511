"""The client and the gateway know the same business-rule keys (each keeps its own table)."""

from __future__ import annotations

from voucher_gateway.errors import BUSINESS_RULE_KEYS
from voucherify_rest import BusinessRuleRefused
from voucherify_rest._errors import BUSINESS_RULES


def test_the_client_maps_every_key_the_gateway_knows() -> None:
    assert set(BUSINESS_RULES) == BUSINESS_RULE_KEYS


def test_every_key_raises_a_business_rule_refusal() -> None:
    assert all(
        issubclass(cls, BusinessRuleRefused) and cls is not BusinessRuleRefused
        for cls in BUSINESS_RULES.values()
    )
