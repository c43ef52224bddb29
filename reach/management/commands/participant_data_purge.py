from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reach.retention import participant_data_purge, retention_cutoff

LABELS = {
    "groups": "groups",
    "sessions": "sessions",
    "participants": "participants",
    "attempts": "quiz attempts",
    "answers": "quiz answers",
    "responses": "survey responses",
    "response_answers": "survey answers",
}


class Command(BaseCommand):
    help = (
        "Delete the participants, quiz attempts and survey responses of the groups of sessions "
        "that ended more than PARTICIPANT_DATA_RETENTION_DAYS ago (what the daily task does); the "
        "reports keep their figures. Prints counts only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run: bool, **options):
        now = timezone.now()
        cutoff = retention_cutoff(now=now)
        if cutoff is None:
            self.stdout.write("PARTICIPANT_DATA_RETENTION_DAYS is 0: participant data is kept.")
            return
        report = participant_data_purge(dry_run=dry_run, now=now)
        days = settings.PARTICIPANT_DATA_RETENTION_DAYS
        period = f"ended before {cutoff:%Y-%m-%d %H:%M} UTC ({days} days ago)"
        if report.sessions:
            verb = "Would delete" if dry_run else "Deleted"
            style = self.style.WARNING if dry_run else self.style.SUCCESS
            self.stdout.write(style(f"{verb} the participant data of sessions {period}:"))
            for name, label in LABELS.items():
                self.stdout.write(f"  {label:<18} {getattr(report, name):>8,}")
        elif not report.kept:
            self.stdout.write(self.style.SUCCESS(f"Nothing to delete: no group {period}."))
        if report.kept:
            raise CommandError(
                f"The participant data of {report.kept} group(s) was kept: deleting it would have "
                "changed their figures, or failed. Nothing of them was deleted; see the log."
            )
