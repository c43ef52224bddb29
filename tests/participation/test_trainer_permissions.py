"""Who may do what in the trainer space: every role against every view, own and others' sessions.

Anyone signed out is sent to sign in. People outside the trainer space (editors, accounts without
a role) get 403. A session someone may not see is a 404, so nobody learns that it exists; a
session they may read but not change (coordinators of its campaign, administrators) is a 403 on
every change.
"""

import pytest
from django.urls import reverse

from tests.content import People, Tree, people_build, tree_build
from tests.shared_data import building, content_token_renew, copied, module_transaction, order_guard
from tests.workshops.factories import (
    SessionFactory,
    VenueFactory,
    headcount_form_data,
    session_form_data,
)
from workshops import services
from workshops.models import Session

ROLES = (
    "trainer",
    "other_trainer",
    "coordinator",
    "other_coordinator",
    "editor",
    "admin",
    "nobody",
)

# The answer each role gets; "ok" is the view's own success (200 for a page, 302 after an action).
# Others' sessions are hidden (404); people outside the trainer space are refused (403).
OUTSIDERS = {"other_trainer": 404, "other_coordinator": 404, "editor": 403, "nobody": 403}
READERS = {"trainer": "ok", "coordinator": "ok", "admin": "ok", **OUTSIDERS}
OWNER_ONLY = {"trainer": "ok", "coordinator": 403, "admin": 403, **OUTSIDERS}

# view, HTTP method, which session (planned or open), and the answers.
MATRIX = [
    ("session_detail", "get", "planned", READERS),
    ("session_detail", "get", "open", READERS),
    ("session_projector", "get", "open", READERS),
    ("session_live", "get", "open", READERS),
    ("session_qr", "get", "open", READERS),
    ("session_edit", "get", "planned", OWNER_ONLY),
    ("session_edit", "post", "planned", OWNER_ONLY),
    ("session_open", "post", "planned", OWNER_ONLY),
    ("session_delete", "get", "planned", OWNER_ONLY),
    ("session_delete", "post", "planned", OWNER_ONLY),
    ("session_post_test_open", "post", "open", OWNER_ONLY),
    ("session_close", "get", "open", OWNER_ONLY),
    ("session_close", "post", "open", OWNER_ONLY),
    ("session_headcount", "get", "open", OWNER_ONLY),
    ("session_headcount", "post", "open", OWNER_ONLY),
]

# Views without a session: the list, and planning a new one.
SPACE_MATRIX = [
    ("session_list", "get",
     {"trainer": "ok", "other_trainer": "ok", "coordinator": "ok", "other_coordinator": "ok",
      "admin": "ok", "editor": 403, "nobody": 403}),
    ("session_create", "get",
     {"trainer": "ok", "other_trainer": "ok", "coordinator": 403, "other_coordinator": 403,
      "admin": 403, "editor": 403, "nobody": 403}),
    ("session_create", "post",
     {"trainer": "ok", "other_trainer": "ok", "coordinator": 403, "other_coordinator": 403,
      "admin": 403, "editor": 403, "nobody": 403}),
]  # fmt: skip


def _session_form(tree, session) -> dict:
    venue = session.venue if session else VenueFactory()
    return session_form_data(campaign=tree.campaign, module=tree.module, venue=venue)


def _headcount_form(tree, session) -> dict:
    return headcount_form_data({"role": "students", "age_band": "10-13", "female": 3})


# Valid data for each form, so that a refusal is about who asks, never about what they sent.
VALID_POSTS = {
    "session_create": _session_form,
    "session_edit": _session_form,
    "session_headcount": _headcount_form,
}


@pytest.fixture(scope="module")
def _tree_and_people_once(request, django_db_setup, django_db_blocker) -> tuple[Tree, People]:
    """The site and one account per role, built once for the module's tests, which all start from
    them (tests/shared_data.py); each test gets a copy of the objects, as they were when built."""
    with module_transaction(request, django_db_blocker):
        with building(django_db_blocker):
            tree = tree_build()
            built = (tree, people_build(tree))
        yield built


@pytest.fixture
def _tree_and_people(_tree_and_people_once, db) -> tuple[Tree, People]:
    content_token_renew()
    return copied(_tree_and_people_once)


@pytest.fixture
def tree(_tree_and_people) -> Tree:
    return _tree_and_people[0]


