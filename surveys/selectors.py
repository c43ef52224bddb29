"""Reads: which surveys a session asks, in which language."""

import uuid

from django.conf import settings
from django.db.models import Q

from surveys.models import Survey, SurveyPhase, SurveyUse
from workshops.models import AgeBand, Session

USES_BY_PHASE = {
    SurveyPhase.PRE: (SurveyUse.BEFORE, SurveyUse.BOTH),
    SurveyPhase.POST: (SurveyUse.AFTER, SurveyUse.BOTH),
}


def session_has_minors(session: Session) -> bool:
    return session.age_band != AgeBand.ADULTS


def session_surveys(*, session: Session) -> dict[str, list[uuid.UUID]]:
    """The live surveys of a session's campaign or modules, by phase: campaign surveys first."""
    module_keys = list(
        session.session_modules.order_by("sort_order", "pk").values_list(
            "module__translation_key", flat=True
        )
    )
    rows = (
        Survey.objects.filter(live=True)
        .filter(
            Q(campaign__translation_key=session.campaign.translation_key)
            | Q(survey_modules__module__translation_key__in=module_keys)
        )
        .order_by("campaign", "pk")
        .values_list("translation_key", "use")
        .distinct()
    )
    by_phase: dict[str, list[uuid.UUID]] = {SurveyPhase.PRE: [], SurveyPhase.POST: []}
    for key, use in rows:
        for phase, uses in USES_BY_PHASE.items():
            if use in uses and key not in by_phase[phase]:
                by_phase[phase].append(key)
    return by_phase


def survey_variants(*, survey_key: uuid.UUID, live_only: bool = True) -> list[Survey]:
    variants = Survey.objects.filter(translation_key=survey_key).select_related("locale")
    return list(variants.filter(live=True) if live_only else variants)


def survey_localized(*, survey_key: uuid.UUID, languages: list[str]) -> Survey | None:
    """The live survey with this key in the first of these languages that has it (else any)."""
    preference = [*languages, settings.LANGUAGE_CODE]

    def rank(survey: Survey) -> int:
        code = survey.locale.language_code
        return preference.index(code) if code in preference else len(preference)

    return min(survey_variants(survey_key=survey_key), key=rank, default=None)
