"""The join page: the first screen a participant sees, from a typed code or a scanned QR code."""

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from workshops.selectors import session_by_join_code


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Session code"),
        max_length=20,
        help_text=_("Eight letters and numbers, shown by your trainer. For example 7K3D-9QXA."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "enterkeyhint": "go",
                "class": "form-control join-code-input",
            }
        ),
    )

    def clean_code(self):
        session = session_by_join_code(text=self.cleaned_data["code"])
        if session is None:
            raise forms.ValidationError(
                _(
                    "No open session has this code. Check it with your trainer: the session may "
                    "not have started yet, or it has already ended."
                ),
                code="unknown",
            )
        self.session = session
        return session.join_code


@never_cache
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, code: str = "") -> HttpResponse:
    """Enter a code (or arrive with one from the QR code) and reach the open session."""
    data = request.POST if request.method == "POST" else ({"code": code} if code else None)
    form = JoinForm(data)
    if data is not None and form.is_valid():
        if code != form.cleaned_data["code"]:
            # One canonical address per session, whatever the participant typed.
            return redirect("join_code", code=form.cleaned_data["code"])
        return render(request, "workshops/join_session.html", {"session": form.session})
    status = 404 if data is not None else 200
    return render(request, "workshops/join.html", {"form": form}, status=status)
