#!/usr/bin/env node
// A first call from Node.js with @grpc/grpc-js and @grpc/proto-loader, loading proto/ at run time.
//
//   node examples/node/first_call.js [--redeem CODE]
//
// Reads the redemptions of the voucher "Test - FB - Vouchers - 9" and the vouchers owned by the
// customer "cust_p1ufreYbVbwZ1x70nFkH9rF9" (both in the stand-in's example data, `make run`); with
// --redeem, also redeems CODE for an order of 15.00 and reads that redemption back. Each answer is
// printed as one JSON line. `keepCase: true` keeps Voucherify's own field names (redeemed_quantity,
// not redeemedQuantity), `longs: String` gives 64-bit integers as decimal strings; Timestamps stay
// {seconds, nanos} and Structs stay {fields: ...} objects, as protobufjs represents them.
//
// Environment: GATEWAY_ADDR (default 127.0.0.1:50051); GATEWAY_TLS_CA, a PEM file, for TLS trusting
// that CA (plaintext without it); GATEWAY_TOKEN, the caller's token, sent as `authorization: Bearer`.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const PROTO_ROOT = path.resolve(__dirname, '..', '..', 'proto');

function load() {
  const files = ['redemption_service.proto', 'customer_service.proto'].map((f) => path.join(PROTO_ROOT, 'voucherify', 'v1', f));
  const definition = protoLoader.loadSync(files, {
    keepCase: true, longs: String, enums: String, defaults: false, oneofs: false, includeDirs: [PROTO_ROOT],
  });
  return grpc.loadPackageDefinition(definition).voucherify.v1;
}

function call(client, method, request, metadata) {
  return new Promise((resolve, reject) => {
    client[method](request, metadata, { deadline: Date.now() + 10000 }, (err, response) => (err ? reject(err) : resolve(response)));
  });
}

function show(rpc, response) {
  console.log(JSON.stringify({ rpc, response }));
}

async function main() {
  const args = process.argv.slice(2);
  const redeem = args[0] === '--redeem' ? args[1] : null;
  const v1 = load();
  const address = process.env.GATEWAY_ADDR || '127.0.0.1:50051';
  const credentials = process.env.GATEWAY_TLS_CA
    ? grpc.credentials.createSsl(fs.readFileSync(process.env.GATEWAY_TLS_CA))
    : grpc.credentials.createInsecure();
  const metadata = new grpc.Metadata();
  if (process.env.GATEWAY_TOKEN) metadata.set('authorization', `Bearer ${process.env.GATEWAY_TOKEN}`);
  const redemptions = new v1.RedemptionService(address, credentials);
  const customers = new v1.CustomerService(address, credentials);
  try {
    show('ListVoucherRedemptions', await call(redemptions, 'ListVoucherRedemptions', { code: 'Test - FB - Vouchers - 9' }, metadata));
    show('ListCustomerRedeemables', await call(customers, 'ListCustomerRedeemables', {
      customer_id: 'cust_p1ufreYbVbwZ1x70nFkH9rF9', limit: 5, filters: { holder_role: { in: ['OWNER'] } },
    }, metadata));
    if (redeem) {
      const redeemed = await call(redemptions, 'RedeemVoucher', {
        code: redeem, customer: { source_id: 'first-call@example.com' }, order: { amount: '1500' },
      }, metadata);
      show('RedeemVoucher', redeemed);
      show('GetRedemption', await call(redemptions, 'GetRedemption', { redemption_id: redeemed.id }, metadata));
    }
    return 0;
  } catch (err) {
    console.error(`${grpc.status[err.code]}: ${err.details}`);
    return 1;
  } finally {
    redemptions.close();
    customers.close();
  }
}

main().then((code) => { process.exitCode = code; });
