"""Real browsers against the platform as deployed: gunicorn from platform/web and a Celery worker
from platform/worker on PostgreSQL and Redis, driven by Playwright through Debian's Chromium.

Every page a journey visits is checked with axe-core (installed from the npm registry by
`npm ci --prefix tests/e2e`): a serious or critical violation fails the test. The key screens are
photographed on the way; with FARO_SCREENSHOTS=1 the pictures replace those in docs/screenshots/
that the README shows, otherwise they go to the test's temporary folder.

Without PostgreSQL and Redis (the embedded mode) these tests skip, and so they do on a machine
without Chromium or axe-core, except on CI (CI=true), where a missing tool is a failure.
"""

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import zxingcpp
from django.conf import settings
from django.db import connections
from PIL import Image
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from config.celery_app import app
from tests.deploy.conftest import processes  # noqa: F401
from tests.faults.conftest import needs_services, web_start, worker_start

REPO = Path(settings.BASE_DIR)
E2E = Path(__file__).parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = E2E / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "docs" / "screenshots"
PASSWORD = "a long enough passphrase"  # what tests.workshops.factories.UserFactory gives everyone

DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE_SMALL = {
    "viewport": {"width": 320, "height": 640},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
PHONE = {**PHONE_SMALL, "viewport": {"width": 375, "height": 812}}

# Playwright waits this long at most for a page, an element or an expected text (the trainer's
# live panel refreshes itself every 5 s): long enough for a loaded 2-core CI machine, short enough
# that a broken journey fails in seconds rather than hanging.
ACTION_TIMEOUT_MS = 15_000
expect.set_options(timeout=ACTION_TIMEOUT_MS)


# Every journey module's marks: skipped where the platform cannot run as deployed, a real worker,
# and a database shared with the processes (committed, and flushed after the test).
JOURNEY = [
    pytest.mark.skipif(
        needs_services.args[0],  # the fault tests' condition: PostgreSQL and Redis, as on CI
        reason="the browser journeys run on PostgreSQL and Redis (CI); the embedded mode has "
        "neither",
    ),
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def tools_missing() -> list[str]:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    if not AXE.exists():
        missing.append(f"axe-core at {AXE.relative_to(REPO)} (npm ci --prefix tests/e2e)")
    return missing


@pytest.fixture(scope="session")
def static_root(tmp_path_factory) -> Path:
    """The static files collected once, as the container image does: gunicorn serves them with
    WhiteNoise, so the pages have their styles (which the screenshots and axe's contrast checks
    need)."""
    root = tmp_path_factory.mktemp("static")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=REPO,
        env={**os.environ, "STATIC_ROOT": str(root)},
        check=True,
        capture_output=True,
        timeout=120,
    )
    return root


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.journey_failed = report.failed
    return report


@pytest.fixture
def served(request, processes, static_root) -> Iterator[str]:  # noqa: F811
    """gunicorn and a Celery worker on the test database, and their address; what this process
    changes through the services also goes to that worker, as a web process's changes do. When
    the journey fails, the end of their logs comes with the failure."""
    web = web_start(
        processes,
        STATIC_ROOT=str(static_root),
        # Stopped when the test ends, with no request left to finish: not the default 30 s' wait
        # for idle threads (about 4 s here), a second is plenty.
        GUNICORN_CMD_ARGS="--graceful-timeout 1",
    )
    worker = worker_start(processes)
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield web.url
    app.conf.task_always_eager = eager
    if getattr(request.node, "journey_failed", False):
        for log in (web.log, worker):
            print(f"--- {log.name} (end)\n{log.read_text()[-4000:]}")


# axe-core runs in the page; only what the tests act on comes back: the violations.
AXE_RUN = """async () => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
}"""
BLOCKING_IMPACTS = ("serious", "critical")


@dataclass
class Browsers:
    """The people of a journey, each with a browser of their own (a Playwright context: own
    cookies, own viewport and language), and the accessibility check of every page they see."""

    browser: Browser
    base_url: str
    shots: Path
    checked: set[str] = field(default_factory=set)
    loaded: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def open(self, who: str, *, locale: str = "en-GB", **options) -> Page:
        context = self.browser.new_context(base_url=self.base_url, locale=locale, **options)
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        # axe-core comes in as an init script: Playwright hands those to Chromium through the
        # DevTools protocol, outside the page's Content-Security-Policy, so the pages keep their
        # strict policy (script-src 'self') during the tests instead of running with bypass_csp.
        # A <script> tag (page.add_script_tag) would be refused by that policy.
        context.add_init_script(path=str(AXE))
        page = context.new_page()
        page.on("load", lambda loaded: self.loaded.setdefault(loaded.url, who))
        page.on("pageerror", lambda error: self.errors.append(f"{who}: {error}"))

        def refused_by_policy(message) -> None:
            if message.type == "error" and "Content Security Policy" in message.text:
                self.errors.append(f"{who}: {message.text}")

        def server_error(response) -> None:
            if response.status >= 500:
                self.errors.append(f"{who}: {response.status} from {response.url}")

        page.on("console", refused_by_policy)
        page.on("response", server_error)
        return page

    def check(self, page: Page) -> None:
        """No serious or critical accessibility violation on the page as it is now."""
        page.wait_for_load_state()
        violations = page.evaluate(AXE_RUN)
        blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if blocking:
            lines = [f"axe-core: serious or critical violations on {page.url}"]
            for violation in blocking:
                lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
                lines += [f"    at {target}" for target in violation["targets"]]
            pytest.fail("\n".join(lines), pytrace=False)
        assert not self.errors, "errors in the pages or the server:\n" + "\n".join(self.errors)
        self.checked.add(page.url)

    def screenshot(self, page: Page, name: str) -> Path:
        """The screen as the person sees it now (docs/screenshots/ with FARO_SCREENSHOTS=1)."""
        path = self.shots / f"{name}.png"
        if page.evaluate("() => matchMedia('(pointer: coarse)').matches"):
            page.locator("h1").first.tap()  # clears the highlight of the last tap on a control
        page.evaluate("() => window.getSelection().removeAllRanges()")  # a tap can select text
        page.screenshot(path=str(path), animations="disabled")
        return path

    def every_page_checked(self) -> None:
        unchecked = [
            f"{url} ({who})" for url, who in self.loaded.items() if url not in self.checked
        ]
        assert not unchecked, "pages visited without an accessibility check:\n" + "\n".join(
            unchecked
        )


@pytest.fixture
def browser_tools() -> None:
    """Chromium and axe-core are here; the test skips without them, except on CI, where it fails."""
    missing = tools_missing()
    if missing:
        message = "the browser tests need " + " and ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI installs both (.ci/run)", pytrace=False)
        pytest.skip(message)


