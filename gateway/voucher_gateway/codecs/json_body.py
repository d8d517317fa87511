"""JSON bodies straight to and from protobuf messages, by the mapping generated from the proto descriptors.

This is the one place that picks the mapping: each direction is one import below.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import orjson
from google.protobuf.message import Message
from voucherify_json.v1 import decode as _json_to_message
from voucherify_json.v1 import encode as _message_to_json

from .. import errors, unknown_fields
from .base import Body

M = TypeVar("M", bound=Message)


def to_json(message: Message) -> dict[str, Any]:
    """The REST JSON object of `message`: set fields only, proto names, 64-bit integers as numbers.

    A NaN or infinity (possible in a Struct or a double) has no JSON form: INVALID_ARGUMENT.
    """
    try:
        return _message_to_json(message)
    except ValueError:
        raise _not_representable() from None


def encode(message: Message, *, leave_out: tuple[str, ...] = ()) -> bytes:
    """The REST JSON body of `message`, without the fields that travel in the path or query."""
    data = to_json(message)
    for name in leave_out:
        data.pop(name, None)
    try:
        return json.dumps(data, allow_nan=False, ensure_ascii=False, separators=(",", ":")).encode()
    except ValueError:
        raise _not_representable() from None


class NotJson(ValueError):
    """The body is not JSON at all."""


def decode(body: Body, message: M) -> M:
    """Fills `message` from a JSON object body; keys the proto does not know are left out and reported
    (`unknown_fields`).

    Raises `NotJson` for a body that is not JSON, and ValueError (the mapping's `MappingError`
    included) for JSON that is not an object of that shape: a list, a string, a value of the wrong
    type, or Voucherify's error object (`code` and `key`, which the message does not have).
    """
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise NotJson(str(exc)) from None
    if not isinstance(data, dict):
        raise ValueError(f"a JSON {_kind(data)} where an object belongs")
    if "code" in data and "key" in data and not _has_fields(message, "code", "key"):
        raise ValueError(
            f"an error object (code {str(data['code'])[:40]!r}, key {str(data['key'])[:80]!r}) "
            f"where {message.DESCRIPTOR.name} belongs"
        )
    return _json_to_message(data, message, on_unknown=unknown_fields.reporter(message.DESCRIPTOR))


def _has_fields(message: Message, *names: str) -> bool:
    fields = message.DESCRIPTOR.fields_by_name
    return any(name in fields for name in names)


def _kind(value: object) -> str:
    return {list: "list", str: "string", bool: "boolean", int: "number", float: "number"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


def _not_representable() -> errors.RpcError:
    return errors.invalid_argument(
        "request", "contains a number JSON cannot carry (NaN or infinity)", "NUMBER_NOT_REPRESENTABLE"
    )
