# One entry point for people and CI. Everything runs from the project's own venv (.venv).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV)/bin)
export PATH := $(BIN):$(abspath node_modules/.bin):$(PATH)

SPEC := openapi/voucherify.yaml
PROTOS := $(sort $(wildcard proto/voucherify/v1/*.proto))
SETUP_STAMP := $(VENV)/.setup-stamp
NODE_STAMP := node_modules/.setup-stamp

.PHONY: help setup generate check-generated lint test soak run breaking contract-image bench dist

# The released gRPC contract that `make breaking` compares proto/ with: a buf image built from the
# annotated tag contract/$(CONTRACT_VERSION), committed so that a clone without tags can check too.
CONTRACT_VERSION := v1.0.0
CONTRACT_IMAGE := tools/contract/voucherify-$(CONTRACT_VERSION).json
AGAINST ?= $(CONTRACT_IMAGE)

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

setup: $(SETUP_STAMP) $(NODE_STAMP) ## Create .venv and node_modules with pinned versions (idempotent)

$(SETUP_STAMP): pyproject.toml constraints.txt
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

# `npm install` honours package-lock.json as `npm ci` would, but unlike `npm ci` it accepts a lock
# without the other platforms' optional buf binaries, which the registry here does not serve.
$(NODE_STAMP): package.json package-lock.json
	npm install --no-audit --no-fund --loglevel=error
	touch $@

generate: $(SETUP_STAMP) ## Regenerate generated/ from openapi/ and proto/, and docs/proto.md
	tools/generate.sh generated
	python tools/proto_docs.py docs/proto.md

check-generated: $(SETUP_STAMP) ## Fail with a diff when generated/ or docs/proto.md is stale
	tools/check-generated.sh
	python tools/proto_docs.py --check docs/proto.md

lint: setup ## ruff, mypy, spec validation, buf lint, hadolint
	ruff check .
	ruff format --check .
	mypy
	python -m openapi_spec_validator $(SPEC)
	buf lint
	hadolint deploy/Containerfile

test: setup ## Run the test suite
	python -m pytest

soak: setup ## 20,000 mixed calls with a gateway restart half way, checked against the stand-in's ledger (SOAK_ARGS=--calls N)
	python tools/soak.py $(SOAK_ARGS)

breaking: setup ## buf breaking: proto/ against the released contract (or AGAINST=<buf input>)
	buf breaking --against '$(AGAINST)'

contract-image: setup ## Write the buf image of contract/$(CONTRACT_VERSION) from its git tag
	buf build --exclude-source-info "$$(git rev-parse --git-common-dir)#tag=contract/$(CONTRACT_VERSION)" -o $(CONTRACT_IMAGE)

dist: setup ## Build the wheels into dist/: voucherify-client, voucherify-grpc, voucher-gateway
	tools/dist.sh dist

run: setup ## Run the gateway on the embedded stand-in
	voucher-gateway serve --stand-in

# The official Voucherify SDK's package is named `voucherify`, like our protobuf modules: it gets a venv of its own.
SDK_VENV := bench/.sdk-venv
SDK_STAMP := $(SDK_VENV)/.setup-stamp
BENCH_ARGS ?=

$(SDK_STAMP): bench/sdk-requirements.txt
	test -x $(SDK_VENV)/bin/python || $(PYTHON) -m venv $(SDK_VENV)
	$(SDK_VENV)/bin/python -m pip install --quiet -r bench/sdk-requirements.txt
	touch $@

bench: setup $(SDK_STAMP) ## Gateway vs echo ceiling, direct REST and the official SDK, on 127.0.0.1 (~5 min); writes bench/results.json
	python -m bench --sdk-python $(SDK_VENV)/bin/python $(BENCH_ARGS)
