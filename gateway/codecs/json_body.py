"""JSON bodies straight to and from protobuf messages: the one place that picks the mapping.

Each direction is one import below, so a faster mapping replaces the descriptor-driven one by
changing that line.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import orjson
from google.protobuf.message import Message

from .. import errors
from ..mapping import from_json as _json_to_message
from ..mapping import to_json as _message_to_json

M = TypeVar("M", bound=Message)


def encode(message: Message, *, leave_out: tuple[str, ...] = ()) -> bytes:
    """The REST JSON body of `message`, without the fields that travel in the path or query.

    A NaN or infinity (possible in a Struct or a double) has no JSON form: INVALID_ARGUMENT.
    """
    try:
        data: dict[str, Any] = _message_to_json(message)
        for name in leave_out:
            data.pop(name, None)
        return json.dumps(data, allow_nan=False, ensure_ascii=False, separators=(",", ":")).encode()
    except ValueError:
        raise errors.invalid_argument(
            "request", "contains a number JSON cannot carry (NaN or infinity)", "NUMBER_NOT_REPRESENTABLE"
        ) from None


def decode(body: bytes, message: M) -> M:
    """Fills `message` from a JSON object body; fields the proto does not know are left out.

    Raises ValueError (or the mapping's own error) for a body that is not a JSON object of that shape.
    """
    data = orjson.loads(body)
    if not isinstance(data, dict):
        raise ValueError(f"a JSON {type(data).__name__} where an object belongs")
    return _json_to_message(data, message)
