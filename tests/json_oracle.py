"""The descriptor-driven mapping, kept as the oracle of the generated one (`voucherify_json`).

`parse_dict` is json_format's reading of a JSON body; `to_json` is the descriptor walk the gateway
used before it switched to the generated mapping (without renaming), kept here as the oracle.
`unknown_paths` lists the keys of a body that are no field's name (nor JSON name), in the path
notation of the generated mapping.
"""

from __future__ import annotations

import json
import re
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
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)


def parse_dict(data: Any, into: M) -> M:
    json_format.ParseDict(data, into, ignore_unknown_fields=True)
    return into


def to_json(message: Message) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field, value in message.ListFields():
        out[field.name] = _field_to_json(field, value)
    return out


def _field_to_json(field: FieldDescriptor, value: Any) -> Any:
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        value_field = field.message_type.fields_by_name["value"]
        return {key: _value_to_json(value_field, item) for key, item in value.items()}
    if field.is_repeated:
        return [_value_to_json(field, item) for item in value]
    return _value_to_json(field, value)


def _value_to_json(field: FieldDescriptor, value: Any) -> Any:
    if field.message_type is not None:
        if field.message_type.full_name.startswith("google.protobuf."):
            return json_format.MessageToDict(value, preserving_proto_field_name=True)
        return to_json(value)
    if field.type in _INT64_TYPES:
        return int(value)
    return value


def member(path: str, key: str) -> str:
    """`$.a.key`, or `$.a["k e y"]` for a key that is not an identifier."""
    if _IDENTIFIER.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def unknown_paths(descriptor: Descriptor, data: Any, path: str = "$") -> list[str]:
    """The paths of the keys of `data` that name no field, in no particular order."""
    out: list[str] = []
    by_json_name = {field.json_name: field for field in descriptor.fields}
    for key, value in data.items():
        field = descriptor.fields_by_name.get(key) or by_json_name.get(key)
        if field is None:
            out.append(member(path, key))
            continue
        message_type = field.message_type
        if value is None or message_type is None:
            continue
        where = f"{path}.{field.name}"
        if message_type.GetOptions().map_entry:
            value_type = message_type.fields_by_name["value"].message_type
            if value_type is not None and not value_type.full_name.startswith("google.protobuf."):
                for map_key, item in value.items():
                    if item is not None:
                        out += unknown_paths(value_type, item, member(where, map_key))
        elif message_type.full_name.startswith("google.protobuf."):
            continue
        elif field.is_repeated:
            for index, item in enumerate(value):
                if item is not None:
                    out += unknown_paths(message_type, item, f"{where}[{index}]")
        else:
            out += unknown_paths(message_type, value, where)
    return out
