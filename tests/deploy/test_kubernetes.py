"""The Kubernetes manifests (platform/kubernetes/) build and hold together.

Every overlay is built with `kubectl kustomize`, as `kubectl apply -k` builds it, and every document
it gives is validated against the Kubernetes API's schemas (kubernetes-validate, offline, strict:
a misspelt field fails). Then what the operator counts on: web and workers behind autoscalers,
exactly one beat replaced with Recreate, the migrate Job, Services and an Ingress, probes on
/health/, resources everywhere, and every database connection through PgBouncer in transaction
mode with server-side cursors off.
"""

import base64
import shutil
import subprocess
from configparser import ConfigParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import kubernetes_validate
import pytest
import yaml
from kubernetes_validate.utils import latest_version

from tests.deploy.conftest import REPO

KUBERNETES = REPO / "platform" / "kubernetes"
OVERLAYS = sorted(path.name for path in (KUBERNETES / "overlays").iterdir() if path.is_dir())
KUBECTL = shutil.which("kubectl") or "/usr/bin/kubectl"

pytestmark = pytest.mark.skipif(
    not Path(KUBECTL).exists(), reason="kubectl is not installed (it builds the overlays)"
)


def build(folder: Path) -> list[dict]:
    result = subprocess.run(
        [KUBECTL, "kustomize", str(folder)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return [document for document in yaml.safe_load_all(result.stdout) if document]


@pytest.fixture(scope="module", params=OVERLAYS)
def overlay(request) -> tuple[str, list[dict]]:
    return request.param, build(KUBERNETES / "overlays" / request.param)


def of_kind(documents: list[dict], kind: str) -> dict[str, dict]:
    return {doc["metadata"]["name"]: doc for doc in documents if doc["kind"] == kind}


def named(documents: list[dict], kind: str, prefix: str) -> dict:
    """A generated ConfigMap or Secret (kustomize adds a hash to its name)."""
    found = [doc for name, doc in of_kind(documents, kind).items() if name.startswith(prefix)]
    assert len(found) == 1, f"{kind} {prefix}*: {len(found)}"
    return found[0]


def environment(documents: list[dict]) -> dict[str, str]:
    """What a Faro container gets from faro-config and faro-secret."""
    config = named(documents, "ConfigMap", "faro-config-")["data"]
    secret = {
        key: base64.b64decode(value).decode()
        for key, value in named(documents, "Secret", "faro-secret-")["data"].items()
    }
    return {**config, **secret}


def test_there_are_a_small_and_a_scaled_overlay():
    assert {"small", "scaled"} <= set(OVERLAYS)


def test_every_document_of_every_overlay_is_valid_for_kubernetes(overlay):
    _name, documents = overlay
    version = latest_version()

    for document in documents:
        # Raises with the document's kind, name and the offending field when it is not valid.
        kubernetes_validate.validate(document, version, strict=True)


def test_the_overlay_has_web_workers_beat_the_migrate_job_services_ingress_and_autoscalers(overlay):
    _name, documents = overlay
    deployments = of_kind(documents, "Deployment")

    assert {"web", "worker", "worker-pdf", "beat", "pgbouncer", "media"} <= set(deployments)
    commands = {
        name: deployment["spec"]["template"]["spec"]["containers"][0].get("command")
        for name, deployment in deployments.items()
    }
    assert commands["web"] == ["platform/web"]
    assert commands["worker"] == commands["worker-pdf"] == ["platform/worker"]
    assert commands["beat"] == ["platform/beat"]

    beat = deployments["beat"]["spec"]
    assert beat["replicas"] == 1
    assert beat["strategy"] == {"type": "Recreate"}

    jobs = of_kind(documents, "Job")
    assert jobs["migrate"]["spec"]["template"]["spec"]["containers"][0]["command"] == [
        "platform/migrate"
    ]
    assert {"web", "pgbouncer", "media"} <= set(of_kind(documents, "Service"))
    ingress = of_kind(documents, "Ingress")["faro"]["spec"]
    backends = {
        path["path"]: path["backend"]["service"]["name"]
        for rule in ingress["rules"]
        for path in rule["http"]["paths"]
    }
    assert backends == {"/": "web", "/media/": "media"}
    assert ingress["tls"]

    autoscalers = of_kind(documents, "HorizontalPodAutoscaler")
    assert {name: hpa["spec"]["scaleTargetRef"]["name"] for name, hpa in autoscalers.items()} == {
        "web": "web",
        "worker": "worker",
    }
    for name in ("web", "worker"):
        # The autoscaler alone decides how many: a fixed count would fight it on every apply.
        assert "replicas" not in deployments[name]["spec"]
    assert {"web", "worker"} <= {
        budget["spec"]["selector"]["matchLabels"]["app.kubernetes.io/component"]
        for budget in of_kind(documents, "PodDisruptionBudget").values()
    }


def test_web_is_probed_on_health_and_every_container_has_requests_and_limits(overlay):
    _name, documents = overlay
    web = of_kind(documents, "Deployment")["web"]["spec"]["template"]["spec"]["containers"][0]

    assert web["readinessProbe"]["httpGet"]["path"] == "/health/"
    assert web["livenessProbe"]["httpGet"]["path"] == "/health/"
    pods = [
        (doc["metadata"]["name"], doc["spec"]["template"]["spec"])
        for doc in documents
        if doc["kind"] in ("Deployment", "Job")
    ]
    for name, pod in pods:
        for container in [*pod.get("initContainers", []), *pod["containers"]]:
            resources = container["resources"]
            assert {"cpu", "memory"} <= set(resources["requests"]), name
            assert {"cpu", "memory"} <= set(resources["limits"]), name


def test_every_faro_pod_gets_the_config_map_and_the_secret(overlay):
    _name, documents = overlay
    config = named(documents, "ConfigMap", "faro-config-")["metadata"]["name"]
    secret = named(documents, "Secret", "faro-secret-")["metadata"]["name"]

    for doc in documents:
        if doc["kind"] not in ("Deployment", "Job") or doc["metadata"]["name"] in (
            "pgbouncer",
            "media",
        ):
            continue
        for container in doc["spec"]["template"]["spec"]["containers"]:
            sources = container["envFrom"]
            assert {"configMapRef": {"name": config}} in sources, doc["metadata"]["name"]
            assert {"secretRef": {"name": secret}} in sources, doc["metadata"]["name"]
    assert environment(documents)["DJANGO_SETTINGS_MODULE"] == "config.settings.production"


def test_the_repository_holds_no_real_secret(overlay):
    _name, documents = overlay

    for doc in of_kind(documents, "Secret").values():
        for value in doc["data"].values():
            assert "REPLACE-ME" in base64.b64decode(value).decode()
    # Production settings refuse a key this short: the placeholder cannot run by mistake.
    assert len(environment(documents)["SECRET_KEY"]) < 50


def test_pgbouncer_pools_transactions_and_every_database_url_goes_through_it(overlay):
    _name, documents = overlay
    ini = named(documents, "ConfigMap", "pgbouncer-config-")["data"]["pgbouncer.ini"]
    parser = ConfigParser(inline_comment_prefixes=(";",), comment_prefixes=(";", "#"))
    parser.read_string(ini)
    pgbouncer = of_kind(documents, "Deployment")["pgbouncer"]["spec"]["template"]["spec"]
    service_port = of_kind(documents, "Service")["pgbouncer"]["spec"]["ports"][0]["port"]

    assert parser["pgbouncer"]["pool_mode"] == "transaction"
    assert pgbouncer["containers"][0]["command"][-1].endswith("/pgbouncer.ini")
    urls = {
        key: value for key, value in environment(documents).items() if key.startswith("DATABASE_")
    }
    assert "DATABASE_URL" in urls
    for key, url in urls.items():
        parts = urlsplit(url)
        assert (parts.hostname, parts.port) == ("pgbouncer", service_port), key
        assert parts.path.lstrip("/") in parser["databases"], key
        assert parse_qs(parts.query)["disable_server_side_cursors"] == ["True"], key


def test_the_scaled_overlay_reads_reports_from_a_replica_and_uses_sentinel():
    documents = build(KUBERNETES / "overlays" / "scaled")
    settings = environment(documents)

    assert settings["DATABASE_REPLICA_URL"]
    assert settings["REDIS_SENTINELS"].count(":26379") == 3
    assert settings["REDIS_SENTINEL_MASTER"] == "mymaster"
    assert of_kind(documents, "Deployment")["worker-pdf"]["spec"]["replicas"] == 2


def test_no_python_is_kept_under_platform():
    assert not list((REPO / "platform").rglob("*.py"))
    assert not list((REPO / "platform").rglob("__init__.py"))
