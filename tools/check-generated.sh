#!/usr/bin/env bash
# Regenerates into a scratch directory and fails with a readable diff when generated/ is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tools/generate.sh "$scratch/generated"
if ! diff -ru --exclude=__pycache__ --exclude=.ruff_cache generated "$scratch/generated"; then
  echo "generated/ is stale: run 'make generate' and commit the result." >&2
  exit 1
fi
echo "generated/ is up to date."
