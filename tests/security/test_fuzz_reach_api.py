"""Fuzzing the reach API from its own OpenAPI schema (schemathesis, in process against Django's
WSGI application): whatever a client asks with a valid token, the answer is never a server error,
and every answer the schema documents follows it; without a valid token every operation is a 401.
The API is read-only: no request writes a row.

Requests run inside the test's transaction, like the test client's: Django's handler must not
close the connection at the start and end of each request meanwhile.
"""

from urllib.parse import quote, unquote

import pytest
import schemathesis
from django.apps import apps
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.urls import Resolver404, resolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from reach import selectors
from reach.services import rebuild
from reach.services import tokens as api_tokens
from tests.reach.world import world  # noqa: F401 (the fixture)
from tests.workshops.factories import UserFactory
from workshops import roles
from workshops.models import CampaignCoordinator

pytestmark = pytest.mark.django_db

API_PATH = "/api/reach/"
SCHEMA_PATH = f"{API_PATH}openapi.json"
CAMPAIGN_SLUG = "golondrina"
CHECKS = [
    not_a_server_error,
    status_code_conformance,  # every status code it answers is documented, with its body
    response_schema_conformance,
    content_type_conformance,
    response_headers_conformance,
]
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def reported(world, people):  # noqa: F811 (the fixture)
    """The campaign world with figures in every table the API reads."""
    world.campaign.audiences.update(target_reach=50)
    world.headcount(0, [("students", "female", "10-13", 14), ("teachers", "male", "18+", 3)])
    world.join(1, "students", "female", "10-13")
    world.join(2, "students", "male", "14-17")
    world.submit(0, "pre", 1)
    world.submit(0, "post", 0)
    world.submit(1, "pre", 2)
    world.respond(0, "5")
    rebuild.rollups_rebuild()
    assert world.campaign.slug == CAMPAIGN_SLUG
    return world


@pytest.fixture
def shared_transaction():
    """Requests to the WSGI application run in the test's transaction, as the test client's do:
    Django must not close the database connection as each request starts and ends."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def secret(people, reported, shared_transaction) -> str:
    """A token of the campaign's coordinator."""
    return api_tokens.api_token_create(user=people.coordinator, name="fuzzing")[1]


# Strings that have broken web applications before, mixed into the text parameters.
NUL_STRINGS = ["\x00", "golondrina\x00"]  # PostgreSQL refuses to compare text holding a NUL
HOSTILE_STRINGS = [
    *NUL_STRINGS,
    "%00",
    "\r\nX-Injected: 1",
    "' OR '1'='1' --",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "١٢٣",
    "\u202egolondrina",
    "ﬁ",
    "x" * 5_000,
]

# The schema as the application serves it (read once, at collection: serving it reads no data).
schema = schemathesis.openapi.from_wsgi(
    SCHEMA_PATH,
    WSGIHandler(),
    config=schemathesis.Config.from_dict(
        {
            "seed": 20240607,
            "generation": {
                "mode": "all",
                "deterministic": True,
                "database": "none",
                # Each test sends its own Authorization header: a valid token, or a bad one.
                "with-security-parameters": False,
            },
            "dictionaries": {
                "hostile": {"values": HOSTILE_STRINGS},
                # The campaign the token reads (tests/content.py names it) and one it does not.
                "slugs": {
                    "values": [
                        CAMPAIGN_SLUG,
                        CAMPAIGN_SLUG,
                        "another",
                        *NUL_STRINGS,
                        *HOSTILE_STRINGS,
                    ]
                },
                "dimensions": {"values": [*sorted(selectors.DIMENSIONS), *HOSTILE_STRINGS]},
            },
            # Generated slugs and dimensions are mostly unknown (a 404): half the time, take real
            # ones (to reach the figures) or hostile ones; the same for the text filters.
            "parameters": {
                "path.slug": {"dictionary": "slugs", "probability": 0.5},
                "path.dimension": {"dictionary": "dimensions", "probability": 0.5},
                **{
                    f"query.{name}": {"dictionary": "hostile", "probability": 0.15}
                    for name in ("country", "locality", "audience", "gender", "age_band")
                },
            },
            "phases": {"stateful": {"enabled": False}},
        }
    ),
)


