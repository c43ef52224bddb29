"""A whole campaign report, and its headline figures as plain data (API, command)."""

from dataclasses import dataclass

from reach.selectors.figures import (
    DIMENSIONS,
    Breakdown,
    Figure,
    Freshness,
    Target,
    campaign_venues,
    reach_breakdown,
    reach_freshness,
    reach_targets,
)
from reach.selectors.learning import QuizFigure, knowledge
from reach.selectors.scope import Filters
from reach.selectors.surveys import SurveyFigure, survey_results
from workshops.models import CampaignPage


@dataclass
class Report:
    campaign: CampaignPage
    filters: Filters
    freshness: Freshness
    targets: list[Target]
    breakdowns: dict[str, Breakdown]
    knowledge: list[QuizFigure]
    surveys: list[SurveyFigure]

    @property
    def total(self) -> Figure:
        return self.breakdowns["audience"].total

    @property
    def trend(self) -> Breakdown:
        return self.breakdowns["month"]


def campaign_report(
    *,
    campaign: CampaignPage,
    filters: Filters,
    language: str,
    venues: dict[int, str] | None = None,
) -> Report:
    if venues is None:
        venues = campaign_venues(campaign=campaign)
    breakdowns = {
        dimension: reach_breakdown(
            campaign=campaign, filters=filters, dimension=dimension, venues=venues
        )
        for dimension in DIMENSIONS
    }
    return Report(
        campaign=campaign,
        filters=filters,
        freshness=reach_freshness(campaign=campaign),
        targets=reach_targets(campaign=campaign, by_audience=breakdowns["audience"]),
        breakdowns=breakdowns,
        knowledge=knowledge(campaign=campaign, filters=filters, language=language),
        surveys=survey_results(campaign=campaign, filters=filters, language=language),
    )


def report_headline(report: Report) -> dict:
    """The report's headline figures as plain data (the API, `reach_report --json`); hidden
    figures are None."""
    total = report.total
    return {
        "campaign": report.campaign.slug,
        "title": report.campaign.title,
        "demo_data": report.campaign.demo_data,
        "refreshed_at": report.freshness.refreshed_at,
        "waiting": report.freshness.waiting,
        "sessions": report.freshness.sessions,
        "people": None if total.hidden else total.people,
        "attendances": None if total.hidden else total.attendances,
        "audiences": [
            {
                "audience": row.audience,
                "label": row.label,
                "people": None if row.hidden else row.people,
                "target": row.target,
                "percent": None if row.hidden else row.percent,
            }
            for row in report.targets
        ],
        "quizzes": [
            {
                "quiz_key": str(quiz.quiz_key),
                "title": quiz.title,
                "pre_attempts": quiz.pre_attempts,
                "post_attempts": quiz.post_attempts,
                "paper_sheets": quiz.pre_paper + quiz.post_paper,
                "mean_before": None if quiz.hidden else _round(quiz.pre_mean),
                "mean_after": None if quiz.hidden else _round(quiz.post_mean),
                "pass_rate": None if quiz.hidden else _round(quiz.pass_rate),
                "matched_pairs": None if quiz.hidden else quiz.pairs,
                "match_rate": None if quiz.hidden else _round(quiz.match_rate),
                "gain": None if quiz.hidden else _round(quiz.gain),
            }
            for quiz in report.knowledge
        ],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
