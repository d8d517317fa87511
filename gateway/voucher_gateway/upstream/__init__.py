"""The way out to Voucherify: the shared pool and its transport, credentials headers, the per-call
deadline, and what guards the pool (a bounded queue, a circuit breaker)."""

from .breaker import CircuitBreaker, CircuitOpen
from .deadline import Deadline
from .headers import MalformedCredentials
from .pool import ShuttingDown, Upstream
from .shed import Overloaded
from .transport import HttpRequest, HttpResponse, Transport, TransportFailure

__all__ = [
    "CircuitBreaker",
    "CircuitOpen",
    "Deadline",
    "HttpRequest",
    "HttpResponse",
    "MalformedCredentials",
    "Overloaded",
    "ShuttingDown",
    "Transport",
    "TransportFailure",
    "Upstream",
]
