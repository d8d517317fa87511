"""The fixed part of every module tools/gen_json_mapping.py writes: public API and shared helpers.

The generator copies this file, without this docstring, to the top of the generated module and
appends one reader and one writer per message. It is kept as a real module so that ruff and mypy
check it. The helpers here hold the rules (which JSON values a field accepts, how errors read);
the generated functions only choose which helper each field needs.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final, TypeAlias, TypeVar

from google.protobuf.message import Message

__all__ = ["MappingError", "decode", "encode"]

M = TypeVar("M", bound=Message)
# Where a value is, kept as the steps that lead to it and spelled out (`_where`) only for an error or
# an unknown key: "$", or (the parent's path, a step), the step being a field (".items"), a list
# index (2) or a map key (("a key",)).
_Path: TypeAlias = "str | tuple[_Path, str | int | tuple[str]]"
_OnUnknown = Callable[[str], None] | None
_Reader = Callable[[Any, Any, _Path, _OnUnknown], bool]
_Writer = Callable[[Any], dict[str, Any]]

# What converting a JSON value or assigning it to a field raises when the value does not fit.
_BAD: Final = (TypeError, ValueError)


class MappingError(ValueError):
    """A JSON value that does not fit its field: `path` says where (`$.order.items[2].quantity`)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


# -- paths and descriptions, used only on the way to an error or an unknown key ---------------


def _where(path: _Path) -> str:
    """The JSON path that `path` stands for: `$.order.items[2]`, `$.metadata["a key"]`."""
    steps: list[str | int | tuple[str]] = []
    while isinstance(path, tuple):
        path, step = path
        steps.append(step)
    where = path
    for step in reversed(steps):
        if isinstance(step, str):
            where += step
        elif isinstance(step, int):
            where += f"[{step}]"
        else:
            where = _member(where, step[0])
    return where


def _member(path: str, key: str) -> str:
    """The path of an object member: `.key`, or `["k e y"]` when the key is not an identifier."""
    if key.isascii() and key.isidentifier():
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return "a string" if len(value) > 40 else f"the string {json.dumps(value)}"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return f"a {type(value).__name__}"


def _problem(type_name: str, value: object, error: Exception) -> str:
    if isinstance(error, UnicodeError):
        return "a string with an unpaired surrogate"
    if str(error).startswith("Value out of range"):
        return f"{value!r} is out of range for {type_name}"
    return str(error)


def _failed(path: _Path, name: str, type_name: str, value: object, error: Exception) -> MappingError:
    """The MappingError of field `name` whose value `value` was refused with `error`."""
    return MappingError(f"{_where(path)}.{name}", _problem(type_name, value, error))


# -- objects and lists ---------------------------------------------------------------------------


def _object(value: object, path: _Path) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    raise MappingError(_where(path), f"expected an object, got {_kind(value)}")


def _list(value: object, path: _Path) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, tuple):
        return list(value)
    raise MappingError(_where(path), f"expected a list, got {_kind(value)}")


def _sort_out(
    data: dict[str, Any], path: _Path, on_unknown: _OnUnknown, known: frozenset[str], aliases: dict[str, str]
) -> dict[str, Any]:
    """The members of an object that has keys outside its fields' names.

    Unknown keys go to `on_unknown` and are left out. A field's JSON name (`sourceId` for
    `source_id`) is read as that field, as json_format does; a field given under both names is an
    error, as json_format makes it for fields with presence.
    """
    renamed: dict[str, Any] | None = None
    for key in data:
        if key in known:
            continue
        name = aliases.get(key)
        if name is None:
            if on_unknown is not None:
                on_unknown(_member(_where(path), key))
            continue
        if renamed is None:
            renamed = {k: v for k, v in data.items() if k in known}
        if name in renamed:
            raise MappingError(_member(_where(path), key), f"field {name} given twice (as {name} and {key})")
        renamed[name] = data[key]
    return data if renamed is None else renamed


# -- scalars: the JSON values json_format accepts, except that booleans are never numbers ------------


def _str(value: object) -> str:
    if isinstance(value, str):
        return value
    raise TypeError(f"expected a string, got {_kind(value)}")


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(f"expected true or false, got {_kind(value)}")


