"""The trainer, on a phone, turns on two-step sign-in: scans the QR code with an authenticator app,
keeps the backup codes, and from then on signs in with a code as well as the password."""

from base64 import b32decode
from urllib.parse import parse_qs, urlsplit

from django_otp.oath import TOTP

from tests.e2e.conftest import JOURNEY, PHONE, follow, path_of, scan_qr, sign_in

pytestmark = JOURNEY


def test_trainer_sets_up_two_step_sign_in_then_signs_in_with_a_backup_code(browsers, people):
    trainer = browsers.open("trainer", **PHONE)
    sign_in(browsers, trainer, people.trainer)
    follow(trainer, trainer.get_by_role("link", name="Two-step sign-in"), tap=True)
    browsers.check(trainer)
    follow(trainer, trainer.get_by_role("link", name="Set up two-step sign-in"), tap=True)
    browsers.check(trainer)
    browsers.screenshot(trainer, "two-step-setup")

    # The phone's app reads the QR code on the screen, and shows a code.
    scanned = scan_qr(trainer)
    assert scanned.startswith("otpauth://totp/")
    app = TOTP(b32decode(parse_qs(urlsplit(scanned).query)["secret"][0]))
    trainer.get_by_label("Code from the app").fill(f"{app.token():06d}")
    follow(trainer, trainer.get_by_role("button", name="Turn on two-step sign-in"), tap=True)
    assert trainer.locator("h1").inner_text() == "Your backup codes"
    browsers.check(trainer)
    browsers.screenshot(trainer, "two-step-backup-codes")
    codes = trainer.locator(".backup-codes code").all_inner_texts()
    assert len(codes) == 10
    follow(trainer, trainer.get_by_role("link", name="I have kept them: continue"), tap=True)

    # Next time, the password is not enough: the code step follows it.
    follow(trainer, trainer.get_by_role("button", name="Log out"), tap=True)
    sign_in(browsers, trainer, people.trainer)
    assert path_of(trainer) == "/trainer/two-factor/code/"
    browsers.screenshot(trainer, "two-step-code")
    trainer.get_by_label("Code").fill(codes[0])
    follow(trainer, trainer.get_by_role("button", name="Sign in"), tap=True)
    assert path_of(trainer) == "/trainer/"
    assert "You signed in with a backup code" in trainer.locator(".messages").inner_text()
    browsers.check(trainer)
    browsers.every_page_checked()
