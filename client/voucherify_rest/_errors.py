"""Voucherify's errors as exceptions: one class per thing a caller can act on.

Every exception carries what Voucherify said (`key`, `code`, `message`, `details`, `request_id`, ...)
and the HTTP status, or `status=None` when no answer was read. Business-rule refusals (HTTP 400 with
one of Voucherify's documented keys) get a subclass per kind of refusal, so a caller can catch
`VoucherExpired` or `BusinessRuleRefused` alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from voucherify_client.models import Error


class VoucherifyError(Exception):
    """Base of every error this client raises about a call to Voucherify."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        key: str | None = None,
        code: int | None = None,
        details: str | None = None,
        request_id: str | None = None,
        resource_id: str | None = None,
        resource_type: str | None = None,
        error: Error | None = None,
    ) -> None:
        super().__init__(message)
        #: Voucherify's human-readable message (or the client's, when no answer was read).
        self.message = message
        #: The HTTP status of the answer; None when no answer was read.
        self.status = status
        #: Voucherify's error key, e.g. "voucher_expired"; None when it sent none.
        self.key = key
        #: The `code` field of Voucherify's error body (it repeats the HTTP status).
        self.code = code
        self.details = details
        #: Quote it to Voucherify's support.
        self.request_id = request_id
        self.resource_id = resource_id
        self.resource_type = resource_type
        #: The error body as the generated model, with any field Voucherify added.
        self.error = error

    def __str__(self) -> str:
        text = f"{self.message}: {self.details}" if self.details else self.message
        facts = [
            f"HTTP {self.status}" if self.status is not None else None,
            f"key {self.key}" if self.key else None,
            f"request {self.request_id}" if self.request_id else None,
        ]
        shown = ", ".join(fact for fact in facts if fact)
        return f"{text} ({shown})" if shown else text


class NotFound(VoucherifyError):
    """HTTP 404: the voucher, redemption or customer does not exist."""


class InvalidRequest(VoucherifyError):
    """The request itself is wrong (HTTP 400 without a business-rule key, and other 4xx): fix it, do not retry."""


class BusinessRuleRefused(VoucherifyError):
    """HTTP 400 with a business-rule key: the request is fine, the voucher's state refuses it.

    `key` tells which rule; the subclasses group the keys (see `BUSINESS_RULES`).
    """


class VoucherExpired(BusinessRuleRefused):
    """`voucher_expired`."""


class VoucherDisabled(BusinessRuleRefused):
    """`voucher_disabled`."""


class VoucherNotActive(BusinessRuleRefused):
    """`voucher_not_active` (before its start date) or `voucher_not_active_now` (outside its validity hours)."""


class QuantityExceeded(BusinessRuleRefused):
    """`quantity_exceeded`: the voucher has no redemptions left."""


class GiftAmountExceeded(BusinessRuleRefused):
    """`gift_amount_exceeded`: the gift card's balance is lower than the amount asked."""


class LoyaltyPointsExceeded(BusinessRuleRefused):
    """`loyalty_card_points_exceeded`: the loyalty card has fewer points than asked."""


class RulesViolated(BusinessRuleRefused):
    """`customer_rules_violated`, `order_rules_violated`, `redemption_rules_violated`, `referrer_not_permitted_to_redeem`."""


class PromotionInactive(BusinessRuleRefused):
    """`promotion_inactive`, `promotion_not_active_now`."""


class AlreadyRolledBack(BusinessRuleRefused):
    """`already_rolled_back`."""


class Conflict(VoucherifyError):
    """HTTP 409, or 400 `multiple_requests` (another session holds the voucher): trying again later may succeed."""


class AuthenticationFailed(VoucherifyError):
    """HTTP 401 or 403: the credentials are wrong or lack the permission."""


class RateLimited(VoucherifyError):
    """HTTP 429 (or 402 when the project's plan limit is reached), once the retries allowed are spent."""

    def __init__(self, message: str, *, retry_after: float | None = None, **fields: Any) -> None:
        super().__init__(message, **fields)
        #: Seconds Voucherify asked to wait (its Retry-After header), when it said.
        self.retry_after = retry_after


