from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reach.retention import code_retention_cutoff, participant_codes_erase

LABELS = {
    "sessions": "sessions",
    "codes": "codes",
    "pairs": "pairs kept",
}


class Command(BaseCommand):
    help = (
        "Erase the self-generated codes of the participants of sessions that ended more than "
        "PARTICIPANT_CODE_RETENTION_DAYS ago (what the daily task does), keeping the pre/post "
        "pairs they made; the reports keep their figures. Prints counts only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be erased; erase nothing."
        )

    def handle(self, *args, dry_run: bool, **options):
        now = timezone.now()
        cutoff = code_retention_cutoff(now=now)
        if cutoff is None:
            self.stdout.write(
                "PARTICIPANT_CODE_RETENTION_DAYS is 0: self-generated codes are kept "
                "with the participant data."
            )
            return
        report = participant_codes_erase(dry_run=dry_run, now=now)
        days = settings.PARTICIPANT_CODE_RETENTION_DAYS
        period = f"ended before {cutoff:%Y-%m-%d %H:%M} UTC ({days} days ago)"
        if report.sessions:
            verb = "Would erase" if dry_run else "Erased"
            style = self.style.WARNING if dry_run else self.style.SUCCESS
            self.stdout.write(style(f"{verb} the self-generated codes of sessions {period}:"))
            for name, label in LABELS.items():
                self.stdout.write(f"  {label:<18} {getattr(report, name):>8,}")
        elif not report.kept:
            self.stdout.write(
                self.style.SUCCESS(f"Nothing to erase: no codes in sessions {period}.")
            )
        if report.kept:
            raise CommandError(
                f"The self-generated codes of {report.kept} session(s) were kept: erasing them "
                "would have changed their figures, or failed. Nothing of them was erased; see the "
                "log."
            )
