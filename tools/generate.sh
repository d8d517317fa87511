#!/usr/bin/env bash
# Regenerates the attrs REST client, the protobuf/gRPC modules and their JSON mapping into the directory
# given (default generated/).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-generated}
mkdir -p "$out"

openapi-python-client generate \
  --path openapi/voucherify.yaml \
  --config tools/openapi-python-client.yaml \
  --custom-template-path tools/openapi-templates \
  --meta none \
  --output-path "$out/voucherify_client" \
  --overwrite >/dev/null

rm -rf "$out/voucherify"
mkdir -p "$out/voucherify/v1"
python -m grpc_tools.protoc -Iproto --python_out="$out" --mypy_out=quiet:"$out" proto/voucherify/v1/*.proto
python -m grpc_tools.protoc -Iproto --grpc_python_out="$out" --mypy_grpc_out=quiet:"$out" \
  proto/voucherify/v1/*_service.proto
rm -rf "$out/voucherify_json"
python tools/gen_json_mapping.py "$out"
# `voucherify` stays a namespace package (PEP 420, no __init__.py, py.typed in v1/ as PEP 561 asks of
# namespaces): the official Voucherify SDK owns `voucherify/__init__.py`, and both install side by side.
touch "$out/voucherify/v1/__init__.py" "$out/voucherify/v1/py.typed" "$out/voucherify_client/py.typed"
