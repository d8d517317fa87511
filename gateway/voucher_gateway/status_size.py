"""A google.rpc.Status cut to fit well under gRPC's limit on trailing metadata, every cut marked.

A status travels twice in the trailers: its message in `grpc-message` (percent-encoded, so up to three
bytes per byte of UTF-8) and the whole Status in `grpc-status-details-bin` (base64, four bytes per
three). gRPC clients refuse trailers past 8 KiB by default and turn the call into RESOURCE_EXHAUSTED,
so an upstream message of a few KB would replace the status it explains. Here the message is at most
`MESSAGE_BYTES` of UTF-8, each string of a detail at most `FIELD_BYTES`, and the serialized Status at
most `STATUS_BYTES` (tighter cuts are tried until it fits): at worst about 6 KiB of trailers, 4 KiB
for ASCII text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from google.protobuf import any_pb2
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2

MESSAGE_BYTES: Final = 1024
FIELD_BYTES: Final = 512
STATUS_BYTES: Final = 2048

#: (message bytes, detail string bytes), loosest first.
_STEPS: Final = ((MESSAGE_BYTES, FIELD_BYTES), (512, 256), (256, 128), (160, 64))
#: Room kept for the mark: "… [cut 1,234,567,890 characters]" is 33 characters, 35 bytes.
_MARK_ROOM: Final = 40


def cut(text: str, limit: int) -> str:
    """`text` if its UTF-8 fits in `limit` bytes, else its start and a mark saying how much was cut."""
    if len(text) * 4 <= limit or len(encoded := text.encode("utf-8", "surrogatepass")) <= limit:
        return text
    kept = encoded[: max(limit - _MARK_ROOM, 0)].decode("utf-8", "ignore")
    return f"{kept}… [cut {len(text) - len(kept):,} characters]"


def fit(code: int, message: str, details: Sequence[Message]) -> status_pb2.Status:
    """The Status of `code`, `message` and `details`, cut until it serializes to at most STATUS_BYTES."""
    for message_bytes, field_bytes in _STEPS:
        status = _pack(code, cut(message, message_bytes), [_cut_strings(d, field_bytes) for d in details])
        if status.ByteSize() <= STATUS_BYTES:
            return status
    # Only past any real status: the ErrorInfo's reason and domain, which say what happened.
    kept = [
        error_details_pb2.ErrorInfo(reason=d.reason, domain=d.domain)
        for d in details
        if isinstance(d, error_details_pb2.ErrorInfo)
    ]
    return _pack(code, cut(message, 160), kept[:1])


def _pack(code: int, message: str, details: Sequence[Message]) -> status_pb2.Status:
    packed = []
    for detail in details:
        box = any_pb2.Any()
        box.Pack(detail)
        packed.append(box)
    return status_pb2.Status(code=code, message=message, details=packed)


def _cut_strings(detail: Message, limit: int) -> Message:
    """`detail` itself when no string in it is over `limit`, else a copy with each such string cut."""
    if not _needs_cut(detail, limit):
        return detail
    copy = type(detail)()
    copy.CopyFrom(detail)
    _cut_in_place(copy, limit)
    return copy


def _strings(message: Message) -> list[tuple[FieldDescriptor, Any]]:
    """The set fields that are or may hold strings."""
    return [
        (field, value)
        for field, value in message.ListFields()
        if field.type in (FieldDescriptor.TYPE_STRING, FieldDescriptor.TYPE_MESSAGE)
    ]


def _needs_cut(message: Message, limit: int) -> bool:
    for field, value in _strings(message):
        for item in _items(field, value):
            if isinstance(item, str) and len(item.encode("utf-8", "surrogatepass")) > limit:
                return True
            if isinstance(item, Message) and _needs_cut(item, limit):
                return True
    return False


def _items(field: FieldDescriptor, value: Any) -> list[Any]:
    if _is_map(field):
        return list(value.values())
    if field.is_repeated:
        return list(value)
    return [value]


def _cut_in_place(message: Message, limit: int) -> None:
    for field, value in _strings(message):
        if _is_map(field):
            for key in list(value):
                item = value[key]
                if isinstance(item, str):
                    value[key] = cut(item, limit)
                elif isinstance(item, Message):
                    _cut_in_place(item, limit)
        elif field.is_repeated:
            for index, item in enumerate(value):
                if isinstance(item, str):
                    value[index] = cut(item, limit)
                else:
                    _cut_in_place(item, limit)
        elif isinstance(value, str):
            setattr(message, field.name, cut(value, limit))
        else:
            _cut_in_place(value, limit)


def _is_map(field: FieldDescriptor) -> bool:
    return field.message_type is not None and field.message_type.GetOptions().map_entry
