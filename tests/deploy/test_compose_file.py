"""docker-compose.yml holds together: the proxy is the only way in, every service rotates its logs,
the app services keep their common environment, PDFs have a worker of their own, and the folders
the proxy serves are the ones the platform writes.

`docker compose config` checks the file against the Compose specification where the Compose
plugin is installed (not on CI, whose machine has no Docker); the file's structure is checked here
in any case, after YAML's merge keys are applied, as Compose applies them.
"""

import re
import shutil
import subprocess

import pytest
import yaml

from tests.deploy.conftest import REPO

COMPOSE = REPO / "docker-compose.yml"
TEMPLATE = REPO / "platform" / "nginx" / "faro.conf.template"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def app_services(compose: dict) -> dict[str, dict]:
    return {name: service for name, service in compose["services"].items() if "build" in service}


def mounts(service: dict) -> dict[str, str]:
    """Where each volume or folder is mounted in a service: {source: target}."""
    return dict(volume.rsplit(":ro", 1)[0].split(":", 1) for volume in service.get("volumes", []))


def compose_default(value: str) -> str:
    """The value Compose gives "${NAME:-default}" when NAME is not set (defaults may nest)."""
    while (resolved := re.sub(r"\$\{\w+:-([^${}]*)\}", r"\1", value)) != value:
        value = resolved
    return value


def test_compose_accepts_the_file_where_its_plugin_is_installed(tmp_path):
    docker = shutil.which("docker")
    plugin = docker and subprocess.run(
        [docker, "compose", "version"], capture_output=True, check=False
    )
    if not plugin or plugin.returncode != 0:
        pytest.skip("the Docker Compose plugin is not installed; the structure is checked below")
    env = tmp_path / "test.env"
    env.write_text("SECRET_KEY=x\nPOSTGRES_PASSWORD=x\nALLOWED_HOSTS=faro.example.org\n")
    result = subprocess.run(
        [docker, "compose", "--env-file", str(env), "-f", str(COMPOSE), "config", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_only_the_proxy_publishes_ports_and_only_80_and_443(compose):
    published = {name: s["ports"] for name, s in compose["services"].items() if "ports" in s}

    assert published == {"proxy": ["80:80", "443:443"]}


def test_every_service_rotates_its_logs(compose):
    for name, service in compose["services"].items():
        logging = service.get("logging", {})
        assert logging.get("driver") == "json-file", name
        assert {"max-size", "max-file"} <= set(logging.get("options", {})), name


def test_every_app_service_keeps_the_common_environment_and_trusts_one_proxy(compose):
    common = compose["x-app-environment"]

    assert common["TRUSTED_PROXY_COUNT"] == "1"
    assert common["PRIVATE_MEDIA_ACCEL_REDIRECT"] == "/_private/"
    for name, service in app_services(compose).items():
        environment = service["environment"]
        missing = {key for key, value in common.items() if environment.get(key) != value}
        assert not missing, f"{name} lost {sorted(missing)} (YAML merges are shallow)"


def test_pdfs_have_a_worker_of_their_own_doing_one_at_a_time(compose):
    worker = compose["services"]["worker"]["environment"]
    pdf = compose["services"]["worker-pdf"]

    assert compose_default(worker["WORKER_QUEUES"]) == "faro"
    assert compose_default(pdf["environment"]["WORKER_QUEUES"]) == "faro-pdf"
    assert "CELERY_QUEUE" in worker["WORKER_QUEUES"]
    assert "CELERY_PDF_QUEUE" in pdf["environment"]["WORKER_QUEUES"]
    assert pdf["environment"]["WORKER_CONCURRENCY"] == "1"
    assert pdf["command"] == ["platform/worker"]
    assert "healthcheck" in pdf


def test_the_proxy_serves_the_folders_the_platform_writes_and_runs_the_shipped_template(compose):
    proxy = compose["services"]["proxy"]
    environment = proxy["environment"]
    proxy_mounts = mounts(proxy)
    app_mounts = mounts(compose["services"]["web"])
    in_image = {
        "media": "/app/var/media",  # MEDIA_ROOT and PRIVATE_MEDIA_ROOT's defaults, in /app
        "private": "/app/var/private",
        "static": "/app/var/static",  # where platform/static-publish copies them
    }

    assert app_mounts["media"] == in_image["media"]
    assert app_mounts["private"] == in_image["private"]
    assert mounts(compose["services"]["static"])["static"] == in_image["static"]
    assert "var/static" in (REPO / "platform" / "static-publish").read_text()
    assert proxy_mounts["media"] == environment["FARO_MEDIA_ROOT"]
    assert proxy_mounts["private"] == environment["FARO_PRIVATE_ROOT"]
    assert proxy_mounts["static"] == environment["FARO_STATIC_ROOT"]
    assert all(volume.endswith(":ro") for volume in proxy["volumes"])
    assert proxy_mounts["./platform/nginx/faro.conf.template"] == (
        "/etc/nginx/templates/default.conf.template"
    )
    used = set(re.findall(r"\$\{(FARO_\w+)\}", TEMPLATE.read_text()))
    assert used == set(environment), "the template's variables and the proxy's environment differ"
    assert environment["FARO_WEB"] == "web:8000"
    assert proxy["depends_on"] == {
        "static": {"condition": "service_completed_successfully"},
        "web": {"condition": "service_healthy"},
    }
