"""The donor PDF of a campaign's report, made by a worker with its progress told as it goes.

A coordinator asks for it from the report (with its filters, so a period or a locality); the job
lives in the cache with its progress for a day, and its file in the media storage until the
hourly `reach.report_pdfs_delete` finds it older than its job, whether or not the job is still in
the cache. A person has at most one PDF of a campaign queued or being made at a time: asking
again meanwhile returns that job, and queues nothing. Jobs go to the PDF queue
(`CELERY_PDF_QUEUE`), so that however many wait there, a worker of the main queue keeps the
figures fresh. WeasyPrint fetches nothing but our own static files.
"""

import datetime as dt
import logging
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qsl

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import timezone, translation

from reach.forms import ReportFilterForm, report_filtered
from reach.selectors import Report
from workshops.cache_locks import CacheLock, cache_lock_holder, cache_lock_release, cache_lock_take
from workshops.models import CampaignPage
from workshops.services.manuals import local_url_fetcher

logger = logging.getLogger(__name__)

JOB_SECONDS = 24 * 3600  # how long a job's progress and file stay available
# How long a queued or running job keeps its person from queueing another of the same campaign
# at most: its task is stopped after 150 s (reach.tasks), and this leaves time to wait in the
# queue behind others; a job lost with its worker or its message frees the person after it.
ACTIVE_SECONDS = 30 * 60
PDF_FOLDER = "reports/pdf"
STEPS = ("queued", "counting", "drawing", "saving", "done")
FAILED = "failed"  # a step of its own: the job ended without a file


def _key(job_id: str) -> str:
    return f"reach:pdf-job:{job_id}"


def _active_key(user_id: int, campaign_id: int) -> str:
    return f"reach:pdf-active:{user_id}:{campaign_id}"


def _filters(query: str) -> list[tuple[str, str]]:
    """A report's filters, whatever their order in the query string."""
    return sorted(parse_qsl(query))


@dataclass(frozen=True)
class ReportPdfRequest:
    """A job for the PDF asked for: a new one, or the one of the same person and campaign that
    was already queued or being made (`other_filters`: made with filters other than those asked)."""

    job_id: str
    queued: bool
    other_filters: bool = False


def report_pdf_job(*, job_id: str) -> dict | None:
    """A PDF job's state: who asked, for what, how far it is, and its file once done."""
    return cache.get(_key(job_id))


def _save(job_id: str, job: dict, step: str) -> None:
    job["step"] = step
    job["progress"] = round(100 * STEPS.index(step) / (len(STEPS) - 1)) if step in STEPS else 0
    cache.set(_key(job_id), job, timeout=JOB_SECONDS)


def _under_way(job: dict | None) -> bool:
    return job is not None and job["step"] not in ("done", FAILED)


def report_pdf_request(
    *, user, campaign_id: int, query: str, language: str
) -> ReportPdfRequest | None:
    """Queue the PDF of a campaign's report with the filters in `query`, unless the person has one
    of that campaign queued or being made: then that job, and nothing is queued. None when no job
    can be followed: the broker or the cache is down."""
    from reach.tasks import report_pdf_generate

    job_id = secrets.token_urlsafe(12)
    job = {"user_id": user.pk, "campaign_id": campaign_id, "query": query, "language": language}
    _save(job_id, job, "queued")
    active = _active_key(user.pk, campaign_id)
    lock = cache_lock_take(active, timeout=ACTIVE_SECONDS, holder=job_id)
    if lock is CacheLock.UNAVAILABLE:
        logger.warning("report PDF not queued: the cache, which holds its progress, is down")
        return None
    if lock is CacheLock.HELD:
        held_id = cache_lock_holder(active)
        held = report_pdf_job(job_id=held_id) if held_id else None
        if _under_way(held):
            cache.delete(_key(job_id))
            return ReportPdfRequest(
                held_id, queued=False, other_filters=_filters(held["query"]) != _filters(query)
            )
        # Its job has ended (or vanished from the cache) without freeing it: this one takes over.
        cache.set(active, job_id, timeout=ACTIVE_SECONDS)
    try:
        report_pdf_generate.delay(job_id)
    except Exception:
        logger.warning("report PDF %s not queued", job_id)
        cache.delete(_key(job_id))
        cache_lock_release(active, holder=job_id)
        return None
    return ReportPdfRequest(job_id, queued=True)


def report_pdf_html(*, report: Report, form: ReportFilterForm) -> str:
    """The donor PDF's HTML, in the active language."""
    return render_to_string(
        "reach/report_pdf.html",
        {
            "campaign": report.campaign,
            "named": report.named,
            "report": report,
            "form": form,
            "medium": "pdf",
            "generated_at": timezone.now(),
        },
    )


def report_pdf_document(*, html: str):
    """The donor PDF laid out by WeasyPrint (its pages and boxes), from `report_pdf_html`."""
    from weasyprint import HTML

    return HTML(
        string=html, base_url="http://faro.invalid/", url_fetcher=local_url_fetcher()
    ).render(pdf_tags=True)


def report_pdf_render(*, report: Report, form: ReportFilterForm) -> bytes:
    return report_pdf_document(html=report_pdf_html(report=report, form=form)).write_pdf(
        pdf_tags=True
    )


def report_pdf_generate(*, job_id: str) -> dict | None:
    """Render and store a queued report PDF; None when the job has expired. A job that fails
    says so, and its person may ask again at once."""
    job = report_pdf_job(job_id=job_id)
    if job is None:
        return None
    try:
        _save(job_id, job, "counting")
        campaign = CampaignPage.objects.prefetch_related("audiences").get(pk=job["campaign_id"])
        with translation.override(job["language"]):
            form, report = report_filtered(
                campaign=campaign, query=QueryDict(job["query"]), language=job["language"]
            )
            _save(job_id, job, "drawing")
            content = report_pdf_render(report=report, form=form)
        _save(job_id, job, "saving")
        job["file"] = default_storage.save(f"{PDF_FOLDER}/{job_id}.pdf", ContentFile(content))
        job["size"] = len(content)
        _save(job_id, job, "done")
    except BaseException:  # the time limit too (SoftTimeLimitExceeded)
        _save(job_id, job, FAILED)
        raise
    finally:
        cache_lock_release(_active_key(job["user_id"], job["campaign_id"]), holder=job_id)
    logger.info("Stored report PDF %s (%d bytes)", job_id, len(content))
    return job


def report_pdfs_delete(*, now: dt.datetime | None = None) -> int:
    """Delete the stored report PDFs older than a day and an hour: their job, saved just after
    the file, has expired, so nobody can download them any more. Every file of the folder is
    judged by its age, so a file whose job vanished from the cache early (Redis flushed or
    restarted) goes too. Returns how many went."""
    cutoff = (now or timezone.now()) - dt.timedelta(seconds=JOB_SECONDS + 3600)
    try:
        _folders, names = default_storage.listdir(PDF_FOLDER)
    except FileNotFoundError:
        return 0  # no PDF was ever made here
    deleted = 0
    for name in names:
        path = f"{PDF_FOLDER}/{name}"
        try:
            if default_storage.get_modified_time(path) < cutoff:
                default_storage.delete(path)
                deleted += 1
        except FileNotFoundError:
            continue  # deleted meanwhile by another run
    if deleted:
        logger.info("Deleted %d expired report PDF(s)", deleted)
    return deleted
