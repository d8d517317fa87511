"""`make dist`: three wheels, each with only its own packages; the client installs alone, and the gRPC
modules install beside the official Voucherify SDK (PyPI `voucherify`) and import with it.

Installs into a fresh virtual environment from the package registry, pinned by constraints.txt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN
from voucherify_stand_in.server import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]
#: The official SDK's release this project is checked against.
OFFICIAL_SDK = "voucherify==6.1.1"

pytestmark = pytest.mark.packaging


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    _run(ROOT / "tools" / "dist.sh", out, cwd=ROOT, env=env)
    wheels = {path.name.split("-")[0]: path for path in out.glob("*.whl")}
    assert set(wheels) == {"voucherify_client", "voucherify_grpc", "voucher_gateway"}
    return wheels


def _top_levels(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    return {name.split("/")[0] for name in names if ".dist-info/" not in name}


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_each_wheel_holds_only_its_own_packages(dist: dict[str, Path]) -> None:
    assert _top_levels(dist["voucherify_client"]) == {"voucherify_client", "voucherify_rest"}
    assert "voucherify_rest/py.typed" in _names(dist["voucherify_client"])
    assert "voucherify_client/py.typed" in _names(dist["voucherify_client"])
    grpc_files = _names(dist["voucherify_grpc"])
    assert _top_levels(dist["voucherify_grpc"]) == {"voucherify"}
    assert all(name.startswith(("voucherify/v1/", "voucherify_grpc-")) for name in grpc_files)
    assert "voucherify/v1/py.typed" in grpc_files
    for wheel in dist.values():  # the official SDK owns these two
        assert not {"voucherify/__init__.py", "voucherify/py.typed"} & _names(wheel), wheel.name
    # No generic top-level import name: the server and the stand-in ship under distinctive ones.
    assert _top_levels(dist["voucher_gateway"]) == {
        "voucher_gateway",
        "voucherify_stand_in",
        "voucherify_client",
        "voucherify",
        "voucherify_json",
    }


def test_the_client_installs_alone_and_the_grpc_modules_beside_the_official_sdk(
    dist: dict[str, Path], tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    constraints = ["-c", str(ROOT / "constraints.txt")]

    _run(*pip, "install", "--quiet", *constraints, dist["voucherify_client"], cwd=tmp_path)
    installed = {
        entry["name"].lower() for entry in json.loads(_run(*pip, "list", "--format=json", cwd=tmp_path))
    }
    assert {"voucherify-client", "attrs", "httpx", "python-dateutil"} <= installed
    assert not {"grpcio", "protobuf", "uvicorn", "httptools", "voucher-gateway"} & installed, installed

    with EmulatorServer() as stand_in:
        read = f"""
            from voucherify_rest import NotFound, Voucherify
            with Voucherify(base_url={stand_in.url!r}, app_id={DEFAULT_APP_ID!r}, app_token={DEFAULT_APP_TOKEN!r}) as client:
                print(client.vouchers.redemptions("Test - FB - Vouchers - 9").redeemed_quantity)
                try:
                    client.redemptions.get("r_missing")
                except NotFound as missing:
                    print(missing.key)
        """
        assert _run(python, "-c", textwrap.dedent(read), cwd=tmp_path).split() == ["6", "not_found"]

    _run(*pip, "install", "--quiet", *constraints, dist["voucherify_grpc"], OFFICIAL_SDK, cwd=tmp_path)
    site = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).strip()
    )
    both = """
        import voucherify
        from voucherify.v1 import redemption_service_pb2 as rs, redemption_service_pb2_grpc as rs_grpc
        import voucherify_rest
        print(voucherify.__file__)
        print(voucherify.__version__, voucherify.RedemptionsApi.__name__, voucherify.Configuration.__name__)
        print(rs.ListVoucherRedemptionsRequest(code="CODE14").code, rs_grpc.RedemptionServiceStub.__name__)
    """
    lines = _run(python, "-c", textwrap.dedent(both), cwd=tmp_path).splitlines()
    assert lines == [
        str(site / "voucherify" / "__init__.py"),
        "6.1.1 RedemptionsApi Configuration",
        "CODE14 RedemptionServiceStub",
    ]
    grpc_first = (
        "import voucherify.v1.customer_service_pb2_grpc, voucherify; print(voucherify.CustomersApi.__name__)"
    )
    assert _run(python, "-c", grpc_first, cwd=tmp_path).strip() == "CustomersApi"
