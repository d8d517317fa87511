"""Between protobuf messages and the REST JSON (as Python values): either turned into the other.

Both directions are driven by the message descriptors, so a field added to the proto is mapped
without code here. `gateway.codecs.json_body` picks these two functions, so a generated mapping can
replace them there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

M = TypeVar("M", bound=Message)

_INT64_TYPES = frozenset(
    {
        FieldDescriptor.TYPE_INT64,
        FieldDescriptor.TYPE_UINT64,
        FieldDescriptor.TYPE_SINT64,
        FieldDescriptor.TYPE_FIXED64,
        FieldDescriptor.TYPE_SFIXED64,
    }
)


def from_json(data: dict[str, Any], message: M) -> M:
    """Fills `message` from a decoded JSON object; fields the proto does not know are left out.

    Raises `json_format.ParseError` for a value of the wrong type.
    """
    json_format.ParseDict(data, message, ignore_unknown_fields=True)
    return message


def to_json(message: Message, rename: Callable[[Descriptor, str], str] | None = None) -> dict[str, Any]:
    """The REST JSON of a request message: only the fields that are set, numbers kept as numbers.

    `json_format.MessageToDict` writes 64-bit integers as strings, which Voucherify would refuse.
    `rename(message_descriptor, field_name)` lets a caller give a field its REST name.
    """
    out: dict[str, Any] = {}
    descriptor: Descriptor = message.DESCRIPTOR  # type: ignore[assignment]
    for field, value in message.ListFields():
        name = rename(descriptor, field.name) if rename else field.name
        out[name] = _field_to_json(field, value, rename)
    return out


def _field_to_json(
    field: FieldDescriptor, value: Any, rename: Callable[[Descriptor, str], str] | None
) -> Any:
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        value_field = field.message_type.fields_by_name["value"]
        return {key: _value_to_json(value_field, item, rename) for key, item in value.items()}
    if field.is_repeated:
        return [_value_to_json(field, item, rename) for item in value]
    return _value_to_json(field, value, rename)


def _value_to_json(
    field: FieldDescriptor, value: Any, rename: Callable[[Descriptor, str], str] | None
) -> Any:
    if field.message_type is not None:
        if field.message_type.full_name.startswith("google.protobuf."):
            return json_format.MessageToDict(value, preserving_proto_field_name=True)
        return to_json(value, rename)
    if field.type in _INT64_TYPES:
        return int(value)
    return value
