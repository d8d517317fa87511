#!/usr/bin/env node
// A small Node client of the voucherify.v1 gRPC gateway, built on
// @grpc/grpc-js + @grpc/proto-loader straight from proto/ (no codegen).
//
// Usage:
//   node tests/node/client.js --check
//       Load every service of proto/voucherify/v1 and print its methods.
//   GATEWAY_ADDR=host:port node tests/node/client.js [--args FILE] [--rpc METHOD]... [--request JSON]
//       Call the RPCs (default: every one of tests/operations.json) and print one JSON line per call:
//         {"rpc":"voucherify.v1.RedemptionService/GetRedemption","ok":true,"response":{...}}
//         {"rpc":"...","ok":false,"code":5,"status":"NOT_FOUND","details":"..."}
//       FILE is a JSON object keyed by method name whose values are requests
//       in the proto JSON shape (field names as in the .proto, Timestamps as
//       ISO 8601 strings, Structs as plain objects), e.g.
//         {"GetRedemption": {"redemption_id": "r_0c5e8a38730ccec0d5"}}
//       --request JSON gives the request of the (single) --rpc method.
//       Methods without a given request use built-in examples.
//       Env: GATEWAY_TOKEN (the caller's token, sent as
//       `authorization: Bearer <token>`), GATEWAY_APP_ID / GATEWAY_APP_TOKEN
//       (the caller's own Voucherify credentials, sent as x-app-id /
//       x-app-token metadata), GATEWAY_TLS=1 (TLS with system roots),
//       GATEWAY_TLS_CA=FILE (TLS trusting that PEM CA instead),
//       GATEWAY_DEADLINE_MS (default 10000).
//   node tests/node/client.js --selftest
//       Serve the fixtures of tests/fixtures from an in-process server and
//       call it as above: checks that Node callers receive the upstream JSON
//       (tests/test_proto_lossless.py compares the lines with the fixtures).
//
// Responses are printed in the API's JSON shape: Timestamps as ISO 8601,
// Structs as plain objects, int64 as decimal strings (longs: String), unset
// fields omitted. Note for Node callers: with keepCase, voucherify.v1 fields
// are snake_case but google.protobuf.Value keeps camelCase (numberValue, ...).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const REPO = path.resolve(__dirname, '..', '..');
const PROTO_ROOT = path.join(REPO, 'proto');
const PROTO_DIR = path.join(PROTO_ROOT, 'voucherify', 'v1');
const FIXTURES = path.join(REPO, 'tests', 'fixtures');
const PACKAGE = 'voucherify.v1';

const LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: false,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
};

// Method -> [service, example request, fixture served by --selftest], from
// the one table of operations the tests share (tests/operations.json).
const RPCS = Object.fromEntries(
  readJson(path.join(REPO, 'tests', 'operations.json')).operations.map((op) => [
    op.method,
    [
      op.service,
      { ...op.example_request, ...(op.example_request_fixture ? readJson(path.join(FIXTURES, op.example_request_fixture)) : {}) },
      op.fixture,
    ],
  ]),
);

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function loadPackageDefinition() {
  const files = fs.readdirSync(PROTO_DIR).filter((f) => f.endsWith('.proto')).sort().map((f) => path.join(PROTO_DIR, f));
  return protoLoader.loadSync(files, LOADER_OPTIONS);
}

// ---- proto JSON <-> proto-loader objects, driven by the descriptors ----

// proto-loader keeps type names as written in the .proto ("Redemption",
// "google.protobuf.Struct", a nested map entry "Redemptions"): resolve them.
function resolveName(pkgDef, typeName) {
  const tn = typeName.replace(/^\./, '');
  if (tn.startsWith('google.protobuf.')) return tn;
  for (const candidate of [`${PACKAGE}.${tn}`, tn]) {
    if (pkgDef[candidate] && pkgDef[candidate].type) return candidate;
  }
  throw new Error(`unknown message type ${typeName}`);
}

function messageDescriptor(pkgDef, fullName) {
  const def = pkgDef[fullName];
  if (!def || !def.type) throw new Error(`unknown message type ${fullName}`);
  return def.type;
}

// For a map field: the `value` field of its nested map entry type; else null.
function mapEntryValueField(desc, field) {
  if (field.type !== 'TYPE_MESSAGE') return null;
  const entry = desc.nestedType.find((n) => n.name === field.typeName && n.options && n.options.mapEntry);
  return entry ? entry.field.find((f) => f.name === 'value') : null;
}

