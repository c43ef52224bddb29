"""The cookie that remembers a participant on their phone: a random key, nothing sequential.

A participant id in the cookie would tell a curious pupil how many people joined before them (and
the ids of the others); the cookie holds a random key instead, and finds the same person again.
"""

import importlib
import uuid

import pytest
from django.core import signing
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from participation.views.participants import (
    COOKIE_NAME,
    COOKIE_SALT,
    join_path,
    participant_by_join_code,
    participant_of,
    participant_remember,
)
from tests.participation.test_participant_journey import join
from tests.upgrades import back_to_the_latest_schema, migrate  # noqa: F401
from tests.workshops.factories import SessionFactory
from workshops.models import Participant
from workshops.services import session_open
from workshops.services.participants import ParticipantProfile, participant_join

pytestmark = pytest.mark.django_db

BEFORE = [("workshops", "0010_session_participant_data_purged_at")]
AFTER = [("workshops", "0011_participant_cookie_key")]


def cookie_value(client: Client) -> str:
    """What the phone's cookie holds, once its signature is checked."""
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE_NAME] = client.cookies[COOKIE_NAME].value
    return request.get_signed_cookie(COOKIE_NAME, salt=COOKIE_SALT)


def signed(value: str) -> str:
    """A cookie value signed as the site signs its own (what an older version handed out)."""
    return signing.get_cookie_signer(salt=COOKIE_NAME + COOKIE_SALT).sign(value)


def phone_with(value: str) -> Client:
    client = Client()
    client.cookies[COOKIE_NAME] = value
    return client


def joined_by_service(session, count: int) -> list[tuple[Participant, str]]:
    """`count` people joining one after the other, each with the cookie their phone is given."""
    joined = []
    for _ in range(count):
        profile = ParticipantProfile(role="students", age_band="10-13", language="en")
        participant = participant_join(session=session, profile=profile, join_key=uuid.uuid4())
        response = HttpResponse()
        participant_remember(response, request=RequestFactory().get("/"), participant=participant)
        request = RequestFactory().get("/")
        request.COOKIES[COOKIE_NAME] = response.cookies[COOKIE_NAME].value
        joined.append((participant, request.get_signed_cookie(COOKIE_NAME, salt=COOKIE_SALT)))
    return joined


def next_page(client: Client, session) -> str:
    """Where the participant pages send this phone now."""
    return client.get(reverse("quiz:next", args=[session.join_code]))["Location"]


def test_the_cookie_a_phone_gets_names_neither_the_participant_nor_the_session_number(
    open_session,
):
    first, second = Client(), Client()
    join(first, open_session)
    join(second, open_session)
    one, two = Participant.objects.order_by("pk")
    for client, participant in ((first, one), (second, two)):
        value = cookie_value(client)
        key = uuid.UUID(hex=value)  # a random UUID, and nothing else
        assert key.version == 4
        assert key == participant.cookie_key
        parts = set(value.replace("-", ":").split(":"))
        assert not parts & {str(participant.pk), str(open_session.pk)}, value
    assert cookie_value(first) != cookie_value(second)


def test_people_joining_one_after_the_other_get_cookies_in_no_order(open_session):
    joined = joined_by_service(open_session, 12)
    values = [value for _participant, value in joined]
    assert len(set(values)) == len(values)
    # Random keys: that twelve come out already sorted (either way) has odds of 2 in 12!.
    assert values not in (sorted(values), sorted(values, reverse=True))
    for participant, value in joined:
        assert str(participant.pk) not in value.split(":")
        assert uuid.UUID(hex=value) == participant.cookie_key


def test_reloading_with_the_cookie_finds_the_same_participant(open_session):
    phone = Client()
    join(phone, open_session)
    participant = Participant.objects.get()
    assert "/pre/" in next_page(phone, open_session)
    reopened = phone.get(reverse("join_code", args=[open_session.join_code]), follow=True)
    assert reopened.status_code == 200
    assert Participant.objects.count() == 1

    request = RequestFactory().get("/")
    request.COOKIES[COOKIE_NAME] = phone.cookies[COOKIE_NAME].value
    assert participant_of(request, open_session) == participant
    assert uuid.UUID(hex=cookie_value(phone)) == participant.cookie_key


