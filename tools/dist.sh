#!/usr/bin/env bash
# Builds the three wheels into the directory given (default dist/): voucherify-client (the REST client),
# voucherify-grpc (the protobuf/gRPC modules) and voucher-gateway (the server, the stand-in as an extra).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-dist}")
rm -rf "$out"
mkdir -p "$out"
for project in packages/voucherify-client packages/voucherify-grpc .; do
  python -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir "$out" "$project"
done
ls "$out"
