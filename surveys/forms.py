"""Forms of the surveys app: the editors' survey form in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class SurveyAdminForm(WagtailAdminModelForm):
    """A survey is asked somewhere: in a campaign's sessions, or after some modules."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("survey_modules")
        has_modules = (
            formset is not None
            and formset.is_valid()
            and any(
                form.cleaned_data.get("module") and not form.cleaned_data.get("DELETE")
                for form in formset.forms
            )
        )
        if not cleaned.get("campaign") and not has_modules:
            self.add_error(
                "campaign", _("Choose the campaign this survey belongs to, or some modules.")
            )
        return cleaned
