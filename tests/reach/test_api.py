"""The reach API: token-only, scoped like the pages, described by a valid OpenAPI schema that its
answers follow."""

import pytest
from django.urls import reverse
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from reach.models import ApiToken
from reach.services.rebuild import rollups_rebuild
from reach.services.tokens import api_token_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted(world):
    world.campaign.audiences.update(target_reach=50)
    world.headcount(0, [("students", "female", "10-13", 14), ("students", "male", "10-13", 12)])
    world.headcount(2, [("students", "female", "14-17", 9), ("teachers", "male", "18+", 3)])
    world.join(1, "students", "female", "10-13")
    world.submit(0, "pre", 1)
    world.submit(0, "post", 0)
    world.respond(0, "5")
    rollups_rebuild()
    return world


def bearer(secret: str) -> dict:
    return {"headers": {"Authorization": f"Bearer {secret}"}}


def api(path: str = "") -> str:
    return reverse("reach_api:campaigns") + path


def test_the_api_answers_only_with_a_valid_token(client, people, counted):
    assert client.get(api()).status_code == 401
    assert client.get(api(), **bearer("faro_guessed")).status_code == 401
    client.force_login(people.coordinator)  # a browser session is not a token
    assert client.get(api()).status_code == 401
    _token, secret = api_token_create(user=people.coordinator, name="dashboard")
    response = client.get(api(), **bearer(secret))
    assert response.status_code == 200
    assert [c["slug"] for c in response.json()] == [counted.campaign.slug]
    assert ApiToken.objects.get().last_used_at is not None


def test_a_token_reads_only_its_owners_campaigns(client, people, counted):
    _token, secret = api_token_create(user=people.other_coordinator, name="other")
    assert counted.campaign.slug not in [
        c["slug"] for c in client.get(api(), **bearer(secret)).json()
    ]
    response = client.get(api(f"/{counted.campaign.slug}"), **bearer(secret))
    assert response.status_code == 404


def test_the_headline_has_the_figures_the_report_page_shows(client, people, counted):
    _token, secret = api_token_create(user=people.coordinator, name="dashboard")
    figures = client.get(api(f"/{counted.campaign.slug}"), **bearer(secret)).json()
    client.force_login(people.coordinator)
    page = client.get(reverse("reports:campaign", args=[counted.campaign.slug])).context["report"]
    # The girl who joined 7B's follow-up was counted in its first headcount already.
    assert figures["people"] == page.total.people == 14 + 12 + 9 + 3
    assert figures["attendances"] == page.total.attendances == 14 + 12 + 9 + 3 + 1
    students = next(a for a in figures["audiences"] if a["audience"] == "students")
    assert (students["people"], students["target"]) == (35, 50)
    [quiz] = figures["quizzes"]
    assert quiz["post_attempts"] is None and quiz["mean_after"] is None, "one child's test"


def test_breakdowns_take_the_report_filters_and_refuse_unknown_ones(client, people, counted):
    _token, secret = api_token_create(user=people.coordinator, name="dashboard")
    url = api(f"/{counted.campaign.slug}/breakdowns/venue")
    everything = client.get(url, **bearer(secret)).json()
    assert everything["total"]["people"] == 38
    filtered = client.get(
        url + "?locality=San%20Crist%C3%B3bal&audience=teachers", **bearer(secret)
    )
    assert filtered.json()["total"]["people"] == 3  # adults are shown however few
    minors = client.get(url + "?gender=female&age_band=10-13", **bearer(secret)).json()
    assert minors["rows"][0]["people"] == 14
    few = client.get(url + "?age_band=14-17", **bearer(secret)).json()
    assert few["rows"][0]["people"] == 9
    assert (
        client.get(
            api(f"/{counted.campaign.slug}/breakdowns/shoe-size"), **bearer(secret)
        ).status_code
        == 404
    )
    bad = client.get(url + "?month_from=last-year", **bearer(secret))
    assert bad.status_code == 422


def test_the_openapi_schema_is_valid_and_every_answer_follows_it(client, people, counted):
    schema = client.get(reverse("reach_api:openapi-json")).json()
    validate(schema)
    _token, secret = api_token_create(user=people.coordinator, name="dashboard")
    slug = counted.campaign.slug
    for path, template in (
        ("", "/campaigns"),
        (f"/{slug}", "/campaigns/{slug}"),
        (f"/{slug}/breakdowns/gender", "/campaigns/{slug}/breakdowns/{dimension}"),
        (f"/{slug}/knowledge", "/campaigns/{slug}/knowledge"),
        (f"/{slug}/surveys", "/campaigns/{slug}/surveys"),
    ):
        response = client.get(api(path), **bearer(secret))
        assert response.status_code == 200, path
        operation = schema["paths"][f"/api/reach{template}"]["get"]
        body = operation["responses"]["200"]["content"]["application/json"]["schema"]
        validator = Draft202012Validator({**body, "components": schema["components"]})
        errors = list(validator.iter_errors(response.json()))
        assert not errors, (path, errors[:3])
        assert operation["security"] == [{"TokenAuth": []}]


def test_the_api_docs_need_no_cdn(client):
    html = client.get(reverse("reach_api:openapi-view")).content.decode()
    assert "cdn" not in html.lower() and "/static/ninja/" in html


def test_a_coordinator_makes_a_token_sees_it_once_and_revokes_it(client, people, counted):
    client.force_login(people.coordinator)
    page = client.post(reverse("reports:api_tokens"), {"name": "Donor dashboard"})
    secret = page.context["secret"]
    assert secret.startswith("faro_") and secret in page.content.decode()
    again = client.get(reverse("reports:api_tokens")).content.decode()
    assert secret not in again and "Donor dashboard" in again
    assert client.get(api(), **bearer(secret)).status_code == 200
    token = ApiToken.objects.get()
    assert token.key_hash != secret and secret not in token.hint + token.name
    client.post(reverse("reports:api_token_revoke", args=[token.pk]))
    assert client.get(api(), **bearer(secret)).status_code == 401
    blank = client.post(reverse("reports:api_tokens"), {"name": ""})
    assert blank.context["secret"] is None and "This field is required" in blank.content.decode()
