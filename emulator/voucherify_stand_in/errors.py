"""Voucherify's error bodies and keys.

Keys and status codes follow Voucherify's "Errors" reference (docs/reference-docs/Errors.md in
voucherifyio/voucherify-openapi): 400 for violated rules and bad input, 401, 404 `not_found`, 405, 409.
"""

from __future__ import annotations

from typing import Any

from .ids import request_id


class ApiError(Exception):
    """An error answer: HTTP status plus Voucherify's JSON body."""

    def __init__(
        self,
        code: int,
        key: str,
        message: str,
        details: str | None = None,
        *,
        resource_id: str | None = None,
        resource_type: str | None = None,
    ) -> None:
        super().__init__(f"{code} {key}: {message}")
        self.code = code
        self.key = key
        self.message = message
        self.details = details
        self.resource_id = resource_id
        self.resource_type = resource_type

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "key": self.key, "message": self.message}
        if self.details is not None:
            out["details"] = self.details
        out["request_id"] = request_id()
        if self.resource_id is not None:
            out["resource_id"] = self.resource_id
        if self.resource_type is not None:
            out["resource_type"] = self.resource_type
        return out


def not_found(resource_type: str, resource_id: str) -> ApiError:
    return ApiError(
        404,
        "not_found",
        "Resource not found",
        f"Cannot find {resource_type} with id {resource_id}",
        resource_id=resource_id,
        resource_type=resource_type,
    )


def unauthorized() -> ApiError:
    return ApiError(
        401, "unauthorized", "Unauthorized", "Invalid or missing X-App-Id/X-App-Token or Bearer token"
    )


def route_not_found(path: str) -> ApiError:
    return ApiError(404, "not_found", "Resource not found", f"No endpoint at {path}")


def method_not_allowed(method: str, allowed: list[str]) -> ApiError:
    return ApiError(
        405,
        "method_not_allowed",
        "HTTP Method Not Allowed",
        f"{method} is not supported by this endpoint. Did you mean {' or '.join(allowed)}?",
    )


def invalid_query(details: str) -> ApiError:
    return ApiError(400, "invalid_query_params", "Invalid query params", details)


def invalid_payload(details: str) -> ApiError:
    return ApiError(400, "invalid_payload", "Invalid payload", details)


def duplicate(resource_type: str, resource_id: str) -> ApiError:
    return ApiError(
        409,
        "duplicate_found",
        "Duplicated resource found",
        f"{resource_type} with id {resource_id} already exists",
        resource_id=resource_id,
        resource_type=resource_type,
    )


def violated(key: str, message: str, details: str, code: str) -> ApiError:
    """A redemption rule was violated: 400 naming the voucher, as Voucherify does."""
    return ApiError(400, key, message, details, resource_id=code, resource_type="voucher")
