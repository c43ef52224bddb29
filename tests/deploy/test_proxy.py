"""The reverse proxy docker-compose.yml ships (platform/nginx/faro.conf.template), run for real.

The template is rendered as the nginx image renders it at start (each FARO_ variable replaced, as
envsubst does), with this test's ports and folders and a self-signed certificate, and Debian's
nginx runs it, as the current user, in front of gunicorn from platform/web.

Slow clients: 60 connections that send a request header a line at a time (slowloris) hold every
thread of gunicorn when they reach it directly; through the proxy the site keeps answering, and
the proxy drops them at its header timeout; one address holds at most 50 requests. Private files:
the proxy never serves them at /media/ or at its internal location; only a view that checked the
request hands them to it. These tests skip without PostgreSQL and Redis, like tests/faults/, so
that CI runs them once.
"""

import os
import re
import secrets
import signal
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.deploy.conftest import REPO, free_port, wait_for
from tests.faults.conftest import Web

NGINX = Path("/usr/sbin/nginx")
TEMPLATE = REPO / "platform" / "nginx" / "faro.conf.template"
ATTACKERS = 60
ATTACKER_ADDRESS = "127.0.0.2"  # the class's phones come from 127.0.0.1
# During the attack a request answers within this through the proxy, and never directly.
PROMPT_SECONDS = 3.0

