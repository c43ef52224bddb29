"""Reset an account's two-step sign-in from the shell: for someone who lost their phone and has
no backup code left, when no administrator can sign in to the admin (the last administrator
lost theirs).

    manage.py signin_factor_reset --username maria

The account's authenticator and backup codes stop working; it signs in with its password and sets
up a new authenticator. The reset is in the audit log, as done from the command line.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from workshops.services import second_factor


class Command(BaseCommand):
    help = "Remove an account's authenticator app and backup codes; it sets up new ones."

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True, help="the account to reset")

    def handle(self, *args, username: str, **options):
        model = get_user_model()
        try:
            user = model.objects.get_by_natural_key(username)
        except model.DoesNotExist:
            raise CommandError(f"No account with the username {username!r}.") from None
        removed = second_factor.second_factor_reset(
            user=user, by=None, how=second_factor.BY_COMMAND
        )
        if removed:
            self.stdout.write(
                f"Reset two-step sign-in of {username}: {removed} device(s) removed. They set up "
                "a new authenticator app when they next sign in."
            )
        else:
            self.stdout.write(f"{username} had no two-step sign-in set up: nothing to reset.")
