"""Request messages checked before anything is sent: what Voucherify would refuse, or what could harm it.

One walk over the fields that are set, driven by the descriptors, so a field added to the proto is
checked without code here. A failure is INVALID_ARGUMENT with a BadRequest field violation naming
the field's path (`order.items[2].quantity`), and nothing reaches the upstream.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Final

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from . import errors


@dataclass(frozen=True)
class Limits:
    """The documented bounds (README, "What the gateway refuses")."""

    #: Codes, ids, source ids, tracking ids, session keys: Voucherify's own ids are far shorter.
    identifier_length: int = 256
    #: Any other text: names, descriptions, e-mails, reasons, filter operands.
    text_length: int = 4096
    #: Nesting of a metadata object (an object or list inside another counts one level).
    metadata_depth: int = 8
    #: Keys and list items in one metadata object, counted over all its levels.
    metadata_entries: int = 512
    #: Characters of all metadata strings and keys together.
    metadata_text: int = 65536
    #: Values of one repeated field (filter operands, expand options, ...).
    repeated_values: int = 100
    #: Items of an order.
    order_items: int = 1000


LIMITS: Final = Limits()

#: Timestamp seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range RFC 3339 can write.
_MIN_SECONDS: Final = -62135596800
_MAX_SECONDS: Final = 253402300799

_INTEGER_TYPES: Final = frozenset(
    {
        FieldDescriptor.TYPE_INT32,
        FieldDescriptor.TYPE_INT64,
        FieldDescriptor.TYPE_SINT32,
        FieldDescriptor.TYPE_SINT64,
        FieldDescriptor.TYPE_SFIXED32,
        FieldDescriptor.TYPE_SFIXED64,
    }
)
#: Free text where line breaks and tabs are ordinary.
_TEXT_CONTROLS_ALLOWED: Final = frozenset("\t\n\r")


def is_identifier(name: str) -> bool:
    return name in ("code", "id", "key", "source_id") or name.endswith("_id")


def check_request(message: Message, limits: Limits = LIMITS) -> None:
    """Raises `errors.RpcError` (INVALID_ARGUMENT) on the first field that breaks a documented bound."""
    _Walker(limits).message(message, "")


def _invalid(path: str, description: str, reason: str) -> errors.RpcError:
    return errors.invalid_argument(path, description, reason)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


class _Walker:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits

    def message(self, message: Message, path: str) -> None:
        descriptor: Descriptor = message.DESCRIPTOR  # type: ignore[assignment]
        if descriptor.full_name == "google.protobuf.Timestamp":
            self.timestamp(message, path)
            return
        if descriptor.full_name == "google.protobuf.Struct":
            _StructBudget(self.limits, path).struct(message, path, 1)
            return
        for field, value in message.ListFields():
            self.field(field, value, _join(path, field.name))

    def field(self, field: FieldDescriptor, value: Any, path: str) -> None:
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            for key, item in value.items():
                self.scalar_or_message(field.message_type.fields_by_name["value"], item, f"{path}[{key!r}]")
            return
        if field.is_repeated:
            limit = self.limits.order_items if field.name == "items" else self.limits.repeated_values
            if len(value) > limit:
                raise _invalid(
                    path, f"at most {limit} values are accepted, got {len(value)}", "TOO_MANY_VALUES"
                )
            for index, item in enumerate(value):
                self.scalar_or_message(field, item, f"{path}[{index}]")
            return
        self.scalar_or_message(field, value, path)

    def scalar_or_message(self, field: FieldDescriptor, value: Any, path: str) -> None:
        if field.message_type is not None:
            self.message(value, path)
        elif field.type == FieldDescriptor.TYPE_STRING:
            self.string(field.name, value, path)
        elif field.type in _INTEGER_TYPES and value < 0:
            raise _invalid(path, f"must not be negative, got {value}", "NEGATIVE_VALUE")
        elif field.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT) and not math.isfinite(
            value
        ):
            raise _invalid(path, "must be a finite number", "NOT_FINITE")

    def string(self, name: str, value: str, path: str) -> None:
        identifier = is_identifier(name)
        limit = self.limits.identifier_length if identifier else self.limits.text_length
        if len(value) > limit:
            raise _invalid(path, f"at most {limit} characters are accepted, got {len(value)}", "TOO_LONG")
        if identifier and not value.strip():
            raise _invalid(path, "must not be blank", "BLANK_IDENTIFIER")
        for char in value:
            if (char < " " or char == "\x7f") and (identifier or char not in _TEXT_CONTROLS_ALLOWED):
                raise _invalid(
                    path, f"must not contain the control character U+{ord(char):04X}", "CONTROL_CHARACTER"
                )

    def timestamp(self, message: Message, path: str) -> None:
        seconds: int = message.seconds  # type: ignore[attr-defined]
        nanos: int = message.nanos  # type: ignore[attr-defined]
        if not _MIN_SECONDS <= seconds <= _MAX_SECONDS or not 0 <= nanos <= 999_999_999:
            raise _invalid(
                path, "must lie between 0001-01-01 and 9999-12-31 (RFC 3339)", "TIMESTAMP_OUT_OF_RANGE"
            )


class _StructBudget:
    """Bounds on free-form metadata: depth, entries, text, and finite numbers only."""

    def __init__(self, limits: Limits, root: str) -> None:
        self.limits = limits
        self.root = root
        self.entries = 0
        self.text = 0

    def struct(self, struct: Any, path: str, depth: int) -> None:
        self._enter(depth, len(struct.fields))
        for key, value in struct.fields.items():
            self._count_text(key)
            self.value(value, f"{path}.{key}", depth)

    def value(self, value: Any, path: str, depth: int) -> None:
        kind = value.WhichOneof("kind")
        if kind == "number_value" and not math.isfinite(value.number_value):
            raise _invalid(path, "must be a finite number (no NaN or infinity in JSON)", "NOT_FINITE")
        if kind == "string_value":
            self._count_text(value.string_value)
        elif kind == "struct_value":
            self.struct(value.struct_value, path, depth + 1)
        elif kind == "list_value":
            items = value.list_value.values
            self._enter(depth + 1, len(items))
            for index, item in enumerate(items):
                self.value(item, f"{path}[{index}]", depth + 1)

    def _enter(self, depth: int, entries: int) -> None:
        if depth > self.limits.metadata_depth:
            raise _invalid(
                self.root, f"is nested deeper than {self.limits.metadata_depth} levels", "METADATA_TOO_DEEP"
            )
        self.entries += entries
        if self.entries > self.limits.metadata_entries:
            raise _invalid(
                self.root,
                f"has more than {self.limits.metadata_entries} keys and items",
                "METADATA_TOO_LARGE",
            )

    def _count_text(self, text: str) -> None:
        self.text += len(text)
        if self.text > self.limits.metadata_text:
            raise _invalid(
                self.root,
                f"holds more than {self.limits.metadata_text} characters of text",
                "METADATA_TOO_LARGE",
            )