pytestmark = [
    pytest.mark.skipif(
        not (settings.DATABASES["default"]["ENGINE"].endswith("postgresql") and settings.REDIS_URL),
        reason="the proxy's tests run once, on PostgreSQL and Redis (CI's second pass), "
        "like tests/faults/",
    ),
    pytest.mark.worker,
    pytest.mark.skipif(
        not NGINX.exists(),
        reason="Debian's nginx is not installed (/usr/sbin/nginx; .ci/run installs it)",
    ),
    # Gunicorn reads the test database: committed rows, and the pages Wagtail's migrations made.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def header_timeout() -> int:
    """The proxy's client_header_timeout, in seconds, as the template sets it."""
    found = {int(s) for s in re.findall(r"client_header_timeout (\d+)s;", TEMPLATE.read_text())}
    assert len(found) == 1, found
    limit = found.pop()
    assert limit <= 10, "a slow client may hold a connection this long"
    return limit


def template_render(variables: dict[str, str]) -> str:
    """The template as the nginx image's entrypoint renders it: every ${NAME} whose variable it is
    given replaced, everything else as it is (nginx's own variables are lower case)."""
    text = TEMPLATE.read_text()
    rendered = re.sub(r"\$\{(\w+)\}", lambda m: variables.get(m[1], m[0]), text)
    assert "${FARO_" not in rendered, "a FARO_ variable of the template was not given"
    return rendered


def certificate_make(folder: Path) -> Path:
    """A self-signed certificate for 127.0.0.1 as fullchain.pem and privkey.pem, as certbot
    leaves them; the certificate's path, for clients to trust."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"),
            *("-keyout", str(folder / "privkey.pem"), "-out", str(folder / "fullchain.pem")),
        ],
        check=True,
        capture_output=True,
    )
    return folder / "fullchain.pem"


@dataclass
class Proxy:
    """Debian's nginx running the rendered template, with its state in a folder of its own."""

    root: Path
    web: str  # host:port of gunicorn
    media_root: Path
    private_root: Path
    static_root: Path
    http_port: int = field(default_factory=free_port)
    https_port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    # Added inside `http`, beside the site: an `upstream` block that `web` names, for instance.
    http_extra: str = ""
    requests_per_address: int = 50  # compose's default (PROXY_REQUESTS_PER_ADDRESS)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    @property
    def certificate(self) -> str:
        return str(self.root / "certs" / "fullchain.pem")

    @property
    def log(self) -> Path:
        return self.root / "nginx.log"

    def start(self, ready_paths: tuple[str, ...]) -> None:
        """Start nginx; ready once each of `ready_paths` answers through it (a page's first
        rendering, with caches cold, is not what the tests measure)."""
        certificate_make(self.root / "certs")
        (self.root / "acme" / ".well-known" / "acme-challenge").mkdir(parents=True)
        site = template_render(
            {
                "FARO_SERVER_NAME": "_",
                "FARO_HTTP_LISTEN": f"127.0.0.1:{self.http_port}",
                "FARO_HTTPS_LISTEN": f"127.0.0.1:{self.https_port}",
                "FARO_WEB": self.web,
                "FARO_RESOLVER": "127.0.0.1",
                "FARO_CERTS": str(self.root / "certs"),
                "FARO_ACME_ROOT": str(self.root / "acme"),
                "FARO_STATIC_ROOT": str(self.static_root),
                "FARO_MEDIA_ROOT": str(self.media_root),
                "FARO_PRIVATE_ROOT": str(self.private_root),
                "FARO_REQUESTS_PER_ADDRESS": str(self.requests_per_address),
            }
        )
        (self.root / "faro.conf").write_text(site)
        temp = self.root / "temp"
        # What the nginx image's own nginx.conf gives the template: MIME types, inside `http`.
        (self.root / "nginx.conf").write_text(
            f"""
            {"user root;" if os.geteuid() == 0 else ""}
            pid {self.root}/nginx.pid;
            error_log {self.root}/error.log warn;
            events {{ worker_connections 1024; }}
            http {{
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                client_body_temp_path {temp}/body;
                proxy_temp_path {temp}/proxy;
                fastcgi_temp_path {temp}/fastcgi;
                uwsgi_temp_path {temp}/uwsgi;
                scgi_temp_path {temp}/scgi;
                {self.http_extra}
                include {self.root}/faro.conf;
            }}
            """
        )
        temp.mkdir()
        command = [str(NGINX), "-p", str(self.root), "-c", str(self.root / "nginx.conf")]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stderr
        self.process = subprocess.Popen(
            [*command, "-g", "daemon off;"], stdout=self.log.open("w"), stderr=subprocess.STDOUT
        )

        def answers():
            try:
                return all(
                    requests.get(f"{self.url}{path}", verify=self.certificate, timeout=10).ok
                    for path in ready_paths
                )
            except requests.RequestException:
                return False

        wait_for(
            answers, timeout=30, what="nginx to answer", logs=[self.log, self.root / "error.log"]
        )

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=15)

    def get(
        self, path: str, *, browser: requests.Session | None = None, timeout: float = 10, **kwargs
    ) -> requests.Response:
        """GET through the proxy (with `browser`'s cookies), trusting the test's certificate (given
        with each request: REQUESTS_CA_BUNDLE would override a session's)."""
        return (browser or requests).get(
            f"{self.url}{path}", verify=self.certificate, timeout=timeout, **kwargs
        )

    def post(self, path: str, *, timeout: float = 10, **kwargs) -> requests.Response:
        return requests.post(
            f"{self.url}{path}", verify=self.certificate, timeout=timeout, **kwargs
        )


@pytest.fixture
def proxy_in_front(tmp_path):
    """Start the proxy in front of a running gunicorn; stopped at the end of the test."""
    started = []

    def start(web_url: str, ready_paths=("/health/", "/join/"), **settings_: int) -> Proxy:
        static_root = tmp_path / "static"
        (static_root / "css").mkdir(parents=True)
        (static_root / "css" / "faro.0123456789ab.css").write_text("body{}")
        (static_root / "css" / "faro.css").write_text("body{}")
        proxy = Proxy(
            root=tmp_path / "nginx",
            web=web_url.removeprefix("http://"),
            media_root=Path(settings.MEDIA_ROOT),
            private_root=Path(settings.PRIVATE_MEDIA_ROOT),
            static_root=static_root,
            **settings_,
        )
        proxy.root.mkdir()
        started.append(proxy)
        proxy.start(ready_paths)
        return proxy

    yield start
    for proxy in started:
        proxy.stop()


