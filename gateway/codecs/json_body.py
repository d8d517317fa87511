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


def decode(body: bytes, message: M) -> M:
    """Fills `message` from a JSON object body; keys the proto does not know are left out and reported
    (`unknown_fields`).

    Raises ValueError (the mapping's `MappingError` included) for a body that is not a JSON object
    of that shape, and in strict mode for a key the proto does not know.
    """
    data = orjson.loads(body)
    if not isinstance(data, dict):
        raise ValueError(f"a JSON {type(data).__name__} where an object belongs")
    return _json_to_message(data, message, on_unknown=unknown_fields.reporter(message.DESCRIPTOR))


def _not_representable() -> errors.RpcError:
    return errors.invalid_argument(
        "request", "contains a number JSON cannot carry (NaN or infinity)", "NUMBER_NOT_REPRESENTABLE"
    )
