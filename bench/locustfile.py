"""The load tool's side of the submission benchmark (locust, run by bench/run.py in its own
process: locust patches the standard library with gevent when it is imported).

The kinds of simulated phone, run one after the other against the same server with the same
settings: `Floor` posts to the bare view that inserts one row; `Submitter` sends a prepared
participant's ten-question quiz, as the phone's browser would (its participant and CSRF cookies,
the CSRF token in the form, HTTPS as signalled by the proxy), once per participant; `Visitor`
makes a new phone's whole visit, join and quiz, as its browser does, again and again (a closed
loop); `Assembly` makes that visit once per phone, the phones arriving at a fixed rate whatever
the server's pace (an open loop)."""

import json
import os
import time
import uuid
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import gevent
from locust import FastHttpUser, constant, task
from locust.exception import StopUser

_PHONES_FILE = os.environ.get("BENCH_PHONES", "")
PHONES = iter(json.loads(open(_PHONES_FILE).read()) if _PHONES_FILE else [])  # noqa: SIM115
_VISIT_FILE = os.environ.get("BENCH_VISIT", "")
VISIT = json.loads(open(_VISIT_FILE).read()) if _VISIT_FILE else {}  # noqa: SIM115


class QuizForm(HTMLParser):
    """What a phone sends back from a quiz page: its hidden fields, and the first choice offered
    for each question (a phone answers whatever quiz the session asks first); on the welcome page,
    its hidden join key."""

    def __init__(self, html: str):
        super().__init__()
        self.fields: dict[str, list[str]] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        name = attributes.get("name")
        if tag != "input" or not name or name == "csrfmiddlewaretoken":
            return
        kind = attributes.get("type", "text")
        if kind == "hidden" or (kind in ("radio", "checkbox") and name not in self.fields):
            self.fields[name] = [attributes.get("value", "")]


class _Phone(FastHttpUser):
    abstract = True
    wait_time = constant(0)

    def headers(self, **extra: str) -> dict[str, str]:
        origin = "https://" + self.host.split("://", 1)[1].rstrip("/")
        return {"X-Forwarded-Proto": "https", "Origin": origin, "Referer": origin + "/", **extra}


class Floor(_Phone):
    @task
    def floor(self):
        with self.client.post(
            "/bench/floor/", headers=self.headers(), name="floor", catch_response=True
        ) as response:
            if response.status_code != 204:
                response.failure(f"status {response.status_code}")


class Submitter(_Phone):
    @task
    def submit(self):
        try:
            phone = next(PHONES)
        except StopIteration:
            raise StopUser() from None
        with self.client.post(
            phone["path"],
            data=phone["body"],
            headers=self.headers(
                Cookie=phone["cookie"], **{"Content-Type": "application/x-www-form-urlencoded"}
            ),
            allow_redirects=False,
            name="submission",
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"status {response.status_code}: {response.text[:200]}")


class Visitor(_Phone):
    """A new phone's whole visit, request by request as its browser makes them: the join page,
    the code, the welcome page, who they are (and "I agree"), the quiz page, the answers. Every
    visit starts with no cookies (a new participant). The phone keeps its cookies itself: the
    platform marks them Secure, and the load tool's own cookie jar does not send those back over
    plain HTTP."""

    def step(self, cookies: dict, method: str, path: str, name: str, expect: int, form=None):
        """Make one request; where a redirect sends the phone, or the page (None if it failed)."""
        headers = self.headers(Cookie="; ".join(f"{k}={v}" for k, v in cookies.items()))
        body = None
        if form is not None:
            body = urlencode(
                {**form, "csrfmiddlewaretoken": cookies.get("csrftoken", "")}, doseq=True
            )
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        with self.client.request(
            method,
            path,
            data=body,
            headers=headers,
            allow_redirects=False,
            name=name,
            catch_response=True,
        ) as response:
            for line in response.headers.getlist("set-cookie"):
                pair = line.split(";", 1)[0]
                cookie, _, value = pair.partition("=")
                cookies[cookie.strip()] = value.strip()
            if response.status_code != expect:
                where = response.headers.get("location", "")
                response.failure(f"status {response.status_code} {where}: {response.text[:200]}")
                return None
            if response.status_code == 302:
                return response.headers.get("location", "")
            return response.text or ""

    @task
    def visit(self):
        cookies: dict[str, str] = {}
        steps = (
            ("GET", VISIT["join"], "visit: join page", 200, None),
            ("POST", VISIT["join"], "visit: code", 302, {"code": VISIT["code"]}),
        )
        for method, path, name, expect, form in steps:
            if self.step(cookies, method, path, name, expect, form) is None:
                return
        welcome = self.step(cookies, "GET", VISIT["welcome"], "visit: welcome", 200)
        if welcome is None:
            return
        # Who they are, and "I agree", on the welcome page; with its join key, as a browser sends.
        about = {"agree": "yes", "role": "students", "age_band": "14-17", "gender": "female"}
        about["join_key"] = QuizForm(welcome).fields.get("join_key", [""])
        went = self.step(cookies, "POST", VISIT["welcome"], "visit: joined", 302, about)
        if went is None:
            return
        # Joining sends the phone straight to its quiz; the form goes back to the same address.
        quiz = urlsplit(went)._replace(scheme="", netloc="").geturl()
        page = self.step(cookies, "GET", quiz, "visit: quiz page", 200)
        if page is not None:
            answers = {**QuizForm(page).fields, "key": [str(uuid.uuid4())]}
            self.step(cookies, "POST", quiz, "visit: answers sent", 302, answers)


# The assembly (open loop): BENCH_ASSEMBLY phones arrive at the rate bench/run.py spawns them,
# each makes one visit and then stays idle (a user that stopped would be replaced by the load tool
# at once, and arrivals would follow the server's pace: a closed loop again); when the last has
# saved its answers, the run ends and the time goes to BENCH_ASSEMBLY_OUT.
ASSEMBLY = int(os.environ.get("BENCH_ASSEMBLY", "0") or 0)
_ASSEMBLY_OUT = os.environ.get("BENCH_ASSEMBLY_OUT", "")
_assembly = {"left": 0, "first": None, "last_saved": None}


class Assembly(Visitor):
    """One new phone of the assembly: it arrives, joins, sends its quiz, and is done."""

    visited = False

    def arrive(self):
        if self.visited:
            gevent.sleep(3600)
            return
        self.visited = True
        _assembly["first"] = _assembly["first"] or time.monotonic()
        try:
            self.visit()
        finally:
            _assembly["left"] += 1
            _assembly["last_saved"] = time.monotonic()
            if _assembly["left"] == ASSEMBLY:
                self.assembly_over()

    def assembly_over(self):
        if _ASSEMBLY_OUT:
            Path(_ASSEMBLY_OUT).write_text(
                json.dumps({"last_saved": _assembly["last_saved"] - _assembly["first"]})
            )
        gevent.spawn_later(0.1, self.environment.runner.quit)


# Only its own visit: not the Visitor's task besides.
Assembly.tasks = [Assembly.arrive]
