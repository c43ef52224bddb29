"""The manual's "Download PDF": made by a task on publish, stored, served from storage."""

import io

import pytest
from pypdf import PdfReader

from tests.content import publish
from workshops.models import ManualPdf
from workshops.services import manuals as services

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def stored_pdf_text(manual) -> str:
    stored = ManualPdf.objects.get(page=manual)
    with stored.file.open("rb") as file:
        return pdf_text(file.read())


def test_publishing_a_manual_stores_a_pdf_with_its_title(tree, django_capture_on_commit_callbacks):
    ManualPdf.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        publish(tree.manual)

    stored = ManualPdf.objects.get(page=tree.manual)
    assert stored.revision_id == tree.manual.live_revision_id
    with stored.file.open("rb") as file:
        content = file.read()
    assert content.startswith(b"%PDF-")
    assert stored.size == len(content)
    text = pdf_text(content)
    assert "Golondrina facilitator manual" in text
    assert "Arrange the chairs in a circle." in text
    assert "Agree on a signal for taking a break." in text  # facilitator notes belong here


def test_republishing_a_manual_regenerates_its_pdf(tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish(tree.manual)
    first = ManualPdf.objects.get(page=tree.manual)
    first_name = first.file.name

    tree.manual.title = "Golondrina manual, second edition"
    with django_capture_on_commit_callbacks(execute=True):
        publish(tree.manual)

    second = ManualPdf.objects.get(page=tree.manual)
    assert second.revision_id == tree.manual.live_revision_id != first.revision_id
    assert "second edition" in stored_pdf_text(tree.manual)
    assert not second.file.storage.exists(first_name)


def test_a_handout_pdf_never_contains_facilitator_notes(tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish(tree.handout)

    text = stored_pdf_text(tree.handout)

    assert "A trusted adult listens and believes you." in text
    assert "Read this chapter aloud" not in text


def test_download_serves_the_stored_pdf_without_rendering(tree, client, monkeypatch):
    services.manual_pdf_generate(page_id=tree.manual.pk)

    def render_forbidden(**kwargs):
        raise AssertionError("rendered a PDF although a stored one exists")

    monkeypatch.setattr(services, "manual_pdf_render", render_forbidden)

    response = client.get(tree.manual.url + "pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="golondrina-facilitator-manual-en.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_download_renders_and_stores_the_pdf_when_no_worker_made_it_yet(tree, client):
    ManualPdf.objects.all().delete()

    response = client.get(tree.manual.url + "pdf/")

    assert response.status_code == 200
    assert ManualPdf.objects.filter(page=tree.manual).exists()


def test_an_unpublished_manual_has_no_pdf_to_download(tree, client):
    url = tree.manual.url + "pdf/"
    tree.manual.unpublish()

    assert client.get(url).status_code == 404


def test_publishing_succeeds_when_the_broker_is_down(
    tree, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    from kombu.exceptions import OperationalError

    from workshops import tasks

    def broker_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(tasks.manual_pdf_generate, "delay", broker_down)
    tree.manual.title = "Published while Redis was down"

    with django_capture_on_commit_callbacks(execute=True):
        publish(tree.manual)

    assert tree.manual.live and tree.manual.title == "Published while Redis was down"
    assert "will be made on download" in caplog.text


def test_pdf_rendering_never_fetches_from_the_network():
    fetcher = services.local_url_fetcher()

    with pytest.raises(services.PdfResourceRefused):
        fetcher.fetch("http://169.254.169.254/latest/meta-data/")
    stylesheet = fetcher.fetch("http://faro.invalid/static/css/manual-pdf.css")
    assert stylesheet.read()
