"""Demo content and demo accounts, loaded by `manage.py demo_load` (and so by `make run`).

Everything here is idempotent: it looks things up by stable keys (slugs, usernames) and updates
them in place, so loading twice leaves one of each. Later issues add campaigns, modules, quizzes
and surveys here.
"""

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page, Site

from workshops import roles
from workshops.models import HomePage

HOME_INTRO = (
    "Awareness workshops on child protection and trafficking: modules and manuals for trainers, "
    "anonymous quizzes and surveys for participants, and reach reports for coordinators."
)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    group: str | None
    superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("admin", "Content editor and administrator", None, superuser=True),
    DemoAccount("trainer", "Trainer", roles.TRAINERS),
    DemoAccount("coordinator", "Coordinator", roles.COORDINATORS),
)


@transaction.atomic
def home_page_ensure() -> HomePage:
    """Make a HomePage the root of the default site, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        # Wagtail's initial migration leaves a plain "Welcome" page as the site root; its Site row
        # goes with it and is recreated below.
        Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
        home = root.add_child(
            instance=HomePage(title=settings.SITE_NAME, slug="home", intro=HOME_INTRO)
        )
        home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home,
            "hostname": "localhost",
            "port": 80,
            "site_name": settings.SITE_NAME,
        },
    )
    return home


def demo_accounts_ensure() -> dict[str, str]:
    """Create or repair the demo accounts; return each username's password.

    Passwords are random, made on first use and kept with their hashes in
    settings.DEMO_ACCOUNTS_FILE (never in the repository), so that they survive restarts and stay
    printable by `make run`. An account whose stored hash still matches is left alone, which keeps
    a second `make run` from spending a second hashing passwords it already knows.
    """
    if not settings.DEMO_ACCOUNTS_ALLOWED:
        raise PermissionError("Demo accounts are for development only; these settings forbid them.")
    path = Path(settings.DEMO_ACCOUNTS_FILE)
    known = json.loads(path.read_text()) if path.exists() else {}
    user_model = get_user_model()
    users = {user.username: user for user in user_model.objects.filter(username__in=_usernames())}
    kept = {}
    for account in DEMO_ACCOUNTS:
        user = users.get(account.username) or user_model(username=account.username)
        entry = known.get(account.username)
        if not (isinstance(entry, dict) and user.pk and entry.get("hash") == user.password):
            entry = {"password": secrets.token_urlsafe(9)}
            user.set_password(entry["password"])
        user.is_superuser = user.is_staff = account.superuser
        user.is_active = True
        user.email = f"{account.username}@example.org"
        user.save()
        entry["hash"] = user.password
        if account.group:
            user.groups.set([Group.objects.get(name=account.group)])
        kept[account.username] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(kept, indent=2))
    path.chmod(0o600)
    return {username: entry["password"] for username, entry in kept.items()}


def _usernames() -> list[str]:
    return [account.username for account in DEMO_ACCOUNTS]
