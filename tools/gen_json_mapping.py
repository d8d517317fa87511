"""Writes the JSON mapping of a proto package: one straight-line reader and writer per message.

    gen_json_mapping.py OUT_DIR [--proto-path DIR] [PROTO ...]

reads the descriptors of PROTO (default: every proto/voucherify/v1/*.proto, package voucherify.v1)
and writes OUT_DIR/voucherify_json/{__init__.py,v1.py,py.typed}: `decode(data, into)` and
`encode(message)`, the REST JSON to protobuf and back, without descriptor lookups at run time.
The fixed part of v1.py is tools/json_mapping_runtime.py; what is generated here only picks, per
field, the helper its type needs. A construct the mapping does not handle (enums, bytes, float,
oneofs, non-string map keys, other well-known types, proto2) stops the generator with an error
naming it, rather than being mapped wrongly.
"""

from __future__ import annotations

import argparse
import ast
import keyword
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

from google.protobuf import descriptor_pb2, descriptor_pool
from google.protobuf.descriptor import Descriptor, FieldDescriptor

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = Path(__file__).with_name("json_mapping_runtime.py")

_INT_TYPES = {
    FieldDescriptor.TYPE_INT32: "int32",
    FieldDescriptor.TYPE_INT64: "int64",
    FieldDescriptor.TYPE_UINT32: "uint32",
    FieldDescriptor.TYPE_UINT64: "uint64",
    FieldDescriptor.TYPE_SINT32: "sint32",
    FieldDescriptor.TYPE_SINT64: "sint64",
    FieldDescriptor.TYPE_FIXED32: "fixed32",
    FieldDescriptor.TYPE_FIXED64: "fixed64",
    FieldDescriptor.TYPE_SFIXED32: "sfixed32",
    FieldDescriptor.TYPE_SFIXED64: "sfixed64",
}
# Per scalar kind: the inline check that lets the usual JSON value through, and the helper for the rest.
_SCALARS = {
    "string": ("type({v}) is str", "_str"),
    "bool": ("type({v}) is bool", "_bool"),
    "int": ("type({v}) is int", "_int"),
    # v - v is 0.0 for every finite float and NaN for NaN and the infinities, which _double refuses.
    "double": ("type({v}) is float and {v} - {v} == 0.0", "_double"),
}
_WELL_KNOWN = {
    "google.protobuf.Timestamp",
    "google.protobuf.Struct",
    "google.protobuf.Value",
    "google.protobuf.ListValue",
}


class GenerationError(Exception):
    """A construct of the protos that the generated mapping does not handle."""


@dataclass(frozen=True)
class Kind:
    """What a single value of a field is: a scalar ("string", "bool", "int", "double"), a
    well-known type, or a message of the package (`message` is its reader/writer suffix)."""

    scalar: str | None = None
    type_name: str = ""
    well_known: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class Field:
    name: str
    json_name: str
    kind: Kind
    cardinality: str  # "single", "repeated" or "map"
    presence: bool  # single fields: HasField applies (optional scalars, messages)


@dataclass(frozen=True)
class Message:
    full_name: str
    suffix: str
    fields: tuple[Field, ...]


# -- reading the descriptors -----------------------------------------------------------------------


def compile_descriptors(proto_path: Path, protos: list[Path]) -> descriptor_pb2.FileDescriptorSet:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "descriptors.binpb"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "grpc_tools.protoc",
                f"-I{proto_path}",
                "--include_imports",
                f"--descriptor_set_out={out}",
                *(str(p) for p in protos),
            ],
            check=True,
        )
        return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())


