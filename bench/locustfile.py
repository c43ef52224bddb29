"""The load tool's side of the submission benchmark (locust, run by bench/run.py in its own
process: locust patches the standard library with gevent when it is imported).

Two kinds of simulated phone, run one after the other against the same server with the same
settings: `Floor` posts to the bare view that inserts one row; `Submitter` sends a prepared
participant's ten-question quiz, as the phone's browser would (its participant and CSRF cookies,
the CSRF token in the form, HTTPS as signalled by the proxy), once per participant.
"""

import json
import os

from locust import FastHttpUser, constant, task
from locust.exception import StopUser

_PHONES_FILE = os.environ.get("BENCH_PHONES", "")
PHONES = iter(json.loads(open(_PHONES_FILE).read()) if _PHONES_FILE else [])  # noqa: SIM115


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