def _int(value: object) -> int:
    """An integer from a JSON number without fraction or a decimal string, as json_format reads it."""
    if isinstance(value, bool):
        raise TypeError(f"expected an integer, got {_kind(value)}")
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"expected an integer, got {_kind(value)}")
        return int(value)
    if isinstance(value, str):
        if " " not in value:
            try:
                return int(value)
            except ValueError:
                try:
                    number = float(value)
                except ValueError:
                    pass
                else:
                    if number.is_integer():
                        return int(number)
        raise ValueError(f"expected an integer, got {_kind(value)}")
    raise TypeError(f"expected an integer, got {_kind(value)}")


def _double(value: object) -> float:
    """A double from a JSON number or a numeric string ("NaN", "Infinity", "1e3"), as json_format reads it."""
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {_kind(value)}")
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f'{value!r} must be written as a string ("NaN", "Infinity", "-Infinity")')
        return value
    if isinstance(value, int):
        try:
            return float(value)
        except OverflowError:
            raise ValueError(f"{value!r} is out of range for double") from None
    if isinstance(value, str) and value != "nan":
        try:
            return float(value)
        except ValueError:
            pass
    if isinstance(value, str):
        raise ValueError(f"expected a number, got {_kind(value)}")
    raise TypeError(f"expected a number, got {_kind(value)}")


def _extend(
    repeated: Any, items: list[Any], convert: Callable[[Any], Any], path: _Path, type_name: str
) -> None:
    """Appends the non-null items of a JSON list (at `path`) to a repeated scalar field."""
    for index, item in enumerate(items):
        if item is not None:
            try:
                repeated.append(convert(item))
            except _BAD as e:
                raise MappingError(_where((path, index)), _problem(type_name, item, e)) from None


# -- google.protobuf.Timestamp -------------------------------------------------------------------

_INSTANT: Final = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(\d{1,9}))?(?:Z|[+-]\d\d:\d\d)", re.ASCII)
_NANOS_SCALE: Final = (0, 10**8, 10**7, 10**6, 10**5, 10**4, 10**3, 100, 10, 1)
_MIN_SECONDS: Final = -62135596800  # 0001-01-01T00:00:00Z
_MAX_SECONDS: Final = 253402300799  # 9999-12-31T23:59:59Z
_fromisoformat: Final = datetime.fromisoformat
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
# The UTC forms that datetime.fromisoformat reads to the microsecond, as FromJsonString reads them:
# by length, characters 4, 7, 10, 13, 16 and 19 of `YYYY-MM-DDTHH:MM:SSZ` (20) and of
# `YYYY-MM-DDTHH:MM:SS.fZ` to `YYYY-MM-DDTHH:MM:SS.ffffffZ` (22 to 27). With those fixed, fromisoformat
# accepts nothing but ASCII digits in the other places (unchecked, it would also take any separator,
# week dates, the basic form, a comma and more than six fraction digits, truncated).
_UTC_SHAPES: Final = {20: "--T::Z", **dict.fromkeys(range(22, 28), "--T::.")}


def _timestamp(target: Any, value: object) -> None:
    """Sets a Timestamp from an RFC 3339 string, to the same seconds and nanos as json_format.

    UTC with up to six fraction digits (`2024-03-22T17:48:18.570Z`, Voucherify's usual form) is read
    by datetime.fromisoformat alone; an offset (`+00:00`) or up to nine digits once the pattern below
    vouches for the form, nanos from its digits; anything else, and instants fromisoformat refuses or
    that fall outside Timestamp's range, are left to Timestamp.FromJsonString, which json_format uses
    and which decides what else is valid and what each error says.
    """
    if type(value) is str and _UTC_SHAPES.get(len(value)) == value[4:20:3] and value[-1] == "Z":
        try:
            delta = _fromisoformat(value) - _EPOCH
        except ValueError:
            pass
        else:
            target.seconds = delta.days * 86400 + delta.seconds
            target.nanos = delta.microseconds * 1000
            return
    elif type(value) is str and (match := _INSTANT.fullmatch(value)):
        try:
            delta = _fromisoformat(value) - _EPOCH
        except ValueError:
            pass  # e.g. an offset of 24 hours, which FromJsonString takes
        else:
            seconds = delta.days * 86400 + delta.seconds
            if _MIN_SECONDS <= seconds <= _MAX_SECONDS:
                fraction = match.group(1)
                target.seconds = seconds
                target.nanos = int(fraction) * _NANOS_SCALE[len(fraction)] if fraction else 0
                return
    if not isinstance(value, str):
        raise TypeError(f"expected an RFC 3339 date-time string, got {_kind(value)}")
    target.FromJsonString(value)