@pytest.fixture
def people(_tree_and_people) -> People:
    return _tree_and_people[1]


_shared_data_order = order_guard("tree", "people")


@pytest.fixture
def sessions(tree, people):
    planned = SessionFactory(campaign=tree.campaign, trainer=people.trainer, modules=[tree.module])
    open_ = services.session_open(
        session=SessionFactory(
            campaign=tree.campaign, trainer=people.trainer, modules=[tree.module]
        )
    )
    return {"planned": planned, "open": open_}


def _request(client, method, url, data):
    return client.post(url, data) if method == "post" else client.get(url)


def _assert_answer(response, expected, role, url):
    if expected == "ok":
        assert response.status_code in (200, 302), (role, url, response.status_code)
        if response.status_code == 302:
            assert "/login/" not in response["Location"], (role, url)
    else:
        assert response.status_code == expected, (role, url, response.status_code)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "view, method, kind, answers", MATRIX, ids=[f"{v}-{m}-{k}" for v, m, k, _ in MATRIX]
)
def test_each_role_gets_exactly_its_answer_from_each_session_view(
    client, tree, people, sessions, role, view, method, kind, answers
):
    session = sessions[kind]
    client.force_login(getattr(people, role))
    url = reverse(f"trainer:{view}", args=[session.pk])
    data = VALID_POSTS.get(view, lambda tree, session: {})(tree, session)
    before = Session.objects.filter(pk=session.pk).values().first()
    response = _request(client, method, url, data)
    _assert_answer(response, answers[role], role, url)
    if answers[role] != "ok":
        # A refused request changes nothing.
        assert Session.objects.filter(pk=session.pk).values().first() == before
        assert not session.attendance.exists()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "view, method, answers", SPACE_MATRIX, ids=[f"{v}-{m}" for v, m, _ in SPACE_MATRIX]
)
def test_each_role_gets_exactly_its_answer_from_the_list_and_the_planning_form(
    client, tree, people, role, view, method, answers
):
    client.force_login(getattr(people, role))
    count = Session.objects.count()
    data = VALID_POSTS.get(view, lambda tree, session: {})(tree, None)
    response = _request(client, method, reverse(f"trainer:{view}"), data)
    _assert_answer(response, answers[role], role, view)
    if answers[role] != "ok":
        assert Session.objects.count() == count


@pytest.mark.parametrize("view, method, kind, answers", MATRIX)
def test_signed_out_visitors_are_sent_to_sign_in_and_change_nothing(
    client, tree, sessions, view, method, kind, answers
):
    session = sessions[kind]
    url = reverse(f"trainer:{view}", args=[session.pk])
    response = _request(client, method, url, {})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("trainer:login"))
    assert Session.objects.get(pk=session.pk).state == session.state


def test_a_trainer_never_sees_another_trainers_sessions_in_the_list(client, tree, people, sessions):
    client.force_login(people.other_trainer)
    page = client.get(reverse("trainer:session_list")).text
    assert "You have no sessions yet." in page
    assert sessions["open"].join_code_display not in page


def test_a_coordinator_sees_the_campaigns_sessions_read_only(client, tree, people, sessions):
    client.force_login(people.coordinator)
    listing = client.get(reverse("trainer:session_list")).text
    assert sessions["open"].join_code_display in listing
    assert "Plan a session" not in listing
    detail = client.get(reverse("trainer:session_detail", args=[sessions["open"].pk])).text
    assert "Close session" not in detail and "Record headcount" not in detail
    client.force_login(people.other_coordinator)
    assert (
        sessions["open"].join_code_display not in client.get(reverse("trainer:session_list")).text
    )


def test_an_unknown_session_is_a_404_even_for_its_would_be_trainer(client, people):
    client.force_login(people.trainer)
    assert client.get(reverse("trainer:session_detail", args=[999999])).status_code == 404


def test_editors_and_administrators_manage_venues_in_the_admin_and_trainers_do_not(client, people):
    url = reverse("wagtailsnippets_workshops_venue:add")
    client.force_login(people.editor)
    assert client.get(url).status_code == 200
    client.force_login(people.admin)
    assert client.get(url).status_code == 200
    client.force_login(people.trainer)
    assert client.get(url).status_code in (302, 403)
