"""Every URL of the platform against every kind of visitor.

The URLs come from the URL resolver, so a new view cannot slip in unseen: the first test fails
until the view is given an access class below. Each class says what each visitor gets; a refusal
is a redirect to sign in (or, for participant pages, to the session's welcome page), a 401, a 403
or a 404, never the page. The Wagtail admin and Wagtail's own page, document and API views are
Wagtail's to guard; one check below makes sure the admin stays closed to everyone but editors.
"""

import uuid

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from quizzes.models import Attempt
from reach import pdf, tasks
from reach.services import tokens
from tests.content import People, Tree, people_build, quiz_build, tree_build
from tests.participation.test_participant_journey import join
from tests.quizzes.factories import ALL_RIGHT, quiz_form_data
from tests.shared_data import building, content_token_renew, copied, module_transaction, order_guard
from tests.surveys.factories import SurveyFactory
from tests.workshops.factories import FigureReviewFactory, SessionFactory
from workshops.services import session_close, session_open

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "participant",
    "trainer",
    "other_trainer",
    "coordinator",
    "other_coordinator",
    "editor",
    "admin",
)
STAFF = {"trainer", "other_trainer", "coordinator", "other_coordinator", "admin"}

OK, LOGIN, WELCOME = "ok", "login", "welcome"


def answers(ok=(), **refusals) -> dict[str, object]:
    """Each role's answer: `ok` for those listed, the given refusal for some, else LOGIN for
    visitors without an account and 403 for accounts."""
    table = {role: (LOGIN if role in ("anonymous", "participant") else 403) for role in ROLES}
    table.update(dict.fromkeys(ok, OK))
    table.update(refusals)
    return table


EVERYONE = dict.fromkeys(ROLES, OK)
PARTICIPANT = {role: (OK if role == "participant" else WELCOME) for role in ROLES}
SESSION_READ = answers(
    ("trainer", "coordinator", "admin"), other_trainer=404, other_coordinator=404
)
SESSION_CHANGE = answers(
    ("trainer",), coordinator=403, admin=403, other_trainer=404, other_coordinator=404
)
TRAINER_SPACE = answers(STAFF)
PLANNING = answers(("trainer", "other_trainer"))
REPORTS = answers(("coordinator", "other_coordinator", "admin"))
CAMPAIGN_REPORT = answers(("coordinator", "admin"), other_coordinator=404)
OWN_PDF = answers(("coordinator",), admin=404, other_coordinator=404)
TOKEN_ONLY = dict.fromkeys(ROLES, 401)
# Every account's own two-step sign-in, whatever its role.
ACCOUNT = answers(set(ROLES) - {"anonymous", "participant"})

