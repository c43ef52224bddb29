"""Reads: which surveys a session asks, in which language."""

import uuid
from dataclasses import dataclass, field

from django.db.models import Count, Q
from wagtail.models import Page

from surveys.audiences import is_minor, survey_fits
from surveys.models import Response, ResponseAnswer, Survey, SurveyPhase, SurveyUse
from surveys.questions import content_of
from workshops.content_cache import remembered, variants_remembered
from workshops.models import AgeBand, Participant, Session
from workshops.snippets import snippet_preferred

USES_BY_PHASE = {
    SurveyPhase.PRE: (SurveyUse.BEFORE, SurveyUse.BOTH),
    SurveyPhase.POST: (SurveyUse.AFTER, SurveyUse.BOTH),
}


def session_has_minors(session: Session) -> bool:
    """Whether some of a session's participants may be minors (its paper sheets are for all)."""
    return session.age_band != AgeBand.ADULTS


def session_surveys(*, session: Session) -> dict[str, list[uuid.UUID]]:
    """The live surveys of a session's campaign or modules, by phase: campaign surveys first.
    Each participant is asked those of them written for them (`participant_surveys`)."""
    plan = _session_survey_plan(session)
    return {phase: [key for key, _audiences, _bands in rows] for phase, rows in plan.items()}


def participant_surveys(
    *, participant: Participant, session: Session
) -> dict[str, list[uuid.UUID]]:
    """The surveys of the session written for this participant's role and age band, by phase:
    the steps offer these, and only these are taken. Reads the participant's row, no query."""
    return surveys_for(session=session, role=participant.role, age_band=participant.age_band)


def surveys_for(*, session: Session, role: str, age_band: str) -> dict[str, list[uuid.UUID]]:
    """The surveys of the session written for a participant of this role and age band, by
    phase (`participant_surveys`, and the trainer's count of who is done with theirs)."""
    return {
        phase: [
            key
            for key, audiences, age_bands in rows
            if survey_fits(audiences=audiences, age_bands=age_bands, role=role, age_band=age_band)
        ]
        for phase, rows in _session_survey_plan(session).items()
    }


def participant_is_minor(participant: Participant) -> bool:
    """Whether free-text questions are left out for this participant (unless a survey allows
    them): decided by their own age band, not the session's."""
    return is_minor(participant.age_band)


SurveyPlanRow = tuple[uuid.UUID, tuple[str, ...], tuple[str, ...]]  # key, audiences, age bands


def _session_survey_plan(session: Session) -> dict[str, tuple[SurveyPlanRow, ...]]:
    return remembered(
        ("session survey plan", session.pk, session.campaign_id),
        lambda: _session_surveys(session),
    )


def _session_surveys(session: Session) -> dict[str, tuple[SurveyPlanRow, ...]]:
    module_keys = list(
        session.session_modules.order_by("sort_order", "pk").values_list(
            "module__translation_key", flat=True
        )
    )
    campaign_key = Page.objects.filter(pk=session.campaign_id).values("translation_key")
    rows = (
        Survey.objects.filter(live=True)
        .filter(
            Q(campaign__translation_key__in=campaign_key)
            | Q(survey_modules__module__translation_key__in=module_keys)
        )
        .order_by("campaign", "pk")
        .values_list("translation_key", "use", "audiences", "age_bands")
        .distinct()
    )
    by_phase: dict[str, dict[uuid.UUID, SurveyPlanRow]] = {
        SurveyPhase.PRE: {},
        SurveyPhase.POST: {},
    }
    for key, use, audiences, age_bands in rows:
        for phase, uses in USES_BY_PHASE.items():
            if use in uses and key not in by_phase[phase]:
                # The first variant found (the original, usually) says whom it is written for.
                by_phase[phase][key] = (key, tuple(audiences or ()), tuple(age_bands or ()))
    return {phase: tuple(plan.values()) for phase, plan in by_phase.items()}


