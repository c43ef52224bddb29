import logging
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.urls import NoReverseMatch, reverse

from demo import pages
from demo.history import demo_history_ensure
from demo.quizzes import demo_quizzes_ensure
from demo.surveys import demo_surveys_ensure
from demo.translations import stream_ids_repair
from demo.volume import Volume, demo_volume_ensure
from reach.services.rebuild import rollups_rebuild
from workshops.models import Session, SessionState

User = get_user_model()

# Where each kind of user goes, by URL name; a destination appears once its URL exists.
DESTINATIONS = (
    ("Participants join a session", "join"),
    ("Trainers run their sessions", "trainer:session_list"),
    ("Coordinators read reach reports", "reports:home"),
    ("Editors write content (Wagtail admin)", "wagtailadmin_home"),
)


class Command(BaseCommand):
    help = (
        "Load the demo content and, in development, the demo accounts; then print where each "
        "kind of user goes and how to log in. Safe to run again: it updates, never duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--migrate",
            action="store_true",
            help="Bring the database schema up to date first (what `make run` does).",
        )
        parser.add_argument(
            "--no-accounts", action="store_true", help="Load the content only, create no accounts."
        )
        parser.add_argument(
            "--participants",
            type=int,
            metavar="N",
            help=(
                "Also generate N participants in past sessions of the demo campaigns, with quiz "
                "attempts (about 10 answers each) and survey responses, for benchmarks; "
                "loading again with the same N keeps them, another N replaces them, 0 removes them."
            ),
        )
        parser.add_argument(
            "--no-rebuild",
            action="store_true",
            help="Leave the reach rollups as they are (a benchmark times the rebuild itself).",
        )
        parser.add_argument(
            "--base-url",
            help=(
                "The address printed in front of each path (default: WAGTAILADMIN_BASE_URL, which "
                "development settings take from WEB_ADDRESS, the address `make run` serves)."
            ),
        )

    def handle(
        self,
        *args,
        migrate: bool,
        no_accounts: bool,
        participants: int | None,
        no_rebuild: bool,
        base_url: str | None,
        **options,
    ):
        if participants is not None:
            if participants < 0:
                raise CommandError("--participants cannot be negative.")
            if not (settings.DEMO_ACCOUNTS_ALLOWED or settings.DEMO_VOLUME_ALLOWED):
                raise CommandError(
                    "--participants makes up participants: it runs with development settings or "
                    "the benchmarks' (config/settings/bench.py), never on a deployment."
                )
        if migrate:
            call_command("migrate", interactive=False, verbosity=0)
        # Wagtail logs every page action at INFO; here they would bury the lines people need.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(max(level, logging.WARNING))
        try:
            self._load(
                no_accounts=no_accounts,
                participants=participants,
                rebuild=not no_rebuild,
                base_url=base_url or settings.WAGTAILADMIN_BASE_URL,
            )
        finally:
            wagtail_logger.setLevel(level)

    def _load(
        self, *, no_accounts: bool, participants: int | None, rebuild: bool, base_url: str
    ) -> None:
        repaired = stream_ids_repair()
        if repaired:
            self.stdout.write(
                f"Block ids added to {repaired} pages and snippets saved without them "
                "(by an older demo_load), so that they can be translated."
            )
        translations = []
        content = pages.demo_content_ensure(translations)
        campaigns = content["campaigns"]
        quizzes = demo_quizzes_ensure(campaigns=campaigns, log=translations)
        surveys = demo_surveys_ensure(campaigns=campaigns, log=translations)
        self.stdout.write(
            f"Demo content ready: {len(campaigns)} campaigns, "
            f"{sum(c.get_children().count() for c in campaigns)} modules and manuals, "
            f"{len(quizzes)} quizzes, {len(surveys)} surveys, {len(content['venues'])} venues."
        )
        made = sum(outcome.made for outcome in translations)
        linked = sum(outcome.linked for outcome in translations)
        if made or linked:
            self.stdout.write(
                f"Translations through wagtail-localize: {made} made, {linked} made earlier "
                "without it now linked to it (editing a source page now leaves them to sync)."
            )
        passwords = {}
        if no_accounts:
            pass
        elif settings.DEMO_ACCOUNTS_ALLOWED:
            passwords = pages.demo_accounts_ensure()
            pages.demo_members_ensure(campaigns=campaigns)
            pages.demo_sessions_ensure(
                trainer=User.objects.get(username="trainer"), campaigns=campaigns
            )
            added = demo_history_ensure(
                trainer=User.objects.get(username="facilitator"), campaigns=campaigns
            )
            if added:
                self.stdout.write(f"Demo history ready: {added} past sessions with their answers.")
        else:
            self.stdout.write(
                self.style.WARNING("Demo accounts skipped: these settings are not for development.")
            )
        if participants is not None:
            self._volume(participants, campaigns)
        counted = participants is not None or (settings.DEMO_ACCOUNTS_ALLOWED and not no_accounts)
        if counted and rebuild:
            started = time.monotonic()
            # A first count writes every row: nothing to warn about, unlike a nightly repair.
            logging.getLogger("reach.services").disabled = True
            try:
                rebuilt = rollups_rebuild()
            finally:
                logging.getLogger("reach.services").disabled = False
            self.stdout.write(
                f"Reach figures counted ({rebuilt.total} rows written) "
                f"in {time.monotonic() - started:.1f} s."
            )
        elif counted:
            self.stdout.write("Reach figures not counted (--no-rebuild): run reach_rebuild.")
        self._print_destinations(base_url.rstrip("/"), passwords, campaigns)

    def _volume(self, participants: int, campaigns) -> None:
        """Generate the participants, with a progress line per batch (rewritten on a terminal)."""
        interactive = self.stdout.isatty()
        started = time.monotonic()
        rewriting = []  # a line is being rewritten: end it before the next one

        def progress(done: int, wanted: int) -> None:
            line = f"participants {done:,}/{wanted:,} · {time.monotonic() - started:.0f} s"
            if interactive:
                self.stdout.write(f"\r{line:<50}", ending="")
                self.stdout.flush()
                rewriting[:] = [True]
            else:
                self.stdout.write(line)

        volume = demo_volume_ensure(
            participants=participants, campaigns=campaigns, progress=progress
        )
        if rewriting:
            self.stdout.write("")
        self.stdout.write(self._volume_summary(volume, time.monotonic() - started))

    @staticmethod
    def _volume_summary(volume: Volume, seconds: float) -> str:
        if volume.kept:
            return f"Generated volume kept: {volume.participants:,} participants, as asked."
        if not volume.participants:
            return f"Generated volume removed ({volume.removed:,} participants)."
        replaced = f", replacing {volume.removed:,}" if volume.removed else ""
        return (
            f"Generated volume loaded in {seconds:.1f} s: {volume.participants:,} participants"
            f"{replaced} in {volume.sessions:,} sessions of {volume.groups:,} groups, "
            f"{volume.attempts:,} quiz attempts with {volume.answers:,} answers, "
            f"{volume.responses:,} survey responses with {volume.response_answers:,} answers."
        )

    def _print_destinations(self, base_url: str, passwords: dict[str, str], campaigns) -> None:
        lines = [f"  {'Home page':<40} {base_url}/"]
        for campaign in campaigns:
            for page in campaign.get_translations(inclusive=True).live().order_by("locale_id"):
                label = f"{page.locale.language_code}: {page.title}"
                label = label if len(label) <= 38 else label[:37] + "…"
                lines.append(f"  {label:<40} {base_url}{page.url}")
        for label, url_name in DESTINATIONS:
            try:
                lines.append(f"  {label:<40} {base_url}{reverse(url_name)}")
            except NoReverseMatch:
                continue
        for session in Session.objects.filter(state=SessionState.OPEN).select_related("venue"):
            label = f"Open session {session.join_code_display} ({session.venue.name})"
            label = label if len(label) <= 38 else label[:37] + "…"
            lines.append(
                f"  {label:<40} {base_url}{reverse('join_code', args=[session.join_code])}"
            )
        self.stdout.write(self.style.SUCCESS("\nWhere to go:"))
        self.stdout.write("\n".join(lines))
        if passwords:
            self.stdout.write(self.style.SUCCESS("\nDemo accounts (development only):"))
            for account in pages.DEMO_ACCOUNTS:
                self.stdout.write(
                    f"  {account.role:<40} {account.username} / {passwords[account.username]}"
                )
        self.stdout.write("")
