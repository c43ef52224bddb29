import sys

from django.core.management.base import BaseCommand

from reach.services.rebuild import rollups_rebuild

BAR = 30


class Command(BaseCommand):
    help = (
        "Count every reach figure again from the source tables, compare with the stored rollups "
        "and replace what differs (what the nightly task does). Safe while the platform runs: "
        "refreshes wait until it is done. Exits with 0 either way; the differences are printed."
    )

    def handle(self, *args, **options):
        interactive = sys.stderr.isatty()

        def progress(step: int, steps: int, label) -> None:
            done = round(BAR * step / steps)
            line = f"[{'#' * done}{'.' * (BAR - done)}] {step}/{steps} {label}"
            if interactive:
                self.stderr.write(f"\r{line:<72}", ending="")
            else:
                self.stderr.write(line)

        report = rollups_rebuild(progress=progress)
        if interactive:
            self.stderr.write("")
        if not report.total:
            self.stdout.write(self.style.SUCCESS("Rollups rebuilt: they matched a full recount."))
            return
        self.stdout.write(
            self.style.WARNING(
                f"Rollups rebuilt: {report.total} row(s) differed and were replaced."
            )
        )
        for table, count in sorted(report.differences.items()):
            self.stdout.write(f"  {table:<20} {count}")