# URL name: (method, access).
ACCESS = {
    "join": ("get", EVERYONE),
    "join_code": ("get", EVERYONE),
    "join_about": ("get", dict.fromkeys(ROLES, WELCOME)),  # its old address: the welcome page
    "join_next_person": ("post", dict.fromkeys(ROLES, WELCOME)),  # forgets the device, always
    "quiz:next": ("get", PARTICIPANT),
    "quiz:take": ("get", PARTICIPANT),
    "quiz:result": ("get", PARTICIPANT),
    "quiz:wait": ("get", PARTICIPANT),
    # The wait page's script asks it: JSON for the participant, an empty 404 for anyone else.
    "quiz:progress": ("get", {role: (OK if role == "participant" else 404) for role in ROLES}),
    "quiz:done": ("get", PARTICIPANT),
    # The service worker's script reads nothing and names no one: the same for every visitor.
    "quiz:service_worker": ("get", EVERYONE),
    "quiz:offline": ("get", EVERYONE),  # a page with no one's data, kept for offline use
    # Says when a closed session stopped taking late answers; 410 for everyone.
    "quiz:late": ("get", dict.fromkeys(ROLES, 410)),
    "quiz:certificate": ("get", PARTICIPANT),
    "survey:take": ("get", PARTICIPANT),
    "trainer:login": ("get", EVERYONE),
    "trainer:logout": ("post", dict.fromkeys(ROLES, LOGIN)),  # signed out, back to sign-in
    "trainer:two_factor": ("get", ACCOUNT),
    "trainer:two_factor_verify": ("get", ACCOUNT),  # nothing owed: straight on
    "trainer:two_factor_setup": ("get", ACCOUNT),
    "trainer:two_factor_backup_codes": ("post", ACCOUNT),  # no app yet: sent to set one up
    "trainer:two_factor_remove": ("post", ACCOUNT),  # the account's own app, never another's
    "trainer:session_list": ("get", TRAINER_SPACE),
    "trainer:session_create": ("get", PLANNING),
    "trainer:session_detail": ("get", SESSION_READ),
    "trainer:session_live": ("get", SESSION_READ),
    "trainer:session_projector": ("get", SESSION_READ),
    "trainer:session_projector_live": ("get", SESSION_READ),
    "trainer:session_qr": ("get", SESSION_READ),
    "trainer:session_paper": ("get", SESSION_READ),
    "trainer:session_certificates": ("get", SESSION_READ),
    "trainer:session_paper_tally": ("get", SESSION_CHANGE),
    "trainer:session_paper_sheet": ("get", SESSION_CHANGE),
    "trainer:session_paper_survey_sheet": ("get", SESSION_CHANGE),
    # An empty form takes back no sheet: the trainer is sent back to the paper page.
    "trainer:session_paper_sheet_remove": ("post", SESSION_CHANGE),
    "trainer:session_edit": ("get", SESSION_CHANGE),
    "trainer:session_open": ("post", SESSION_CHANGE),
    "trainer:session_close": ("get", SESSION_CHANGE),
    "trainer:session_post_test_open": ("post", SESSION_CHANGE),
    "trainer:session_content_latest": ("post", SESSION_CHANGE),
    "trainer:session_participant_remove": ("post", SESSION_CHANGE),
    "trainer:session_headcount": ("get", SESSION_CHANGE),
    "trainer:session_delete": ("get", SESSION_CHANGE),
    "reports:home": ("get", REPORTS),
    "reports:api_tokens": ("get", REPORTS),
    "reports:api_token_revoke": ("post", REPORTS),  # only the owner's token goes (checked below)
    "reports:campaign": ("get", CAMPAIGN_REPORT),
    "reports:campaign_refresh": ("post", CAMPAIGN_REPORT),
    "reports:figure_review": ("post", CAMPAIGN_REPORT),  # an empty form decides nothing
    "reports:campaign_export": ("get", CAMPAIGN_REPORT),
    "reports:campaign_pdf": ("post", CAMPAIGN_REPORT),
    "reports:campaign_pdf_job": ("get", OWN_PDF),
    "reports:campaign_pdf_download": ("get", OWN_PDF),
    "reach_api:campaigns": ("get", TOKEN_ONLY),
    "reach_api:headline": ("get", TOKEN_ONLY),
    "reach_api:breakdown": ("get", TOKEN_ONLY),
    "reach_api:knowledge": ("get", TOKEN_ONLY),
    "reach_api:surveys": ("get", TOKEN_ONLY),
    "reach_api:openapi-json": ("get", EVERYONE),  # the schema describes, it holds no figures
    "reach_api:openapi-view": ("get", EVERYONE),
    "search": ("get", EVERYONE),
    "set_language": ("post", EVERYONE),
}

# Guarded by Wagtail (its admin, page serving, documents, page API) or only a prefix of them.
WAGTAIL_PREFIXES = ("admin/", "documents/", "api/v2/")
NOT_OURS = {
    "reach_api:api-root",  # django-ninja's own root, not routed to a view of ours
    "wagtail_serve",
    "wagtailcore_login",  # private pages' sign-in and password forms (no page uses them)
    "wagtailcore_authenticate_with_password",
}


def url_names() -> set[str]:
    found = set()

    def walk(patterns, prefix: str, namespace: str | None):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern) and not route.startswith(WAGTAIL_PREFIXES):
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                if name and name not in NOT_OURS:
                    found.add(name)

    walk(get_resolver().url_patterns, "", None)
    return found


def test_every_url_of_the_platform_has_an_access_class():
    assert url_names() - set(ACCESS) == set(), "give these views an access class"
    assert set(ACCESS) - url_names() == set(), "these views no longer exist"


@pytest.fixture(scope="module")
def _content_and_people_once(request, django_db_setup, django_db_blocker):
    """The site, one account per role and the quiz, built once for the module's tests that visit
    URLs (tests/shared_data.py); each test gets a copy of the objects, as they were when built.
    What `place` adds (a session, a joined device, a PDF job and the cache keys they leave) each
    test still makes for itself."""
    with module_transaction(request, django_db_blocker):
        with building(django_db_blocker):
            tree = tree_build()
            people = people_build(tree)
            built = (tree, people, quiz_build(tree))
        yield built


