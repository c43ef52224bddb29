"""Join codes resist guessing without locking anyone out, and no single client fills a session.

Wrong codes count only when sent with the form, per device and, far higher, per address (the
client's, behind the proxies TRUSTED_PROXY_COUNT trusts); a device joins a session once, or once
more each time it is handed on, and one address joins a session only so often."""

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from tests.participation.test_participant_journey import PROFILE, join
from tests.participation.test_participant_languages import page_translated
from workshops.client import client_address
from workshops.models import Participant
from workshops.services import participant_remove

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # the reverse proxy: every request reaches the platform from it
SCHOOL, ELSEWHERE = "198.51.100.20", "203.0.113.7"


@pytest.fixture
def few_failures(settings):
    settings.JOIN_DEVICE_FAILURES_ALLOWED = 3
    settings.JOIN_ADDRESS_FAILURES_ALLOWED = 8
    settings.JOIN_FAILURE_WINDOW_SECONDS = 300


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def phone(address: str = SCHOOL, *, proxy: bool = True) -> Client:
    """A browser at `address`, reaching the platform through the proxy (or directly)."""
    if proxy:
        return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)
    return Client(REMOTE_ADDR=address)


def guess(client, code: str = "ZZZZ-ZZZZ"):
    """Type a code in the join form."""
    return client.post(reverse("join"), {"code": code})


def visit(client, code: str = "ZZZZ0000"):
    """Open a code's address (a link, a QR code, or an <img> on someone else's page)."""
    return client.get(reverse("join_code", args=[code]))


def test_a_device_that_types_too_many_wrong_codes_is_asked_to_wait(
    client, open_session, few_failures
):
    assert client.get(reverse("join")).status_code == 200  # the join page gives the device cookie
    for wrong in ("ZZZZZZZZ", "YYYYYYYY", "XXXX-XXXX"):
        assert guess(client, wrong).status_code == 404
    response = guess(client, "WWWWWWWW")
    assert response.status_code == 429
    assert response["Retry-After"] == "300"
    assert "Too many wrong codes" in response.text and "wait 5 minutes" in response.text
    # Right or wrong, typed or opened, the answer is the same: guessing on tells nothing.
    assert guess(client, open_session.join_code).status_code == 429
    assert visit(client, open_session.join_code).status_code == 429
    assert visit(client, "VVVVVVVV").status_code == 429
    assert response["Cache-Control"].startswith("max-age=0")


def test_behind_the_proxy_a_phone_guessing_codes_does_not_stop_a_classmate_from_joining(
    open_session, behind_proxy
):
    """The issue's case: 31 wrong codes from one phone at the school, all through the proxy."""
    guesser = phone()
    guesser.get(reverse("join"))
    answers = [guess(guesser).status_code for _ in range(31)]
    assert answers == [404] * 10 + [429] * 21  # the phone waits...
    join(phone(), open_session)  # ... its classmate, at the same address, joins
    assert Participant.objects.filter(session=open_session).count() == 1


def test_behind_the_proxy_visits_of_a_wrong_codes_address_lock_nobody_out(
    open_session, behind_proxy
):
    """An <img src="/join/ZZZZ0000/"> on any page, opened 31 times at the school: no cookie, a
    GET each time. It shows the 404 page and counts nothing."""
    for _ in range(31):
        assert visit(phone()).status_code == 404
    join(phone(), open_session)
    assert Participant.objects.filter(session=open_session).count() == 1


def test_a_script_that_drops_its_cookie_is_held_at_its_address(open_session, few_failures):
    """Without the device cookie a client counts at its address only, whose limit is higher; past
    it, nobody there guesses on (2^40 codes stay out of reach), and other addresses are free."""
    for _ in range(8):
        assert guess(phone(ELSEWHERE, proxy=False)).status_code == 404
    assert guess(phone(ELSEWHERE, proxy=False)).status_code == 429
    assert guess(phone(ELSEWHERE, proxy=False), open_session.join_code).status_code == 429
    assert guess(phone(SCHOOL, proxy=False)).status_code == 404


def test_a_spoofed_forwarded_address_behind_the_proxy_is_still_one_client(
    open_session, few_failures, behind_proxy
):
    for n in range(8):
        guess(phone(f"192.0.2.{n}, {ELSEWHERE}"))
    assert guess(phone(f"192.0.2.99, {ELSEWHERE}")).status_code == 429
    assert guess(phone(SCHOOL)).status_code == 404


def test_a_phone_that_joined_carries_on_while_its_address_is_limited(
    client, open_session, few_failures
):
    join(client, open_session)
    for _ in range(8):
        guess(Client())  # cookieless guesses from the same address
    assert guess(Client(), open_session.join_code).status_code == 429
    page = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    assert page.status_code == 200 and "form" in page.context


def test_a_whole_school_behind_one_address_joins_without_being_limited(open_session, few_failures):
    open_session.expected_size = 60
    open_session.save()
    for _ in range(40):
        join(Client(), open_session)  # every phone has the same address
    assert Participant.objects.filter(session=open_session).count() == 40


def test_a_phone_joins_while_the_cache_is_down(client, open_session, cache_down):
    """Redis stopped, or failing over (tests/faults/test_rehearsal.py): the limits count nothing
    then, and the join goes through."""
    join(client, open_session)
    assert Participant.objects.filter(session=open_session).count() == 1


