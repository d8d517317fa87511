#!/usr/bin/env bash
# A first call from the shell with `buf curl` (node_modules/.bin/buf after `make setup`); server
# reflection is on, so no proto files are needed.
#
#   examples/buf-curl/first_call.sh [--redeem CODE]
#
# Lists the services, asks the health service, reads the redemptions of the voucher
# "Test - FB - Vouchers - 9" and the vouchers owned by the customer "cust_p1ufreYbVbwZ1x70nFkH9rF9"
# (both in the stand-in's example data, `make run`); with --redeem, also redeems CODE for an order of
# 15.00. buf curl prints proto3 JSON: camelCase names, 64-bit integers as strings. Requests may use
# either Voucherify's names (customer_id) or the camelCase ones.
#
# Environment: GATEWAY_ADDR (default 127.0.0.1:50051); GATEWAY_TLS_CA, a PEM file, for TLS trusting
# that CA (plaintext HTTP/2 without it); GATEWAY_TOKEN, the caller's token; BUF, the buf binary.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
buf=${BUF:-$here/../../node_modules/.bin/buf}
address=${GATEWAY_ADDR:-127.0.0.1:50051}

flags=(--protocol grpc --timeout 10s)
if [ -n "${GATEWAY_TLS_CA:-}" ]; then
  url=https://$address
  flags+=(--cacert "$GATEWAY_TLS_CA")
else
  url=http://$address
  flags+=(--http2-prior-knowledge)
fi
if [ -n "${GATEWAY_TOKEN:-}" ]; then
  flags+=(-H "authorization: Bearer $GATEWAY_TOKEN")
fi

call() { # call METHOD [buf curl flags...]: prints "== METHOD" and then the answer
  local method=$1
  shift
  echo "== $method"
  "$buf" curl "${flags[@]}" "$@" "$url/$method"
}

echo "== services"
"$buf" curl "${flags[@]}" --list-services "$url"
call grpc.health.v1.Health/Check
call voucherify.v1.RedemptionService/ListVoucherRedemptions -d '{"code": "Test - FB - Vouchers - 9"}'
call voucherify.v1.CustomerService/ListCustomerRedeemables \
  -d '{"customer_id": "cust_p1ufreYbVbwZ1x70nFkH9rF9", "limit": 5, "filters": {"holder_role": {"in": ["OWNER"]}}}'
if [ "${1:-}" = "--redeem" ]; then
  call voucherify.v1.RedemptionService/RedeemVoucher \
    -d "{\"code\": \"$2\", \"customer\": {\"source_id\": \"first-call@example.com\"}, \"order\": {\"amount\": \"1500\"}}"
fi
