"""Certificates of participation: the trainer's PDF for a session, and a participant's own
certificate on their phone, with a name that stays on the phone (participation.certificates)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from participation.certificates import (
    certificate_copies_default,
    certificate_of,
    certificates_pdf_render,
)
from participation.forms.certificates import CertificateCopiesForm
from participation.views.participants import participant_page
from participation.views.trainer import session_for_request, trainer_space
from workshops.selectors import titles_localized


@require_GET
@trainer_space
def session_certificates(request: HttpRequest, pk: int) -> HttpResponse:
    """Choose how many certificates (GET without `copies`), or download them as one PDF."""
    session = session_for_request(request, pk)
    if "copies" in request.GET:
        form = CertificateCopiesForm(request.GET)
        if form.is_valid():
            response = HttpResponse(
                certificates_pdf_render(session=session, copies=form.cleaned_data["copies"]),
                content_type="application/pdf",
            )
            response["Content-Disposition"] = (
                f'attachment; filename="certificates-{session.pk}.pdf"'
            )
            return response
    else:
        form = CertificateCopiesForm(
            initial={"copies": certificate_copies_default(session=session)}
        )
    session.campaign_title = titles_localized(pages=[session.campaign])[session.campaign_id]
    return render(
        request,
        "participation/trainer/session_certificates.html",
        {"session": session, "form": form},
    )


@require_GET
@participant_page()
def certificate(request: HttpRequest, *, session, participant, language) -> HttpResponse:
    """The participant's certificate, to print; the name they type never leaves the phone."""
    return render(
        request,
        "participation/certificate.html",
        {"session": session, "certificate": certificate_of(session=session, language=language)},
    )
