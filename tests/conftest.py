"""Fixtures shared by the whole suite, and the header that says what the suite runs on."""

from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from quizzes.questions import content_at_revision
from surveys.questions import content_at_revision as survey_content_at_revision

# The `tree` and `people` fixtures, shared by the apps' tests.
pytest_plugins = ["tests.content"]


def _database_use(item: pytest.Item) -> str:
    """How a test uses the test database, as pytest-django orders the tests by it: in a
    transaction rolled back after it, with real transactions (the tables emptied after it), or
    not at all."""
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    if (marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))) or (
        fixtures & {"transactional_db", "live_server"}
    ):
        return "transactional"
    return "rolled back" if marker or "db" in fixtures else "none"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start the long tests (marked `long`) first, so that the parallel workers finish together.

    pytest-django has put the tests that empty the tables after them (transactional) after
    those rolled back, and the tests without the test database last; xdist hands the tests out
    in this order, so a minute-long test near the end kept one worker busy while the other had
    nothing left. A long test that does not touch the test database now starts the run, and a
    long transactional test starts its part; the rolled-back tests keep their order (a module's
    shared data, tests/shared_data.py, relies on it), as do the transactional tests after every
    rolled-back one."""
    uses = {id(item): _database_use(item) for item in items}

    def rank(item: pytest.Item) -> int:
        long = item.get_closest_marker("long") is not None
        use = uses[id(item)]
        if use == "none":
            return 0 if long else 4
        if use == "transactional":
            return 2 if long else 3
        return 1

    items.sort(key=rank)  # stable: the order within each rank is kept


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def pytest_report_header(config) -> list[str]:
    database = settings.DATABASES["default"]
    engine = database["ENGINE"].rsplit(".", 1)[-1]
    test_name = database.get("TEST", {}).get("NAME") or f"test_{database['NAME']}"
    where = (
        test_name if engine == "sqlite3" else f"{database['HOST']}:{database['PORT']}/{test_name}"
    )
    broker = settings.CELERY_BROKER_URL
    if broker.startswith("filesystem://"):
        broker = (
            f"filesystem (embedded) in {settings.CELERY_BROKER_TRANSPORT_OPTIONS['data_folder_in']}"
        )
    return [
        f"faro: database {engine}, test database {where}",
        f"faro: broker {_without_password(broker)}, queue {settings.CELERY_TASK_DEFAULT_QUEUE}",
        f"faro: runtime mode {settings.RUNTIME_MODE}",
    ]


def cache_empty() -> None:
    """Delete every key this run keeps in the shared cache, and only those: on Redis the run's
    key prefix (other runs and `make run` share the server), on the embedded file cache the
    run's own folder."""
    if hasattr(cache, "delete_pattern"):  # django-redis
        # Every version of every key under the run's prefix: Wagtail keeps its site root paths
        # under a version of its own, which `delete_pattern` (one version) would leave.
        client = cache.client.get_client(write=True)
        keys = list(client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*"))
        if keys:
            client.delete(*keys)
    else:
        cache.clear()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts from an empty cache, as a new installation does. The cache outlives a
    test's rolled-back database, and SQLite gives the rolled-back ids out again: a key left by one
    test (Wagtail's site root paths, a queued refresh, wrong join codes counted for the test
    client's address) would otherwise name another test's rows."""
    cache_empty()
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a page a test fetched in French leaves French
    active in the process (the locale middleware activates a request's language and leaves it),
    and an earlier test's language would otherwise reach the next test's messages."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_revision_caches():
    """Quiz and survey revisions are cached per process because they never change; but a
    rolled-back test database can hand the same revision id to another test's quiz or survey."""
    content_at_revision.cache_clear()
    survey_content_at_revision.cache_clear()
    yield


@pytest.fixture
def cache_down(settings):
    """The cache as it is while Redis is down: django-redis configured as the settings do (errors
    ignored, short timeouts), pointed at a port nothing listens on, so that every call fails at
    once and reads as an empty cache."""
    from tests.deploy.conftest import free_port

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
