"""The JSON mapping of the voucherify.v1 protobuf messages."""
