"""One world for the whole page matrix: built once per test module (and per xdist worker) inside
a transaction that is rolled back at the end; each test runs in a savepoint of its own within it
(pytest-django's `db`), so what a test changes (a POST, a sign-in) is gone for the next."""

import pytest
from django.db import transaction

from tests.languages.world import Place, place_build


@pytest.fixture(scope="module")
def place(django_db_setup, django_db_blocker) -> Place:
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield place_build()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
