"""The code an account types at the second step of signing in, or to confirm a new
authenticator app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from workshops.services.second_factor import code_normalize


class SigninCodeForm(forms.Form):
    """A 6-digit code from the authenticator app or, at the code step, a backup code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "autofocus": True,
                "class": "signin-code",
            }
        ),
    )

    def __init__(self, *args, backup_codes: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["code"]
        if backup_codes:
            field.help_text = _(
                "The 6 digits your authenticator app shows now, or one of your backup codes."
            )
        else:
            field.label = _("Code from the app")
            field.help_text = _("The 6 digits the app shows now for this account.")
            field.widget.attrs["inputmode"] = "numeric"

    def clean_code(self) -> str:
        code = code_normalize(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(_("Type the code."))
        return code
