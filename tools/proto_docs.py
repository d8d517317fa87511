"""Writes docs/proto.md, the callers' reference of the gRPC contract, from the comments in proto/.

The comments in the .proto files are the one source: protoc compiles them with their source info, and
this walks the descriptors (services, methods, messages, fields, enums) in file order. `--check`
fails when the committed reference is stale; `--undocumented` lists every element without a comment.

    python tools/proto_docs.py docs/proto.md            # write
    python tools/proto_docs.py --check docs/proto.md    # fail with a diff when stale
    python tools/proto_docs.py --undocumented           # exit 1 listing what has no comment
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from google.protobuf import descriptor_pb2
from grpc_tools import protoc

ROOT = Path(__file__).resolve().parents[1]
PROTO_ROOT = ROOT / "proto"
PACKAGE = "voucherify.v1"

# Field numbers in descriptor.proto, the steps of a SourceCodeInfo.Location path.
_FILE_MESSAGE, _FILE_ENUM, _FILE_SERVICE = 4, 5, 6
_MESSAGE_FIELD, _MESSAGE_NESTED, _MESSAGE_ENUM = 2, 3, 4
_ENUM_VALUE, _SERVICE_METHOD = 2, 2

_SCALARS = {
    descriptor_pb2.FieldDescriptorProto.TYPE_DOUBLE: "double",
    descriptor_pb2.FieldDescriptorProto.TYPE_FLOAT: "float",
    descriptor_pb2.FieldDescriptorProto.TYPE_INT64: "int64",
    descriptor_pb2.FieldDescriptorProto.TYPE_UINT64: "uint64",
    descriptor_pb2.FieldDescriptorProto.TYPE_INT32: "int32",
    descriptor_pb2.FieldDescriptorProto.TYPE_FIXED64: "fixed64",
    descriptor_pb2.FieldDescriptorProto.TYPE_FIXED32: "fixed32",
    descriptor_pb2.FieldDescriptorProto.TYPE_BOOL: "bool",
    descriptor_pb2.FieldDescriptorProto.TYPE_STRING: "string",
    descriptor_pb2.FieldDescriptorProto.TYPE_BYTES: "bytes",
    descriptor_pb2.FieldDescriptorProto.TYPE_UINT32: "uint32",
    descriptor_pb2.FieldDescriptorProto.TYPE_SFIXED32: "sfixed32",
    descriptor_pb2.FieldDescriptorProto.TYPE_SFIXED64: "sfixed64",
    descriptor_pb2.FieldDescriptorProto.TYPE_SINT32: "sint32",
    descriptor_pb2.FieldDescriptorProto.TYPE_SINT64: "sint64",
}
#: Scalars that proto3 JSON (what `buf curl` and other command-line tools print) writes as strings.
_JSON_STRINGS = {"int64", "uint64", "fixed64", "sfixed64", "sint64"}


def compile_protos() -> descriptor_pb2.FileDescriptorSet:
    files = sorted(str(p.relative_to(PROTO_ROOT)) for p in (PROTO_ROOT / "voucherify" / "v1").glob("*.proto"))
    well_known = resources.files("grpc_tools") / "_proto"
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "set.binpb"
        code = protoc.main(
            [
                "protoc",
                f"-I{PROTO_ROOT}",
                f"-I{well_known}",
                "--include_source_info",
                f"--descriptor_set_out={out}",
                *files,
            ]
        )
        if code != 0:
            raise SystemExit(f"protoc failed with exit code {code}")
        return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())


@dataclass
class Comments:
    by_path: dict[tuple[int, ...], str]

    @classmethod
    def of(cls, file: descriptor_pb2.FileDescriptorProto) -> Comments:
        found: dict[tuple[int, ...], str] = {}
        for location in file.source_code_info.location:
            text = "\n".join(
                part.strip("\n")
                for part in (location.leading_comments, location.trailing_comments)
                if part.strip()
            )
            if text:
                found[tuple(location.path)] = _dedent(text)
        return cls(found)

    def get(self, path: tuple[int, ...]) -> str:
        return self.by_path.get(path, "")


def _dedent(text: str) -> str:
    lines = [line[1:] if line.startswith(" ") else line for line in text.splitlines()]
    return "\n".join(lines).strip()


def _anchor(full_name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", full_name.lower()).strip("-")


def _one_line(text: str) -> str:
    """A comment inside a table cell: paragraphs joined, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _link(type_name: str) -> str:
    name = type_name.lstrip(".")
    if name.startswith(PACKAGE + "."):
        return f"[{name.removeprefix(PACKAGE + '.')}](#{_anchor(name)})"
    return f"`{name}`"


