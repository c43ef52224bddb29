"""Survey answers as counts per choice; free texts are never rolled up.

Each survey's figures in each phase add up the campaign's protected survey cells
(`reach.privacy`), about K respondents at least."""

import uuid
from dataclasses import dataclass

from django.db.models import Sum

from reach.models import (
    SurveyChoiceMonthCell,
    SurveyMonthCell,
)
from reach.privacy import PLACE, cells_protect
from reach.selectors.kept import kept
from reach.selectors.learning import localized, series_admitted_kept
from reach.selectors.scope import Filters, cells_of
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
    responses: int | None  # None when hidden, with no questions
    questions: list[SurveyQuestionFigure]

    @property
    def hidden(self) -> bool:
        return self.responses is None


def survey_results(
    *, campaign: CampaignPage, filters: Filters, language: str
) -> list[SurveyFigure]:
    """Per survey and phase: responses, and for each question how many chose each answer
    (three queries). Free texts stay in the sessions, with their trainers."""
    series = ("survey_key", "phase")

    def protect() -> dict[tuple, list]:
        rows = SurveyMonthCell.objects.filter(campaign=campaign).values(
            *PLACE, *series, "responses"
        )
        return cells_protect(
            rows, measures=("responses",), people=lambda values: values["responses"], series=series
        )

    responses, left_out = series_admitted_kept(campaign.pk, "survey", protect, filters, series)
    if not responses:
        return []

    def answers() -> dict[tuple, int]:
        chosen: dict[tuple, int] = {}
        for row in (
            cells_of(SurveyChoiceMonthCell, campaign, filters)
            .exclude(left_out)
            .values("survey_key", "phase", "question_key", "choice_key")
            .annotate(n=Sum("count"))
        ):
            key = (row["survey_key"], row["phase"], row["question_key"], row["choice_key"])
            chosen[key] = row["n"]
        return chosen

    # Unfiltered: the same for every reader until the next refresh (see `knowledge`).
    chosen = answers() if filters.active else kept(campaign.pk, "survey-answers", answers)
    found = localized(Survey, {key for key, _phase in responses}, language)
    results = []
    for (survey_key, phase), total in sorted(responses.items(), key=lambda item: item[0][1]):
        survey = found.get(survey_key)
        if survey is None:
            continue
        if total.masked:
            results.append(SurveyFigure(survey_key, survey.title, phase, None, []))
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
            SurveyFigure(survey_key, survey.title, phase, total.values["responses"], questions)
        )
    return results


# --- the whole report ---------------------------------------------------------------------------
