"""`make breaking` compares proto/ with the released contract: it passes today and it can fail."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUF = ROOT / "node_modules" / ".bin" / "buf"
MAKEFILE = (ROOT / "Makefile").read_text()
_VERSION = re.search(r"^CONTRACT_VERSION := (\S+)$", MAKEFILE, re.M)
assert _VERSION is not None
VERSION = _VERSION.group(1)
IMAGE = ROOT / "tools" / "contract" / f"voucherify-{VERSION}.json"

pytestmark = pytest.mark.skipif(not BUF.exists(), reason="needs `make setup` (buf)")


def breaking(workspace: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BUF), "breaking", "--against", str(IMAGE)],
        cwd=workspace,
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_of_the_contract(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "buf.yaml", tmp_path / "buf.yaml")
    shutil.copytree(ROOT / "proto", tmp_path / "proto")
    return tmp_path


def test_the_protos_keep_the_released_contract() -> None:
    done = breaking(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_deleting_a_released_field_is_caught(tmp_path: Path) -> None:
    workspace = copy_of_the_contract(tmp_path)
    proto = workspace / "proto" / "voucherify" / "v1" / "redemption_service.proto"
    text = proto.read_text()
    changed = re.sub(r"\n[^\n]*\bstring redemption_id = 1;", "\n  reserved 1;", text, count=1)
    assert changed != text
    proto.write_text(changed)
    done = breaking(workspace)
    assert done.returncode != 0
    assert "FIELD_NO_DELETE" in done.stdout + done.stderr or "deleted" in done.stdout


def test_the_image_is_the_build_of_the_tag_when_the_clone_has_it() -> None:
    tag = f"contract/{VERSION}"
    listed = subprocess.run(["git", "tag", "--list", tag], cwd=ROOT, capture_output=True, text=True)
    if tag not in listed.stdout.split():
        pytest.skip(f"this clone has no tag {tag}; the committed image stands in for it")
    common = subprocess.run(
        ["git", "rev-parse", "--git-common-dir"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    built = subprocess.run(
        [
            str(BUF),
            "build",
            "--exclude-source-info",
            f"{(ROOT / common).resolve()}#tag={tag}",
            "-o",
            "-#format=json",
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert built.stdout == IMAGE.read_bytes()
