"""Certificates of participation (issue 23, item 9): what one says about a session, and the
trainer's printable PDF of them, one per page.

A certificate names the campaign, the module(s), the venue, the date, the trainer and the partner
organisation, in one language. It never names the participant: the trainer's PDF leaves a line for
the name to be written by hand, and a participant's phone fills its own copy in the browser, so
that no name ever reaches the server.
"""

import datetime as dt
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation

from workshops.models import Session
from workshops.selectors import pages_localized
from workshops.services.manuals import local_url_fetcher

MAX_COPIES = 200


@dataclass(frozen=True)
class Certificate:
    language: str
    campaign: str
    modules: tuple[str, ...]
    organisation: str
    venue: str
    place: str  # locality and city
    day: dt.date  # in the venue's time zone
    trainer: str  # the trainer's full name; empty: a line to sign on


def certificate_of(*, session: Session, language: str) -> Certificate:
    """What a session's certificate says, with the campaign and modules named in `language`
    where they are translated into it."""
    modules = [item.module for item in session.session_modules.select_related("module")]
    campaign, *modules = pages_localized(pages=[session.campaign, *modules], language=language)
    venue = session.venue
    held = session.opened_at or session.scheduled_start
    return Certificate(
        language=language,
        campaign=campaign.title,
        modules=tuple(module.title for module in modules),
        organisation=getattr(campaign.specific, "partner_organisation", ""),
        venue=venue.name,
        place=", ".join(part for part in (venue.locality, venue.city) if part),
        day=held.astimezone(venue.tzinfo).date(),
        trainer=session.trainer.get_full_name().strip(),
    )


def certificate_copies_default(*, session: Session) -> int:
    """How many certificates a trainer most likely needs: the headcount if recorded, else the
    phones that joined, else the people expected; never more than MAX_COPIES."""
    headcount = sum(cell.count for cell in session.attendance.all())
    joined = session.participants.filter(removed_at__isnull=True, from_paper=False).count()
    return max(1, min(headcount or joined or session.expected_size, MAX_COPIES))


def certificates_pdf_render(*, session: Session, copies: int) -> bytes:
    """`copies` identical certificates in the session's language, one per A4 page: laid out
    once, then its page repeated, so that 200 cost little more than one (a certificate with so
    many modules that it runs onto a second page is repeated whole)."""
    from weasyprint import HTML

    with translation.override(session.language):
        html = render_to_string(
            "participation/trainer/certificates_pdf.html",
            {"certificate": certificate_of(session=session, language=session.language)},
        )
    document = HTML(
        string=html, base_url="http://faro.invalid/", url_fetcher=local_url_fetcher()
    ).render()
    return document.copy(document.pages * copies).write_pdf()
