"""Someone who lost their phone and their backup codes gets back in: an administrator resets their
two-step sign-in in the admin (or an operator with `manage.py signin_factor_reset`), they sign in
with their password and set up a new app. Every reset is in the audit log."""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.participation.test_trainer_two_step_signin import SETUP, give_code, password_only
from tests.workshops.factories import AuthenticatorFactory, BackupCodesFactory, authenticator_code
from workshops.services import second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def fully_signed_in(user, *, url: str = ""):
    device = AuthenticatorFactory(user=user)
    browser = password_only(user, url=url)
    assert give_code(browser, authenticator_code(device)).status_code == 302
    return browser


def test_an_administrator_resets_a_trainers_two_step_sign_in_in_the_admin(required, people):
    trainer = fully_signed_in(people.trainer)
    BackupCodesFactory(user=people.trainer, codes=["abcd2345"])
    admin = fully_signed_in(people.admin, url=reverse("wagtailadmin_login"))
    reset = reverse("faro_second_factor_reset", args=[people.trainer.pk])

    users = admin.get(reverse("wagtailusers_users:index"))
    assert f'href="{reset}"' in users.text
    assert "Reset two-step sign-in" in users.text
    confirm = admin.get(reset)
    assert confirm.status_code == 200
    assert "The authenticator app and the backup codes of trainer will stop working." in (
        confirm.text
    )
    done = admin.post(reset)

    assert done.status_code == 302
    assert not TOTPDevice.objects.filter(user=people.trainer).exists()
    assert not StaticDevice.objects.filter(user=people.trainer).exists()
    entry = ModelLogEntry.objects.get(action=second_factor.RESET)
    assert (entry.user_id, entry.data["how"], entry.data["devices"]) == (
        people.admin.pk,
        second_factor.BY_ADMINISTRATOR,
        2,
    )
    # The trainer's open session lost its second step: they set up a new app to go on.
    response = trainer.get(reverse("trainer:session_list"), follow=True)
    assert response.redirect_chain[-1][0].startswith(SETUP)
    assert "Set up two-step sign-in" in response.text
    history = admin.get(reverse("wagtailadmin_reports:site_history"))
    assert "Two-step sign-in of trainer reset by an administrator" in history.text


def test_an_operator_resets_an_account_from_the_shell(people, capsys):
    AuthenticatorFactory(user=people.admin)

    call_command("signin_factor_reset", username="admin")

    assert "Reset two-step sign-in of admin: 1 device(s) removed." in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=people.admin).exists()
    entry = ModelLogEntry.objects.get(action=second_factor.RESET)
    assert entry.user_id is None
    assert entry.data == {"account": "admin", "how": second_factor.BY_COMMAND, "devices": 1}
    with pytest.raises(CommandError, match="No account with the username 'nobody-here'"):
        call_command("signin_factor_reset", username="nobody-here")
