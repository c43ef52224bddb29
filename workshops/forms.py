"""Forms of the trainer space (plan a session, record its headcount) and of joining one."""

import uuid
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
from workshops.selectors import campaigns_for_sessions, modules_for_sessions, titles_localized
from workshops.services import HeadcountRow, ParticipantProfile, SessionPlan
from workshops.sgic import initial_normalize, sgic_build

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
    """Plan or edit a session. Times are entered in the venue's own time zone."""

    campaign = CampaignChoiceField(label=_("Campaign"), queryset=None, empty_label=None)
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

    def __init__(self, *args, session: Session | None = None, **kwargs):
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
        self.fields["campaign"].queryset = campaigns_for_sessions()
        self.fields["modules"].queryset = modules_for_sessions()
        campaigns_by_path = {page.path: page.pk for page in self.fields["campaign"].queryset}
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


MONTH_CHOICES = [
    (1, _("January")),
    (2, _("February")),
    (3, _("March")),
    (4, _("April")),
    (5, _("May")),
    (6, _("June")),
    (7, _("July")),
    (8, _("August")),
    (9, _("September")),
    (10, _("October")),
    (11, _("November")),
    (12, _("December")),
]
SIBLING_CHOICES = [(0, "0"), (1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, _("5 or more"))]
# "I am …": the audiences in the singular, as a person says it of themselves.
PARTICIPANT_ROLES = [
    (Audience.STUDENTS, _("A student")),
    (Audience.TEACHERS, _("A teacher")),
    (Audience.PARENTS, _("A parent or caregiver")),
    (Audience.SINGLE_MOTHERS, _("A single mother")),
    (Audience.YOUNG_PEOPLE, _("A young person")),
    (Audience.COMMUNITY, _("A member of the community")),
    (Audience.PROFESSIONALS, _("A social worker or other professional")),
    (Audience.OFFICIALS, _("A local government official")),
]
PARTICIPANT_AGE_BANDS = [(value, label) for value, label in AgeBand.choices if value != "all"]
PARTICIPANT_GENDERS = [
    (Gender.FEMALE, _("Female")),
    (Gender.MALE, _("Male")),
    (Gender.ANOTHER, _("Another gender")),
    (Gender.NOT_STATED, _("I prefer not to say")),
]


class ParticipantForm(forms.Form):
    """About you: role, age band, optional gender, and the optional self-generated code.

    `agree` comes from the welcome page, where the participant read what is asked and why.
    """

    join_key = forms.UUIDField(widget=forms.HiddenInput, required=False)
    agree = forms.BooleanField(
        widget=forms.HiddenInput,
        error_messages={"required": _("Read what we ask and why, and agree, before you continue.")},
    )
    role = forms.ChoiceField(
        label=_("I am"),
        choices=PARTICIPANT_ROLES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what describes you best.")},
    )
    age_band = forms.ChoiceField(
        label=_("My age"),
        choices=PARTICIPANT_AGE_BANDS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose your age group.")},
    )
    gender = forms.ChoiceField(
        label=_("My gender (optional)"),
        choices=PARTICIPANT_GENDERS,
        widget=forms.RadioSelect,
        required=False,
    )
    mother_initial = forms.CharField(
        label=_("The first letter of your mother's first name (or of the person who raised you)"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "size": 3, "maxlength": 30}),
    )
    birth_month = forms.TypedChoiceField(
        label=_("The month you were born"),
        choices=[("", "—"), *MONTH_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    older_siblings = forms.TypedChoiceField(
        label=_("How many older brothers and sisters you have"),
        choices=[("", "—"), *SIBLING_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    birthplace_initial = forms.CharField(
        label=_("The first letter of the town or city where you were born"),
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "size": 3, "maxlength": 60}),
    )

    SGIC_FIELDS = ("mother_initial", "birth_month", "older_siblings", "birthplace_initial")

    def __init__(self, *args, session: Session, **kwargs):
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("agree", True)
        initial.setdefault("join_key", uuid.uuid4())
        initial.setdefault("role", session.audience)
        if session.age_band != AgeBand.ALL_AGES:
            initial.setdefault("age_band", session.age_band)
        super().__init__(*args, **kwargs)

    def clean_mother_initial(self):
        return self._initial_clean("mother_initial")

    def clean_birthplace_initial(self):
        return self._initial_clean("birthplace_initial")

    def _initial_clean(self, name: str) -> str:
        text = self.cleaned_data[name].strip()
        if text and not initial_normalize(text):
            raise forms.ValidationError(_("Type a letter, for example M."), code="letter")
        return text

    def clean(self):
        cleaned = super().clean()
        given = [name for name in self.SGIC_FIELDS if cleaned.get(name) not in (None, "")]
        missing = [
            name for name in self.SGIC_FIELDS if name not in given and name not in self.errors
        ]
        if given and missing:
            for name in missing:
                self.add_error(
                    name,
                    forms.ValidationError(
                        _("Answer all four code questions, or leave all four empty."),
                        code="sgic_partial",
                    ),
                )
        return cleaned

    def sgic(self) -> str:
        data = self.cleaned_data
        if any(data.get(name) in (None, "") for name in self.SGIC_FIELDS):
            return ""
        return sgic_build(
            mother_initial=data["mother_initial"],
            birth_month=data["birth_month"],
            older_siblings=data["older_siblings"],
            birthplace_initial=data["birthplace_initial"],
        )

    def profile(self, *, language: str) -> ParticipantProfile:
        data = self.cleaned_data
        return ParticipantProfile(
            role=data["role"],
            age_band=data["age_band"],
            gender=data["gender"] or Gender.NOT_STATED,
            language=language,
            sgic=self.sgic(),
        )
