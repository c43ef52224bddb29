"""Whom a survey is written for: kinds of participant and age bands, and the one rule that says
whether a survey fits a participant (their role and age band, as they said in "about you")."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from workshops.models import AgeBand, Audience


class SurveyAudience(models.TextChoices):
    """The kinds of participant a survey can be written for."""

    STUDENTS = "students", _("Students and young people")
    TEACHERS = "teachers", _("Teachers")
    PARENTS = "parents", _("Parents and caregivers")
    OTHER_ADULTS = "other_adults", _("Other adults")


# A participant's role (workshops.Audience) as a kind of participant: pupils and young people are
# students; single mothers are parents; community members, professionals and officials are the
# other adults.
KIND_OF_ROLE = {
    Audience.STUDENTS: SurveyAudience.STUDENTS,
    Audience.YOUNG_PEOPLE: SurveyAudience.STUDENTS,
    Audience.TEACHERS: SurveyAudience.TEACHERS,
    Audience.PARENTS: SurveyAudience.PARENTS,
    Audience.SINGLE_MOTHERS: SurveyAudience.PARENTS,
    Audience.COMMUNITY: SurveyAudience.OTHER_ADULTS,
    Audience.PROFESSIONALS: SurveyAudience.OTHER_ADULTS,
    Audience.OFFICIALS: SurveyAudience.OTHER_ADULTS,
}

SURVEY_AGE_BANDS = [(value, label) for value, label in AgeBand.choices if value != AgeBand.ALL_AGES]


def survey_fits(
    *, audiences: tuple[str, ...], age_bands: tuple[str, ...], role: str, age_band: str
) -> bool:
    """Whether a survey written for `audiences` and `age_bands` (empty: everyone) is asked of a
    participant with this role and age band."""
    kind = KIND_OF_ROLE.get(role, SurveyAudience.OTHER_ADULTS)
    return (not audiences or kind in audiences) and (not age_bands or age_band in age_bands)


def is_minor(age_band: str) -> bool:
    """Whether a participant of this age band may be under 18: free text is theirs only where
    the survey allows it."""
    return age_band != AgeBand.ADULTS
