"""Celery tasks of the workshops app: thin, they load by id and call a service."""

from celery import shared_task

from workshops import services


@shared_task(
    name="workshops.manual_pdf_generate",
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=3,
    soft_time_limit=120,
    time_limit=150,
)
def manual_pdf_generate(page_id: int) -> int | None:
    """Make the PDF of a manual that was just published (on the PDF queue, CELERY_PDF_QUEUE);
    return the stored file's size, None if the page is gone or another process renders it."""
    stored = services.manual_pdf_generate(page_id=page_id)
    return stored.size if stored else None
