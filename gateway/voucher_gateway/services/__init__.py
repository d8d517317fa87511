"""One thin servicer per proto service: check the request, then forward it through its operation's codec."""

from .customer import CustomerService
from .redemption import RedemptionService

__all__ = ["CustomerService", "RedemptionService"]