def test_a_returning_phone_is_found_with_its_session_in_one_query(
    open_session, django_assert_num_queries
):
    phone = Client()
    join(phone, open_session)
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE_NAME] = phone.cookies[COOKIE_NAME].value
    with django_assert_num_queries(1):
        participant = participant_by_join_code(request, open_session.join_code_display.lower())
        assert participant.session.join_code == open_session.join_code
    assert participant.cookie_key == uuid.UUID(hex=cookie_value(phone))


def test_the_cookie_is_kept_to_the_session_join_path_and_away_from_scripts(open_session):
    response = join(Client(), open_session)
    morsel = response.cookies[COOKIE_NAME]
    assert morsel["path"] == join_path(open_session)
    assert morsel["httponly"]
    assert morsel["samesite"] == "Lax"


def test_an_old_cookie_with_the_session_and_participant_numbers_is_a_new_phone(open_session):
    ((participant, _value),) = joined_by_service(open_session, 1)
    old = phone_with(signed(f"{open_session.pk}:{participant.pk}"))
    assert next_page(old, open_session) == reverse("join_code", args=[open_session.join_code])
    welcome = old.get(reverse("join_code", args=[open_session.join_code]))
    assert welcome.status_code == 200  # asked to join, as any new phone
    assert Participant.objects.count() == 1


@pytest.mark.parametrize(
    "forged",
    [
        pytest.param(lambda key: key.hex, id="unsigned key"),
        pytest.param(lambda key: signed(uuid.uuid4().hex), id="signed key of nobody"),
        pytest.param(lambda key: signed(key.hex)[:-3] + "abc", id="tampered signature"),
        pytest.param(lambda key: signed("not-a-key"), id="signed nonsense"),
        pytest.param(lambda key: signed(""), id="signed empty"),
        pytest.param(lambda key: "1:1", id="bare numbers"),
    ],
)
def test_a_forged_cookie_is_a_new_phone_and_no_error(open_session, forged):
    ((participant, _value),) = joined_by_service(open_session, 1)
    phone = phone_with(forged(participant.cookie_key))
    assert next_page(phone, open_session) == reverse("join_code", args=[open_session.join_code])
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE_NAME] = phone.cookies[COOKIE_NAME].value
    assert participant_of(request, open_session) is None


def test_the_cookie_of_another_session_finds_no_one_there(tree, open_session):
    phone = Client()
    join(phone, open_session)
    other = session_open(
        session=SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            language="en",
            scheduled_start=timezone.now(),
        )
    )
    # The test client sends its cookies on every path: as if the phone sent it to the other code.
    assert next_page(phone, other) == reverse("join_code", args=[other.join_code])
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE_NAME] = phone.cookies[COOKIE_NAME].value
    assert participant_of(request, other) is None
    assert participant_by_join_code(request, other.join_code) is None
    assert Participant.objects.filter(session=other).count() == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("back_to_the_latest_schema")
def test_participants_counted_before_the_upgrade_each_get_their_own_random_key(
    open_session, monkeypatch
):
    migration = importlib.import_module("workshops.migrations.0011_participant_cookie_key")
    monkeypatch.setattr(migration, "BATCH", 2)  # so that five participants take three batches
    old = migrate(BEFORE).loader.project_state(BEFORE).apps.get_model("workshops", "Participant")
    old.objects.bulk_create(
        old(session_id=open_session.pk, role="students", age_band="10-13", language="en")
        for _ in range(5)
    )
    migrate(AFTER)
    keys = list(Participant.objects.values_list("cookie_key", flat=True))
    assert len(keys) == 5
    assert None not in keys
    assert len(set(keys)) == 5
    assert {key.version for key in keys} == {4}