# -- google.protobuf.Struct, Value, ListValue: plain JSON, nulls included -----------------------

# Objects and lists nested deeper than this inside a Struct, ListValue or Value are refused, whatever
# the interpreter's recursion limit (json_format refuses about half as deep).
_MAX_JSON_DEPTH: Final = 100


def _struct(target: Any, value: object, path: _Path, step: str | tuple[str]) -> None:
    """Fills a Struct field from a JSON object; JSON nulls inside it are kept as null_value."""
    if type(value) is not dict:
        value = _object(value, (path, step))
    try:
        _fill_struct(target, value, 1)
    except (*_BAD, OverflowError, RecursionError) as e:
        raise _json_problem(value, _where((path, step)), e) from None


def _list_value(target: Any, value: object, path: _Path, step: str | tuple[str]) -> None:
    """Fills a ListValue field from a JSON list."""
    if type(value) is not list:
        value = _list(value, (path, step))
    try:
        _fill_list(target, value, 1)
    except (*_BAD, OverflowError, RecursionError) as e:
        raise _json_problem(value, _where((path, step)), e) from None


def _value(target: Any, value: object, path: _Path, step: str | tuple[str]) -> None:
    """Fills a Value field from any JSON value but null (a null field is absent)."""
    try:
        _fill_value(target, value, 0)
    except (*_BAD, OverflowError, RecursionError) as e:
        raise _json_problem(value, _where((path, step)), e) from None


def _fill_struct(target: Any, value: dict[Any, Any], depth: int) -> None:
    if depth > _MAX_JSON_DEPTH:
        raise ValueError("too deep")
    if not value:
        target.Clear()  # marks an empty Struct as present, as json_format does
        return
    fields = target.fields
    if fields:  # a message merged into: the Struct is replaced, as json_format does
        target.Clear()
        fields = target.fields
    # The usual JSON types inline; _fill_value for the rest (and for subclasses).
    for key, item in value.items():
        kind = type(item)
        if kind is str:
            fields[key].string_value = item
        elif kind is int or kind is float:
            fields[key].number_value = item
        elif kind is bool:
            fields[key].bool_value = item
        elif item is None:
            fields[key].null_value = 0
        elif kind is dict:
            _fill_struct(fields[key].struct_value, item, depth + 1)
        elif kind is list:
            _fill_list(fields[key].list_value, item, depth + 1)
        else:
            _fill_value(fields[key], item, depth)


def _fill_list(target: Any, value: list[Any] | tuple[Any, ...], depth: int) -> None:
    if depth > _MAX_JSON_DEPTH:
        raise ValueError("too deep")
    values = target.values
    if not value or values:
        target.ClearField("values")  # marks an empty ListValue as present; replaces a merged-into one
        values = target.values
    add = values.add
    for item in value:
        kind = type(item)
        if kind is str:
            add().string_value = item
        elif kind is int or kind is float:
            add().number_value = item
        elif kind is bool:
            add().bool_value = item
        elif item is None:
            add().null_value = 0
        else:
            _fill_value(add(), item, depth)


def _fill_value(target: Any, value: object, depth: int) -> None:
    """`depth`: how many objects and lists enclose `value`."""
    if isinstance(value, dict):
        _fill_struct(target.struct_value, value, depth + 1)
    elif isinstance(value, (list, tuple)):
        _fill_list(target.list_value, value, depth + 1)
    elif value is None:
        target.null_value = 0
    elif isinstance(value, bool):
        target.bool_value = value
    elif isinstance(value, str):
        target.string_value = value
    elif isinstance(value, (int, float)):
        target.number_value = value
    else:
        raise TypeError(f"{_kind(value)} is not a JSON value")


