"""Fields an upstream answer carries that the contract lacks: the call goes on without them, never silently.

Voucherify adds fields before this contract knows them. The mapping leaves such a field out and
reports its JSON path here: each distinct field (array positions read `[]`, map keys `*`, so that
`$.redemption_entries[3].order.redemptions.r_1.new` and every other redemption and entry count as one)
is logged once per process at WARNING, and counted at every occurrence; `counts()` is what a metrics
exporter reads. The test suite turns on `strict` mode, where such a field fails the read instead, so
a field the contract misses cannot pass the tests unnoticed.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable

from google.protobuf.descriptor import Descriptor, FieldDescriptor

log = logging.getLogger("voucher_gateway.unknown_fields")

#: One step of a mapping path: `.name`, `["any key"]` or `[3]`.
_STEP = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]')

_lock = threading.Lock()
_counts: Counter[str] = Counter()
_strict = False


class UnknownField(ValueError):
    """Strict mode: an upstream answer carried a field the contract does not have."""

    def __init__(self, path: str) -> None:
        super().__init__(f"the answer carries {path}, which the contract does not have")
        self.path = path


def set_strict(on: bool) -> None:
    """Strict mode (the test suite's): an unknown field fails the read instead of being left out."""
    global _strict
    _strict = on


def counts() -> dict[str, int]:
    """How many times each unknown field was seen since the process started, by normalised path."""
    with _lock:
        return dict(_counts)


def reset() -> None:
    with _lock:
        _counts.clear()


@functools.cache
def reporter(root: Descriptor) -> Callable[[str], None]:
    """The `on_unknown` hook of a decode into a `root` message."""

    def report(path: str) -> None:
        field = normalise(root, path)
        with _lock:
            first = field not in _counts
            _counts[field] += 1
        if _strict:
            log.error("%s: %s, which the contract does not have", root.name, field)
            raise UnknownField(field)
        if first:
            log.warning(
                "%s: Voucherify sent %s, which the contract does not have; it is left out "
                "(logged once, counted every time)",
                root.name,
                field,
            )

    return report


def normalise(root: Descriptor, path: str) -> str:
    """`path` with array positions as `[]` and map keys as `*`, read along the message descriptors."""
    out = ["$"]
    message: Descriptor | None = root
    pending: FieldDescriptor | None = None  # a map or repeated field whose key or position comes next
    position = 1 if path.startswith("$") else 0
    for step in _STEP.finditer(path, position):
        name = step.group(1) if step.group(1) is not None else None
        if step.group(2) is not None:
            name = json.loads(step.group(2))
        if pending is not None and pending.message_type is not None and _is_map(pending):
            out.append(".*")
            message = pending.message_type.fields_by_name["value"].message_type
            pending = None
            continue
        if step.group(3) is not None:
            out.append("[]")
            message = pending.message_type if pending is not None else None
            pending = None
            continue
        out.append(step.group(0) if step.group(1) is not None else f"[{step.group(2)}]")
        field = message.fields_by_name.get(name or "") if message is not None else None
        if field is None:
            message = None
        elif _is_map(field) or field.is_repeated:
            pending = field
        else:
            message = field.message_type
    return "".join(out)


def _is_map(field: FieldDescriptor) -> bool:
    return field.message_type is not None and field.message_type.GetOptions().map_entry
