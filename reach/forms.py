"""The coordinator's report filters: every dimension of the figures, and a period in months."""

import datetime as dt

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from reach.selectors import Filters, Report, campaign_report, campaign_venues, filter_choices
from workshops.models.choices import AgeBand, Audience, Gender

ALL = [("", _("All"))]


class ReportFilterForm(forms.Form):
    """Filters read from the query string, so that a filtered report is a link to share."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    locality = forms.ChoiceField(label=_("Locality"), required=False)
    venue = forms.TypedChoiceField(label=_("Venue"), required=False, coerce=int, empty_value=None)
    audience = forms.ChoiceField(
        label=_("Audience"), required=False, choices=ALL + Audience.choices
    )
    gender = forms.ChoiceField(label=_("Gender"), required=False, choices=ALL + Gender.choices)
    age_band = forms.ChoiceField(label=_("Age band"), required=False, choices=ALL + AgeBand.choices)
    month_from = forms.ChoiceField(label=_("From"), required=False)
    month_to = forms.ChoiceField(label=_("To"), required=False)

    def __init__(self, *args, choices: dict[str, list], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = ALL + choices["countries"]
        self.fields["locality"].choices = ALL + choices["localities"]
        self.fields["venue"].choices = ALL + [(str(pk), name) for pk, name in choices["venues"]]
        months = [(f"{month:%Y-%m}", f"{month:%Y-%m}") for month in choices["months"]]
        self.fields["month_from"].choices = ALL + months
        self.fields["month_to"].choices = ALL + months

    def clean(self):
        data = super().clean()
        start, end = data.get("month_from"), data.get("month_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The period ends before it starts: swap the months."))
        return data

    def filters(self) -> Filters:
        """What the valid fields ask for; an invalid form filters nothing."""
        if not self.is_valid():
            return Filters()
        data = self.cleaned_data

        def month(value: str) -> dt.date | None:
            return dt.date.fromisoformat(f"{value}-01") if value else None

        def one(value) -> tuple:
            return (value,) if value not in (None, "") else ()

        return Filters(
            countries=one(data["country"]),
            localities=one(data["locality"]),
            venues=one(data["venue"]),
            audiences=one(data["audience"]),
            genders=one(data["gender"]),
            age_bands=one(data["age_band"]),
            month_from=month(data["month_from"]),
            month_to=month(data["month_to"]),
        )


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("What is it for?"),
        max_length=80,
        help_text=_("For example: the donor's dashboard. Only you see this name."),
    )


class FigureReviewForm(forms.Form):
    """A coordinator's decision on a figure held back for review: the figure they read (if the
    trainer corrected it since, nothing is decided) and, when rejecting, why."""

    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    figure = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Reason, if you reject it (the trainer reads it)"),
        max_length=500,
        required=False,
    )


def report_filtered(
    *, campaign, query: QueryDict, language: str
) -> tuple[ReportFilterForm, Report]:
    """The filter form for a query string and the report it asks for: the page, its exports and
    the donor PDF read a report the same way."""
    venues = campaign_venues(campaign=campaign)
    form = ReportFilterForm(query or None, choices=filter_choices(campaign=campaign, venues=venues))
    filters = form.filters() if form.is_bound else Filters()
    report = campaign_report(campaign=campaign, filters=filters, language=language, venues=venues)
    return form, report
