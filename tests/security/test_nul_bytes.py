"""A NUL byte, which no database stores, is a 400 wherever it comes: in the search box, the page
API's parameters, a page path, a cookie, a participant's form or the sign-in form. Never a 500."""

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def visitor() -> Client:
    """A browser that gets the server's answer, whatever it is, instead of the exception."""
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=%00",
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/find/?html_path=/%00",
        "/api/v2/pages/?%00=1",
        "/%00",
        "/en/%00/",
    ],
)
def test_a_nul_in_a_search_an_api_parameter_or_a_path_is_a_bad_request(tree, url):
    assert visitor().get(url).status_code == 400


def test_a_search_without_a_nul_is_answered_as_before(tree):
    assert visitor().get("/en/search/?q=body").status_code == 200


@pytest.mark.parametrize("encoding", ["urlencoded", "multipart"])
def test_a_join_code_with_a_nul_is_a_bad_request(open_session, encoding):
    if encoding == "urlencoded":
        response = visitor().post(
            reverse("join"), "code=%00", content_type="application/x-www-form-urlencoded"
        )
    else:
        response = visitor().post(reverse("join"), {"code": f"{open_session.join_code}\x00"})

    assert response.status_code == 400


@pytest.mark.parametrize("url", [reverse("trainer:login"), reverse("wagtailadmin_login")])
@pytest.mark.parametrize("field", ["username", "password"])
def test_a_sign_in_with_a_nul_is_a_bad_request(people, url, field):
    data = {"username": "trainer", "password": "a long enough passphrase"}
    data[field] = f"{data[field]}\x00"

    response = visitor().post(url, data)

    assert response.status_code == 400


@pytest.mark.parametrize("cookie", ["sessionid", "django_language", "faro_participant"])
def test_a_cookie_with_a_nul_is_a_bad_request(tree, cookie):
    browser = visitor()
    browser.cookies[cookie] = "a\x00b"

    assert browser.get(reverse("join")).status_code == 400
