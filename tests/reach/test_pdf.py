"""The donor PDF: made by a worker from the report as filtered, with its progress shown."""

import datetime as dt
import io
import os
import re

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError
from pypdf import PdfReader

from reach import pdf, tasks
from reach.services.rebuild import rollups_rebuild
from tests.conftest import cache_empty

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted(world):
    world.headcount(0, [("students", "female", "10-13", 14), ("students", "male", "10-13", 12)])
    world.headcount(2, [("students", "female", "14-17", 9), ("teachers", "male", "18+", 3)])
    rollups_rebuild()
    return world


def test_the_coordinator_downloads_a_pdf_of_the_report_as_filtered(client, people, counted):
    client.force_login(people.coordinator)
    slug = counted.campaign.slug
    response = client.post(
        reverse("reports:campaign_pdf", args=[slug]), {"query": "locality=San+Crist%C3%B3bal"}
    )
    job_page = client.get(response["Location"])
    assert "Your PDF is ready" in job_page.text  # tasks run at once in the tests
    download = client.get(
        reverse("reports:campaign_pdf_download", args=[slug, job_page.context["job_id"]])
    )
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith(f'attachment; filename="{slug}-reach-')
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(b"".join(download))).pages
    )
    assert f"Reach of {counted.campaign.title}" in text
    assert "Locality: San Cristóbal" in text
    assert "Colegio San Blas" in text and "Colegio Las Aguas" not in text
    assert "CSV" not in text and "Refresh now" not in text


def test_the_progress_page_updates_itself_until_the_pdf_is_ready(
    client, people, counted, monkeypatch
):
    monkeypatch.setattr(tasks.report_pdf_generate, "delay", lambda job_id: None)
    client.force_login(people.coordinator)
    slug = counted.campaign.slug
    job_page = client.get(client.post(reverse("reports:campaign_pdf", args=[slug]))["Location"])
    assert "Waiting for a worker" in job_page.text
    # A script follows the progress in place (a page reloading itself fails WCAG 2.2.1).
    assert "js/job-progress" in job_page.text and 'data-follow="1"' in job_page.text
    assert "http-equiv" not in job_page.text
    job_id = job_page.context["job_id"]
    early = client.get(reverse("reports:campaign_pdf_download", args=[slug, job_id]))
    assert early.status_code == 302
    pdf.report_pdf_generate(job_id=job_id)
    ready = client.get(job_page.request["PATH_INFO"]).text
    assert "Your PDF is ready" in ready
    assert "data-follow" not in ready and "js/job-progress" not in ready, "nothing left to follow"


def test_a_pdf_job_is_only_for_the_person_who_asked(client, people, counted):
    client.force_login(people.coordinator)
    slug = counted.campaign.slug
    job_url = client.post(reverse("reports:campaign_pdf", args=[slug]))["Location"]
    client.force_login(people.admin)  # may read the campaign, but did not ask for this PDF
    assert client.get(job_url).status_code == 404
    client.force_login(people.other_coordinator)
    assert client.get(job_url).status_code == 404


def test_with_the_broker_down_the_coordinator_is_told_to_try_again(
    client, people, counted, monkeypatch
):
    def broker_down(job_id):
        raise OperationalError("Connection refused")

    monkeypatch.setattr(tasks.report_pdf_generate, "delay", broker_down)
    client.force_login(people.coordinator)
    response = client.post(
        reverse("reports:campaign_pdf", args=[counted.campaign.slug]), follow=True
    )
    assert "could not be started now" in response.text


# --- one PDF at a time per person and campaign ---------------------------------------------------


class Broker:
    """`report_pdf_generate.delay` as a broker takes it with no worker free: queued, not run."""

    def __init__(self):
        self.jobs: list[str] = []

    def delay(self, job_id: str) -> None:
        self.jobs.append(job_id)


@pytest.fixture
def broker(monkeypatch) -> Broker:
    queued = Broker()
    monkeypatch.setattr(tasks.report_pdf_generate, "delay", queued.delay)
    return queued


def ask_for_the_pdf(client, campaign, query: str = ""):
    """Press "PDF for donors" on the report filtered by `query`; the page it leads to."""
    return client.post(
        reverse("reports:campaign_pdf", args=[campaign.slug]), {"query": query}, follow=True
    )


def test_twenty_requests_for_the_pdf_make_one_job_and_queue_one_task(
    client, people, counted, broker
):
    client.force_login(people.coordinator)

    pages = [ask_for_the_pdf(client, counted.campaign, "age_band=10-13") for _ in range(20)]

    assert len(broker.jobs) == 1
    assert {page.context["job_id"] for page in pages} == set(broker.jobs)
    assert "already being made" not in pages[0].text
    for page in pages[1:]:
        assert "This PDF is already being made: here it is." in page.text
        assert "Waiting for a worker" in page.text


