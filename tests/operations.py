"""The one table of operations the tests iterate over: each RPC with the REST operation behind it.

The table itself is `tests/operations.json`, so that the Node caller reads the same one.

Every test that covers "each RPC" or "each documented operation" (the stand-in's spec validation, the
schemathesis run, the spec/proto agreement, the lossless fixtures, the Node caller, the end-to-end
checks) reads this table, and `tests/test_operations.py` checks it against the proto descriptors and
the spec, so an RPC added in one place and forgotten in another fails there first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from google.protobuf import descriptor_pool, message_factory
from google.protobuf.descriptor import Descriptor, MethodDescriptor, ServiceDescriptor
from google.protobuf.message import Message
from voucherify.v1 import customer_service_pb2, redemption_service_pb2

#: The gRPC services the gateway serves, as their generated modules describe them.
SERVICES: tuple[ServiceDescriptor, ...] = (
    redemption_service_pb2.DESCRIPTOR.services_by_name["RedemptionService"],
    customer_service_pb2.DESCRIPTOR.services_by_name["CustomerService"],
)


@dataclass(frozen=True)
class Operation:
    """One RPC and the REST operation it forwards to."""

    service: str
    method: str
    http_method: str
    path: str
    operation_id: str
    #: False for the calls that change money (redeem, roll back): never retried, outcome may be unknown.
    idempotent: bool
    #: The request field that carries each path parameter.
    path_fields: tuple[tuple[str, str], ...]
    #: A documented upstream answer (tests/fixtures/), the spec's example of the 200 response.
    fixture: str
    #: A request in the proto JSON shape, for callers that need one.
    example_request: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def rpc(self) -> str:
        """`voucherify.v1.Service/Method`, as in the callers file and gRPC logs."""
        return f"voucherify.v1.{self.service}/{self.method}"

    @property
    def label(self) -> str:
        """`METHOD /path`, as schemathesis and the spec name an operation."""
        return f"{self.http_method} {self.path}"

    @property
    def descriptor(self) -> MethodDescriptor:
        pool = descriptor_pool.Default()
        return pool.FindServiceByName(f"voucherify.v1.{self.service}").methods_by_name[self.method]

    @property
    def response_descriptor(self) -> Descriptor:
        return self.descriptor.output_type

    def response_class(self) -> type[Message]:
        return message_factory.GetMessageClass(self.response_descriptor)

    def request_class(self) -> type[Message]:
        return message_factory.GetMessageClass(self.descriptor.input_type)

    def matches(self, http_method: str, raw_path: str) -> bool:
        """Whether a request line (path without query) is a call of this operation."""
        if http_method.upper() != self.http_method:
            return False
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(self.path))
        return re.fullmatch(pattern, raw_path.split("?", 1)[0]) is not None


TABLE = Path(__file__).with_name("operations.json")
FIXTURES = Path(__file__).with_name("fixtures")


def _load(entry: dict[str, Any]) -> Operation:
    example = dict(entry["example_request"])
    if "example_request_fixture" in entry:
        example.update(json.loads((FIXTURES / entry["example_request_fixture"]).read_text()))
    return Operation(
        service=entry["service"],
        method=entry["method"],
        http_method=entry["http_method"],
        path=entry["path"],
        operation_id=entry["operation_id"],
        idempotent=entry["idempotent"],
        path_fields=tuple(entry["path_fields"].items()),
        fixture=entry["fixture"],
        example_request=example,
    )


_TABLE = json.loads(TABLE.read_text())
OPERATIONS: tuple[Operation, ...] = tuple(_load(e) for e in _TABLE["operations"])


@dataclass(frozen=True)
class Stream:
    """A server-streaming RPC: no REST operation of its own, it reads the pages of `pages`."""

    service: str
    method: str
    #: The method of the operation (in OPERATIONS) whose pages it streams.
    pages: str
    example_request: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def rpc(self) -> str:
        return f"voucherify.v1.{self.service}/{self.method}"

    @property
    def descriptor(self) -> MethodDescriptor:
        pool = descriptor_pool.Default()
        return pool.FindServiceByName(f"voucherify.v1.{self.service}").methods_by_name[self.method]

    def request_class(self) -> type[Message]:
        return message_factory.GetMessageClass(self.descriptor.input_type)


STREAMS: tuple[Stream, ...] = tuple(
    Stream(e["service"], e["method"], e["pages"], dict(e["example_request"]))
    for e in _TABLE.get("streams", ())
)


def documented(http_method: str, raw_path: str) -> Operation | None:
    """The operation a request line calls, or None for the stand-in's own data endpoints."""
    return next((op for op in OPERATIONS if op.matches(http_method, raw_path)), None)


def rpc_names(*, streaming: bool = False) -> list[str]:
    """The unary RPCs of the served services (the server-streaming ones with `streaming=True`),
    read from the descriptors."""
    return [
        f"{service.full_name}/{method.name}"
        for service in SERVICES
        for method in service.methods
        if method.server_streaming == streaming
    ]
