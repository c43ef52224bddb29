"""Reads of the reach app: the figures of the coordinator reports, the exports, the PDF and the
API.

Everything here reads the rollup tables only, one grouped query per table or chart, so a report
costs the same number of queries whatever the number of answers behind it.
"""

from reach.selectors.figures import (
    DIMENSIONS,
    Breakdown,
    Figure,
    Freshness,
    Target,
    campaign_venues,
    filter_choices,
    reach_breakdown,
    reach_cells,
    reach_freshness,
    reach_targets,
)
from reach.selectors.learning import QuestionFigure, QuizFigure, knowledge
from reach.selectors.names import campaign_named, campaigns_named
from reach.selectors.report import Report, campaign_report, report_headline
from reach.selectors.scope import (
    Filters,
    campaign_reported,
    campaigns_reported,
)
from reach.selectors.surveys import SurveyFigure, SurveyQuestionFigure, survey_results

__all__ = [
    "DIMENSIONS",
    "Breakdown",
    "Figure",
    "Filters",
    "Freshness",
    "QuestionFigure",
    "QuizFigure",
    "Report",
    "SurveyFigure",
    "SurveyQuestionFigure",
    "Target",
    "campaign_named",
    "campaign_report",
    "campaign_reported",
    "campaign_venues",
    "campaigns_named",
    "campaigns_reported",
    "filter_choices",
    "knowledge",
    "reach_breakdown",
    "reach_cells",
    "reach_freshness",
    "reach_targets",
    "report_headline",
    "survey_results",
]
