"""How much of Voucherify's published response schemas our spec types, operation by operation.

    python tools/published_coverage.py PUBLISHED_DIR [--list]

PUBLISHED_DIR holds the per-tag files of Voucherify's OpenAPI document (`reference/split-openapi-by-tags/`
of the public repository voucherifyio/voucherify-openapi). For each operation of openapi/voucherify.yaml
that the published document also has, it prints how many response property paths Voucherify documents,
how many of them our spec types, and (with --list) the ones it does not, plus the paths where the JSON
types disagree. Exit code 1 when a documented path is missing, so it can gate a refresh.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.spec_tree import Node, SpecTree  # noqa: E402

SPEC = ROOT / "openapi" / "voucherify.yaml"
#: The published document names the key of `order.redemptions` as a property "redemption_ID".
_PLACEHOLDER_KEYS = {"redemption_ID": "*"}


def _normalise(path: str) -> str:
    return ".".join(_PLACEHOLDER_KEYS.get(part, part) for part in path.split("."))


def _published(directory: Path) -> list[SpecTree]:
    return [SpecTree(json.loads(path.read_text())) for path in sorted(directory.glob("*.json"))]


def _find(trees: list[SpecTree], method: str, path: str) -> SpecTree | None:
    for tree in trees:
        item: dict[str, Any] = tree.document.get("paths", {}).get(path, {})
        if method.lower() in item:
            return tree
    return None


def _types_agree(theirs: Node, ours: Node) -> bool:
    """Integer where they say number is ours being precise about amounts; anything else must match."""
    a, b = theirs.json_types, ours.json_types
    if not a or not b:
        return True
    return a == b or (a == {"number"} and b == {"integer"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("published", type=Path)
    parser.add_argument("--list", action="store_true", help="list the missing paths")
    args = parser.parse_args(argv)
    ours = SpecTree(yaml.safe_load(SPEC.read_text()))
    trees = _published(args.published)
    total = typed = 0
    for method, path, _ in ours.operations():
        tree = _find(trees, method, path)
        if tree is None:
            print(f"{method} {path}: not in the published document")
            continue
        theirs = {_normalise(p): n for p, n in tree.paths(tree.response_schema(method, path)).items()}
        mine = ours.paths(ours.response_schema(method, path))
        missing = sorted(set(theirs) - set(mine))
        clashes = sorted(p for p in set(theirs) & set(mine) if not _types_agree(theirs[p], mine[p]))
        total += len(theirs)
        typed += len(theirs) - len(missing)
        print(f"{method} {path}: {len(theirs) - len(missing)} of {len(theirs)} documented paths typed")
        if args.list:
            for missed in missing:
                print(f"  missing  {missed}")
            for clash in clashes:
                print(
                    f"  types    {clash}: published {sorted(theirs[clash].json_types)}, "
                    f"ours {sorted(mine[clash].json_types)}"
                )
    print(f"all: {typed} of {total} documented paths typed")
    return 0 if typed == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
