"""The property paths of OpenAPI response schemas, merged over `$ref`, `allOf`, `anyOf` and `oneOf`.

One walk shared by the spec/proto agreement test and by `tools/published_coverage.py`, which compares
our spec with Voucherify's published document: both must read a schema the same way. Paths are JSON
paths without the root: `order.items[].sku.metadata` (`[]` an array element, `*` a map value).
Reads OpenAPI 3.1 (`type: [string, "null"]`) and 3.0 (`nullable: true`) alike.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Schema = dict[str, Any]

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "voucherify.yaml"

#: A `$ref` met again inside itself is not followed: the path it would open repeats one already walked.
_COMBINATORS = ("allOf", "anyOf", "oneOf")


@dataclass
class Node:
    """What one path may hold, merged over every schema variant that reaches it."""

    types: set[str] = field(default_factory=set)
    formats: set[str] = field(default_factory=set)
    enum: set[str] = field(default_factory=set)
    properties: dict[str, list[Schema]] = field(default_factory=dict)
    items: list[Schema] = field(default_factory=list)
    values: list[Schema] = field(default_factory=list)
    #: An object that declares no properties of its own (metadata): its content is not described.
    free_form: bool = False

    @property
    def json_types(self) -> set[str]:
        """The JSON types other than null."""
        return self.types - {"null"}


class SpecTree:
    """Reads the schemas of one OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def _target(self, ref: str) -> Schema:
        target: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        schema: Schema = target
        return schema

    def resolve(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            schema = self._target(schema["$ref"])
        return schema

    def variants(self, schema: Schema) -> Iterator[Schema]:
        """The schema and every schema it combines, resolved."""
        schema = self.resolve(schema)
        yield schema
        for key in _COMBINATORS:
            for part in schema.get(key) or []:
                yield from self.variants(part)

    def _refs(self, schema: Schema) -> Iterator[str]:
        """The `$ref`s followed to read `schema` (through its combinators too)."""
        while "$ref" in schema:
            yield schema["$ref"]
            schema = self._target(schema["$ref"])
        for key in _COMBINATORS:
            for part in schema.get(key) or []:
                yield from self._refs(part)

    def node(self, schemas: list[Schema]) -> Node:
        out = Node()
        declares = False
        for schema in schemas:
            for variant in self.variants(schema):
                kind = variant.get("type")
                out.types.update(kind if isinstance(kind, list) else [kind] if kind else [])
                if variant.get("nullable"):
                    out.types.add("null")
                if "const" in variant and isinstance(variant["const"], str):
                    out.types.add("string")
                if variant.get("format"):
                    out.formats.add(variant["format"])
                out.enum.update(str(value) for value in variant.get("enum") or [] if value is not None)
                for name, sub in (variant.get("properties") or {}).items():
                    out.properties.setdefault(name, []).append(sub)
                    declares = True
                if isinstance(variant.get("items"), dict):
                    out.items.append(variant["items"])
                extra = variant.get("additionalProperties")
                if isinstance(extra, dict) and extra:
                    out.values.append(extra)
                    declares = True
        out.free_form = "object" in out.types and not declares
        return out

    def paths(self, schema: Schema) -> dict[str, Node]:
        """Every property path under `schema`, with what it holds."""
        found: dict[str, Node] = {}
        self._walk([schema], "", found, ())
        return found

    def _walk(self, schemas: list[Schema], path: str, found: dict[str, Node], stack: tuple[str, ...]) -> None:
        refs = tuple(ref for schema in schemas for ref in self._refs(schema))
        if any(ref in stack for ref in refs):
            return
        stack += refs
        node = self.node(schemas)
        if path:
            found[path] = node
        for name, subs in node.properties.items():
            self._walk(subs, f"{path}.{name}" if path else name, found, stack)
        if node.items:
            self._walk(node.items, f"{path}[]", found, stack)
        if node.values:
            self._walk(node.values, f"{path}.*" if path else "*", found, stack)

    def operation(self, method: str, path: str) -> dict[str, Any]:
        operation: dict[str, Any] = self.document["paths"][path][method.lower()]
        return operation

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(METHOD, path, operation) of every operation, in document order."""
        for path, item in self.document["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "responses" in operation:
                    yield method.upper(), path, operation

    def response_schema(self, method: str, path: str, status: str = "200") -> Schema:
        response = self.resolve(self.operation(method, path)["responses"][status])
        schema: Schema = response["content"]["application/json"]["schema"]
        return schema


@functools.cache
def our_spec() -> SpecTree:
    """openapi/voucherify.yaml, read once."""
    return SpecTree(yaml.safe_load(SPEC_PATH.read_text()))