@pytest.fixture
def browsers(browser_tools, served, monkeypatch, tmp_path) -> Iterator[Browsers]:
    """Chromium for one test. Started and stopped with the test: Playwright's synchronous API
    keeps an asyncio loop running in this thread while it lives, which Django's ORM takes for
    async code (hence DJANGO_ALLOW_ASYNC_UNSAFE, for this test only), and which must not outlive
    the test into the next one on this process."""
    shots = SCREENSHOTS if os.environ.get("FARO_SCREENSHOTS") == "1" else tmp_path / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
                "--disable-gpu",
                "--disable-dev-shm-usage",
                # Nothing but the platform on 127.0.0.1: no calls home on a machine without network.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
            ],
        )
        try:
            yield Browsers(browser, served, shots)
        finally:
            # Django keeps database connections per asyncio context: those the test opened while
            # Playwright's loop ran are closed here, in that context, or they outlive the test.
            connections.close_all()
            browser.close()


def path_of(page: Page) -> str:
    return urlsplit(page.url).path


def follow(page: Page, control: Locator, *, tap: bool = False) -> None:
    """Click (or tap) what leads to another page, and wait for that page."""
    with page.expect_navigation():
        control.tap() if tap else control.click()


def press(page: Page, key: str) -> None:
    """Press a key that leads to another page (Enter on a link or a button), and wait for it."""
    with page.expect_navigation():
        page.keyboard.press(key)


def scan_qr(page: Page) -> str:
    """Read the QR code on the screen from its pixels, as a phone's camera does."""
    image = Image.open(io.BytesIO(page.locator("svg.qr-code").first.screenshot()))
    results = zxingcpp.read_barcodes(image)
    assert results, "no readable QR code on the screen"
    return results[0].text


def live_figure(page: Page, name: str):
    """A figure of the trainer's live panel, which refreshes itself every few seconds."""
    figures = page.locator("#live-panel .live-panel__figures > div")
    return figures.filter(has=page.locator("dt", has_text=name)).locator("dd")


def sign_in(browsers: Browsers, page: Page, user) -> None:
    """The trainer space's sign-in form, as a trainer or a coordinator fills it."""
    page.goto("/trainer/login/")
    browsers.check(page)
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    follow(page, page.locator("main form button[type=submit]"))
    assert path_of(page) != "/trainer/login/", f"{user.username} could not sign in"
    browsers.check(page)


def tick(control: Locator, *, tap: bool = False) -> None:
    """Tick a radio button or checkbox as a person does: on its label, which covers the whole
    card around the box (a big touch target)."""
    label = control.page.locator(f"label[for='{control.get_attribute('id')}']")
    label.tap() if tap else label.click()
    assert control.is_checked(), f"{control} was not ticked"