function timestampFromJson(text) {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) throw new Error(`not an RFC 3339 timestamp: ${text}`);
  const seconds = Math.floor(Date.parse(`${m[1]}${m[3]}`) / 1000);
  return { seconds: String(seconds), nanos: Number((m[2] || '').padEnd(9, '0')) };
}

function timestampToJson(ts) {
  const nanos = ts.nanos || 0;
  const base = new Date(Number(ts.seconds || 0) * 1000).toISOString().slice(0, 19);
  let frac = '';
  if (nanos) {
    frac = String(nanos).padStart(9, '0');
    frac = '.' + (frac.endsWith('000000') ? frac.slice(0, 3) : frac.endsWith('000') ? frac.slice(0, 6) : frac);
  }
  return `${base}${frac}Z`;
}

// protobufjs's bundled well-known types keep their camelCase field names
// (numberValue, structValue, ...) even with keepCase: true.
function valueFromJson(v) {
  if (v === null) return { nullValue: 'NULL_VALUE' };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (Array.isArray(v)) return { listValue: { values: v.map(valueFromJson) } };
  return { structValue: structFromJson(v) };
}

function structFromJson(obj) {
  return { fields: Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, valueFromJson(v)])) };
}

function valueToJson(v) {
  switch (v.kind) {
    case 'nullValue': return null;
    case 'numberValue': return v.numberValue;
    case 'stringValue': return v.stringValue;
    case 'boolValue': return v.boolValue;
    case 'listValue': return (v.listValue.values || []).map(valueToJson);
    case 'structValue': return structToJson(v.structValue);
    default: return null;
  }
}

function structToJson(s) {
  return Object.fromEntries(Object.entries(s.fields || {}).map(([k, v]) => [k, valueToJson(v)]));
}

function fieldFromJson(pkgDef, field, v) {
  if (field.type !== 'TYPE_MESSAGE') return v;
  return fromJson(pkgDef, resolveName(pkgDef, field.typeName), v);
}

function fromJson(pkgDef, name, value) {
  if (name === 'google.protobuf.Timestamp') return timestampFromJson(value);
  if (name === 'google.protobuf.Struct') return structFromJson(value);
  if (name === 'google.protobuf.Value') return valueFromJson(value);
  const desc = messageDescriptor(pkgDef, name);
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    const field = desc.field.find((f) => f.name === key);
    if (!field) throw new Error(`${name} has no field ${key}`);
    if (v === null) continue;
    const entryValue = mapEntryValueField(desc, field);
    if (entryValue) {
      out[key] = Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fieldFromJson(pkgDef, entryValue, e)]));
    } else if (field.label === 'LABEL_REPEATED') {
      out[key] = v.map((e) => fieldFromJson(pkgDef, field, e));
    } else {
      out[key] = fieldFromJson(pkgDef, field, v);
    }
  }
  return out;
}

function fieldToJson(pkgDef, field, v) {
  if (field.type !== 'TYPE_MESSAGE') return v;
  return toJson(pkgDef, resolveName(pkgDef, field.typeName), v);
}

function toJson(pkgDef, name, value) {
  if (name === 'google.protobuf.Timestamp') return timestampToJson(value);
  if (name === 'google.protobuf.Struct') return structToJson(value);
  if (name === 'google.protobuf.Value') return valueToJson(value);
  const desc = messageDescriptor(pkgDef, name);
  const out = {};
  for (const field of desc.field) {
    const v = value[field.name];
    if (v === undefined || v === null) continue;
    const entryValue = mapEntryValueField(desc, field);
    if (entryValue) {
      out[field.name] = Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fieldToJson(pkgDef, entryValue, e)]));
    } else if (field.label === 'LABEL_REPEATED') {
      out[field.name] = v.map((e) => fieldToJson(pkgDef, field, e));
    } else {
      out[field.name] = fieldToJson(pkgDef, field, v);
    }
  }
  return out;
}

// ---- commands ----

function services(pkgDef) {
  return Object.entries(pkgDef)
    .filter(([name, def]) => name.startsWith(`${PACKAGE}.`) && typeof def === 'object' && !def.type && !def.format)
    .map(([name, def]) => ({ name, methods: Object.values(def).map((m) => m.path) }));
}

function check(pkgDef) {
  const found = services(pkgDef);
  for (const svc of found) {
    console.log(svc.name);
    for (const method of svc.methods) console.log(`  ${method}`);
  }
  const paths = new Set(found.flatMap((s) => s.methods));
  const missing = Object.entries(RPCS).map(([m, [svc]]) => `/${PACKAGE}.${svc}/${m}`).filter((p) => !paths.has(p));
  if (missing.length) {
    console.error(`missing RPCs: ${missing.join(', ')}`);
    process.exit(1);
  }
}

