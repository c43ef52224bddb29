"""Lift a sign-in lockout before its cool-off ends: a trainer who mistyped their password in
front of a class, or whose school's address was locked by someone else's guesses.

    manage.py signin_unlock --username maria            # wherever maria's password failed
    manage.py signin_unlock --address 203.0.113.7       # every username at that address
    manage.py signin_unlock --username maria --address 203.0.113.7

It goes through the configured django-axes handler (`AXES_HANDLER`), so it works with the
attempts kept in Redis as with those kept in the database; axes' own `axes_reset` cannot clear a
cache, and its `axes_reset_username` does not find the attempts of a username at an address there.
"""

from axes.handlers.proxy import AxesProxyHandler
from django.core.management.base import BaseCommand, CommandError

from workshops.client import address_normalize


class Command(BaseCommand):
    help = "Lift the sign-in lockout of a username, of an address, or of a username at an address."

    def add_arguments(self, parser):
        parser.add_argument("--username", help="the username whose lockouts to lift")
        parser.add_argument("--address", help="the client address whose lockouts to lift")

    def handle(self, *args, username=None, address=None, **options):
        if not username and not address:
            raise CommandError("Give --username, --address or both.")
        if address and address_normalize(address) is None:
            raise CommandError(f"{address!r} is not an IP address.")
        removed = AxesProxyHandler.reset_attempts(ip_address=address, username=username)
        who = " at ".join(part for part in (username, address) if part)
        if removed:
            self.stdout.write(f"Unlocked {who}: {removed} failure count(s) removed.")
        else:
            self.stdout.write(f"Nothing to unlock for {who}.")
