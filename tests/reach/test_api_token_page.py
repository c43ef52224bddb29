"""The coordinator's page for reach API tokens looks like the other forms of the platform."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_token_name_field_is_styled_like_the_other_forms(client, people):
    client.force_login(people.coordinator)

    html = client.get(reverse("reports:api_tokens")).text

    field = re.search(r'<input[^>]*name="name"[^>]*>', html)
    assert field and "form-control" in field[0]
    label = re.search(r'<label[^>]*for="id_name"[^>]*>', html)
    assert label and "form-label" in label[0]


def test_a_token_without_a_name_is_refused_with_the_field_marked(client, people):
    client.force_login(people.coordinator)

    html = client.post(reverse("reports:api_tokens"), {"name": ""}).text

    field = re.search(r'<input[^>]*name="name"[^>]*>', html)
    assert field and "is-invalid" in field[0]
    assert "invalid-feedback" in html
