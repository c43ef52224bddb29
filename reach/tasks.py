"""Celery tasks of the reach app: thin, they call a service. All are safe to run twice or at the
same time as each other (see reach.services.rollups)."""

from dataclasses import asdict

from celery import shared_task
from django.conf import settings

from reach import pdf, retention
from reach.services import rebuild, refresh, rollups


@shared_task(name="reach.session_refresh", acks_late=True)
def session_refresh(session_id: int) -> int:
    """Refresh one session's rollups; returns how many sessions were recounted."""
    started = refresh.session_refresh_started(session_id=session_id)
    recounted = len(rollups.session_refresh(session_id=session_id).sessions)
    refresh.session_refresh_finished(session_id=session_id, started=started)
    return recounted


@shared_task(name="reach.partition_refresh", acks_late=True)
def partition_refresh(campaign_id: int, venue_id: int) -> None:
    rollups.partition_refresh(campaign_id=campaign_id, venue_id=venue_id)


@shared_task(name="reach.campaign_refresh", acks_late=True, soft_time_limit=600, time_limit=660)
def campaign_refresh(campaign_id: int) -> int:
    """Recount every session of a campaign (a coordinator pressed "refresh now")."""
    try:
        return len(rollups.campaign_refresh(campaign_id=campaign_id).sessions)
    finally:
        refresh.campaign_refresh_finished(campaign_id=campaign_id)


@shared_task(name="reach.changes_sweep")
def changes_sweep() -> list[int]:
    """Every minute: refresh sessions whose refresh was lost (broker down, worker killed)."""
    return refresh.changes_sweep(older_than_seconds=settings.REACH_SWEEP_AFTER_SECONDS)


@shared_task(name="reach.rollups_rebuild")
def rollups_rebuild() -> dict[str, int]:
    """Every night: recount everything, compare with the rollups, log and repair differences."""
    return rebuild.rollups_rebuild().differences


@shared_task(name="reach.report_pdf_generate", acks_late=True, soft_time_limit=120, time_limit=150)
def report_pdf_generate(job_id: str) -> int | None:
    """Make a report PDF a coordinator asked for (on the PDF queue, CELERY_PDF_QUEUE); returns
    its size."""
    job = pdf.report_pdf_generate(job_id=job_id)
    return job["size"] if job else None


@shared_task(name="reach.participant_data_purge")
def participant_data_purge() -> dict[str, int]:
    """Every day: delete participant data past the retention period, keeping the figures."""
    return asdict(retention.participant_data_purge())


@shared_task(name="reach.participant_codes_erase")
def participant_codes_erase() -> dict[str, int]:
    """Every day: erase self-generated codes past their retention period, keeping the pairs."""
    return asdict(retention.participant_codes_erase())


@shared_task(name="reach.report_pdfs_delete")
def report_pdfs_delete() -> int:
    """Every hour: delete report PDFs older than their job, whether or not the job is still in
    the cache; returns how many."""
    return pdf.report_pdfs_delete()
