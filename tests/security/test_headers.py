"""Headers that keep injected content inert and private pages out of caches."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "object-src": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "base-uri": "'self'",
}


def policy(response) -> dict[str, str]:
    header = response.headers.get("Content-Security-Policy", "")
    return {
        name: value.strip()
        for name, _space, value in (part.strip().partition(" ") for part in header.split(";"))
        if name
    }


def assert_strict(response) -> None:
    found = policy(response)
    for directive, value in STRICT.items():
        assert found.get(directive) == value, (directive, found)
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert "unsafe-eval" not in response.headers["Content-Security-Policy"]


def test_public_and_participant_pages_send_a_strict_content_security_policy(
    client, tree, open_session
):
    for url in (
        tree.home.url,
        tree.module.url,
        reverse("join"),
        reverse("join_code", args=[open_session.join_code]),
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert_strict(response)


def test_trainer_and_report_pages_send_it_too(client, people, open_session):
    client.force_login(people.coordinator)
    for url in (
        reverse("trainer:session_detail", args=[open_session.pk]),
        reverse("reports:campaign", args=[open_session.campaign.slug]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict(response)
        assert "no-store" in response["Cache-Control"]


def test_participant_pages_are_never_stored_by_a_cache(client, open_session):
    response = client.get(reverse("join_code", args=[open_session.join_code]))
    assert "no-store" in response["Cache-Control"]


def test_the_wagtail_admin_keeps_its_own_looser_policy(client, people):
    client.force_login(people.admin)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response.headers


def test_no_template_relies_on_inline_scripts_or_styles():
    """What the policy would block: an inline <script>, a style attribute or a <style> block."""
    offending = []
    for path in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        text = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(
            r"\sstyle=\"|<style[\s>]", text
        ):
            offending.append(str(path))
    assert offending == []
