"""The trainer's choice of how many certificates of participation to print."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from participation.certificates import MAX_COPIES


class CertificateCopiesForm(forms.Form):
    copies = forms.IntegerField(
        label=_("How many certificates"),
        min_value=1,
        max_value=MAX_COPIES,
        widget=forms.NumberInput(
            attrs={
                "inputmode": "numeric",
                "class": "form-control",
                "aria-describedby": "id_copies-help",
            }
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["copies"].help_text = gettext(
            "One for each person who took part; at most %(most)s."
        ) % {"most": MAX_COPIES}