def session_survey_keys(session: Session) -> list[uuid.UUID]:
    """Every survey the session asks, before or after the workshop."""
    plan = session_surveys(session=session)
    return list(dict.fromkeys([*plan[SurveyPhase.PRE], *plan[SurveyPhase.POST]]))


def session_surveys_answered(session: Session) -> bool:
    return Response.objects.filter(session=session).exists()


def session_survey_translations(*, session: Session) -> list[list[Survey]]:
    """Each survey the session asks, in every language it is written in (published or not):
    for `workshops.snippets.asked_versions`."""
    return [
        survey_variants(survey_key=key, live_only=False) for key in session_survey_keys(session)
    ]


def survey_variants(*, survey_key: uuid.UUID, live_only: bool = True) -> list[Survey]:
    """The survey with this key in every language it is written in.

    The surveys are shared with other requests of this process (workshops.content_cache): read
    them, never change them.
    """
    return variants_remembered(
        Survey, translation_key=survey_key, parse=content_of, live_only=live_only
    )


def survey_localized(*, survey_key: uuid.UUID, languages: list[str]) -> Survey | None:
    """The live survey with this key in the first of these languages that has it (else any)."""
    return snippet_preferred(survey_variants(survey_key=survey_key), languages=languages)


@dataclass(frozen=True)
class ChoiceCount:
    label: str
    count: int


@dataclass(frozen=True)
class TextAnswer:
    text: str
    flagged: bool


@dataclass(frozen=True)
class QuestionResult:
    text: str
    kind: str
    answered: int
    choices: list[ChoiceCount] = field(default_factory=list)
    texts: list[TextAnswer] = field(default_factory=list)


@dataclass(frozen=True)
class SurveyResult:
    title: str
    phase: str
    responses: int
    questions: list[QuestionResult]

    @property
    def flagged(self) -> int:
        return sum(text.flagged for q in self.questions for text in q.texts)


def session_survey_results(
    *, session: Session, language: str, with_texts: bool, with_flags: bool
) -> list[SurveyResult]:
    """A session's survey answers as counts per choice (and, for those allowed to read them, the
    free texts, flagged ones marked only when `with_flags`), per survey and phase; those of
    joiners the trainer removed are left out.

    Questions are read from the survey in the reader's language; answers are matched by key.
    """
    rows = list(
        ResponseAnswer.objects.filter(
            response__session=session, response__participant__removed_at__isnull=True
        ).values_list(
            "response__survey_key",
            "response__phase",
            "question_key",
            "choice_keys",
            "text",
            "flagged",
        )
    )
    responses = _response_counts(session)
    results = []
    for (survey_key, phase), count in sorted(responses.items(), key=lambda item: item[0][1]):
        survey = survey_localized(survey_key=survey_key, languages=[language])
        if survey is None:
            continue
        answers = [row for row in rows if row[0] == survey_key and row[1] == phase]
        questions = []
        for question in content_of(survey).questions:
            mine = [row for row in answers if row[2] == question.key]
            if question.free_text:
                texts = (
                    [TextAnswer(row[4], with_flags and row[5]) for row in mine]
                    if with_texts
                    else []
                )
                questions.append(
                    QuestionResult(question.text, question.kind, len(mine), texts=texts)
                )
                continue
            counted = {key: 0 for key, _label in question.choices}
            for row in mine:
                for key in row[3]:
                    if key in counted:
                        counted[key] += 1
            questions.append(
                QuestionResult(
                    question.text,
                    question.kind,
                    len(mine),
                    choices=[
                        ChoiceCount(str(label), counted[key]) for key, label in question.choices
                    ],
                )
            )
        results.append(SurveyResult(survey.title, phase, count, questions))
    return results


def _response_counts(session: Session) -> dict[tuple[uuid.UUID, str], int]:
    return {
        (row["survey_key"], row["phase"]): row["n"]
        for row in Response.objects.filter(session=session, participant__removed_at__isnull=True)
        .values("survey_key", "phase")
        .annotate(n=Count("pk"))
    }