def test_asking_with_other_filters_while_a_pdf_is_made_says_so_and_queues_nothing(
    client, people, counted, broker
):
    client.force_login(people.coordinator)
    first = ask_for_the_pdf(client, counted.campaign, "audience=students&age_band=10-13")

    reordered = ask_for_the_pdf(client, counted.campaign, "age_band=10-13&audience=students")
    other = ask_for_the_pdf(client, counted.campaign, "audience=teachers")

    assert len(broker.jobs) == 1
    assert first.context["job_id"] == reordered.context["job_id"] == other.context["job_id"]
    assert "This PDF is already being made" in reordered.text, "the same filters, in any order"
    assert "A PDF of this report with other filters is already being made" in other.text
    assert "audience=students" in other.text, "its way back leads to the report it is made of"


def test_once_the_pdf_is_made_the_next_request_makes_a_new_one(client, people, counted, broker):
    client.force_login(people.coordinator)
    first = ask_for_the_pdf(client, counted.campaign).context["job_id"]
    pdf.report_pdf_generate(job_id=first)  # the worker makes it

    second = ask_for_the_pdf(client, counted.campaign)

    assert broker.jobs == [first, second.context["job_id"]] and first != second.context["job_id"]
    assert "already being made" not in second.text


def test_each_person_and_campaign_has_a_pdf_of_its_own(client, people, counted, broker):
    client.force_login(people.coordinator)
    coordinators = ask_for_the_pdf(client, counted.campaign).context["job_id"]
    client.force_login(people.admin)

    admins = ask_for_the_pdf(client, counted.campaign)

    assert broker.jobs == [coordinators, admins.context["job_id"]]
    assert "already being made" not in admins.text


def test_a_pdf_that_fails_says_so_and_the_coordinator_may_ask_again(
    client, people, counted, broker, monkeypatch
):
    def render_fails(**kwargs):
        raise RuntimeError("WeasyPrint crashed")

    monkeypatch.setattr(pdf, "report_pdf_render", render_fails)
    client.force_login(people.coordinator)
    job_id = ask_for_the_pdf(client, counted.campaign).context["job_id"]
    with pytest.raises(RuntimeError):
        pdf.report_pdf_generate(job_id=job_id)  # as the worker runs it

    page = client.get(reverse("reports:campaign_pdf_job", args=[counted.campaign.slug, job_id]))
    assert "The PDF could not be made" in page.text
    assert "data-follow" not in page.text, "nothing left to wait for"
    again = ask_for_the_pdf(client, counted.campaign)
    assert len(broker.jobs) == 2 and again.context["job_id"] == broker.jobs[1]


def test_a_job_lost_from_the_cache_does_not_hold_the_next_request_back(
    client, people, counted, broker
):
    client.force_login(people.coordinator)
    lost = ask_for_the_pdf(client, counted.campaign).context["job_id"]
    cache.delete(f"reach:pdf-job:{lost}")  # expired, or evicted, while its lock stays

    again = ask_for_the_pdf(client, counted.campaign)

    assert broker.jobs == [lost, again.context["job_id"]]


def test_with_the_cache_down_the_coordinator_is_told_to_try_again_and_nothing_is_queued(
    client, people, counted, broker, cache_down
):
    client.force_login(people.coordinator)

    response = ask_for_the_pdf(client, counted.campaign)

    assert "could not be started now" in response.text
    assert broker.jobs == [], "a job nobody could follow"


def test_a_report_pdf_whose_job_vanished_from_the_cache_is_deleted_a_day_after_all_the_same(
    client, people, counted
):
    client.force_login(people.coordinator)
    made = [ask_for_the_pdf(client, counted.campaign).context["job"]["file"]]
    client.force_login(people.admin)
    made.append(ask_for_the_pdf(client, counted.campaign).context["job"]["file"])
    cache_empty()  # Redis restarted: no job says where the files are any more
    yesterday = (timezone.now() - dt.timedelta(hours=25, minutes=1)).timestamp()
    os.utime(default_storage.path(made[0]), (yesterday, yesterday))

    tasks.report_pdfs_delete.delay()

    assert not default_storage.exists(made[0])
    assert default_storage.exists(made[1]), "made just now: kept until its day is over"
    default_storage.delete(made[1])


def test_the_pdfs_progress_against_a_target_is_a_bar_and_one_percentage(client, people, counted):
    # WeasyPrint draws no <progress>: it printed its fallback text beside the figure ("39% 39%").
    counted.campaign.audiences.update(target_reach=100)
    client.force_login(people.coordinator)
    slug = counted.campaign.slug
    job_page = client.get(client.post(reverse("reports:campaign_pdf", args=[slug]))["Location"])
    download = client.get(
        reverse("reports:campaign_pdf_download", args=[slug, job_page.context["job_id"]])
    )
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(b"".join(download))).pages
    )
    assert re.search(r"\b\d+%", text)
    assert not re.search(r"\b(\d+)% \1%", text)
