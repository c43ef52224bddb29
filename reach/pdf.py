"""The donor PDF of a campaign's report, made by a worker with its progress told as it goes.

A coordinator asks for it from the report (with its filters, so a period or a locality); the job
lives in the cache with its progress for a day, and its file in the media storage until the
daily `reach.report_pdfs_delete` finds it older than its job. WeasyPrint fetches nothing but our
own static files.
"""

import datetime as dt
import logging
import secrets

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import timezone, translation

from reach.forms import ReportFilterForm, report_filtered
from reach.selectors import Report
from workshops.models import CampaignPage
from workshops.services.manuals import local_url_fetcher

logger = logging.getLogger(__name__)

JOB_SECONDS = 24 * 3600  # how long a job's progress and file stay available
PDF_FOLDER = "reports/pdf"
STEPS = ("queued", "counting", "drawing", "saving", "done")


def _key(job_id: str) -> str:
    return f"reach:pdf-job:{job_id}"


def report_pdf_job(*, job_id: str) -> dict | None:
    """A PDF job's state: who asked, for what, how far it is, and its file once done."""
    return cache.get(_key(job_id))


def _save(job_id: str, job: dict, step: str) -> None:
    job["step"] = step
    job["progress"] = round(100 * STEPS.index(step) / (len(STEPS) - 1))
    cache.set(_key(job_id), job, timeout=JOB_SECONDS)


def report_pdf_request(*, user, campaign_id: int, query: str, language: str) -> str | None:
    """Queue the PDF of a campaign's report with the filters in `query`; the job's id, or None
    when no worker can be asked (broker down)."""
    from reach.tasks import report_pdf_generate

    job_id = secrets.token_urlsafe(12)
    job = {"user_id": user.pk, "campaign_id": campaign_id, "query": query, "language": language}
    _save(job_id, job, "queued")
    try:
        report_pdf_generate.delay(job_id)
    except Exception:
        logger.warning("report PDF %s not queued", job_id)
        cache.delete(_key(job_id))
        return None
    return job_id


def report_pdf_render(*, report: Report, form: ReportFilterForm) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "reach/report_pdf.html",
        {
            "campaign": report.campaign,
            "report": report,
            "form": form,
            "medium": "pdf",
            "generated_at": timezone.now(),
        },
    )
    return HTML(
        string=html, base_url="http://faro.invalid/", url_fetcher=local_url_fetcher()
    ).write_pdf(pdf_tags=True)


def report_pdf_generate(*, job_id: str) -> dict | None:
    """Render and store a queued report PDF; None when the job has expired."""
    job = report_pdf_job(job_id=job_id)
    if job is None:
        return None
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
    logger.info("Stored report PDF %s (%d bytes)", job_id, len(content))
    return job


def report_pdfs_delete(*, now: dt.datetime | None = None) -> int:
    """Delete the stored report PDFs older than a day and an hour: their job, saved just after
    the file, has expired, so nobody can download them any more. Returns how many went."""
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