function parseArgs(argv) {
  const opts = { check: false, selftest: false, argsFile: null, rpcs: [], request: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--selftest') opts.selftest = true;
    else if (a === '--args') opts.argsFile = argv[++i];
    else if (a === '--rpc') opts.rpcs.push(argv[++i]);
    else if (a === '--request') opts.request = JSON.parse(argv[++i]);
    else throw new Error(`unknown argument ${a} (see the header of ${__filename})`);
  }
  for (const m of opts.rpcs) if (!RPCS[m]) throw new Error(`unknown RPC ${m}; known: ${Object.keys(RPCS).join(', ')}`);
  if (opts.request && opts.rpcs.length !== 1) throw new Error('--request needs exactly one --rpc');
  return opts;
}

function callOnce(client, method, request, metadata, deadlineMs) {
  return new Promise((resolve) => {
    client[method](request, metadata, { deadline: Date.now() + deadlineMs }, (err, response) => resolve({ err, response }));
  });
}

async function callAll(pkgDef, addr, opts) {
  const grpcObj = grpc.loadPackageDefinition(pkgDef);
  const credentials = process.env.GATEWAY_TLS_CA
    ? grpc.credentials.createSsl(fs.readFileSync(process.env.GATEWAY_TLS_CA))
    : process.env.GATEWAY_TLS === '1'
      ? grpc.credentials.createSsl()
      : grpc.credentials.createInsecure();
  const metadata = new grpc.Metadata();
  if (process.env.GATEWAY_TOKEN) metadata.set('authorization', `Bearer ${process.env.GATEWAY_TOKEN}`);
  if (process.env.GATEWAY_APP_ID) metadata.set('x-app-id', process.env.GATEWAY_APP_ID);
  if (process.env.GATEWAY_APP_TOKEN) metadata.set('x-app-token', process.env.GATEWAY_APP_TOKEN);
  const deadlineMs = Number(process.env.GATEWAY_DEADLINE_MS || 10000);
  const given = opts.argsFile ? readJson(opts.argsFile) : {};
  if (opts.request) given[opts.rpcs[0]] = opts.request;
  const clients = {};
  let failed = false;
  for (const method of opts.rpcs.length ? opts.rpcs : Object.keys(RPCS)) {
    const [svc, example] = RPCS[method];
    const def = pkgDef[`${PACKAGE}.${svc}`][method];
    clients[svc] ||= new grpcObj.voucherify.v1[svc](addr, credentials);
    const request = fromJson(pkgDef, `${PACKAGE}.${def.requestType.type.name}`, given[method] || example);
    const { err, response } = await callOnce(clients[svc], method, request, metadata, deadlineMs);
    const rpc = `${PACKAGE}.${svc}/${method}`;
    if (err) {
      failed = true;
      console.log(JSON.stringify({ rpc, ok: false, code: err.code, status: grpc.status[err.code], details: err.details }));
    } else {
      const typeName = `${PACKAGE}.${def.responseType.type.name}`;
      console.log(JSON.stringify({ rpc, ok: true, response: toJson(pkgDef, typeName, response) }));
    }
  }
  for (const c of Object.values(clients)) c.close();
  return failed ? 1 : 0;
}

function startFixtureServer(pkgDef) {
  const grpcObj = grpc.loadPackageDefinition(pkgDef);
  const server = new grpc.Server();
  const bySvc = {};
  for (const [method, [svc, , fixture]] of Object.entries(RPCS)) {
    const def = pkgDef[`${PACKAGE}.${svc}`][method];
    const body = fromJson(pkgDef, `${PACKAGE}.${def.responseType.type.name}`, readJson(path.join(FIXTURES, fixture)));
    (bySvc[svc] ||= {})[method] = (_call, callback) => callback(null, body);
  }
  for (const [svc, impl] of Object.entries(bySvc)) server.addService(grpcObj.voucherify.v1[svc].service, impl);
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => {
      if (err) reject(err);
      else resolve({ server, addr: `127.0.0.1:${port}` });
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const pkgDef = loadPackageDefinition();
  if (opts.check) {
    check(pkgDef);
    return 0;
  }
  if (opts.selftest) {
    const { server, addr } = await startFixtureServer(pkgDef);
    try {
      return await callAll(pkgDef, addr, opts);
    } finally {
      server.forceShutdown();
    }
  }
  const addr = process.env.GATEWAY_ADDR;
  if (!addr) throw new Error('set GATEWAY_ADDR=host:port (or use --check / --selftest)');
  return callAll(pkgDef, addr, opts);
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err.message); process.exitCode = 2; },
);
