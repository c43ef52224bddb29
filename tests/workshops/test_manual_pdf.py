"""The manual's "Download PDF": made by a task on publish, stored, served from storage."""

import io
import threading
import time

import pytest
from django.db import connection
from django.test import Client
from pypdf import PdfReader
from wagtail.models import Locale

from tests.content import publish
from workshops.cache_locks import CacheLock, cache_lock_take
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


# --- one render per revision ---------------------------------------------------------------------


class Renders:
    """`manual_pdf_render`, slowed down to the 3 to 4 s a real manual takes, counting its calls."""

    def __init__(self, seconds: float = 0.0):
        self.seconds = seconds
        self.pages: list[int] = []
        self.original = services.manual_pdf_render

    def __call__(self, *, page):
        self.pages.append(page.pk)
        time.sleep(self.seconds)
        return self.original(page=page)


class PdfQueue:
    """`workshops.tasks.manual_pdf_generate.delay` as the broker takes it: queued, not run."""

    def __init__(self):
        self.pages: list[int] = []

    def delay(self, page_id: int) -> None:
        self.pages.append(page_id)


@pytest.fixture
def pdf_queue(monkeypatch) -> PdfQueue:
    from workshops import tasks

    queue = PdfQueue()
    monkeypatch.setattr(tasks.manual_pdf_generate, "delay", queue.delay)
    return queue


def republish(manual, title: str):
    """A new revision published while no worker made its PDF (no on-commit task ran)."""
    manual.title = title
    return publish(manual)


