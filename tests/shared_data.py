"""Data that the tests of a module share: built once per module (in each xdist worker that runs
some of its tests), seen by each test as if the test had built it itself, rolled back after each
test and at the end of the module.

This is Django's `TestCase.setUpTestData` for pytest. A module-scoped fixture opens a transaction
(`module_transaction`), builds the data in it and yields it. Each test's own `django_db`
transaction (pytest-django's `TestCase` atomic) nests in that transaction as a savepoint and is
rolled back after the test, so the tests stay apart from one another; the module's transaction is
rolled back after its last test, so the module leaves nothing for the others. A build that takes
seconds (`demo_load`, a campaign world translated into four languages) is then paid once per
module rather than once per test.

Limits:

- Not for `transaction=True` tests (`transactional_db`, `live_server`): they empty the tables,
  the module's data with them. Nor for tests that need data committed: another process reading
  the database, or the effect of an on-commit callback of the build.
- On-commit callbacks the build registers never run. Neither did they when each test built the
  data in its own transaction (outside `django_capture_on_commit_callbacks`), so the data is the
  same; data that needs them cannot be shared.
- The Python objects the build returns are shared by the module's tests, and a test's rollback
  undoes its rows, not its changes to those objects: hand each test a copy (`copied`), or have
  the tests re-fetch or `refresh_from_db()` what they change.
- Caches outlive a rollback. tests/conftest.py empties the shared cache and the revision caches
  before each test, as before, and the build starts as a test does (`building`); whatever the
  build leaves only in the cache (a queued PDF job, throttle counts) is gone when the tests run,
  so such things stay in each test's own fixtures. The per-process content cache
  (workshops/content_cache.py) keeps values under a token that every test would otherwise read
  back from the build: each test gets a token of its own (`content_token_renew`), as it did when
  it built its content itself.
- Once built, the data is in the database for every later test of the module in that process,
  whether it asks for it or not: the tests of the module that must not see it come before the
  tests that share it, and `order_guard` fails a test that would run on it without asking.
"""

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import pytest
from django.conf import settings
from django.db import transaction
from django.utils import translation

T = TypeVar("T")

# The modules whose shared data is built and not yet rolled back, in this process.
_built: set[str] = set()


@contextmanager
def module_transaction(request, django_db_blocker, databases=("default",)) -> Iterator[None]:
    """For a module-scoped fixture: a transaction on each database the tests use, open until the
    module's last test has run and then rolled back. Build the data inside, with the database
    unblocked (`with building(django_db_blocker):`), then yield it."""
    with django_db_blocker.unblock():
        atomics = [(alias, transaction.atomic(using=alias)) for alias in databases]
        for _alias, atomic in atomics:
            atomic.__enter__()
    _built.add(request.module.__name__)
    try:
        yield
    finally:
        _built.discard(request.module.__name__)
        with django_db_blocker.unblock():
            for alias, atomic in reversed(atomics):
                transaction.set_rollback(True, using=alias)
                atomic.__exit__(None, None, None)


@contextmanager
def building(django_db_blocker) -> Iterator[None]:
    """Where a module-scoped fixture builds its data: the database open to it, and the process as
    each test starts (tests/conftest.py's autouse fixtures run around each test, not around a
    module's build): an empty cache, empty revision caches, the default language."""
    from quizzes.questions import content_at_revision
    from surveys.questions import content_at_revision as survey_content_at_revision
    from tests.conftest import cache_empty

    with django_db_blocker.unblock(), translation.override(settings.LANGUAGE_CODE):
        cache_empty()
        content_at_revision.cache_clear()
        survey_content_at_revision.cache_clear()
        yield


def copied(value: T) -> T:
    """A test's own copy of the objects the build returned, as they were after the build."""
    return copy.deepcopy(value)


def content_token_renew() -> None:
    """Inside a test's transaction: a content token of the test's own, so that the per-process
    content cache never hands a test what another test of the module kept under the build's."""
    from workshops.content_cache import content_changed

    content_changed()


def order_guard(*shared: str):
    """An autouse fixture for a module whose tests share data through the fixtures named: a test
    that asks for none of them fails if it would run on the shared data, already built by an
    earlier test of the module (move it above the tests that share)."""

    @pytest.fixture(autouse=True)
    def _shared_data_order(request):
        if request.module.__name__ in _built and not set(shared) & set(request.fixturenames):
            pytest.fail(
                f"{request.node.name} would run on the data this module's tests share through "
                f"{', '.join(shared)}: place it above the tests that share it"
            )

    return _shared_data_order
