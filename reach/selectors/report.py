"""A whole campaign report, and its headline figures as plain data (API, command)."""

from dataclasses import dataclass

from reach.privacy import masked_shown, smallest_group
from reach.selectors.figures import (
    DIMENSIONS,
    Breakdown,
    Figure,
    Freshness,
    Target,
    Totals,
    breakdown_labelled,
    breakdown_totals,
    campaign_venues,
    reach_cells,
    reach_freshness,
    reach_targets,
)
from reach.selectors.kept import kept
from reach.selectors.learning import QuizFigure, knowledge
from reach.selectors.names import campaign_named
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
    combined_left_out: bool = False  # small groups combined on a dimension the filters narrow
    # The campaign as named in the report's language: its translation there, else itself.
    named: CampaignPage | None = None

    @property
    def total(self) -> Figure:
        return self.breakdowns["audience"].total

    @property
    def trend(self) -> Breakdown:
        return self.breakdowns["month"]

    @property
    def smallest(self) -> int:
        return smallest_group()

    @property
    def masked(self) -> str:
        """What stands for a hidden figure."""
        return masked_shown()


def campaign_report(
    *,
    campaign: CampaignPage,
    filters: Filters,
    language: str,
    venues: dict[int, str] | None = None,
) -> Report:
    if venues is None:
        venues = campaign_venues(campaign=campaign)

    def added_up() -> tuple[dict[str, Totals], bool]:
        cells = reach_cells(campaign=campaign)
        admitted = [cell for cell in cells if filters.admits(cell.place)]
        totals = {
            dimension: breakdown_totals(admitted=admitted, dimension=dimension)
            for dimension in DIMENSIONS
        }
        return totals, any(cell.minors and filters.names(cell.place) for cell in cells)

    # Unfiltered, the breakdowns' totals are the same for every reader until the next refresh,
    # and far smaller to read back than the cells they add up.
    totals, combined_left_out = (
        added_up() if filters.active else kept(campaign.pk, "reach-totals", added_up)
    )
    breakdowns = {
        dimension: breakdown_labelled(totals[dimension], dimension, venues)
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
        combined_left_out=combined_left_out,
        named=campaign_named(campaign=campaign, language=language),
    )


def report_headline(report: Report) -> dict:
    """The report's headline figures as plain data (the API, `reach_report --json`); hidden
    figures are None."""
    total = report.total
    return {
        "campaign": report.campaign.slug,
        "title": (report.named or report.campaign).title,
        "partner_organisation": (report.named or report.campaign).partner_organisation,
        "demo_data": report.campaign.demo_data,
        "refreshed_at": report.freshness.refreshed_at,
        "waiting": report.freshness.waiting,
        "sessions": report.freshness.sessions,
        "people": total.people,
        "attendances": total.attendances,
        "joined": total.joined,
        "audiences": [
            {
                "audience": row.audience,
                "label": row.label,
                "people": row.people,
                "target": row.target,
                "percent": row.percent,
            }
            for row in report.targets
        ],
        "quizzes": [
            {
                "quiz_key": str(quiz.quiz_key),
                "title": quiz.title,
                "pre_attempts": quiz.pre_attempts,
                "post_attempts": quiz.post_attempts,
                "paper_sheets": quiz.paper_sheets,
                "paper_sheets_before": quiz.pre_paper,
                "paper_sheets_after": quiz.post_paper,
                "mean_before": _round(quiz.pre_mean),
                "mean_after": _round(quiz.post_mean),
                "pass_rate": _round(quiz.pass_rate),
                "matched_pairs": quiz.pairs,
                "match_rate": _round(quiz.match_rate),
                "gain": _round(quiz.gain),
            }
            for quiz in report.knowledge
        ],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