@dataclass
class Element:
    """One documented thing: its kind, full name and comment."""

    kind: str
    name: str
    comment: str


class Reference:
    def __init__(self, fds: descriptor_pb2.FileDescriptorSet) -> None:
        # Services first, then the messages they use; each group in name order.
        self.files = sorted(
            (f for f in fds.file if f.package == PACKAGE), key=lambda f: (not f.service, f.name)
        )
        self.maps = {
            f".{name}": message
            for file in self.files
            for name, message in self._all_messages(file)
            if message.options.map_entry
        }
        self.lines: list[str] = []
        self.elements: list[Element] = []

    @staticmethod
    def _all_messages(
        file: descriptor_pb2.FileDescriptorProto,
    ) -> Iterator[tuple[str, descriptor_pb2.DescriptorProto]]:
        stack = [(f"{PACKAGE}.{m.name}", m) for m in file.message_type]
        while stack:
            name, message = stack.pop()
            yield name, message
            stack.extend((f"{name}.{n.name}", n) for n in message.nested_type)

    def _type(self, field: descriptor_pb2.FieldDescriptorProto) -> str:
        if field.type_name in self.maps:
            entry = self.maps[field.type_name]
            key, value = entry.field
            return f"map<{self._type(key)}, {self._type(value)}>"
        if field.type in (field.TYPE_MESSAGE, field.TYPE_ENUM):
            return _link(field.type_name)
        return f"`{_SCALARS[field.type]}`"

    def _label(self, field: descriptor_pb2.FieldDescriptorProto) -> str:
        if field.type_name in self.maps:
            return ""
        if field.label == field.LABEL_REPEATED:
            return "repeated"
        if field.proto3_optional:
            return "optional"
        return ""

    def _note(self, kind: str, name: str, comment: str) -> None:
        self.elements.append(Element(kind, name, comment))

    def render(self) -> str:
        out = self.lines
        out += [
            "# voucherify.v1 reference",
            "",
            "<!-- Generated by tools/proto_docs.py from the comments in proto/voucherify/v1; "
            "edit the .proto files and run `make generate`. -->",
            "",
            "Every RPC, message and field of the gRPC contract, with the comments of the `.proto` files.",
            "Field names are the proto names, which are Voucherify's own JSON names; the **JSON** column",
            "gives the proto3 JSON name that `buf curl` and other command-line tools print (camelCase,",
            "64-bit integers as strings). See the README for how to get Voucherify's names instead.",
            "",
        ]
        for file in self.files:
            out.append(f"- [{file.name}](#{_anchor(file.name)})")
        out.append("")
        for file in self.files:
            self._file(file)
        return "\n".join(out).rstrip() + "\n"

    def _file(self, file: descriptor_pb2.FileDescriptorProto) -> None:
        comments = Comments.of(file)
        self.lines += [f'<a id="{_anchor(file.name)}"></a>', "", f"## {file.name}", ""]
        for index, service in enumerate(file.service):
            self._service(file, comments, index, service)
        for index, message in enumerate(file.message_type):
            self._message(comments, (_FILE_MESSAGE, index), f"{PACKAGE}.{message.name}", message)
        for index, enum in enumerate(file.enum_type):
            self._enum(comments, (_FILE_ENUM, index), f"{PACKAGE}.{enum.name}", enum)

    def _service(
        self,
        file: descriptor_pb2.FileDescriptorProto,
        comments: Comments,
        index: int,
        service: descriptor_pb2.ServiceDescriptorProto,
    ) -> None:
        full = f"{PACKAGE}.{service.name}"
        comment = comments.get((_FILE_SERVICE, index))
        self._note("service", full, comment)
        self.lines += [f'<a id="{_anchor(full)}"></a>', "", f"### service {service.name}", ""]
        if comment:
            self.lines += [comment, ""]
        self.lines += ["| method | request | response | description |", "|---|---|---|---|"]
        for m_index, method in enumerate(service.method):
            m_comment = comments.get((_FILE_SERVICE, index, _SERVICE_METHOD, m_index))
            self._note("method", f"{full}/{method.name}", m_comment)
            stream_in = "stream " if method.client_streaming else ""
            stream_out = "stream " if method.server_streaming else ""
            self.lines.append(
                f"| `{method.name}` | {stream_in}{_link(method.input_type)} | "
                f"{stream_out}{_link(method.output_type)} | {_one_line(m_comment)} |"
            )
        self.lines.append("")

    def _message(
        self, comments: Comments, path: tuple[int, ...], full: str, message: descriptor_pb2.DescriptorProto
    ) -> None:
        if message.options.map_entry:
            return
        comment = comments.get(path)
        self._note("message", full, comment)
        self.lines += [f'<a id="{_anchor(full)}"></a>', "", f"### {full.removeprefix(PACKAGE + '.')}", ""]
        if comment:
            self.lines += [comment, ""]
        if message.field:
            self.lines += ["| field | type | JSON | description |", "|---|---|---|---|"]
        for index, field in enumerate(message.field):
            f_comment = comments.get((*path, _MESSAGE_FIELD, index))
            self._note("field", f"{full}.{field.name}", f_comment)
            label = self._label(field)
            type_text = f"{label} {self._type(field)}".strip()
            json_name = f"`{field.json_name}`"
            if _SCALARS.get(field.type) in _JSON_STRINGS:
                json_name += " (string)"
            self.lines.append(f"| `{field.name}` | {type_text} | {json_name} | {_one_line(f_comment)} |")
        self.lines.append("")
        for index, nested in enumerate(message.nested_type):
            self._message(comments, (*path, _MESSAGE_NESTED, index), f"{full}.{nested.name}", nested)
        for index, enum in enumerate(message.enum_type):
            self._enum(comments, (*path, _MESSAGE_ENUM, index), f"{full}.{enum.name}", enum)

    def _enum(
        self, comments: Comments, path: tuple[int, ...], full: str, enum: descriptor_pb2.EnumDescriptorProto
    ) -> None:
        comment = comments.get(path)
        self._note("enum", full, comment)
        self.lines += [
            f'<a id="{_anchor(full)}"></a>',
            "",
            f"### enum {full.removeprefix(PACKAGE + '.')}",
            "",
        ]
        if comment:
            self.lines += [comment, ""]
        self.lines += ["| value | number | description |", "|---|---|---|"]
        for index, value in enumerate(enum.value):
            v_comment = comments.get((*path, _ENUM_VALUE, index))
            self._note("enum value", f"{full}.{value.name}", v_comment)
            self.lines.append(f"| `{value.name}` | {value.number} | {_one_line(v_comment)} |")
        self.lines.append("")


def build() -> tuple[Reference, str]:
    reference = Reference(compile_protos())
    return reference, reference.render()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("output", nargs="?", type=Path, default=ROOT / "docs" / "proto.md")
    parser.add_argument("--check", action="store_true", help="fail with a diff when the file is stale")
    parser.add_argument("--undocumented", action="store_true", help="list elements without a comment")
    args = parser.parse_args(argv)
    reference, text = build()
    if args.undocumented:
        missing = [e for e in reference.elements if not e.comment]
        for element in missing:
            print(f"{element.kind} {element.name}: no comment")
        return 1 if missing else 0
    output: Path = args.output
    if args.check:
        current = output.read_text() if output.exists() else ""
        if current != text:
            sys.stdout.writelines(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    str(output),
                    "regenerated",
                )
            )
            print(f"{output} is stale: run 'make generate' and commit the result.", file=sys.stderr)
            return 1
        print(f"{output} is up to date.")
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
