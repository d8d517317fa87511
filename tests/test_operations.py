"""The operations table agrees with the proto services and with the spec's operations."""

from __future__ import annotations

from google.protobuf import json_format

from tests.operations import OPERATIONS, SERVICES, STREAMS, rpc_names
from tests.spec_tree import our_spec


def test_every_rpc_has_one_operation() -> None:
    assert sorted(op.rpc for op in OPERATIONS) == sorted(rpc_names())


def test_every_streaming_rpc_is_listed_with_the_operation_it_pages() -> None:
    assert sorted(stream.rpc for stream in STREAMS) == sorted(rpc_names(streaming=True))
    assert not any(method.client_streaming for service in SERVICES for method in service.methods)
    by_method = {op.method: op for op in OPERATIONS}
    for stream in STREAMS:
        paged = by_method[stream.pages]
        assert paged.service == stream.service and paged.http_method == "GET", stream.method
        repeated = {
            field.message_type.full_name
            for field in paged.response_descriptor.fields
            if field.message_type is not None and field.is_repeated
        }
        assert stream.descriptor.output_type.full_name in repeated, stream.method
        json_format.ParseDict(stream.example_request, stream.request_class()())


def test_every_spec_operation_has_one_rpc() -> None:
    in_spec = sorted(
        (method, path, operation["operationId"]) for method, path, operation in our_spec().operations()
    )
    assert sorted((op.http_method, op.path, op.operation_id) for op in OPERATIONS) == in_spec


def test_path_parameters_are_request_fields() -> None:
    for op in OPERATIONS:
        request = op.descriptor.input_type
        for parameter, field in op.path_fields:
            assert f"{{{parameter}}}" in op.path, (op.method, parameter)
            assert field in request.fields_by_name, (op.method, field)


def test_a_request_line_finds_its_operation() -> None:
    assert {op.method for op in OPERATIONS if op.matches("GET", "/v1/redemptions/r_1?x=1")} == {
        "GetRedemption"
    }
    assert not any(op.matches("GET", "/v1/redemptions/r_1/extra") for op in OPERATIONS)
