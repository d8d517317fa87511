"""One truth for the response shapes: the spec and the proto describe the same fields, with the same types.

For every RPC, the response message and the spec's 200 schema of its REST operation are walked
together. The test fails, naming the JSON path, on:

* a property the spec declares that the proto message lacks (the gateway would drop it);
* a proto field that no spec schema it stands for declares (the REST client would not type it);
* a type that differs: int64 is `integer`/`int64`, int32 `integer`/`int32`, double `number`, bool
  `boolean`, string `string`, Timestamp `string`/`date-time`, Struct a free-form object (metadata),
  Value an untyped array element, a map `additionalProperties`, a repeated field an array.

A message shared by several schemas (one `Redemption` for redemptions and rollbacks, one `Customer`
for the customer shapes) must carry each of their properties, and each of its fields must be declared
by at least one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from google.protobuf.descriptor import Descriptor, FieldDescriptor

from tests.operations import OPERATIONS, Operation
from tests.spec_tree import Node, Schema, SpecTree, our_spec

#: Proto fields that are not in any response schema, each for a reason written on the field.
REQUEST_ONLY = {
    # Customer doubles as the RedeemVoucher request's customer, which may carry a description.
    "voucherify.v1.Customer.description",
}

#: Proto scalar type -> (its name, the spec's JSON type, the spec's integer format).
_SCALARS = {
    FieldDescriptor.TYPE_INT64: ("int64", "integer", "int64"),
    FieldDescriptor.TYPE_INT32: ("int32", "integer", "int32"),
    FieldDescriptor.TYPE_DOUBLE: ("double", "number", None),
    FieldDescriptor.TYPE_BOOL: ("bool", "boolean", None),
    FieldDescriptor.TYPE_STRING: ("string", "string", None),
}


@dataclass
class Walk:
    spec: SpecTree
    problems: list[str] = field(default_factory=list)
    #: Every property name a message met, over all the schemas it stood for.
    declared: dict[str, set[str]] = field(default_factory=dict)
    first_path: dict[str, str] = field(default_factory=dict)
    done: set[tuple[str, tuple[int, ...]]] = field(default_factory=set)

    def message(self, message: Descriptor, schemas: list[Schema], path: str) -> None:
        key = (message.full_name, tuple(sorted(id(self.spec.resolve(s)) for s in schemas)))
        if key in self.done:
            return
        self.done.add(key)
        node = self.spec.node(schemas)
        self.first_path.setdefault(message.full_name, path or "$")
        if node.json_types - {"object"} or node.free_form:
            self.problems.append(f"{path or '$'}: {message.name} is a message, the spec says {_shape(node)}")
            return
        self.declared.setdefault(message.full_name, set()).update(node.properties)
        for name, subs in sorted(node.properties.items()):
            child = f"{path}.{name}" if path else name
            proto = message.fields_by_name.get(name)
            if proto is None:
                self.problems.append(f"{child}: in the spec, not in the proto ({message.full_name})")
                continue
            self.field(proto, subs, child)

    def field(self, proto: FieldDescriptor, schemas: list[Schema], path: str) -> None:
        node = self.spec.node(schemas)
        entry = proto.message_type
        if entry is not None and entry.GetOptions().map_entry:
            if not node.values:
                self.problems.append(f"{path}: a map in the proto, the spec says {_shape(node)}")
                return
            self.value(entry.fields_by_name["value"], node.values, f"{path}.*")
            return
        if proto.is_repeated:
            if node.json_types != {"array"} or not node.items:
                self.problems.append(f"{path}: repeated in the proto, the spec says {_shape(node)}")
                return
            self.value(proto, node.items, f"{path}[]")
            return
        self.value(proto, schemas, path)

    def value(self, proto: FieldDescriptor, schemas: list[Schema], path: str) -> None:
        node = self.spec.node(schemas)
        message = proto.message_type
        if message is None:
            type_name, json_type, integer_format = _SCALARS[proto.type]
            if node.json_types != {json_type} or integer_format != _integer_format(node):
                self.problems.append(
                    f"{path}: {type_name} in the proto, the spec says {_shape(node)}"
                    + (f" (want format {integer_format})" if integer_format else "")
                )
            return
        name = message.full_name
        if name == "google.protobuf.Struct":
            if not node.free_form:
                self.problems.append(f"{path}: Struct in the proto, the spec says {_shape(node)}")
        elif name == "google.protobuf.Value":
            if node.json_types:
                self.problems.append(f"{path}: Value in the proto, the spec says {_shape(node)}")
        elif name == "google.protobuf.Timestamp":
            if node.json_types != {"string"} or node.formats != {"date-time"}:
                self.problems.append(f"{path}: Timestamp in the proto, the spec says {_shape(node)}")
        else:
            self.message(message, schemas, path)

    def undeclared_fields(self) -> list[str]:
        out = []
        for full_name, names in sorted(self.declared.items()):
            message = _descriptor(full_name)
            for proto in message.fields:
                if proto.name not in names and proto.full_name not in REQUEST_ONLY:
                    out.append(
                        f"{self.first_path[full_name]}.{proto.name}: in the proto ({full_name}), "
                        "in no spec schema it stands for"
                    )
        return out


def _descriptor(full_name: str) -> Descriptor:
    from google.protobuf import descriptor_pool

    return descriptor_pool.Default().FindMessageTypeByName(full_name)


def _integer_format(node: Node) -> str | None:
    formats = node.formats & {"int32", "int64"}
    return next(iter(formats)) if len(formats) == 1 else None


def _shape(node: Node) -> str:
    kinds = "/".join(sorted(node.json_types)) or "any"
    if node.formats:
        kinds += f" ({', '.join(sorted(node.formats))})"
    if node.free_form:
        kinds += " (free-form)"
    return kinds


def _walk_all() -> Walk:
    walk = Walk(our_spec())
    for op in OPERATIONS:
        schema = walk.spec.response_schema(op.http_method, op.path)
        walk.message(op.response_descriptor, [schema], "")
    return walk


def test_spec_and_proto_describe_the_same_response_fields() -> None:
    walk = _walk_all()
    problems = walk.problems + walk.undeclared_fields()
    assert not problems, "the spec and the proto disagree:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.method)
def test_each_response_is_walked(op: Operation) -> None:
    """The walk reaches deep into every response: a broken walk cannot pass by seeing nothing."""
    walk = Walk(our_spec())
    walk.message(op.response_descriptor, [walk.spec.response_schema(op.http_method, op.path)], "")
    assert len(walk.declared) >= 3, walk.declared.keys()


def test_a_field_missing_from_the_proto_is_reported() -> None:
    spec = our_spec()
    schema = {
        "type": "object",
        "properties": {
            "added_later": {"type": ["integer", "null"], "format": "int64"},
            "amount": {"type": ["integer", "null"]},
        },
    }
    walk = Walk(spec)
    walk.message(_descriptor("voucherify.v1.RedemptionGift"), [schema], "gift")
    assert walk.problems == [
        "gift.added_later: in the spec, not in the proto (voucherify.v1.RedemptionGift)",
        "gift.amount: int64 in the proto, the spec says integer (want format int64)",
    ]
    assert walk.undeclared_fields() == []


def test_a_field_missing_from_the_spec_is_reported() -> None:
    walk = Walk(our_spec())
    schema = {"type": "object", "properties": {"channel_id": {"type": "string"}}}
    walk.message(_descriptor("voucherify.v1.RedemptionChannel"), [schema], "channel")
    assert walk.problems == []
    assert walk.undeclared_fields() == [
        "channel.channel_type: in the proto (voucherify.v1.RedemptionChannel), in no spec schema it stands for"
    ]
