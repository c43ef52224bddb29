"""Two-step sign-in: where it is required, a password alone reads nothing (no session's free
texts, no report, no page of the admin) until the account gives a code from its authenticator app
or one of its backup codes. Wrong codes are refused, clearly, and slow the next try down; setting
up an app works from the QR code on; a password alone never replaces an account's app; the
bearer-token API and participants never notice."""

import datetime as dt
import re
from base64 import b32decode
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from reach.services import tokens
from tests.participation.test_survey_flow import session_without_quiz
from tests.qr import svg_decode
from tests.surveys.factories import SurveyFactory
from tests.surveys.test_survey_results import answer
from tests.workshops.factories import AuthenticatorFactory, BackupCodesFactory, authenticator_code
from workshops.services import second_factor

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"  # every UserFactory account's
FREE_TEXT = "Mi hermano mayor me asusta"
VERIFY = reverse("trainer:two_factor_verify")
SETUP = reverse("trainer:two_factor_setup")


@pytest.fixture
def required(settings):
    settings.TWO_FACTOR_REQUIRED = True


@pytest.fixture
def answered(tree, people):
    """An open session of the trainer's in which a teacher wrote a free text."""
    session = session_without_quiz(tree, age_band="18+", audience="teachers")
    session.trainer = people.trainer
    session.save()
    SurveyFactory(campaign=tree.campaign, use="pre")
    answer(session, FREE_TEXT)
    return session


