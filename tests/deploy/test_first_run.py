"""A first production install, in one step: platform/migrate on an empty PostgreSQL database, twice,
then gunicorn from platform/web, as compose (or the Kubernetes migrate Job) runs them.

The volunteer who installs Faro sees Faro's own home page, with the way to join a session, in the
site's languages, not Wagtail's "Welcome to your new Wagtail site!"; the site answers at its public
name (which the links in PDFs use); the administrator named in the environment can sign in.
On PostgreSQL this is also where platform/migrate builds the whole schema from nothing
(test_entry_scripts.py checks that on SQLite only, rather than migrate another empty database).
"""

import secrets
import uuid

import psycopg
import pytest
import requests
from django.conf import settings
from django.db import connection

from tests.deploy.conftest import database_url_of, free_port, wait_for
from tests.production_static import production_static_root  # noqa: F401

HOST = "faro.example.org"
ADMIN = {
    "FARO_ADMIN_USERNAME": "volunteer",
    "FARO_ADMIN_EMAIL": "volunteer@example.org",
    "FARO_ADMIN_PASSWORD": "a-long-enough-first-password",
}

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="a first install is on PostgreSQL, as compose and Kubernetes run it",
    ),
    pytest.mark.worker,
    pytest.mark.long,
]


@pytest.fixture
def empty_database(django_db_blocker):
    """A PostgreSQL database with no tables at all, dropped afterwards."""
    settings_dict = dict(connection.settings_dict)
    name = f"faro_firstrun_{uuid.uuid4().hex[:8]}"
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    settings_dict["NAME"] = name
    yield database_url_of(settings_dict)
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def production(tmp_path, production_static_root) -> dict[str, str]:  # noqa: F811
    """What a deployment's environment holds, and the static files its image collected (once for
    the test session: tests/production_static.py)."""
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": HOST,
        "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
        "EMAIL_URL": "smtp+tls://faro:secret@smtp.example.org:587",
        "STATIC_ROOT": str(production_static_root),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
    }


def test_a_fresh_install_serves_faros_home_page_with_a_way_to_join(
    processes, empty_database, production
):
    environment = {**production, **ADMIN, "DATABASE_URL": empty_database}

    first = processes.run("migrate", **environment)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Created the home page" in first.stdout
    assert f"Created the administrator '{ADMIN['FARO_ADMIN_USERNAME']}'" in first.stdout

    again = processes.run("migrate", **environment)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "No migrations to apply." in again.stdout
    assert "Faro is set up: nothing to do." in again.stdout

    port = free_port()
    log = processes.start("web", WEB_BIND=f"127.0.0.1:{port}", WEB_WORKERS="1", **environment)
    # The proxy in front says the request came over HTTPS for the site's name.
    browser = requests.Session()
    browser.headers.update({"Host": HOST, "X-Forwarded-Proto": "https"})

    def home():
        try:
            answer = browser.get(f"http://127.0.0.1:{port}/", timeout=10, allow_redirects=False)
        except requests.RequestException:
            return None
        return answer

    redirect = wait_for(home, timeout=60, what="gunicorn to answer /", logs=[log])
    assert redirect.status_code == 302, redirect.text[:2000]
    assert redirect.headers["Location"] == "/en/"

    page = browser.get(f"http://127.0.0.1:{port}/en/", timeout=10, allow_redirects=False)
    assert page.status_code == 200, log.read_text()[-4000:]
    assert "Welcome to your new Wagtail site" not in page.text
    assert '<h1 id="page-title">Faro</h1>' in page.text
    assert 'href="/join/"' in page.text
    assert "Join a session" in page.text

    spanish = browser.get(f"http://127.0.0.1:{port}/es/", timeout=10, allow_redirects=False)
    assert spanish.status_code == 200
    assert 'lang="es"' in spanish.text
    assert 'href="/join/"' in spanish.text

    sign_in = browser.get(f"http://127.0.0.1:{port}/admin/login/", timeout=10)
    assert sign_in.status_code == 200

    with psycopg.connect(empty_database.replace("postgres://", "postgresql://", 1)) as db:
        site = db.execute(
            "SELECT hostname, port FROM wagtailcore_site WHERE is_default_site"
        ).fetchall()
        admins = db.execute(
            "SELECT username, email, is_superuser, is_staff FROM auth_user"
        ).fetchall()
        locales = db.execute("SELECT language_code FROM wagtailcore_locale").fetchall()
        home_pages = db.execute(
            "SELECT count(*) FROM wagtailcore_page WHERE depth = 2 AND live"
        ).fetchone()
    assert site == [(HOST, 443)]
    assert admins == [
        (ADMIN["FARO_ADMIN_USERNAME"], ADMIN["FARO_ADMIN_EMAIL"], True, True),
    ]
    assert {code for (code,) in locales} == {code for code, _name in settings.LANGUAGES}
    # Faro's home page in each language, live; Wagtail's welcome page is gone.
    assert home_pages == (len(settings.LANGUAGES),)
