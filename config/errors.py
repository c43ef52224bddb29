"""Error pages. A database that is down or restarting is a 503 that asks to send again, not a 500.

Django calls `handler500` while the exception is being handled, wherever it was raised (a view, the
session middleware, the database connection itself), so the exception is still at hand. The 503
page is rendered without context processors: they would ask the database that just failed.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.views.defaults import server_error as default_server_error

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 10


def server_error(request: HttpRequest) -> HttpResponse:
    exception = sys.exc_info()[1]
    if isinstance(exception, OperationalError | InterfaceError):
        return database_unavailable(request)
    return default_server_error(request)


# Only a participant's forms are offered to be sent again: a resent quiz or survey counts once,
# and what they hold is what the phone has just sent. A sign-in, a trainer's or an editor's form
# is not written back into a page, where the browser could keep it.
RESENDABLE_PATH = "/join/"
# Fields never written back into the page, whatever form they come from. The CSRF token stays:
# the form sent again needs it, and it is the visitor's own.
SECRET_FIELD_WORDS = ("password", "token", "secret")
CSRF_FIELD = "csrfmiddlewaretoken"


def _field_resendable(name: str) -> bool:
    lowered = name.lower()
    return name == CSRF_FIELD or not any(word in lowered for word in SECRET_FIELD_WORDS)


def _resendable(request: HttpRequest) -> list[tuple[str, str]]:
    """The fields of a participant's form to send again as they came (files cannot be carried
    over); nothing for any other form."""
    if request.method != "POST" or not request.path.startswith(RESENDABLE_PATH):
        return []
    try:
        if request.FILES:
            return []
        return [
            (name, value)
            for name, values in request.POST.lists()
            if _field_resendable(name)
            for value in values
        ]
    except Exception:  # the body could not be read: the visitor goes back instead
        return []


def database_unavailable(request: HttpRequest) -> HttpResponse:
    """Nothing was saved half-way (every write is one transaction); say so, and offer to send the
    same form again, which is safe: a resent quiz or survey counts once (its key)."""
    logger.warning("database unavailable for %s %s", request.method, request.path)
    fields = _resendable(request)
    content = loader.render_to_string(
        "503.html",
        {
            "post": request.method == "POST",
            "fields": fields,
            "action": request.path,
            "again": request.get_full_path(),
            "retry_after": RETRY_AFTER_SECONDS,
        },
    )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
