"""The keys and tickets of the answers a phone sends, so that answers kept on a phone while the
connection was down still count once it is back, even after the trainer closed the session.

- A quiz's or survey's form carries a key that is the same every time the participant opens it
  (derived from their random cookie key, never from an id): the phone keeps the answers being
  typed under that key (`static/js/answers.js`), a reload finds them again, and every resend of
  them, by the phone or by its queue, is the one submission (`workshops.submissions`).
- The form also carries a ticket: when it was shown, signed with the key. Answers to a form shown
  while the session was open are taken for `LATE_ANSWERS_GRACE_HOURS` after it was closed;
  answers to a form shown later, or arriving after that, are refused (`late_answers_allowed`).
"""

import datetime as dt
import uuid

from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.crypto import salted_hmac

from workshops.models import Participant, Session

_KEY_SALT = "faro.participation.answer-key"
_TICKET_SALT = "faro.participation.answer-ticket"


def answer_key(*, participant: Participant, kind: str, phase: str, item: uuid.UUID) -> uuid.UUID:
    """The key of one participant's answers to one quiz or survey ("quiz" or "survey") in one
    phase: the same on every page load, unguessable without the participant's cookie."""
    digest = salted_hmac(_KEY_SALT, f"{participant.cookie_key.hex}:{kind}:{phase}:{item.hex}")
    return uuid.UUID(bytes=digest.digest()[:16], version=4)


def answer_ticket(*, key: uuid.UUID, now: dt.datetime | None = None) -> str:
    """When the form with this key was shown, signed: `<unix time>:<signature>`."""
    issued = int((now or timezone.now()).timestamp())
    return signing.Signer(salt=f"{_TICKET_SALT}:{key.hex}").sign(str(issued))


def ticket_issued(*, key: str | None, ticket: str | None) -> dt.datetime | None:
    """When a form was shown, from the key and ticket it sent; None when either is missing,
    malformed or forged."""
    try:
        parsed = uuid.UUID(str(key))
        issued = signing.Signer(salt=f"{_TICKET_SALT}:{parsed.hex}").unsign(str(ticket))
        return dt.datetime.fromtimestamp(int(issued), tz=dt.UTC)
    except (ValueError, TypeError, signing.BadSignature):
        return None


def late_answers_until(session: Session) -> dt.datetime | None:
    """Until when a closed session takes the answers its phones kept; None if it is not closed."""
    if not session.is_closed or session.closed_at is None:
        return None
    return session.closed_at + dt.timedelta(hours=settings.LATE_ANSWERS_GRACE_HOURS)


def late_answers_allowed(
    *, session: Session, issued: dt.datetime | None, now: dt.datetime | None = None
) -> bool:
    """Whether answers to a form shown at `issued` still count in this closed session: the form
    was shown while it was open, and the grace period after its close has not passed."""
    until = late_answers_until(session)
    if until is None or issued is None:
        return False
    return issued <= session.closed_at and (now or timezone.now()) <= until