def password_only(user, *, url: str = "") -> Client:
    """A browser in which `user` typed the right password, and nothing more yet."""
    browser = Client()
    response = browser.post(
        url or reverse("trainer:login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return browser


def sent_to(response) -> str:
    assert response.status_code == 302, response.status_code
    return urlsplit(response["Location"]).path


def give_code(browser: Client, code: str, *, next_url: str = ""):
    return browser.post(VERIFY, {"code": code, "next": next_url})


def wrong_code(device) -> str:
    """A code the app shows at no time near now (the step before, now and the next are taken)."""
    near = {authenticator_code(device, steps_ahead=step) for step in (-1, 0, 1)}
    return next(code for code in ("123456", "654321", "111111") if code not in near)


def test_with_the_right_password_alone_a_trainer_reads_no_free_text_until_the_code(
    required, people, answered
):
    device = AuthenticatorFactory(user=people.trainer)
    browser = password_only(people.trainer)
    detail = reverse("trainer:session_detail", args=[answered.pk])

    for url in (
        detail,
        reverse("trainer:session_list"),
        reverse("trainer:session_live", args=[answered.pk]),
    ):
        response = browser.get(url)
        assert sent_to(response) == VERIFY, url
        assert FREE_TEXT not in response.content.decode()
    step = browser.get(browser.get(detail)["Location"])
    assert step.status_code == 200
    assert "Type your sign-in code" in step.text
    assert FREE_TEXT not in step.text

    password_session = browser.session.session_key
    response = give_code(browser, authenticator_code(device), next_url=detail)
    assert response["Location"] == detail
    assert FREE_TEXT in browser.get(detail).text
    # Whoever learnt the session's key before the code step is not signed in by it.
    assert browser.session.session_key != password_session


def test_a_coordinator_reads_no_report_before_the_code(required, people, tree):
    device = AuthenticatorFactory(user=people.coordinator)
    browser = password_only(people.coordinator)
    report = reverse("reports:campaign", args=[tree.campaign.slug])
    for url in (report, reverse("reports:home"), reverse("reports:api_tokens")):
        assert sent_to(browser.get(url)) == VERIFY, url

    give_code(browser, authenticator_code(device))
    assert browser.get(report).status_code == 200


def test_a_wrong_code_is_refused_with_a_clear_message(required, people, answered):
    device = AuthenticatorFactory(user=people.trainer)
    browser = password_only(people.trainer)

    response = give_code(browser, wrong_code(device))

    assert response.status_code == 200
    assert "That code is not right." in unescape(response.text)
    assert 'aria-invalid="true"' in response.text or "is-invalid" in response.text
    detail = reverse("trainer:session_detail", args=[answered.pk])
    assert sent_to(browser.get(detail)) == VERIFY


def test_after_a_wrong_code_even_the_right_one_waits(required, people, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # the first wait: a minute, not a second
    device = AuthenticatorFactory(user=people.trainer)
    browser = password_only(people.trainer)
    give_code(browser, wrong_code(device))

    response = give_code(browser, authenticator_code(device))

    assert response.status_code == 200
    assert "Too many wrong codes. Wait 60 seconds" in response.text
    assert sent_to(browser.get(reverse("trainer:session_list"))) == VERIFY
    # Signing in again does not start over: the wait is the device's.
    again = password_only(people.trainer)
    assert "Too many wrong codes" in give_code(again, authenticator_code(device)).text
    # Once the wait is over, the right code signs in.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - dt.timedelta(minutes=2)
    )
    assert sent_to(give_code(again, authenticator_code(device))) == reverse("trainer:session_list")


def test_a_backup_code_works_once(required, people, answered):
    AuthenticatorFactory(user=people.trainer)
    BackupCodesFactory(user=people.trainer, codes=["abcd2345", "efgh6789"])
    detail = reverse("trainer:session_detail", args=[answered.pk])

    browser = password_only(people.trainer)
    response = give_code(browser, "ABCD-2345", next_url=detail)  # as shown, in any case
    assert response["Location"] == detail
    page = browser.get(detail)
    assert FREE_TEXT in page.text
    assert "You signed in with a backup code: it no longer works. 1 backup code is left." in (
        page.text
    )

    again = password_only(people.trainer)
    refused = give_code(again, "abcd2345", next_url=detail)
    assert refused.status_code == 200
    assert "That code is not right." in unescape(refused.text)
    assert sent_to(again.get(detail)) == VERIFY


def test_setting_up_an_authenticator_works_end_to_end(required, people, answered):
    browser = password_only(people.trainer)
    detail = reverse("trainer:session_detail", args=[answered.pk])

    to_setup = browser.get(detail)
    assert sent_to(to_setup) == SETUP  # no app yet: straight to setting one up
    page = browser.get(to_setup["Location"])
    assert page.status_code == 200
    assert "Set up two-step sign-in" in page.text
    # What the phone's camera reads from the QR code, and the key typed by hand, agree.
    scanned = svg_decode(re.search(r'<svg[^>]*class="qr-code".*?</svg>', page.text, re.S).group(0))
    assert scanned.startswith("otpauth://totp/Faro%3Atrainer?")  # "Faro:trainer" in the app
    secret = parse_qs(urlsplit(scanned).query)["secret"][0]
    typed = re.search(r'<code class="signin-key">([^<]+)</code>', page.text).group(1)
    assert typed.replace(" ", "") == secret
    app = TOTP(b32decode(secret))  # the phone's app, from what it scanned

    done = browser.post(SETUP, {"code": f"{app.token():06d}", "next": detail})

    assert done.status_code == 200
    assert "they will not be shown again" in done.text
    shown = re.findall(r"<li><code>([a-z2-7]{4}-[a-z2-7]{4})</code></li>", done.text)
    assert len(shown) == 10
    assert f'href="{detail}"' in done.text
    assert FREE_TEXT in browser.get(detail).text
    assert TOTPDevice.objects.get(user=people.trainer).confirmed
    entry = ModelLogEntry.objects.get(action=second_factor.ENROL)
    assert entry.user_id == people.trainer.pk

    # The next sign-in asks for a code, not a new app; a backup code shown above works.
    again = password_only(people.trainer)
    assert sent_to(again.get(detail)) == VERIFY
    assert give_code(again, shown[3], next_url=detail)["Location"] == detail


def test_a_wrong_code_does_not_turn_two_step_sign_in_on(required, people):
    browser = password_only(people.trainer)
    browser.get(SETUP)
    device = TOTPDevice.objects.get(user=people.trainer)

    response = browser.post(SETUP, {"code": wrong_code(device)})

    assert response.status_code == 200
    assert "That code is not right." in unescape(response.text)
    assert not TOTPDevice.objects.get(pk=device.pk).confirmed
    assert sent_to(browser.get(reverse("trainer:session_list"))) == SETUP


def test_a_password_alone_never_replaces_an_accounts_app(required, people):
    device = AuthenticatorFactory(user=people.trainer)
    BackupCodesFactory(user=people.trainer, codes=["abcd2345"])
    browser = password_only(people.trainer)

    assert sent_to(browser.get(SETUP)) == VERIFY
    assert sent_to(browser.post(SETUP, {"code": "123456"})) == VERIFY
    assert sent_to(browser.post(reverse("trainer:two_factor_remove"))) == VERIFY
    assert sent_to(browser.post(reverse("trainer:two_factor_backup_codes"))) == VERIFY
    assert sent_to(browser.get(reverse("trainer:two_factor"))) == VERIFY

    assert TOTPDevice.objects.filter(user=people.trainer).get() == device
    assert StaticDevice.objects.get(user=people.trainer).token_set.count() == 1


def test_the_wagtail_admin_is_guarded_the_same_way(required, people):
    device = AuthenticatorFactory(user=people.admin)
    admin_login = reverse("wagtailadmin_login")
    browser = password_only(people.admin, url=admin_login)

    landed = browser.get(reverse("wagtailadmin_home"))
    assert sent_to(landed) == VERIFY
    assert parse_qs(urlsplit(landed["Location"]).query)["next"] == [reverse("wagtailadmin_home")]
    for url in (
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailadmin_reports:site_history"),
    ):
        assert sent_to(browser.get(url)) == VERIFY, url
    # Its own sign-in page sends a password-only account on to the code, not back to a form.
    assert sent_to(browser.get(admin_login)) == reverse("wagtailadmin_home")

    response = give_code(browser, authenticator_code(device), next_url=reverse("wagtailadmin_home"))
    assert response["Location"] == reverse("wagtailadmin_home")
    assert browser.get(reverse("wagtailadmin_home")).status_code == 200


def test_an_editor_signing_in_to_the_admin_sets_up_an_app_first(required, people):
    browser = password_only(people.editor, url=reverse("wagtailadmin_login"))

    assert sent_to(browser.get(reverse("wagtailadmin_home"))) == SETUP
    assert sent_to(browser.get(reverse("wagtailadmin_pages:edit", args=[1]))) == SETUP


def test_where_two_step_sign_in_is_optional_an_account_with_an_app_is_still_asked(people):
    """Development and `make run`: demo accounts sign in with their password, but an account
    that set up an app is asked for its code all the same."""
    device = AuthenticatorFactory(user=people.trainer)
    with_app = password_only(people.trainer)
    assert sent_to(with_app.get(reverse("trainer:session_list"))) == VERIFY
    give_code(with_app, authenticator_code(device))
    assert with_app.get(reverse("trainer:session_list")).status_code == 200

    without_app = password_only(people.other_trainer)
    assert without_app.get(reverse("trainer:session_list")).status_code == 200


def test_an_account_sets_up_an_app_where_it_is_optional(people):
    browser = password_only(people.trainer)
    page = browser.get(reverse("trainer:two_factor"))
    assert "Off: signing in takes your password only." in page.text
    assert "Not now" in browser.get(SETUP).text
    device = TOTPDevice.objects.get(user=people.trainer)

    assert browser.post(SETUP, {"code": authenticator_code(device)}).status_code == 200

    assert "You have 10 backup codes left." in browser.get(reverse("trainer:two_factor")).text
    assert sent_to(password_only(people.trainer).get(reverse("trainer:session_list"))) == VERIFY


def test_new_backup_codes_replace_the_old_ones(required, people, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0  # so that refusing the old code delays nothing
    device = AuthenticatorFactory(user=people.trainer)
    BackupCodesFactory(user=people.trainer, codes=["abcd2345"])
    browser = password_only(people.trainer)
    give_code(browser, authenticator_code(device))

    page = browser.post(reverse("trainer:two_factor_backup_codes"))

    assert page.status_code == 200
    shown = re.findall(r"<li><code>([a-z2-7]{4}-[a-z2-7]{4})</code></li>", page.text)
    assert len(shown) == 10
    assert ModelLogEntry.objects.filter(action=second_factor.BACKUP_CODES_RENEW).count() == 1
    again = password_only(people.trainer)
    refused = give_code(again, "abcd2345")  # the old one
    assert "That code is not right." in unescape(refused.text)
    assert sent_to(give_code(again, shown[0])) == reverse("trainer:session_list")


def test_moving_to_a_new_phone_removes_the_old_app_and_sets_up_the_new_one(required, people):
    device = AuthenticatorFactory(user=people.trainer)
    browser = password_only(people.trainer)
    give_code(browser, authenticator_code(device))

    assert sent_to(browser.post(reverse("trainer:two_factor_remove"))) == SETUP

    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert sent_to(browser.get(reverse("trainer:session_list"))) == SETUP
    entry = ModelLogEntry.objects.get(action=second_factor.RESET)
    assert entry.data["how"] == second_factor.BY_ACCOUNT


def test_the_reach_api_answers_a_bearer_token_as_before(required, people, tree):
    AuthenticatorFactory(user=people.coordinator)
    _token, secret = tokens.api_token_create(user=people.coordinator, name="dashboard")

    response = Client().get(reverse("reach_api:campaigns"), HTTP_AUTHORIZATION=f"Bearer {secret}")

    assert response.status_code == 200
    assert tree.campaign.slug in response.text
