"""The way out to Voucherify: the shared pool and its transport, credentials headers, the per-call deadline."""

from .deadline import Deadline
from .headers import MalformedCredentials
from .pool import Upstream
from .transport import HttpRequest, HttpResponse, Transport, TransportFailure

__all__ = [
    "Deadline",
    "HttpRequest",
    "HttpResponse",
    "MalformedCredentials",
    "Transport",
    "TransportFailure",
    "Upstream",
]