def load_messages(
    descriptor_set: descriptor_pb2.FileDescriptorSet, file_names: list[str]
) -> tuple[str, list[Message]]:
    """The package name and its messages (declaration order, nested after their parent)."""
    pool = descriptor_pool.DescriptorPool()
    for file_proto in descriptor_set.file:
        pool.Add(file_proto)
    wanted = [f for f in descriptor_set.file if f.name in file_names]
    if {f.name for f in wanted} != set(file_names):
        raise GenerationError(f"not compiled: {sorted(set(file_names) - {f.name for f in wanted})}")
    packages = {f.package for f in wanted}
    if len(packages) != 1:
        raise GenerationError(f"the files must share one package, not {sorted(packages)}")
    package = packages.pop()

    proto3_optional: set[str] = set()
    for file_proto in wanted:
        if file_proto.syntax != "proto3":
            raise GenerationError(f"{file_proto.name}: only proto3 is supported, not {file_proto.syntax!r}")
        if file_proto.extension:
            raise GenerationError(f"{file_proto.name}: extensions are not supported")
        stack = [(f"{package}.{m.name}", m) for m in file_proto.message_type]
        while stack:
            name, message_proto = stack.pop()
            proto3_optional.update(f"{name}.{f.name}" for f in message_proto.field if f.proto3_optional)
            if message_proto.extension:
                raise GenerationError(f"{name}: extensions are not supported")
            stack.extend((f"{name}.{n.name}", n) for n in message_proto.nested_type)

    messages: list[Message] = []
    suffixes: dict[str, str] = {}
    for file_proto in wanted:
        file_descriptor = pool.FindFileByName(file_proto.name)
        pending = list(file_descriptor.message_types_by_name.values())
        ordered: list[Descriptor] = []
        while pending:
            descriptor = pending.pop(0)
            if descriptor.GetOptions().map_entry:
                continue
            ordered.append(descriptor)
            pending[0:0] = list(descriptor.nested_types)
        for descriptor in ordered:
            suffix = descriptor.full_name[len(package) + 1 :].replace(".", "_")
            if suffix in suffixes.values():
                raise GenerationError(f"{descriptor.full_name}: its function name {suffix} is taken")
            suffixes[descriptor.full_name] = suffix
            messages.append(
                Message(
                    descriptor.full_name,
                    suffix,
                    tuple(_field(f, package, proto3_optional) for f in descriptor.fields),
                )
            )
    return package, messages


def _field(field: FieldDescriptor, package: str, proto3_optional: set[str]) -> Field:
    where = field.full_name
    if field.containing_oneof is not None and where not in proto3_optional:
        raise GenerationError(f"{where}: oneof fields are not supported")
    message_type = field.message_type
    if message_type is not None and message_type.GetOptions().map_entry:
        key = message_type.fields_by_name["key"]
        if key.type != FieldDescriptor.TYPE_STRING:
            raise GenerationError(f"{where}: map keys other than string are not supported")
        value = message_type.fields_by_name["value"]
        return Field(field.name, field.json_name, _kind(value, package, where), "map", False)
    cardinality = "repeated" if field.is_repeated else "single"
    presence = field.has_presence and not field.is_repeated
    return Field(field.name, field.json_name, _kind(field, package, where), cardinality, presence)


def _kind(field: FieldDescriptor, package: str, where: str) -> Kind:
    if field.type == FieldDescriptor.TYPE_STRING:
        return Kind(scalar="string", type_name="string")
    if field.type == FieldDescriptor.TYPE_BOOL:
        return Kind(scalar="bool", type_name="bool")
    if field.type == FieldDescriptor.TYPE_DOUBLE:
        return Kind(scalar="double", type_name="double")
    if field.type in _INT_TYPES:
        return Kind(scalar="int", type_name=_INT_TYPES[field.type])
    if field.type == FieldDescriptor.TYPE_MESSAGE and field.message_type is not None:
        name = field.message_type.full_name
        if name in _WELL_KNOWN:
            return Kind(type_name=name, well_known=name)
        if name.startswith(package + "."):
            return Kind(type_name=name, message=name[len(package) + 1 :].replace(".", "_"))
        raise GenerationError(f"{where}: messages of other packages ({name}) are not supported")
    type_names = {
        FieldDescriptor.TYPE_ENUM: "enum",
        FieldDescriptor.TYPE_BYTES: "bytes",
        FieldDescriptor.TYPE_FLOAT: "float",
        FieldDescriptor.TYPE_GROUP: "group",
    }
    raise GenerationError(f"{where}: {type_names.get(field.type, str(field.type))} fields are not supported")


# -- writing the module ----------------------------------------------------------------------------


def _get(name: str, target: str = "msg") -> str:
    return f'getattr({target}, "{name}")' if keyword.iskeyword(name) else f"{target}.{name}"


def _set(name: str, value: str) -> str:
    return f'setattr(msg, "{name}", {value})' if keyword.iskeyword(name) else f"msg.{name} = {value}"


def _convert(kind: Kind, value: str = "v") -> str:
    check, helper = _SCALARS[kind.scalar or ""]
    return f"{value} if {check.format(v=value)} else {helper}({value})"


