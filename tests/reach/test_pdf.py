"""The donor PDF: made by a worker from the report as filtered, with its progress shown."""

import io

import pytest
from django.urls import reverse
from kombu.exceptions import OperationalError
from pypdf import PdfReader

from reach import pdf, tasks
from reach.services.rebuild import rollups_rebuild

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
