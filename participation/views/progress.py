"""Where a waiting participant goes next, asked by the wait page's script (`static/js/wait.js`)
so that the page moves on by itself when the trainer opens the post-test.

It answers only the device that joined the session, in JSON: `{"next": url}` once the next step
is no longer the wait (the post-test is open, or the session was closed: then the URL that shows
it), else `{"next": null, "retry_after": seconds}`. Phones ask every few seconds, so it reads no
more than the wait page does, writes nothing (not even the device cookie), logs nothing and is
never cached. Anyone else gets an empty 404, whatever the code: it tells no one which sessions
exist.
"""

from django.http import HttpRequest, HttpResponse, HttpResponseNotFound, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from participation.steps import participant_next_step, step_url
from participation.views.participants import participant_by_join_code, participant_of
from workshops.selectors import session_closed_by_join_code

# What the script waits between two questions while nothing changes: a class sees the post-test
# within seconds, and thirty phones make a handful of small requests a second.
RETRY_AFTER_SECONDS = 5


@require_GET
@never_cache
def progress(request: HttpRequest, code: str) -> HttpResponse:
    """The participant's next page once it is no longer the wait, else null."""
    participant = participant_by_join_code(request, code)
    if participant is None:
        # The session may have closed under a waiting phone: send it to what it must see now.
        closed = session_closed_by_join_code(text=code)
        if closed is None or participant_of(request, closed) is None:
            return HttpResponseNotFound()
        return JsonResponse({"next": reverse("quiz:next", args=[closed.join_code])})
    session = participant.session
    step = participant_next_step(participant=participant, session=session)
    if step.kind == "wait":
        return JsonResponse({"next": None, "retry_after": RETRY_AFTER_SECONDS})
    return JsonResponse({"next": step_url(session, step)})
