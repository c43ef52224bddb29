import json

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from django.utils import translation

from reach import selectors
from reach.privacy import masked_shown
from workshops.models import CampaignPage


class Command(BaseCommand):
    help = (
        "Print a campaign's headline reach figures (people reached by audience against the "
        "targets, attendances, knowledge before and after), as the report shows them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--campaign", required=True, help="The campaign's slug, e.g. golondrina."
        )
        parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
        parser.add_argument(
            "--language", default="en", help="Language of quiz titles (default: en)."
        )

    def handle(self, *args, campaign: str, json: bool, language: str, **options):
        # A translated campaign may share its slug: the page sessions are planned with counts.
        page = (
            CampaignPage.objects.filter(slug=campaign)
            .annotate(sessions_planned=Count("sessions"))
            .order_by("-sessions_planned", "pk")
            .first()
        )
        if page is None:
            slugs = CampaignPage.objects.order_by("slug").values_list("slug", flat=True)
            known = ", ".join(sorted(set(slugs)))
            raise CommandError(f"No campaign with the slug {campaign!r}. Known: {known or 'none'}.")
        with translation.override(language):
            report = selectors.campaign_report(
                campaign=page, filters=selectors.Filters(), language=language
            )
            figures = selectors.report_headline(report)
        if json:
            self.stdout.write(_json_dumps(figures))
            return
        self.stdout.write(self.style.SUCCESS(f"{page.title}"))
        refreshed = (
            f"{figures['refreshed_at']:%Y-%m-%d %H:%M} UTC" if figures["refreshed_at"] else "never"
        )
        self.stdout.write(
            f"Figures refreshed: {refreshed} ({figures['waiting']} change(s) waiting)"
        )
        self.stdout.write(f"People reached:    {_count(figures['people'])}")
        self.stdout.write(f"Attendances:       {_count(figures['attendances'])}")
        self.stdout.write("")
        self.stdout.write(f"  {'audience':<40} {'reached':>8} {'target':>8} {'%':>5}")
        for row in figures["audiences"]:
            target = "" if row["target"] is None else f"{row['target']:,}"
            percent = "" if row["percent"] is None else str(row["percent"])
            people = _count(row["people"])
            self.stdout.write(f"  {row['label']:<40} {people} {target:>8} {percent:>5}")
        if figures["quizzes"]:
            self.stdout.write("")
            self.stdout.write(f"  {'quiz':<40} {'before':>7} {'after':>7} {'gain':>8}")
            for quiz in figures["quizzes"]:
                self.stdout.write(
                    f"  {quiz['title'][:40]:<40} {_pct(quiz['mean_before'])} "
                    f"{_pct(quiz['mean_after'])} {_points(quiz['gain'])}"
                )


def _count(value) -> str:
    """A count, or what stands for a hidden one (reach.privacy)."""
    return f"{masked_shown():>8}" if value is None else f"{value:>8,}"


def _pct(value) -> str:
    return f"{'–':>7}" if value is None else f"{value:>6.1f}%"


def _points(value) -> str:
    return f"{'–':>7}" if value is None else f"{value:>+5.1f} pt"


def _json_dumps(figures: dict) -> str:
    return json.dumps(figures, indent=2, ensure_ascii=False, default=str)
