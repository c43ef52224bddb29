"""Forms of the trainer space: plan a session and record its headcount."""

from datetime import datetime

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Fieldset, Layout
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from workshops.models import (
    AgeBand,
    Audience,
    CampaignPage,
    Gender,
    Session,
    Venue,
    WorkshopModulePage,
)
from workshops.selectors import campaigns_planned_by, modules_for_sessions, titles_localized
from workshops.services import HeadcountRow, SessionPlan

MAX_SESSION_SIZE = 2000


class LocalizedTitleMixin:
    """Labels choices with the page's title in the trainer's language (one query for all)."""

    titles: dict[int, str] | None = None

    def title_of(self, page) -> str:
        if self.titles is None:
            self.titles = titles_localized(pages=self.queryset)
        return self.titles.get(page.pk, page.title)


class CampaignChoiceField(LocalizedTitleMixin, forms.ModelChoiceField):
    def label_from_instance(self, obj: CampaignPage) -> str:
        return self.title_of(obj)


class ModuleCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes that say which campaign each module belongs to, so the page can show only the
    chosen campaign's modules (static/js/session-form.js); without JavaScript all are shown."""

    campaign_of: dict[int, int]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign_of = {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        campaign = self.campaign_of.get(getattr(value, "value", value))
        if campaign:
            option["attrs"]["data-campaign"] = campaign
        return option


class ModuleChoiceField(LocalizedTitleMixin, forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: WorkshopModulePage) -> str:
        return f"{self.title_of(obj)} ({obj.duration_minutes} min)"


class SessionForm(forms.Form):
    """Plan or edit a session of a campaign the trainer belongs to (and, when editing, the
    session's own campaign). Times are entered in the venue's own time zone."""

    campaign = CampaignChoiceField(
        label=_("Campaign"),
        queryset=None,
        empty_label=None,
        error_messages={
            "invalid_choice": _(
                "You can plan sessions only for the campaigns you are a trainer of."
            )
        },
    )
    modules = ModuleChoiceField(
        label=_("Modules"),
        queryset=None,
        widget=ModuleCheckboxes,
        help_text=_("The modules you will teach, from the campaign above."),
    )
    venue = forms.ModelChoiceField(
        label=_("Venue"),
        queryset=Venue.objects.all(),
        help_text=_("Missing a school? Ask an editor to add it in the admin."),
    )
    group_name = forms.CharField(
        label=_("Group"),
        max_length=120,
        help_text=_("The class or group, for example 7B. A group that comes back is counted once."),
    )
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    time = forms.TimeField(label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}))
    audience = forms.ChoiceField(label=_("Audience"), choices=Audience.choices)
    age_band = forms.ChoiceField(label=_("Age band"), choices=AgeBand.choices)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    expected_size = forms.IntegerField(
        label=_("Expected number of people"),
        min_value=1,
        max_value=MAX_SESSION_SIZE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, *args, trainer, session: Session | None = None, **kwargs):
        if session is not None:
            local = session.local_start
            kwargs.setdefault(
                "initial",
                {
                    "campaign": session.campaign_id,
                    "modules": [sm.module_id for sm in session.session_modules.all()],
                    "venue": session.venue_id,
                    "group_name": session.group.name,
                    "date": local.date(),
                    "time": local.time().replace(second=0, microsecond=0),
                    "audience": session.audience,
                    "age_band": session.age_band,
                    "language": session.language,
                    "expected_size": session.expected_size,
                },
            )
        else:
            kwargs.setdefault("initial", {"language": (get_language() or "en").split("-")[0]})
        super().__init__(*args, **kwargs)
        # A session edited stays in its campaign, even if its trainer has left the campaign since.
        campaigns = campaigns_planned_by(
            trainer=trainer, keeping=session.campaign_id if session else None
        )
        self.fields["campaign"].queryset = campaigns
        self.campaigns = list(campaigns)
        self.fields["modules"].queryset = modules_for_sessions(campaigns=self.campaigns)
        campaigns_by_path = {page.path: page.pk for page in self.campaigns}
        self.fields["modules"].widget.campaign_of = {
            module.pk: campaigns_by_path.get(module.path[: -module.steplen])
            for module in self.fields["modules"].queryset
        }
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(_("What"), "campaign", "modules"),
            Fieldset(_("Where"), "venue", "group_name"),
            Fieldset(
                _("When"),
                Div(
                    Field("date", wrapper_class="col"),
                    Field("time", wrapper_class="col"),
                    css_class="form-row",
                ),
            ),
            Fieldset(_("Who"), "audience", "age_band", "language", "expected_size"),
        )

    def clean(self):
        # Whether the modules belong to the campaign is the service's rule (session_create).
        cleaned = super().clean()
        venue, date, time = cleaned.get("venue"), cleaned.get("date"), cleaned.get("time")
        if venue and date and time:
            cleaned["scheduled_start"] = timezone.make_aware(
                datetime.combine(date, time), venue.tzinfo
            )
        return cleaned

    def plan(self) -> SessionPlan:
        data = self.cleaned_data
        return SessionPlan(
            campaign=data["campaign"],
            modules=list(data["modules"]),
            venue=data["venue"],
            group_name=data["group_name"],
            scheduled_start=data["scheduled_start"],
            audience=data["audience"],
            age_band=data["age_band"],
            language=data["language"],
            expected_size=data["expected_size"],
        )