@pytest.fixture
def _content_and_people(_content_and_people_once, db):
    content_token_renew()
    return copied(_content_and_people_once)


@pytest.fixture
def tree(_content_and_people) -> Tree:
    return _content_and_people[0]


@pytest.fixture
def people(_content_and_people) -> People:
    return _content_and_people[1]


@pytest.fixture
def quiz(_content_and_people):
    return _content_and_people[2]


_shared_data_order = order_guard("tree", "people", "quiz")


@pytest.fixture
def place(tree, people, open_session, quiz, monkeypatch):
    """A participant's device that has joined and taken the pre-test, a survey, a PDF job of the
    coordinator's, a token and a headcount waiting for review, so that every URL has something
    real to point at."""
    open_session.trainer = people.trainer
    open_session.save()
    survey = SurveyFactory(campaign=tree.campaign, use="pre")
    device = Client()
    join(device, open_session)
    attempt_page = device.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    device.post(attempt_page.request["PATH_INFO"], quiz_form_data(attempt_page.context, ALL_RIGHT))
    attempt = Attempt.objects.get()
    token, _secret = tokens.api_token_create(user=people.coordinator, name="dashboard")
    review = FigureReviewFactory(session=open_session)
    monkeypatch.setattr(tasks.report_pdf_generate, "delay", lambda job_id: None)  # stays queued
    job_id = pdf.report_pdf_request(
        user=people.coordinator, campaign_id=tree.campaign.pk, query="", language="en"
    ).job_id
    code, slug = open_session.join_code, tree.campaign.slug
    closed = session_open(session=SessionFactory(campaign=tree.campaign, modules=[tree.module]))
    closed_code = session_close(session=closed).join_code
    args = {
        "join_code": [code],
        "join_about": [code],
        "join_next_person": [code],
        "quiz:next": [code],
        "quiz:take": [code, "pre", quiz.translation_key],
        "quiz:result": [code, attempt.key],
        "quiz:wait": [code],
        "quiz:progress": [code],
        "quiz:done": [code],
        "quiz:service_worker": [code],
        "quiz:offline": [code],
        "quiz:late": [closed_code],
        "quiz:certificate": [code],
        "survey:take": [code, "pre", survey.translation_key],
        "trainer:session_paper_tally": [open_session.pk, "post", quiz.translation_key],
        "trainer:session_paper_sheet": [open_session.pk, "pre", quiz.translation_key],
        "trainer:session_paper_survey_sheet": [open_session.pk, "pre", survey.translation_key],
        "reports:api_token_revoke": [token.pk],
        "reports:campaign": [slug],
        "reports:campaign_refresh": [slug],
        "reports:figure_review": [slug, review.pk],
        "reports:campaign_export": [slug, "by-venue", "csv"],
        "reports:campaign_pdf": [slug],
        "reports:campaign_pdf_job": [slug, job_id],
        "reports:campaign_pdf_download": [slug, job_id],
        "reach_api:headline": [slug],
        "reach_api:breakdown": [slug, "venue"],
        "reach_api:knowledge": [slug],
        "reach_api:surveys": [slug],
    }
    return {"device": device, "session": open_session, "args": args, "token": token}


def url_of(name: str, place) -> str:
    if name.startswith("trainer:session_") and name not in (
        "trainer:session_list",
        "trainer:session_create",
        "trainer:session_paper_tally",
        "trainer:session_paper_sheet",
        "trainer:session_paper_survey_sheet",
    ):
        return reverse(name, args=[place["session"].pk])
    url = reverse(name, args=place["args"].get(name, []))
    return url + "?agree=yes" if name == "join_about" else url


def visitor(role: str, people, place) -> Client:
    if role == "participant":
        return place["device"]
    browser = Client()
    if role != "anonymous":
        browser.force_login(getattr(people, role))
    return browser


def answer_of(response, expected, place) -> bool:
    status, location = response.status_code, response.get("Location", "")
    if expected == OK:
        return status < 400 and not location.startswith(reverse("trainer:login"))
    if expected == LOGIN:
        return status == 302 and location.startswith(reverse("trainer:login"))
    if expected == WELCOME:
        welcome = reverse("join_code", args=[place["session"].join_code])
        return status == 302 and location.startswith(welcome)
    return status == expected