def platform_web(processes, **env: str) -> Web:
    """gunicorn from platform/web behind one proxy, with the twelve threads compose gives it (3
    processes of 4 there) in one process here: how the kernel shares 60 connections out between
    processes then plays no part in whether they hold every thread."""
    port = free_port()
    log = processes.start(
        "web",
        "--preload",
        WEB_BIND=f"127.0.0.1:{port}",
        WEB_WORKERS="1",
        WEB_THREADS="12",
        TRUSTED_PROXY_COUNT="1",
        **env,
    )
    web = Web(f"http://127.0.0.1:{port}", log)
    web.wait_ready()
    return web


# --- slow clients ------------------------------------------------------------------------------


# An attacker checks no certificate; one context for all (loading the CA bundle 60 times at once
# would take seconds of the attack).
ATTACKER_TLS = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ATTACKER_TLS.check_hostname = False
ATTACKER_TLS.verify_mode = ssl.CERT_NONE


class SlowClient(threading.Thread):
    """One connection that sends a request header a line at a time and never ends it; notes when
    the server closed it."""

    def __init__(self, port: int, *, tls: bool, every: float, stop: threading.Event):
        super().__init__(daemon=True)
        self.port, self.tls, self.every, self.stop_event = port, tls, every, stop
        self.opened: float | None = None
        self.connected: float | None = None
        self.closed: float | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        self.opened = time.monotonic()
        try:
            sock = socket.create_connection(
                ("127.0.0.1", self.port), timeout=10, source_address=(ATTACKER_ADDRESS, 0)
            )
            if self.tls:
                sock = ATTACKER_TLS.wrap_socket(sock)
            sock.sendall(b"GET /join/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        except OSError as error:
            self.error = error
            return
        self.connected = time.monotonic()
        sock.settimeout(self.every)
        line = 0
        with sock:
            while not self.stop_event.is_set():
                try:
                    if not sock.recv(4096):
                        break  # closed by the server
                except TimeoutError:
                    line += 1
                    try:
                        sock.sendall(f"X-Still-Typing-{line}: {line}\r\n".encode())
                    except OSError:
                        break
                except OSError:
                    break  # reset by the server
            else:
                return  # stopped by the test: the server never closed it
        self.closed = time.monotonic()


def slow_clients_start(port: int, *, tls: bool, stop: threading.Event) -> list[SlowClient]:
    clients = [SlowClient(port, tls=tls, every=2.0, stop=stop) for _ in range(ATTACKERS)]
    for client in clients:
        client.start()
    wait_for(
        lambda: all(c.connected or c.error for c in clients),
        timeout=20,
        what="the slow clients to connect",
    )
    assert not [c.error for c in clients if c.error]
    return clients


def timed_get(proxy: Proxy, path: str) -> tuple[int, float]:
    started = time.monotonic()
    response = proxy.get(path, allow_redirects=False)
    return response.status_code, time.monotonic() - started


def test_sixty_slow_clients_starve_gunicorn_when_they_reach_it_directly(processes):
    web = platform_web(processes)
    stop = threading.Event()
    slow_clients_start(int(web.url.rsplit(":", 1)[1]), tls=False, stop=stop)
    try:
        time.sleep(1)
        with pytest.raises(requests.exceptions.Timeout):
            requests.get(f"{web.url}/health/", timeout=PROMPT_SECONDS)
    finally:
        stop.set()


def test_behind_the_proxy_the_site_answers_during_sixty_slow_clients_and_they_are_dropped(
    processes, proxy_in_front
):
    web = platform_web(processes)
    proxy = proxy_in_front(web.url)
    stop = threading.Event()
    attack = slow_clients_start(proxy.https_port, tls=True, stop=stop)
    try:
        answers, during = [], 0
        limit = header_timeout()
        until = min(c.opened for c in attack) + limit / 2
        while time.monotonic() < until:
            for path in ("/health/", "/join/"):
                answers.append(timed_get(proxy, path))
                during += all(not c.closed for c in attack)
        assert during >= 4, f"{during} answers came while all {ATTACKERS} were connected"
        assert {status for status, _ in answers} == {200}, answers
        slowest = max(took for _, took in answers)
        assert slowest < PROMPT_SECONDS, f"slowest answer during the attack: {slowest:.2f} s"

        wait_for(lambda: all(c.closed for c in attack), timeout=limit + 10, what="the drops")
        # From the connection's opening, which starts the proxy's clock, to its end.
        held = sorted(c.closed - c.opened for c in attack)
        assert limit - 1 <= held[0] and held[-1] <= limit + 4, held
    finally:
        stop.set()
    print(
        f"\n{len(answers)} requests during {ATTACKERS} slow clients: slowest {slowest:.2f} s;"
        f" the proxy dropped them after {held[0]:.1f}-{held[-1]:.1f} s"
    )


@pytest.mark.parametrize("limit", [None, 40], ids=["compose's 50", "set to 40"])
def test_one_address_holds_at_most_fifty_requests_at_the_proxy(processes, proxy_in_front, limit):
    """Fifty by default; PROXY_REQUESTS_PER_ADDRESS changes it (an assembly behind one address
    needs more, docs/operations.md)."""
    web = platform_web(processes)
    proxy = proxy_in_front(web.url, **({"requests_per_address": limit} if limit else {}))
    sockets = []
    try:
        # Each sends a whole header announcing a body, then waits: a slow upload.
        for _ in range(ATTACKERS):
            raw = socket.create_connection(
                ("127.0.0.1", proxy.https_port), timeout=5, source_address=(ATTACKER_ADDRESS, 0)
            )
            sock = ATTACKER_TLS.wrap_socket(raw)
            sock.sendall(
                b"POST /join/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n\r\ncode="
            )
            sockets.append(sock)
        status, took = timed_get(proxy, "/join/")  # meanwhile, a phone at another address
        time.sleep(1)  # the refusals on their way
        answers = []
        for sock in sockets:
            sock.settimeout(0.05)
            try:
                answers.append(sock.recv(64))
            except TimeoutError:
                continue  # still waiting for its body, as the proxy is
    finally:
        for sock in sockets:
            sock.close()

    assert len(answers) == ATTACKERS - (limit or 50)
    assert all(answer.startswith(b"HTTP/1.1 429") for answer in answers), answers
    assert status == 200 and took < PROMPT_SECONDS


def test_plain_http_goes_to_https_but_for_acme_and_production_settings_see_https(
    processes, proxy_in_front
):
    web = platform_web(
        processes,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
    )
    proxy = proxy_in_front(web.url, ready_paths=("/health/", "/api/v2/pages/"))
    challenge = proxy.root / "acme" / ".well-known" / "acme-challenge" / "token123"
    challenge.write_text("token123.thumbprint")
    http = f"http://127.0.0.1:{proxy.http_port}"

    redirect = requests.get(f"{http}/join/?code=1", allow_redirects=False, timeout=10)
    acme = requests.get(f"{http}/.well-known/acme-challenge/token123", timeout=10)
    # Through TLS, production settings take the request as HTTPS (X-Forwarded-Proto, which the
    # proxy sets whatever the client sent: SECURE_PROXY_SSL_HEADER): no redirect of their own, and
    # HSTS. (The page API, because pages need the collected static files, which the test lacks.)
    api = proxy.get("/api/v2/pages/", headers={"X-Forwarded-Proto": "http"}, allow_redirects=False)

    assert redirect.status_code == 301
    assert redirect.headers["Location"] == "https://127.0.0.1/join/?code=1"
    assert acme.status_code == 200 and acme.text == "token123.thumbprint"
    assert api.status_code == 200, api.text[:500]
    assert api.headers["Strict-Transport-Security"].startswith("max-age=")


# --- files -------------------------------------------------------------------------------------


SECRET = b"%PDF-1.4 referral contacts of the safeguarding officer"


def test_files_reach_only_whom_their_view_allows_and_request_bodies_are_bounded(
    processes, proxy_in_front, tree, people
):
    web = platform_web(processes, PRIVATE_MEDIA_ACCEL_REDIRECT="/_private/")
    proxy = proxy_in_front(web.url)
    coordinator = Client()
    coordinator.force_login(people.coordinator)
    slug = tree.campaign.slug
    job_page = coordinator.get(
        coordinator.post(reverse("reports:campaign_pdf", args=[slug]))["Location"]
    )
    job_id = job_page.context["job_id"]
    donor_pdf = f"reports/pdf/{job_id}.pdf"
    collection = Collection.get_first_root_node().add_child(name="Safeguarding")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Referral contacts", collection=collection)
    document.file.save("contactos niños.pdf", ContentFile(SECRET))
    image = default_storage.save("original_images/drawing.png", ContentFile(b"\x89PNG\r\n"))
    left_behind = Path(settings.MEDIA_ROOT) / "documents" / "left-by-an-earlier-version.pdf"
    left_behind.parent.mkdir(parents=True, exist_ok=True)
    left_behind.write_bytes(SECRET)

    def signed_in(user) -> requests.Session:
        browser = requests.Session()
        client = Client()
        client.force_login(user)
        browser.cookies.set(
            settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value
        )
        return browser

    try:
        # Nobody reaches a private file by its name: not at /media/, not at the internal location.
        for path in (
            f"/media/{donor_pdf}",
            f"/media/{document.file.name}",
            "/media/documents/left-by-an-earlier-version.pdf",
            f"/_private/{donor_pdf}",
            f"/_private/{document.file.name}",
        ):
            assert proxy.get(path).status_code == 404, path

        download = reverse("reports:campaign_pdf_download", args=[slug, job_id])
        mine = proxy.get(download, browser=signed_in(people.coordinator))
        assert mine.status_code == 200
        assert mine.content == default_storage.open(donor_pdf).read()
        assert mine.headers["Content-Type"] == "application/pdf"
        assert mine.headers["Content-Disposition"].startswith("attachment;")
        assert "no-store" in mine.headers["Cache-Control"]
        assert "X-Accel-Redirect" not in mine.headers
        other = proxy.get(download, browser=signed_in(people.other_coordinator))
        assert other.status_code == 404
        assert proxy.get(download, allow_redirects=False).status_code == 302

        assert proxy.get(document.url, allow_redirects=False).status_code == 302
        opened = proxy.get(document.url, browser=signed_in(people.nobody))
        assert opened.status_code == 200
        assert opened.content == SECRET
        assert opened.headers["Content-Security-Policy"] == "default-src 'none'"
        assert opened.headers["X-Content-Type-Options"] == "nosniff"

        # Public media and static files are the proxy's own, cached as long as they can be.
        picture = proxy.get(f"/media/{image}")
        assert picture.status_code == 200 and picture.content == b"\x89PNG\r\n"
        hashed = proxy.get("/static/css/faro.0123456789ab.css")
        assert hashed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert proxy.get("/static/css/faro.css").headers["Cache-Control"] == "public, max-age=3600"

        # Bodies: a participant's form is small; only the admin takes uploads (up to 50 MB).
        two_megabytes = {"data": b"x" * 2 * 1024 * 1024, "timeout": 30}
        assert proxy.post("/join/", **two_megabytes).status_code == 413
        assert proxy.post("/admin/login/", **two_megabytes).status_code == 403  # Django's CSRF
        assert proxy.get("/admin/login/").status_code == 200
    finally:
        left_behind.unlink()
        default_storage.delete(image)
