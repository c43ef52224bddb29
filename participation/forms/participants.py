"""The participant's "about you" form: role, age band, optional gender and the optional
self-generated code; nothing that names them."""

import uuid

from django import forms
from django.utils.dates import MONTHS
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from workshops.models import (
    AgeBand,
    Audience,
    Gender,
    Session,
)
from workshops.services import ParticipantProfile
from workshops.sgic import initial_normalize, sgic_build

# Django's own month names (django.utils.dates), capitalised for the list: declaring "January" …
# "December" again would put our translations over Django's, and its dates would then read
# "6 Diciembre" instead of "6 diciembre".
MONTH_CHOICES = [(number, capfirst(name)) for number, name in MONTHS.items()]
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

# Who "about you" offers in a session for an audience: its own people first, then the adults who
# usually come with them (a teacher in a class, a youth worker with young people). The first is
# the role the form suggests.
ROLES_BY_AUDIENCE = {
    Audience.STUDENTS: (Audience.STUDENTS, Audience.TEACHERS),
    Audience.TEACHERS: (Audience.TEACHERS,),
    Audience.PARENTS: (Audience.PARENTS, Audience.SINGLE_MOTHERS),
    Audience.SINGLE_MOTHERS: (Audience.SINGLE_MOTHERS, Audience.PARENTS, Audience.COMMUNITY),
    Audience.YOUNG_PEOPLE: (Audience.YOUNG_PEOPLE, Audience.STUDENTS, Audience.PROFESSIONALS),
    Audience.COMMUNITY: (
        Audience.COMMUNITY,
        Audience.PARENTS,
        Audience.SINGLE_MOTHERS,
        Audience.YOUNG_PEOPLE,
        Audience.TEACHERS,
        Audience.PROFESSIONALS,
        Audience.OFFICIALS,
    ),
    Audience.PROFESSIONALS: (Audience.PROFESSIONALS, Audience.OFFICIALS, Audience.TEACHERS),
    Audience.OFFICIALS: (Audience.OFFICIALS, Audience.PROFESSIONALS),
}
# The age bands a role can have: pupils and community members of any age, young people from 14,
# the other roles are adults.
MINOR_BANDS = (AgeBand.CHILDREN_6_9, AgeBand.CHILDREN_10_13, AgeBand.TEENS_14_17)
ROLE_AGE_BANDS = {
    Audience.STUDENTS: (*MINOR_BANDS, AgeBand.ADULTS),
    Audience.YOUNG_PEOPLE: (AgeBand.TEENS_14_17, AgeBand.ADULTS),
    Audience.COMMUNITY: (*MINOR_BANDS, AgeBand.ADULTS),
}


def session_roles(session: Session) -> list[tuple[str, str]]:
    """The roles "about you" offers in this session, from its audience."""
    offered = ROLES_BY_AUDIENCE.get(session.audience, tuple(ROLES_BY_AUDIENCE))
    labels = dict(PARTICIPANT_ROLES)
    return [(role, labels[role]) for role in offered]


def session_age_bands(session: Session) -> list[tuple[str, str]]:
    """The age bands "about you" offers in this session: the session's own band (every band its
    roles can have in an all-ages session) and 18 and over for the adults who come with them."""
    fitting = {
        band
        for role, _label in session_roles(session)
        for band in ROLE_AGE_BANDS.get(role, (AgeBand.ADULTS,))
    }
    if session.age_band != AgeBand.ALL_AGES:
        # The session's band always, so that the band it suggests can be chosen.
        fitting = {session.age_band} | (fitting & {AgeBand.ADULTS})
    return [(value, label) for value, label in PARTICIPANT_AGE_BANDS if value in fitting]


PARTICIPANT_GENDERS = [
    (Gender.FEMALE, _("Female")),
    (Gender.MALE, _("Male")),
    (Gender.ANOTHER, _("Another gender")),
    (Gender.NOT_STATED, _("I prefer not to say")),
]


class ParticipantForm(forms.Form):
    """About you: role, age band, optional gender, and the optional self-generated code.

    `agree` is the "I agree" button that sends the form, under what is asked and why on the same
    page (`join_welcome.html`): a form sent without it joins nobody.
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
        error_messages={
            "required": _("Choose what describes you best."),
            "invalid_choice": _("This session is not for this role. Choose one of those shown."),
        },
    )
    age_band = forms.ChoiceField(
        label=_("My age"),
        choices=PARTICIPANT_AGE_BANDS,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose your age group."),
            "invalid_choice": _(
                "This session is not for this age group. Choose one of those shown."
            ),
        },
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
        initial.setdefault("join_key", uuid.uuid4())
        initial.setdefault("role", session.audience)
        if session.age_band != AgeBand.ALL_AGES:
            initial.setdefault("age_band", session.age_band)
        super().__init__(*args, **kwargs)
        # Only what fits the session is offered, and only that is taken (a crafted form too).
        self.fields["role"].choices = session_roles(session)
        self.fields["age_band"].choices = session_age_bands(session)

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
        role, age_band = cleaned.get("role"), cleaned.get("age_band")
        if role and age_band and age_band not in ROLE_AGE_BANDS.get(role, (AgeBand.ADULTS,)):
            self.add_error(
                "age_band",
                forms.ValidationError(
                    _("This age group does not go with “%(role)s”. Check both answers."),
                    code="role_age",
                    params={"role": dict(PARTICIPANT_ROLES)[role]},
                ),
            )
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