def rows_written() -> dict:
    """Rows inserted, updated or deleted so far in this transaction, per table (PostgreSQL), or
    the number of rows of every table (elsewhere)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_xact_user_tables"
            )
            return {
                table: (inserted, updated, deleted)
                for table, inserted, updated, deleted in cursor.fetchall()
                if inserted or updated or deleted
            }
    return {model._meta.db_table: model.objects.count() for model in apps.get_models()}


def without_token_use(written: dict) -> dict:
    """A token notes when it was last used (an update of its own row): that is not data."""
    table = apps.get_model("reach", "ApiToken")._meta.db_table
    if connection.vendor == "postgresql" and table in written:
        inserted, _updated, deleted = written[table]
        written = {**written, table: (inserted, 0, deleted)}
    return written


def is_api_operation(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return "reach_api" in match.namespaces and not match.url_name.startswith("openapi")


@FUZZ
@schema.parametrize()
def test_any_request_with_a_token_gets_an_answer_that_follows_the_schema_and_writes_nothing(
    case, secret
):
    before = without_token_use(rows_written())
    response = case.call(headers={"Authorization": f"Bearer {secret}"})
    case.validate_response(response, checks=CHECKS)
    # 404: no such campaign for this token, or no such breakdown; 422: a malformed filter;
    # 405: a method the API does not have (schemathesis tries them: the API only reads).
    expected = (200, 404, 422) if case.method == "GET" else (405,)
    assert response.status_code in expected, (response.status_code, response.text[:500])
    assert without_token_use(rows_written()) == before


# Schemathesis never puts a control character in a path (strict servers refuse them before
# routing; Django does not): the campaign and dimension in the path get their own fuzzing.
PATH_TEXT = st.one_of(
    st.sampled_from([CAMPAIGN_SLUG, *NUL_STRINGS, ".", "..", "%2F", "\\", "\ud800"]),
    st.text(max_size=20),
    st.text(st.characters(categories=["Cc", "Cs", "Cf", "Zs"]), min_size=1, max_size=4),
)


def path_segment(text: str) -> str:
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


@FUZZ
@given(
    slug=PATH_TEXT,
    page=st.sampled_from(["", "/knowledge", "/surveys", "/breakdowns/"]),
    dimension=st.one_of(st.sampled_from(sorted(selectors.DIMENSIONS)), PATH_TEXT),
)
def test_any_campaign_in_the_path_is_answered_or_unknown_without_a_server_error(
    client, secret, slug, page, dimension
):
    path = f"{API_PATH}campaigns/{path_segment(slug)}{page}"
    if page.endswith("/"):
        path += path_segment(dimension)
    before = without_token_use(rows_written())
    response = client.get(path, headers={"Authorization": f"Bearer {secret}"})
    known = slug == CAMPAIGN_SLUG and (not page.endswith("/") or dimension in selectors.DIMENSIONS)
    if known:
        assert response.status_code == 200, (path, response.status_code)
    elif is_api_operation(unquote(path)):
        assert response.status_code == 404, (path, response.status_code)
    else:  # an empty or slashed segment leads out of the API: Django's 404, or to the language
        assert response.status_code in (302, 404), (path, response.status_code)
    assert without_token_use(rows_written()) == before


@pytest.fixture
def bad_tokens(people, reported, secret) -> list:
    """Authorization headers that must not open the API: none, empty, other schemes, guesses,
    a near miss of a real token, a revoked token and the token of a deactivated coordinator."""
    revoked_token, revoked = api_tokens.api_token_create(user=people.coordinator, name="revoked")
    api_tokens.api_token_revoke(user=people.coordinator, token_id=revoked_token.pk)
    gone = UserFactory(username="gone", groups=[roles.COORDINATORS])
    CampaignCoordinator.objects.create(user=gone, campaign=reported.campaign)
    inactive = api_tokens.api_token_create(user=gone, name="gone")[1]
    gone.is_active = False
    gone.save(update_fields=["is_active"])
    tokens = [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Bearer faro_guessed",
        f"Bearer {secret[:-1]}",
        f"Bearer {secret}x",
        f"Bearer {secret.upper()}",
        f"Bearer  {secret}",
        f"Bearer {secret} {secret}",
        f"Basic {secret}",
        f"Token {secret}",
        secret,
        f"Bearer {revoked}",
        f"Bearer {inactive}",
    ]
    assert len(tokens) == 15  # the test draws one of them, or a guess
    return tokens


# Header values reach Django as Latin-1 text; anything in that range can be sent, but for a
# leading space of any kind (a space, NEL, a no-break space), which HTTP clients strip or refuse
# before sending (the test's client raises on it), so no server ever sees it.
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=60).filter(
    lambda text: not text[:1].isspace()
)


@FUZZ
@schema.given(choice=st.integers(min_value=0, max_value=16), guess=HEADER_TEXT)
@schema.parametrize()
def test_any_request_without_a_valid_token_is_refused_and_writes_nothing(
    case, choice, guess, bad_tokens
):
    if choice < len(bad_tokens):
        authorization = bad_tokens[choice]
    else:
        authorization = guess if choice == len(bad_tokens) else f"Bearer {guess}"
    headers = {"Authorization": authorization} if authorization is not None else {}
    before = rows_written()
    response = case.call(headers=headers)
    case.validate_response(
        response, checks=[not_a_server_error, status_code_conformance, response_schema_conformance]
    )
    if case.method != "GET":
        assert response.status_code == 405, (case.method, response.status_code)
    elif is_api_operation(case.formatted_path):
        assert response.status_code == 401, (authorization, response.status_code)
    else:  # a generated path parameter that leads out of the API (a slash in a slug)
        assert response.status_code == 404, (case.formatted_path, response.status_code)
    assert rows_written() == before