def _read_one(kind: Kind, target: str, value: str, path: str, step: str) -> list[str]:
    """Lines that put a non-null JSON `value` into the sub-message `target` (messages, well-known types).

    `path` and `step` are expressions: the JSON path of `value` is `(path, step)` (see `_where`). A
    message's reader returns whether it set a field; the caller marks a singular sub-message present
    when not.
    """
    if kind.message:
        return [f"_read_{kind.message}({target}, {value}, ({path}, {step}), on_unknown)"]
    if kind.well_known == "google.protobuf.Timestamp":
        return [
            "try:",
            f"    _timestamp({target}, {value})",
            "except _BAD as e:",
            f"    raise MappingError(_where(({path}, {step})), "
            f'_problem("google.protobuf.Timestamp", {value}, e)) from None',
        ]
    helper = {
        "google.protobuf.Struct": "_struct",
        "google.protobuf.ListValue": "_list_value",
        "google.protobuf.Value": "_value",
    }[kind.well_known or ""]
    return [f"{helper}({target}, {value}, {path}, {step})"]


def _field_reader(field: Field) -> tuple[list[str], bool]:
    """Lines that read the non-null JSON value `v` of `field` into `msg`, and whether they always set
    something on `msg` (which marks it present): all but a repeated or map field, which a list or
    object of nulls leaves empty."""
    name, kind = field.name, field.kind
    step = f'".{name}"'
    if field.cardinality == "single" and kind.scalar:
        return [
            "try:",
            f"    {_set(name, _convert(kind))}",
            "except _BAD as e:",
            f'    raise _failed(path, "{name}", "{kind.type_name}", v, e) from None',
        ], True
    if field.cardinality == "single" and kind.message:
        call = _read_one(kind, _get(name), "v", "path", step)[0]
        return [f"if not {call}:", f"    {_get(name)}.SetInParent()"], True
    if field.cardinality == "single":
        return _read_one(kind, _get(name), "v", "path", step), True
    if field.cardinality == "repeated":
        body = [
            "if type(v) is not list:",
            f"    v = _list(v, (path, {step}))",
            "if v:",
            f"    items = {_get(name)}",
            "    if items:",
            "        del items[:]",
        ]
        if kind.scalar:
            helper = _SCALARS[kind.scalar][1]
            body.append(f'    _extend(items, v, {helper}, (path, {step}), "{kind.type_name}")')
        else:
            body += [
                "    add = items.add",
                f"    p = (path, {step})",
                "    for j, x in enumerate(v):",
                "        if x is not None:",
                *(f"            {line}" for line in _read_one(kind, "add()", "x", "p", "j")),
            ]
        return body, False
    body = [
        "if type(v) is not dict:",
        f"    v = _object(v, (path, {step}))",
        "if v:",
        f"    entries = {_get(name)}",
        "    if entries:",
        f'        msg.ClearField("{name}")',
        f"        entries = {_get(name)}",
        f"    p = (path, {step})",
        "    for key, x in v.items():",
        "        if x is not None:",
    ]
    if kind.scalar:
        body += [
            "            try:",
            f"                entries[key] = {_convert(kind, 'x')}",
            "            except _BAD as e:",
            f'                raise MappingError(_where((p, (str(key),))), _problem("{kind.type_name}", x, e)) from None',
        ]
    else:
        body += [
            "            try:",
            "                entry = entries[key]",
            "            except _BAD as e:",
            '                raise MappingError(_where((p, (str(key),))), _problem("string", key, e)) from None',
            *(f"            {line}" for line in _read_one(kind, "entry", "x", "p", "(key,)")),
        ]
    return body, False


def _reader(message: Message) -> list[str]:
    """The reader of a message: sets the fields of `msg` from the JSON object `data` and returns whether
    it set any (a singular sub-message it set nothing on is marked present by its caller)."""
    out = [
        f"def _read_{message.suffix}(msg: Any, data: Any, path: _Path, on_unknown: _OnUnknown) -> bool:",
        "    if type(data) is not dict:",
        "        data = _object(data, path)",
        f"    if not _KEYS_{message.suffix}.issuperset(data):",
        f"        data = _sort_out(data, path, on_unknown, _KEYS_{message.suffix}, _ALIASES_{message.suffix})",
    ]
    if not message.fields:
        return [*out, "    return False"]
    out += ["    done = False", "    get = data.get"]
    for field in message.fields:
        body, sets = _field_reader(field)
        if sets:
            body.append("done = True")
        out.append(f'    if (v := get("{field.name}")) is not None:')
        out += [f"        {line}" for line in body]
    out.append("    return done")
    return out


def _write_value(kind: Kind, value: str) -> str:
    """The JSON of one value (not null) of `kind`."""
    if kind.scalar:
        return value
    if kind.message:
        return f"_write_{kind.message}({value})"
    return {
        "google.protobuf.Timestamp": f"{value}.ToJsonString()",
        "google.protobuf.Struct": f"_struct_json({value})",
        "google.protobuf.ListValue": f"_list_json({value})",
        "google.protobuf.Value": f"_value_json({value})",
    }[kind.well_known or ""]