def test_a_session_takes_no_more_people_than_its_cap(client, open_session):
    open_session.expected_size = 1
    open_session.save()
    assert open_session.participant_cap == 21
    for _ in range(21):
        join(Client(), open_session)
    late = Client()
    late.get(reverse("join_code", args=[open_session.join_code]))
    response = late.post(reverse("join_code", args=[open_session.join_code]), PROFILE)
    assert response.status_code == 409
    assert "This session is full" in response.text
    assert Participant.objects.filter(session=open_session).count() == 21


# --- One client does not fill a session ------------------------------------------------------


def join_again(client, session):
    """The same device, its participant cookie gone (cleared, or the participant removed),
    tries to join once more."""
    client.cookies.pop("faro_participant", None)
    client.get(reverse("join_code", args=[session.join_code]))
    return client.post(reverse("join_code", args=[session.join_code]), PROFILE)


def test_a_device_joins_a_session_once(client, open_session):
    join(client, open_session)
    response = join_again(client, open_session)
    assert response.status_code == 429
    assert "This device has already joined" in response.text
    assert Participant.objects.filter(session=open_session).count() == 1


def test_a_device_that_joined_is_told_so_in_the_participants_language(client, open_session):
    page_translated(open_session.campaign, "es", slug="campana-es", title="Campaña")
    open_session.language = "es"
    open_session.save()
    join(client, open_session)
    response = join_again(client, open_session)
    assert response.status_code == 429
    assert "Este dispositivo ya se unió" in response.text


def test_a_shared_tablet_takes_the_next_person_after_next_person_only(
    client, open_session, settings
):
    settings.JOIN_DEVICE_JOINS_ALLOWED = 3
    next_person = reverse("join_next_person", args=[open_session.join_code])
    join(client, open_session)
    for _ in range(2):
        client.post(next_person)
        join(client, open_session)
    client.post(next_person)  # a fourth person: more than a shared device is for
    assert join_again(client, open_session).status_code == 429
    assert Participant.objects.filter(session=open_session).count() == 3


def test_next_person_without_having_joined_gives_no_extra_join(client, open_session):
    next_person = reverse("join_next_person", args=[open_session.join_code])
    client.get(reverse("join_code", args=[open_session.join_code]))
    for _ in range(3):
        client.post(next_person)
    join(client, open_session)
    assert join_again(client, open_session).status_code == 429


def test_a_double_tap_on_join_still_joins_once(client, open_session):
    page = client.get(reverse("join_code", args=[open_session.join_code]))
    data = {**PROFILE, "join_key": page.context["form"].initial["join_key"]}
    url = reverse("join_code", args=[open_session.join_code])
    first = client.post(url, data)
    client.cookies.pop("faro_participant")
    second = client.post(url, data)
    assert first.status_code == second.status_code == 302
    assert Participant.objects.filter(session=open_session).count() == 1


def test_a_script_elsewhere_cannot_refill_a_session_the_trainer_emptied(
    open_session, behind_proxy, settings, people
):
    """The issue's case: scripted joins from one address take every place; the trainer removes
    them; that address cannot take the places again, and real phones join."""
    settings.JOIN_ADDRESS_JOINS_PER_PLACE = 1
    open_session.expected_size = 1
    open_session.save()  # room for 21
    for _ in range(21):
        join(phone(ELSEWHERE), open_session)  # cookieless: a new device each time
    full = join_again(phone(SCHOOL), open_session)
    assert full.status_code == 409
    for fake in Participant.objects.filter(session=open_session):
        participant_remove(session=open_session, participant=fake, by=open_session.trainer)
    refused = join_again(phone(ELSEWHERE), open_session)
    assert refused.status_code == 429
    assert "Too many people joined from here" in refused.text
    join(phone(SCHOOL), open_session)
    assert Participant.objects.filter(session=open_session, removed_at__isnull=True).count() == 1


# --- The client's address ---------------------------------------------------------------------


def address_of(settings, hops: int, forwarded: str | None, remote: str = PROXY) -> str:
    settings.TRUSTED_PROXY_COUNT = hops
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **meta))


def test_the_client_address_trusts_no_more_proxies_than_configured(settings):
    # No proxy configured: the header is the client's own writing, never read.
    assert address_of(settings, 0, SCHOOL) == PROXY
    # One proxy: the address it added, right-most; what the client wrote before it is ignored.
    assert address_of(settings, 1, SCHOOL) == SCHOOL
    assert address_of(settings, 1, f"192.0.2.1, {SCHOOL}") == SCHOOL
    assert address_of(settings, 1, f"192.0.2.1,{SCHOOL}, ") == SCHOOL
    # Two proxies: the address the outer one added, second from the right.
    assert address_of(settings, 2, f"192.0.2.1, {SCHOOL}, 10.0.0.9") == SCHOOL
    # Fewer entries than proxies: the farthest a proxy of ours saw.
    assert address_of(settings, 2, SCHOOL) == SCHOOL
    # No header, or nothing usable where a proxy of ours writes: the direct peer.
    assert address_of(settings, 1, None) == PROXY
    assert address_of(settings, 1, "unknown") == PROXY


def test_the_client_address_is_read_as_proxies_write_it(settings):
    assert address_of(settings, 1, f"{SCHOOL}:51234") == SCHOOL
    assert address_of(settings, 1, "[2001:db8:1:2::7]:443") == "2001:db8:1:2::"
    assert address_of(settings, 1, "::ffff:198.51.100.20") == SCHOOL
    # A phone changes its IPv6 address within its /64 at will: the /64 is the client.
    assert address_of(settings, 1, "2001:db8:1:2:aaaa::1") == address_of(
        settings, 1, "2001:db8:1:2:bbbb::2"
    )
    assert address_of(settings, 1, "2001:db8:1:3::1") != address_of(settings, 1, "2001:db8:1:2::1")
