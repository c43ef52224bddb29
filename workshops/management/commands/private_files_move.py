"""Move private files that an earlier version stored under MEDIA_ROOT to PRIVATE_MEDIA_ROOT.

    manage.py private_files_move

Documents, donor PDFs and manual PDFs used to be stored beside the images, in the folder the proxy
serves at /media/; they now live in PRIVATE_MEDIA_ROOT (workshops/private_files.py). The names in
the database do not change. `platform/migrate` runs it after the migrations, so a compose upgrade
moves them before the new web process starts; running it again moves nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from workshops.private_files import private_files_move


class Command(BaseCommand):
    help = "Move private files (documents, PDFs) from MEDIA_ROOT to PRIVATE_MEDIA_ROOT."

    def handle(self, *args, **options):
        moved = private_files_move()
        if moved:
            self.stdout.write(
                f"Moved {len(moved)} private file(s) from {settings.MEDIA_ROOT} "
                f"to {settings.PRIVATE_MEDIA_ROOT}."
            )
        else:
            self.stdout.write("No private file left in MEDIA_ROOT.")