def _writer(message: Message) -> list[str]:
    out = [
        f"def _write_{message.suffix}(msg: Any) -> dict[str, Any]:",
        "    out: dict[str, Any] = {}",
    ]
    if any(f.presence for f in message.fields):
        out.append("    has = msg.HasField")
    for field in message.fields:
        name, kind = field.name, field.kind
        if field.cardinality == "single" and field.presence:
            out += [f'    if has("{name}"):', f'        out["{name}"] = {_write_value(kind, _get(name))}']
        elif field.cardinality == "single" and kind.scalar == "double":
            out += [f"    if _nonzero_double(v := {_get(name)}):", f'        out["{name}"] = v']
        elif field.cardinality == "single":
            out += [f"    if v := {_get(name)}:", f'        out["{name}"] = v']
        elif field.cardinality == "repeated":
            value = "list(v)" if kind.scalar else f"[{_write_value(kind, 'x')} for x in v]"
            out += [f"    if v := {_get(name)}:", f'        out["{name}"] = {value}']
        else:
            value = "dict(v)" if kind.scalar else f"{{k: {_write_value(kind, 'x')} for k, x in v.items()}}"
            out += [f"    if v := {_get(name)}:", f'        out["{name}"] = {value}']
    out.append("    return out")
    return out


def _runtime_source() -> str:
    """tools/json_mapping_runtime.py without its docstring, which speaks of the template itself."""
    source = RUNTIME.read_text(encoding="utf-8")
    tree = ast.parse(source)
    first = tree.body[0]
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)):
        raise GenerationError(f"{RUNTIME} must start with its docstring")
    lines = source.splitlines(keepends=True)
    return "".join(lines[first.end_lineno or 0 :]).lstrip("\n")


def render(package: str, messages: list[Message]) -> str:
    summary = (
        "`decode(data, into, on_unknown=None)` fills a message from a parsed JSON object; `encode(message)` "
        "gives the JSON object of a message. JSON paths in errors and for unknown keys name list items by "
        'index and object members by key: `$.order.items[2].quantity`, `$.metadata["a key"]`.'
    )
    parts = [
        f"# Generated by tools/gen_json_mapping.py from the protos of package {package}. Do not edit.\n",
        f'"""The REST JSON of {package} to protobuf messages and back, by straight-line code.\n\n',
        textwrap.fill(summary, width=100),
        '\n"""\n\n',
        _runtime_source(),
    ]
    code: list[str] = []
    for message in messages:
        keys = ", ".join(f'"{f.name}"' for f in message.fields)
        aliases = ", ".join(f'"{f.json_name}": "{f.name}"' for f in message.fields if f.json_name != f.name)
        code += [
            "",
            "",
            f"_KEYS_{message.suffix}: Final = frozenset({{{keys}}})",
            f"_ALIASES_{message.suffix}: Final[dict[str, str]] = {{{aliases}}}",
            "",
            "",
            *_reader(message),
            "",
            "",
            *_writer(message),
        ]
    code += [
        "",
        "",
        "_READERS.update({",
        *(f'    "{m.full_name}": _read_{m.suffix},' for m in messages),
        "})",
        "_WRITERS.update({",
        *(f'    "{m.full_name}": _write_{m.suffix},' for m in messages),
        "})",
    ]
    return "".join(parts) + "\n".join(code) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--proto-path", type=Path, default=ROOT / "proto")
    parser.add_argument("protos", nargs="*", type=Path)
    args = parser.parse_intermixed_args(argv)
    proto_path: Path = args.proto_path.resolve()
    protos = [p.resolve() for p in args.protos] or sorted((proto_path / "voucherify" / "v1").glob("*.proto"))
    names = [p.relative_to(proto_path).as_posix() for p in protos]
    try:
        package, messages = load_messages(compile_descriptors(proto_path, protos), names)
    except GenerationError as e:
        print(f"gen_json_mapping: {e}", file=sys.stderr)
        return 1
    *parents, module = package.split(".")
    target = args.out_dir / ("_".join(parents) + "_json")
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(f'"""The JSON mapping of the {package} protobuf messages."""\n')
    (target / "py.typed").write_text("")
    module_path = target / f"{module}.py"
    module_path.write_text(render(package, messages), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--isolated",
            "--no-cache",
            "--line-length",
            "120",
            "-q",
            str(module_path),
        ],
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