@pytest.mark.parametrize("name", sorted(ACCESS))
def test_each_visitor_gets_exactly_its_answer_from_each_url(people, place, name):
    method, access = ACCESS[name]
    url = url_of(name, place)
    wrong = []
    for role in ROLES:
        browser = visitor(role, people, place)
        response = browser.post(url, {}) if method == "post" else browser.get(url)
        if not answer_of(response, access[role], place):
            wrong.append((role, access[role], response.status_code, response.get("Location")))
    assert wrong == [], f"{name} ({url}): (role, expected, got, location)"


def test_a_token_is_revoked_only_by_its_owner(client, people, place):
    for other in (people.other_coordinator, people.admin):
        client.force_login(other)
        client.post(reverse("reports:api_token_revoke", args=[place["token"].pk]))
        place["token"].refresh_from_db()  # still there
    client.force_login(people.coordinator)
    client.post(reverse("reports:api_token_revoke", args=[place["token"].pk]))
    assert not type(place["token"]).objects.filter(pk=place["token"].pk).exists()


def test_the_wagtail_admin_is_closed_to_everyone_but_editors(people, place):
    for role in ROLES:
        response = visitor(role, people, place).get(reverse("wagtailadmin_home"))
        if role in ("editor", "admin"):
            assert response.status_code == 200, role
        else:
            assert response.status_code in (302, 403), role
            assert response.status_code == 403 or "/login/" in response["Location"], role


def test_unknown_keys_tell_nothing(client, people, place):
    client.force_login(people.coordinator)
    missing = reverse("reports:campaign_pdf_job", args=[place["args"]["reports:campaign"][0], "x"])
    assert client.get(missing).status_code == 404
    device = place["device"]
    code = place["session"].join_code
    assert device.get(reverse("quiz:result", args=[code, uuid.uuid4()])).status_code == 404


# What an account that typed its password but not yet its code may open (workshops/signin.py).
SIGNIN_STEPS = {
    "trainer:login",
    "trainer:logout",
    "trainer:two_factor_verify",
    "trainer:two_factor_setup",
}


def test_a_password_alone_opens_no_page_of_the_trainer_space_the_reports_or_the_admin(
    people, place, settings
):
    settings.TWO_FACTOR_REQUIRED = True
    second_step = (reverse("trainer:two_factor_verify"), reverse("trainer:two_factor_setup"))
    guarded = sorted(
        name
        for name in ACCESS
        if name.startswith(("trainer:", "reports:")) and name not in SIGNIN_STEPS
    )
    wrong = []
    for role in STAFF | {"editor"}:
        browser = visitor(role, people, place)  # signed in with a password, no code
        urls = [(name, *ACCESS[name]) for name in guarded]
        urls += [("admin", "get", None), ("admin pages", "get", None)]
        for name, method, _access in urls:
            if name == "admin":
                url = reverse("wagtailadmin_home")
            elif name == "admin pages":
                url = reverse("wagtailadmin_explore_root")
            else:
                url = url_of(name, place)
            response = browser.post(url, {}) if method == "post" else browser.get(url)
            location = response.get("Location", "")
            if response.status_code != 302 or not location.startswith(second_step):
                wrong.append((role, name, response.status_code, location))
    assert wrong == [], "(role, view, got, location)"


def test_only_administrators_reset_another_accounts_two_step_sign_in(people, place):
    """Editors are sent back to the admin's home, other accounts and visitors to a sign-in page;
    the trainer keeps their app until an administrator resets it."""
    browsers = {role: visitor(role, people, place) for role in ROLES}
    app = TOTPDevice.objects.create(user=people.trainer, name="authenticator", confirmed=True)
    url = reverse("faro_second_factor_reset", args=[people.trainer.pk])
    for role, browser in browsers.items():
        if role == "admin":
            continue
        for response in (browser.get(url), browser.post(url)):
            assert response.status_code == 302, role
            refused_to = reverse("wagtailadmin_home") if role == "editor" else "/login/"
            assert refused_to in response["Location"], role
    assert TOTPDevice.objects.filter(pk=app.pk).exists()
    admin = browsers["admin"]
    assert admin.get(url).status_code == 200
    assert admin.post(url).status_code == 302
    assert not TOTPDevice.objects.filter(pk=app.pk).exists()