# The genders a headcount row has one column for, in the order the columns are shown.
HEADCOUNT_GENDERS = [Gender.FEMALE, Gender.MALE, Gender.ANOTHER, Gender.NOT_STATED]


class HeadcountRowForm(forms.Form):
    """One line of the headcount: a role and age band, with a count per gender."""

    role = forms.ChoiceField(
        label=_("Role"), choices=[("", "—"), *Audience.choices], required=False
    )
    age_band = forms.ChoiceField(
        label=_("Age band"), choices=[("", "—"), *AgeBand.choices], required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for gender in HEADCOUNT_GENDERS:
            self.fields[gender.value] = forms.IntegerField(
                label=gender.label,
                min_value=0,
                max_value=MAX_SESSION_SIZE,
                required=False,
                widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "form-control"}),
            )
        self.fields["role"].widget.attrs["class"] = "form-select"
        self.fields["age_band"].widget.attrs["class"] = "form-select"

    @property
    def count_fields(self):
        return [self[gender.value] for gender in HEADCOUNT_GENDERS]

    def clean(self):
        cleaned = super().clean()
        counted = any(cleaned.get(gender.value) for gender in HEADCOUNT_GENDERS)
        if counted:
            if not cleaned.get("role"):
                self.add_error("role", _("Say who these people are."))
            if not cleaned.get("age_band"):
                self.add_error("age_band", _("Choose their age band."))
        return cleaned

    def rows(self) -> list[HeadcountRow]:
        data = self.cleaned_data
        if not data.get("role") or not data.get("age_band"):
            return []
        return [
            HeadcountRow(
                role=data["role"],
                gender=gender.value,
                age_band=data["age_band"],
                count=data.get(gender.value) or 0,
            )
            for gender in HEADCOUNT_GENDERS
        ]


class BaseHeadcountFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            key = (form.cleaned_data.get("role"), form.cleaned_data.get("age_band"))
            if key[0] and key[1] and key in seen:
                raise forms.ValidationError(
                    _("Two lines have the same role and age band: put their numbers on one line.")
                )
            seen.add(key)

    def rows(self) -> list[HeadcountRow]:
        return [row for form in self.forms for row in form.rows()]


HeadcountFormSet = forms.formset_factory(
    HeadcountRowForm, formset=BaseHeadcountFormSet, extra=2, max_num=20, absolute_max=40
)


def headcount_initial(session: Session) -> list[dict]:
    """The recorded headcount as form lines; the session's own audience when nothing is recorded."""
    lines: dict[tuple[str, str], dict] = {}
    for cell in session.attendance.all():
        line = lines.setdefault(
            (cell.role, cell.age_band), {"role": cell.role, "age_band": cell.age_band}
        )
        line[cell.gender] = cell.count
    if not lines:
        return [{"role": session.audience, "age_band": session.age_band}]
    return list(lines.values())


class ExpectedSizeForm(forms.Form):
    expected_size = forms.IntegerField(
        label=_("Expected number of people"),
        min_value=1,
        max_value=MAX_SESSION_SIZE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "form-control"}),
        help_text=_("Raise it here if more people came than you planned for."),
    )
