"""What a servicer refuses before any work: a request without the identifier its route needs."""

from __future__ import annotations

from .. import errors


def required(value: str, field_name: str) -> str:
    if not value:
        raise errors.invalid_argument(field_name, "is required and must not be empty", "REQUIRED_FIELD")
    return value
