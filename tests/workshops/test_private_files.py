"""Private files (documents, donor and manual PDFs) are stored outside MEDIA_ROOT, which the proxy
serves to anyone, and given out only by the view that checks them: handed to the proxy with
X-Accel-Redirect behind nginx, streamed by Django without it. tests/deploy/test_proxy.py runs the
same through the real nginx."""

import logging
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from workshops.private_files import media_is_public, private_files_move

pytestmark = pytest.mark.django_db

ACCEL = "/_private/"
SECRET = b"%PDF-1.4 referral contacts of the safeguarding officer"


@pytest.fixture
def roots(settings, tmp_path) -> tuple[Path, Path]:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def private_document(roots):
    """A document in a collection only signed-in people may open, named with a non-ASCII letter."""
    collection = Collection.get_first_root_node().add_child(name="Safeguarding")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Referral contacts", collection=collection)
    document.file.save("contactos niños.pdf", ContentFile(SECRET), save=False)
    document.save()
    return document


@pytest.mark.parametrize(
    ("name", "public"),
    [
        ("images/photo.width-800.jpg", True),
        ("original_images/photo.jpg", True),
        ("documents/contacts.pdf", False),
        ("reports/pdf/job.pdf", False),
        ("manuals/pdf/3-7-en.pdf", False),
        ("photo.jpg", False),  # a new kind of file is private until someone decides otherwise
        ("images/../documents/contacts.pdf", False),
        ("./images/photo.jpg", True),
    ],
)
def test_only_wagtail_images_are_public_media(name, public):
    assert media_is_public(name) is public


def test_a_private_document_is_stored_outside_media_root_and_has_no_public_url(
    private_document, roots
):
    media_root, private_root = roots

    assert (private_root / private_document.file.name).read_bytes() == SECRET
    assert not list(media_root.rglob("*.pdf"))
    with pytest.raises(NotImplementedError):
        private_document.file.url  # noqa: B018
    assert private_document.url == reverse(
        "wagtaildocs_serve", args=[private_document.id, private_document.filename]
    )


def test_an_image_stays_in_media_root_with_its_media_url(roots):
    media_root, _ = roots

    name = default_storage.save("images/photo.jpg", ContentFile(b"\xff\xd8\xff"))

    assert (media_root / name).is_file()
    assert default_storage.url(name) == f"/media/{name}"


def test_a_private_document_needs_its_check_then_is_streamed_without_the_proxy(
    client, people, private_document, settings
):
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = ""
    url = private_document.url

    assert client.get(url).status_code == 302  # to the sign-in page

    client.force_login(people.nobody)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == SECRET
    assert "X-Accel-Redirect" not in response


def test_behind_the_proxy_a_private_document_is_handed_to_nginx_once_checked(
    client, people, private_document, settings
):
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = ACCEL
    url = private_document.url

    refused = client.get(url)
    assert refused.status_code == 302
    assert "X-Accel-Redirect" not in refused

    client.force_login(people.nobody)
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/_private/documents/contactos_ni%C3%B1os.pdf"
    assert response.content == b""
    assert "filename*=UTF-8''contactos_ni%C3%B1os.pdf" in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.fixture
def donor_pdf(client, tree, people, roots):
    """The coordinator's donor PDF, made (tasks run at once in the tests); its download URL."""
    client.force_login(people.coordinator)
    slug = tree.campaign.slug
    job_page = client.get(client.post(reverse("reports:campaign_pdf", args=[slug]))["Location"])
    job_id = job_page.context["job_id"]
    client.logout()
    return reverse("reports:campaign_pdf_download", args=[slug, job_id]), job_id


def test_a_donor_pdf_is_stored_outside_media_root(donor_pdf, roots):
    media_root, private_root = roots
    _, job_id = donor_pdf

    assert (private_root / "reports" / "pdf" / f"{job_id}.pdf").read_bytes().startswith(b"%PDF-")
    assert not media_root.exists() or not list(media_root.rglob("*.pdf"))


def test_the_donor_pdf_view_streams_the_bytes_without_the_proxy(
    client, people, donor_pdf, settings
):
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = ""
    url, _ = donor_pdf

    client.force_login(people.coordinator)
    response = client.get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert "X-Accel-Redirect" not in response


def test_the_donor_pdf_view_hands_the_file_to_the_proxy_behind_nginx(
    client, people, donor_pdf, settings
):
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = ACCEL
    url, job_id = donor_pdf

    client.force_login(people.other_coordinator)
    refused = client.get(url)
    assert refused.status_code == 404
    assert "X-Accel-Redirect" not in refused

    client.force_login(people.coordinator)
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_private/reports/pdf/{job_id}.pdf"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="golondrina-reach-')


def test_private_files_an_earlier_version_left_in_media_root_are_moved_once(roots, caplog):
    media_root, private_root = roots
    legacy = {
        "documents/contacts.pdf": b"%PDF contacts",
        "reports/pdf/old-job.pdf": b"%PDF figures",
        "manuals/pdf/3-7-en.pdf": b"%PDF manual",
    }
    for name, content in {**legacy, "original_images/photo.jpg": b"\xff\xd8"}.items():
        (media_root / name).parent.mkdir(parents=True, exist_ok=True)
        (media_root / name).write_bytes(content)
    (private_root / "documents").mkdir(parents=True)
    (private_root / "documents" / "contacts.pdf").write_bytes(b"%PDF contacts")  # copied before
    (media_root / "documents" / "other.pdf").write_bytes(b"%PDF one")
    (private_root / "documents" / "other.pdf").write_bytes(b"%PDF another")

    with caplog.at_level(logging.WARNING):
        moved = private_files_move()

    assert sorted(moved) == sorted(legacy)
    for name, content in legacy.items():
        assert default_storage.open(name).read() == content
        assert not (media_root / name).exists()
    assert (media_root / "original_images" / "photo.jpg").is_file()
    assert not (media_root / "reports").exists()
    assert (media_root / "documents" / "other.pdf").read_bytes() == b"%PDF one"
    assert "documents/other.pdf differs" in caplog.text
    assert private_files_move() == []
