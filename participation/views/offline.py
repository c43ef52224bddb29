"""What keeps a participant's answers safe on a weak connection or none (issue: weak Wi-Fi):

- the service worker (`/join/<code>/sw.js`), scoped to the session's join path: it keeps the
  session's pages a phone has seen, and the few static files they need, for when the connection
  drops, and sends the answers queued on the phone once it is back (Background Sync);
- the page it shows for a page it never kept (`offline/`), in the participant's language;
- the page that says answers arrived too late (`late/`): after the grace period that follows the
  session's close (`participation.answers`).

The script on the pages themselves is `static/js/answers.js`; what both share, the queue on the
phone, is `static/js/outbox.js`.
"""

import hashlib

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from participation.answers import late_answers_until
from participation.views.participants import language_for, participant_page, session_for_adults
from workshops.selectors import referral_contacts, session_closed_by_join_code

# What the participant pages load, kept by the service worker so that a page it kept works
# offline: with its styles and scripts.
OFFLINE_STATIC = ("css/faro.css", "js/answers.js", "js/outbox.js", "js/wait.js")


def _offline_static() -> list[str]:
    return [static(path) for path in OFFLINE_STATIC]


@require_GET
def service_worker(request: HttpRequest, code: str) -> HttpResponse:
    """The service worker's script. The same for every session and person (it reads nothing):
    served under each join path so that its scope is that session's pages only."""
    files = _offline_static()
    context = {
        "files": files,
        # A new release's files (their names change with their content in production) make a
        # new script, which the phone installs in place of the old one.
        "version": hashlib.sha256("\n".join(files).encode()).hexdigest()[:12],
        "outbox": static("js/outbox.js"),
    }
    response = render(
        request, "participation/sw.js", context, content_type="text/javascript; charset=utf-8"
    )
    # Phones check for a new script on every visit; the HTTP cache must not hold it back.
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
@participant_page(joined=False)
def offline(request: HttpRequest, *, session, participant, language) -> HttpResponse:
    """The page the service worker shows, without a connection, for a page it has not kept."""
    return render(request, "participation/offline.html", {"session": session})


@require_GET
@never_cache
def late(request: HttpRequest, code: str) -> HttpResponse:
    """Answers that arrived after the grace period that follows the session's close, or were
    written on a page shown after it: said plainly, with where to find help."""
    session = session_closed_by_join_code(text=code)
    if session is None:
        raise Http404
    language = language_for(request, session)
    context = {
        "session": session,
        "closed_at": session.closed_at,
        "until": late_answers_until(session),
        "hours": settings.LATE_ANSWERS_GRACE_HOURS,
        "adults": session_for_adults(session),
        "contacts": referral_contacts(session=session, language=language),
    }
    return render(request, "participation/join_late.html", context, status=410)