def _json_problem(value: object, path: str, error: BaseException) -> MappingError:
    """Where inside a Struct, ListValue or Value the value that could not be stored is."""
    stack: list[tuple[object, str, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        if depth >= _MAX_JSON_DEPTH and isinstance(item, (dict, list, tuple)):
            return MappingError(where, f"JSON nested more than {_MAX_JSON_DEPTH} levels deep")
        if isinstance(item, dict):
            for key, member in reversed(list(item.items())):
                if not isinstance(key, str):
                    return MappingError(where, f"object key {key!r} is not a string")
                stack.append((member, _member(where, key), depth + 1))
            for key in item:
                if _has_surrogate(key):
                    return MappingError(_member(where, key), "a key with an unpaired surrogate")
        elif isinstance(item, (list, tuple)):
            stack.extend(
                (member, f"{where}[{i}]", depth + 1) for i, member in reversed(list(enumerate(item)))
            )
        elif isinstance(item, str):
            if _has_surrogate(item):
                return MappingError(where, "a string with an unpaired surrogate")
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            try:
                float(item)
            except OverflowError:
                return MappingError(where, f"{item!r} is out of range for a JSON number")
        elif item is not None and not isinstance(item, bool):
            return MappingError(where, f"{_kind(item)} is not a JSON value")
    return MappingError(path, str(error))


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# -- writing: the REST JSON of a message ---------------------------------------------------------


def _struct_json(struct: Any) -> dict[str, Any]:
    return {key: _value_json(item) for key, item in struct.fields.items()}


def _list_json(values: Any) -> list[Any]:
    return [_value_json(item) for item in values.values]


def _value_json(value: Any) -> Any:
    kind = value.WhichOneof("kind")
    if kind == "string_value":
        return value.string_value
    if kind == "number_value":
        number: float = value.number_value
        if math.isinf(number) or math.isnan(number):
            raise ValueError(f"{number!r} in a google.protobuf.Value has no JSON form")
        return number
    if kind == "bool_value":
        return value.bool_value
    if kind == "struct_value":
        return _struct_json(value.struct_value)
    if kind == "list_value":
        return _list_json(value.list_value)
    return None


def _nonzero_double(number: float) -> bool:
    """Whether a double without presence is set: any value but 0.0 (-0.0 is set)."""
    return number != 0.0 or math.copysign(1.0, number) < 0.0


# -- entry points --------------------------------------------------------------------------------

_READERS: dict[str, _Reader] = {}
_WRITERS: dict[str, _Writer] = {}


def decode(data: object, into: M, *, on_unknown: Callable[[str], None] | None = None) -> M:
    """Fills `into` from a parsed JSON object (orjson/json) and returns it.

    For valid JSON the result equals `json_format.ParseDict(data, into, ignore_unknown_fields=True)`,
    which also reads a field under its JSON name (`sourceId`). Beyond it: null is absent everywhere but
    inside Struct/ListValue/Value (a null field, list item or map value is skipped), a boolean is never
    a number, and each key that names no field reaches `on_unknown(path)` (e.g.
    `$.redemption_entries[3].order.new_field`) and is otherwise ignored. A message that already holds
    data is merged into as ParseDict does. Raises MappingError, with the JSON path, on a value that
    does not fit its field; `into` is then partly filled.
    """
    descriptor = into.DESCRIPTOR
    read = _READERS.get(descriptor.full_name)
    if read is None:
        raise TypeError(f"no generated mapping for {descriptor.full_name}")
    try:
        read(into, data, "$", on_unknown)
    except RecursionError:
        raise MappingError("$", "JSON nested too deeply") from None
    return into


def encode(message: Message) -> dict[str, Any]:
    """The REST JSON of a message: its set fields under their proto names, 64-bit integers as numbers,
    Timestamps as RFC 3339 strings, Struct/ListValue/Value as plain JSON."""
    descriptor = message.DESCRIPTOR
    write = _WRITERS.get(descriptor.full_name)
    if write is None:
        raise TypeError(f"no generated mapping for {descriptor.full_name}")
    return write(message)
