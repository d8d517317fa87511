"""A typed Python client of Voucherify's REST API, over the generated `voucherify_client`.

    from voucherify_rest import Voucherify, VoucherExpired

    with Voucherify.from_env() as client:
        redemption = client.redemptions.redeem("CODE14", customer={"source_id": "alice"}, order={"amount": 1500})

Calls return the generated attrs models (`voucherify_client.models`); failures raise the
`VoucherifyError` family below; `client.generated` is the generated client itself, for anything
this layer does not wrap.
"""

from ._async import AsyncVoucherify
from ._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._errors import (
    AlreadyRolledBack,
    AuthenticationFailed,
    BusinessRuleRefused,
    Conflict,
    GiftAmountExceeded,
    InvalidRequest,
    LoyaltyPointsExceeded,
    NotFound,
    OutcomeUnknown,
    PromotionInactive,
    QuantityExceeded,
    RateLimited,
    RulesViolated,
    UnexpectedResponse,
    UpstreamUnavailable,
    VoucherDisabled,
    VoucherExpired,
    VoucherifyError,
    VoucherNotActive,
)
from ._filters import Filters, Where
from ._retry import DEFAULT_RETRY, RetryPolicy
from ._sync import Voucherify
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "AlreadyRolledBack",
    "AsyncVoucherify",
    "AuthenticationFailed",
    "BusinessRuleRefused",
    "Conflict",
    "Filters",
    "GiftAmountExceeded",
    "InvalidRequest",
    "LoyaltyPointsExceeded",
    "NotFound",
    "OutcomeUnknown",
    "PromotionInactive",
    "QuantityExceeded",
    "RateLimited",
    "RetryPolicy",
    "RulesViolated",
    "UnexpectedResponse",
    "UpstreamUnavailable",
    "VoucherDisabled",
    "VoucherExpired",
    "VoucherNotActive",
    "Voucherify",
    "VoucherifyError",
    "Where",
    "__version__",
]
