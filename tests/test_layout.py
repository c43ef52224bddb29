"""The repository keeps the promises its README and docker-compose.yml make."""

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from django.conf import settings

REPO = Path(settings.BASE_DIR)
PLATFORM = REPO / "platform"
ENV_LINE = re.compile(r"^#?\s*([A-Z][A-Z0-9_]+)=")


def documented_variables() -> list[str]:
    lines = (REPO / ".env.example").read_text().splitlines()
    return [match[1] for line in lines if (match := ENV_LINE.match(line))]


def test_python_standard_library_platform_module_is_not_shadowed():
    result = subprocess.run(
        [sys.executable, "-c", "import platform; print(platform.system())"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == os.uname().sysname


def test_platform_folder_holds_no_python_code():
    assert not list(PLATFORM.rglob("*.py"))
    assert not (PLATFORM / "__init__.py").exists()


def test_every_compose_app_service_runs_an_executable_script_from_platform():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    app_services = {
        name: service for name, service in compose["services"].items() if "build" in service
    }

    assert set(app_services) == {"static", "migrate", "web", "worker", "worker-pdf", "beat"}
    for name, service in app_services.items():
        command = service["command"]
        script = command[0] if isinstance(command, list) else command.split()[0]
        path = REPO / script
        assert script.startswith("platform/"), name
        assert path.is_file(), f"{name}: {script} does not exist"
        assert os.access(path, os.X_OK), f"{name}: {script} is not executable"


def test_every_compose_service_has_a_healthcheck_or_runs_once():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())

    for name, service in compose["services"].items():
        if name in ("static", "migrate", "beat"):
            continue
        assert "healthcheck" in service, name


def test_every_variable_compose_and_scripts_use_is_documented_in_env_example():
    documented = set(documented_variables())
    compose_text = (REPO / "docker-compose.yml").read_text()
    used = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", compose_text))
    for script in PLATFORM.iterdir():
        if script.is_file() and script.name != "Dockerfile":
            used |= set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", script.read_text()))
    used -= {"PATH", "PWD"}

    assert used, "no variables found: the pattern is wrong"
    assert used <= documented, f"undocumented: {sorted(used - documented)}"


def test_every_variable_the_settings_read_is_documented_once_in_env_example():
    documented = documented_variables()
    read = set()
    for module in (REPO / "config" / "settings").glob("*.py"):
        read |= set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z][A-Z0-9_]+)"', module.read_text()))
        read |= set(
            re.findall(r'os\.environ\.setdefault\(\s*"([A-Z][A-Z0-9_]+)"', module.read_text())
        )

    assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS"} <= read
    assert read <= set(documented), f"undocumented: {sorted(read - set(documented))}"
    assert len(documented) == len(set(documented)), "a variable is documented twice"


def test_env_example_holds_no_secret():
    values = {}
    for line in (REPO / ".env.example").read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            values[name] = value

    assert values.get("SECRET_KEY") == ""
    assert values.get("POSTGRES_PASSWORD") == ""


def test_readme_gives_exactly_two_setup_commands_and_make_knows_both():
    readme = (REPO / "README.md").read_text()
    commands = re.findall(r"^\s*(make \w+)\s*$", readme, flags=re.MULTILINE)

    assert commands[:2] == ["make run", "make test"]
    help_text = subprocess.run(
        ["make", "--no-print-directory", "help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"make run\s+Run the platform", help_text)
    assert re.search(r"make test\s+Run the whole test suite", help_text)


def test_dependencies_are_locked():
    lock = (REPO / "uv.lock").read_text()

    for package in ("wagtail", "django", "celery", "psycopg", "django-environ", "gunicorn"):
        assert f'name = "{package}"' in lock, package


def _layers_checked(tmp_path: Path, *, upward_import: tuple[str, str] | None = None):
    """Run import-linter, as `make lint` and CI do, on a copy of the apps; with `upward_import`,
    (file, module) the copy's file first gains an import of the module inside a function."""
    packages = ("bench", "config", "demo", "reach", "participation", "quizzes", "surveys")
    for package in (*packages, "workshops"):
        for source in (REPO / package).rglob("*.py"):
            target = tmp_path / source.relative_to(REPO)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    (tmp_path / "pyproject.toml").write_bytes((REPO / "pyproject.toml").read_bytes())
    if upward_import is not None:
        file, module = upward_import
        with (tmp_path / file).open("a") as source:
            source.write(f"\n\ndef _shortcut():\n    import {module}  # noqa\n")
    return subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_apps_import_only_the_layers_below_them(tmp_path):
    result = _layers_checked(tmp_path)

    assert result.returncode == 0, result.stdout
    assert "0 broken" in result.stdout


def test_an_import_up_the_layers_fails_the_lint_even_inside_a_function(tmp_path):
    result = _layers_checked(
        tmp_path, upward_import=("workshops/services/sessions.py", "reach.services")
    )

    assert result.returncode != 0
    assert "workshops.services.sessions -> reach.services" in result.stdout


def test_quizzes_and_surveys_cannot_import_each_other(tmp_path):
    result = _layers_checked(tmp_path, upward_import=("surveys/selectors.py", "quizzes.selectors"))

    assert result.returncode != 0
    assert "Quizzes and surveys do not know each other BROKEN" in result.stdout
