"""The README's client examples (examples/python/client_*.py) pass mypy --strict and run against a fresh stand-in."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from mypy import api

from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN
from voucherify_stand_in.server import EmulatorServer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "python"


def test_the_examples_pass_mypy_strict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # away from the project's configuration: a service's view of the packages
    files = sorted(str(path) for path in EXAMPLES.glob("client_*.py"))
    assert len(files) == 3
    stdout, stderr, status = api.run(["--strict", "--no-incremental", "--config-file=", *files])
    assert status == 0, stdout + stderr


@pytest.fixture
def fresh_stand_in() -> Iterator[EmulatorServer]:
    with EmulatorServer() as server:
        yield server


def _run(example: str, server: EmulatorServer, tmp_path: Path) -> list[str]:
    env = {
        **os.environ,
        "VOUCHERIFY_API_URL": server.url,
        "VOUCHERIFY_APP_ID": DEFAULT_APP_ID,
        "VOUCHERIFY_APP_TOKEN": DEFAULT_APP_TOKEN,
    }
    env.pop("VOUCHERIFY_BEARER_TOKEN", None)
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / example)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_quickstart_redeems_then_is_refused(fresh_stand_in: EmulatorServer, tmp_path: Path) -> None:
    first = _run("client_quickstart.py", fresh_stand_in, tmp_path)
    assert first[0].startswith("redeemed: r_") and first[0].endswith(" SUCCESS")
    assert first[1:3] == ["redeemed quantity: 6", "not found: 404 not_found"]
    owned = [line for line in first if line.startswith("owns: ")]
    assert owned and all(line.endswith(" OWNER") for line in owned)
    second = _run("client_quickstart.py", fresh_stand_in, tmp_path)
    assert second[0].startswith("refused: gift_amount_exceeded - ")
    assert second[1:] == first[1:]


def test_the_four_calls(fresh_stand_in: EmulatorServer, tmp_path: Path) -> None:
    assert _run("client_four_calls.py", fresh_stand_in, tmp_path) == ["6 SUCCESS r_0bc2d3c4f7495f159a 200"]


def test_the_async_example(fresh_stand_in: EmulatorServer, tmp_path: Path) -> None:
    lines = _run("client_async.py", fresh_stand_in, tmp_path)
    assert lines[0].startswith("redeemed quantity: 6 redeemables: ")
    assert lines[1] == "not found: 404 not_found"
    assert len([line for line in lines if line.startswith("owns: ")]) == 2
