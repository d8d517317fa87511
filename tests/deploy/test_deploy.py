"""deploy/: the Kubernetes manifests validate offline, and they and the Containerfile agree with the gateway.

No container engine runs here, so the image is not built in CI; these tests check what can be checked
without one: the schemas of the Kubernetes versions the manifests target, the gateway's own settings
checks on the environment the Deployment gives it, and the ports, user and health check they share.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from kubernetes_validate import utils as k8s

from voucher_gateway import settings as settings_table
from voucher_gateway.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
KUBERNETES = ROOT / "deploy" / "kubernetes"
CONTAINERFILE = ROOT / "deploy" / "Containerfile"
#: The oldest Kubernetes the manifests support (gRPC probes are GA since 1.27), and the newest bundled.
VERSIONS = ["1.29.0", k8s.latest_version()]


def manifests() -> list[Path]:
    return sorted(p for p in KUBERNETES.glob("*.yaml") if p.name != "kustomization.yaml")


def resources() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in manifests():
        found += [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
    return found


def resource(kind: str, name: str = "voucher-gateway") -> dict[str, Any]:
    (found,) = [r for r in resources() if r["kind"] == kind and r["metadata"]["name"] == name]
    return found


def container() -> dict[str, Any]:
    (gateway,) = resource("Deployment")["spec"]["template"]["spec"]["containers"]
    return dict(gateway)


def env() -> dict[str, Any]:
    return {item["name"]: item for item in container()["env"]}


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("path", manifests(), ids=lambda p: p.name)
def test_manifest_validates_strictly(path: Path, version: str) -> None:
    for doc in yaml.safe_load_all(path.read_text()):
        if doc:
            k8s.validate(doc, version, strict=True)


def test_strict_validation_refuses_an_unknown_field() -> None:
    deployment = resource("Deployment")
    deployment["spec"]["template"]["spec"]["terminationGracePeriod"] = 30
    with pytest.raises(k8s.ValidationError, match="terminationGracePeriod"):
        k8s.validate(deployment, VERSIONS[0], strict=True)


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load((KUBERNETES / "kustomization.yaml").read_text())
    assert sorted(kustomization["resources"]) == [p.name for p in manifests()]


def test_the_deployment_environment_passes_the_gateways_own_checks(tmp_path: Path) -> None:
    """Every variable is a setting the gateway knows, and together they pass its start-up checks."""
    known = {s.env for s in SETTINGS if s.env} | {
        "VOUCHERIFY_APP_ID",
        "VOUCHERIFY_APP_TOKEN",
        "VOUCHERIFY_BEARER_TOKEN",
    }
    variables = env()
    assert set(variables) <= known
    assert {"secretKeyRef"} == {
        kind
        for name in ("VOUCHERIFY_APP_ID", "VOUCHERIFY_APP_TOKEN")
        for kind in variables[name]["valueFrom"]
    }
    mount = {m["name"]: m["mountPath"] for m in container()["volumeMounts"]}["secrets"]
    environ: dict[str, str] = {"VOUCHERIFY_APP_ID": "id", "VOUCHERIFY_APP_TOKEN": "token"}
    for name, item in variables.items():
        if "value" not in item:
            continue
        value = str(item["value"])
        if value.startswith(mount + "/"):
            # The file the Secret volume provides, here as an empty stand-in file.
            local = tmp_path / value.removeprefix(mount + "/")
            local.write_text("")
            value = str(local)
        environ[name] = value
    args = argparse.Namespace(**{s.attr: None for s in SETTINGS})
    resolved = settings_table.resolve(args, environ)
    assert not resolved.listen.is_loopback and not resolved.insecure
    assert resolved.tls and resolved.callers is not None
    assert resolved.health_listen is not None


def test_secret_files_come_from_the_projected_volume() -> None:
    pod = resource("Deployment")["spec"]["template"]["spec"]
    (volume,) = [v for v in pod["volumes"] if v["name"] == "secrets"]
    provided = {
        item["path"] for source in volume["projected"]["sources"] for item in source["secret"]["items"]
    }
    mount = {m["name"]: m["mountPath"] for m in container()["volumeMounts"]}["secrets"]
    wanted = {
        str(env()[name]["value"]).removeprefix(mount + "/")
        for name in ("GATEWAY_CALLERS", "GATEWAY_TLS_CERT", "GATEWAY_TLS_KEY")
    }
    assert wanted <= provided
    # Readable by the gateway's group only, which fsGroup makes the files' group.
    assert volume["projected"]["defaultMode"] == 0o440
    assert pod["securityContext"]["fsGroup"] == pod["securityContext"]["runAsGroup"]


def test_the_kubelet_stops_the_pod_only_after_the_grace_period() -> None:
    pod = resource("Deployment")["spec"]["template"]["spec"]
    grace = float(env()["GATEWAY_GRACE_PERIOD"]["value"])
    pre_stop = container()["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    assert pod["terminationGracePeriodSeconds"] > grace + float(pre_stop[1])


def test_probes_ask_the_health_listener_and_ports_match() -> None:
    gateway = container()
    ports = {p["name"]: p["containerPort"] for p in gateway["ports"]}
    health_port = int(str(env()["GATEWAY_HEALTH_LISTEN"]["value"]).rsplit(":", 1)[1])
    grpc_port = int(str(env()["GATEWAY_LISTEN"]["value"]).rsplit(":", 1)[1])
    assert ports == {"grpc": grpc_port, "health": health_port}
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert gateway[probe]["grpc"] == {"port": health_port}
    for service in ("voucher-gateway", "voucher-gateway-headless"):
        (port,) = resource("Service", service)["spec"]["ports"]
        assert port["targetPort"] == "grpc"
    policy = resource("NetworkPolicy")["spec"]["ingress"]
    assert {p["port"] for rule in policy for p in rule["ports"]} == {grpc_port, health_port}


def test_the_pod_runs_unprivileged_with_a_read_only_root() -> None:
    pod = resource("Deployment")["spec"]["template"]["spec"]
    gateway = container()
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert gateway["securityContext"]["readOnlyRootFilesystem"] is True
    assert gateway["securityContext"]["allowPrivilegeEscalation"] is False
    assert gateway["securityContext"]["capabilities"]["drop"] == ["ALL"]
    assert set(gateway["resources"]) == {"requests", "limits"}
    assert pod["automountServiceAccountToken"] is False


def instructions() -> list[tuple[str, str]]:
    """The Containerfile's instructions, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", CONTAINERFILE.read_text())
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def test_containerfile_builds_in_two_stages_without_the_stand_in() -> None:
    steps = instructions()
    assert [k for k, _ in steps].count("FROM") == 2
    installs = [rest for k, rest in steps if k == "RUN" and "pip install" in rest]
    assert installs and all("stand-in" not in rest and "[" not in rest for rest in installs)
    assert all("--constraint constraints.txt" in rest for rest in installs)


def test_containerfile_runs_as_the_deployments_user_with_the_health_probe() -> None:
    steps = dict(instructions())
    pod = resource("Deployment")["spec"]["template"]["spec"]
    assert steps["USER"] == f"{pod['securityContext']['runAsUser']}:{pod['securityContext']['runAsGroup']}"
    assert "voucher_gateway.probe" in steps["HEALTHCHECK"]
    assert "GATEWAY_HEALTH_LISTEN=0.0.0.0:8081" in steps["ENV"]
    assert steps["EXPOSE"].split() == [str(p["containerPort"]) for p in container()["ports"]]