class UpstreamUnavailable(VoucherifyError):
    """Voucherify could not be reached or answered 5xx, and the request certainly changed nothing
    (a read, or a redemption that was never sent)."""


class OutcomeUnknown(VoucherifyError):
    """A redemption or rollback may have been applied: it was sent, and its answer was lost
    (connection lost, timeout, 5xx, an unreadable answer). It is never retried by the client: check
    the voucher's redemptions before trying again."""


class UnexpectedResponse(VoucherifyError):
    """An answer to a read that this client cannot understand (an unreadable 2xx body, a 1xx or 3xx)."""


#: Voucherify's documented business-rule keys (its Errors reference; all come with HTTP 400) and the
#: class each one raises.
BUSINESS_RULES: Mapping[str, type[BusinessRuleRefused]] = {
    "already_rolled_back": AlreadyRolledBack,
    "customer_rules_violated": RulesViolated,
    "gift_amount_exceeded": GiftAmountExceeded,
    "loyalty_card_points_exceeded": LoyaltyPointsExceeded,
    "order_rules_violated": RulesViolated,
    "promotion_inactive": PromotionInactive,
    "promotion_not_active_now": PromotionInactive,
    "quantity_exceeded": QuantityExceeded,
    "redemption_rules_violated": RulesViolated,
    "referrer_not_permitted_to_redeem": RulesViolated,
    "voucher_disabled": VoucherDisabled,
    "voucher_expired": VoucherExpired,
    "voucher_not_active": VoucherNotActive,
    "voucher_not_active_now": VoucherNotActive,
}
#: 400 keys meaning a concurrent request holds the voucher.
CONFLICT_KEYS = frozenset({"multiple_requests"})


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _error_body(content: bytes) -> tuple[dict[str, Any], Error | None]:
    """Voucherify's error body, or an empty one when the answer was not its JSON error object."""
    try:
        body = json.loads(content) if content else None
    except ValueError:
        return {}, None
    if not isinstance(body, dict):
        return {}, None
    try:
        model = Error.from_dict(body)
    except (ValueError, TypeError, KeyError, AttributeError):
        model = None
    return body, model


def _error_class(status: int, key: str | None, *, idempotent: bool) -> type[VoucherifyError]:
    if not idempotent and status >= 500 and status != 501:
        return OutcomeUnknown
    if status == 400 and key is not None and key in BUSINESS_RULES:
        return BUSINESS_RULES[key]
    if (status == 400 and key in CONFLICT_KEYS) or status == 409:
        return Conflict
    by_status: dict[int, type[VoucherifyError]] = {
        401: AuthenticationFailed,
        403: AuthenticationFailed,
        402: RateLimited,
        404: NotFound,
        429: RateLimited,
    }
    if status in by_status:
        return by_status[status]
    if 400 <= status < 500:
        return InvalidRequest
    if status >= 500:
        return UpstreamUnavailable
    return UnexpectedResponse


def error_from_answer(
    status: int, content: bytes, *, idempotent: bool, retry_after: float | None = None
) -> VoucherifyError:
    """The exception for a non-2xx answer; `idempotent=False` marks a redemption or rollback."""
    body, model = _error_body(content)
    key = _text(body.get("key"))
    cls = _error_class(status, key, idempotent=idempotent)
    message = _text(body.get("message")) or f"Voucherify answered HTTP {status}"
    if cls is OutcomeUnknown:
        message = f"the outcome is unknown: Voucherify answered HTTP {status} ({message})"
    code = body.get("code")
    fields: dict[str, Any] = {
        "status": status,
        "key": key,
        "code": code if isinstance(code, int) and not isinstance(code, bool) else None,
        "details": _text(body.get("details")),
        "request_id": _text(body.get("request_id")),
        "resource_id": _text(body.get("resource_id")),
        "resource_type": _text(body.get("resource_type")),
        "error": model,
    }
    if cls is RateLimited:
        return RateLimited(message, retry_after=retry_after, **fields)
    return cls(message, **fields)
