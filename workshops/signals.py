"""Reactions to Wagtail page events."""

import logging

from django.db import transaction
from django.db.models.signals import pre_save
from django.dispatch import receiver
from kombu.exceptions import OperationalError
from wagtail.signals import page_published

from workshops.models import ManualPage
from workshops.stream_ids import stream_fields, stream_ids_fill

logger = logging.getLogger(__name__)


def _send_manual_pdf_task(page_id: int) -> None:
    from workshops.tasks import manual_pdf_generate

    try:
        manual_pdf_generate.delay(page_id)
    except OperationalError:
        # The broker is down: the editor's publish must still succeed. The first download renders
        # the PDF instead (services.manual_pdf_ensure).
        logger.warning("Broker unavailable: the PDF of manual %s will be made on download", page_id)


@receiver(page_published, sender=ManualPage)
def manual_published(sender, instance, **kwargs) -> None:
    """A published manual gets its PDF made by a worker once the publish has committed."""
    transaction.on_commit(lambda: _send_manual_pdf_task(instance.pk))


@receiver(pre_save)
def stream_blocks_get_ids(sender, instance, raw=False, **kwargs) -> None:
    """Content saved as raw JSON gets an id on every block, as the editor's form gives them, so
    that it can be translated (workshops/stream_ids.py). Fixtures (`raw`) stay as written."""
    if not raw and stream_fields(sender):
        stream_ids_fill(instance)
