"""Survey answers as counts per choice; free texts are never rolled up."""

import uuid
from dataclasses import dataclass

from django.db.models import Count, Q, Sum

from reach.models import (
    SurveyChoiceMonthCell,
    SurveyMonthCell,
)
from reach.selectors.learning import localized
from reach.selectors.scope import MINOR_BANDS, SMALL, Filters, cells_of
from surveys.models import Survey
from surveys.questions import content_of as survey_content
from workshops.models import CampaignPage


@dataclass
class SurveyQuestionFigure:
    text: str
    kind: str
    choices: list[tuple[str, int]]  # (label, count)

    @property
    def answered(self) -> int:
        return sum(count for _label, count in self.choices)


@dataclass
class SurveyFigure:
    survey_key: uuid.UUID
    title: str
    phase: str
    responses: int
    minors: bool
    questions: list[SurveyQuestionFigure]

    @property
    def hidden(self) -> bool:
        return self.minors and self.responses < SMALL


def survey_results(
    *, campaign: CampaignPage, filters: Filters, language: str
) -> list[SurveyFigure]:
    """Per survey and phase: responses, and for each question how many chose each answer
    (three queries). Free texts stay in the sessions, with their trainers."""
    responses = {
        (row["survey_key"], row["phase"]): row
        for row in cells_of(SurveyMonthCell, campaign, filters)
        .values("survey_key", "phase")
        .annotate(n=Sum("responses"), minors=Count("pk", filter=Q(age_band__in=MINOR_BANDS)))
    }
    if not responses:
        return []
    chosen: dict[tuple, int] = {}
    for row in (
        cells_of(SurveyChoiceMonthCell, campaign, filters)
        .values("survey_key", "phase", "question_key", "choice_key")
        .annotate(n=Sum("count"))
    ):
        key = (row["survey_key"], row["phase"], row["question_key"], row["choice_key"])
        chosen[key] = row["n"]
    found = localized(Survey, {key for key, _phase in responses}, language)
    results = []
    for (survey_key, phase), row in sorted(responses.items(), key=lambda item: item[0][1]):
        survey = found.get(survey_key)
        if survey is None:
            continue
        questions = [
            SurveyQuestionFigure(
                question.text,
                question.kind,
                [
                    (str(label), chosen.get((survey_key, phase, question.key, key), 0))
                    for key, label in question.choices
                ],
            )
            for question in survey_content(survey).questions
            if not question.free_text
        ]
        results.append(
            SurveyFigure(survey_key, survey.title, phase, row["n"], bool(row["minors"]), questions)
        )
    return results


# --- the whole report ---------------------------------------------------------------------------