def hold_the_render_of(manual) -> None:
    """Another process (a download, the PDF worker) is rendering the manual's live revision."""
    assert cache_lock_take(services._render_key(manual), timeout=60) is CacheLock.TAKEN


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_four_downloads_at_once_of_a_manual_without_its_pdf_render_it_once(
    tree, settings, monkeypatch, pdf_queue
):
    if not settings.REDIS_URL:
        # The embedded mode's file cache adds by checking then writing: threads in one process
        # share the in-memory cache instead, whose add is atomic as Redis's is.
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    ManualPdf.objects.all().delete()
    renders = Renders(seconds=1.5)
    monkeypatch.setattr(services, "manual_pdf_render", renders)
    url = tree.manual.url + "pdf/"
    start = threading.Barrier(4)
    answers: list = [None] * 4

    def download(index: int) -> None:
        try:
            start.wait()
            response = Client().get(url)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            answers[index] = (response, body)
        finally:
            connection.close()

    threads = [threading.Thread(target=download, args=(index,)) for index in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert renders.pages == [tree.manual.pk], "one render for four downloads"
    statuses = sorted(response.status_code for response, _body in answers)
    assert statuses[0] == 200 and set(statuses) <= {200, 503}, statuses
    for response, body in answers:
        if response.status_code == 200:
            assert body.startswith(b"%PDF-")
        else:
            assert response["Retry-After"] == "10"
            assert "The PDF is being made" in body.decode()
    assert pdf_queue.pages in ([], [tree.manual.pk]), "queued for the PDF worker once at most"
    assert ManualPdf.objects.get(page=tree.manual).is_current()


def test_while_a_new_revision_is_made_a_download_gets_the_previous_one(
    tree, client, monkeypatch, pdf_queue
):
    services.manual_pdf_generate(page_id=tree.manual.pk)
    manual = republish(tree.manual, "Golondrina manual, second edition")
    hold_the_render_of(manual)
    renders = Renders()
    monkeypatch.setattr(services, "manual_pdf_render", renders)

    responses = [client.get(manual.url + "pdf/") for _ in range(3)]

    assert renders.pages == []
    for response in responses:
        assert response.status_code == 200
        assert response["Faro-Pdf-Revision"] == "previous"
        assert response["Cache-Control"] == "no-store", "no cache keeps the outdated file"
        content = b"".join(response.streaming_content)
        assert "second edition" not in pdf_text(content)
    assert pdf_queue.pages == [manual.pk], "the PDF worker is asked once, not per download"


def test_once_the_new_revision_is_made_downloads_get_it(tree, client):
    services.manual_pdf_generate(page_id=tree.manual.pk)
    manual = republish(tree.manual, "Golondrina manual, second edition")

    response = client.get(manual.url + "pdf/")  # nobody renders it: this download does

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=300"
    assert not response.has_header("Faro-Pdf-Revision")
    assert "second edition" in pdf_text(b"".join(response.streaming_content))


@pytest.fixture
def spanish_manual(tree):
    """The facilitator manual in Spanish, published, with its campaign and the pages above it."""
    locale = Locale.objects.get(language_code="es")
    for page, slug in (
        (tree.home, "inicio"),
        (tree.index, "campanas"),
        (tree.campaign, "golondrina"),
        (tree.manual, "manual-facilitador"),
    ):
        copy = page.copy_for_translation(locale)
        copy.slug = slug
        copy = publish(copy)
    return copy


def test_a_download_while_the_first_pdf_is_made_is_a_503_in_the_visitors_language(
    spanish_manual, client, monkeypatch, pdf_queue
):
    ManualPdf.objects.all().delete()
    hold_the_render_of(spanish_manual)
    renders = Renders()
    monkeypatch.setattr(services, "manual_pdf_render", renders)

    response = client.get(spanish_manual.url + "pdf/")

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"
    assert 'lang="es"' in response.text and "Intentar de nuevo" in response.text
    assert renders.pages == []
    assert pdf_queue.pages == [spanish_manual.pk]


def test_with_the_cache_down_a_download_gets_the_previous_pdf_without_rendering(
    tree, client, monkeypatch, pdf_queue, cache_down
):
    services.manual_pdf_generate(page_id=tree.manual.pk)
    manual = republish(tree.manual, "Golondrina manual, second edition")
    renders = Renders()
    monkeypatch.setattr(services, "manual_pdf_render", renders)

    response = client.get(manual.url + "pdf/")

    assert response.status_code == 200 and response["Faro-Pdf-Revision"] == "previous"
    assert renders.pages == [], "no lock to share a render: none in a web request"
    assert pdf_queue.pages == [], "the broker is on the same Redis: no wait for its timeout"


def test_with_the_cache_down_a_manual_without_any_pdf_is_rendered_for_its_download(
    tree, client, monkeypatch, cache_down
):
    ManualPdf.objects.all().delete()
    renders = Renders()
    monkeypatch.setattr(services, "manual_pdf_render", renders)

    response = client.get(tree.manual.url + "pdf/")

    assert response.status_code == 200
    assert renders.pages == [tree.manual.pk]


def test_the_pdf_worker_leaves_a_revision_another_process_renders(tree, monkeypatch):
    ManualPdf.objects.all().delete()
    hold_the_render_of(tree.manual)
    renders = Renders()
    monkeypatch.setattr(services, "manual_pdf_render", renders)

    assert services.manual_pdf_generate(page_id=tree.manual.pk) is None
    assert renders.pages == []


def pdf_links(content: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(content))
    return [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if "/A" in annotation.get_object() and "/URI" in annotation.get_object()["/A"]
    ]


def test_a_manual_pdf_links_to_the_manual_at_the_sites_public_address(tree, settings):
    """Rendered by the worker, with no request to take a host from: the Wagtail Site says
    "localhost", the deployment's public address is WAGTAILADMIN_BASE_URL."""
    settings.WAGTAILADMIN_BASE_URL = "https://faro.example.org/"

    content = services.manual_pdf_render(page=tree.manual)

    online = f"https://faro.example.org{tree.manual.get_url_parts()[2]}"
    assert online in pdf_links(content)
    assert "localhost" not in pdf_text(content)
    assert not [link for link in pdf_links(content) if "localhost" in link]
