"""The read-only reach API under /api/reach/: the report's figures as JSON, for donors' dashboards
and spreadsheets. django-ninja (which Wagtail already brings) describes it in OpenAPI at
/api/reach/openapi.json, with its interactive docs served from our own static files.

Every request carries `Authorization: Bearer <token>` (coordinators make tokens on the reports'
API page); it reads the campaigns that the token's owner reports on, and nothing else. Hidden
figures (fewer than five minors) are null, as they are "<5" on the page.
"""

import datetime as dt
import uuid

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query, Schema
from ninja.errors import HttpError
from ninja.security import HttpBearer
from pydantic import field_validator

from reach import selectors
from reach.services.tokens import api_token_user
from workshops.models import CampaignPage


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str):
        return api_token_user(secret=token)


api = NinjaAPI(
    title="Faro reach API",
    version="1",
    description=__doc__,
    urls_namespace="reach_api",
    auth=TokenAuth(),
)


class ErrorOut(Schema):
    detail: str


class InvalidOut(Schema):
    """What was wrong with the request, one entry per parameter (Pydantic's own form)."""

    detail: list[dict]


# Every operation may answer these besides its figures.
REFUSED = {
    401: ErrorOut,  # no token, or not a valid one
    404: ErrorOut,  # no such campaign for this token, or no such breakdown
    422: InvalidOut,  # a malformed filter
}


class CampaignOut(Schema):
    slug: str
    title: str
    country: str
    demo_data: bool


class AudienceOut(Schema):
    audience: str
    label: str
    people: int | None
    target: int | None
    percent: int | None


class QuizSummaryOut(Schema):
    quiz_key: uuid.UUID
    title: str
    pre_attempts: int | None
    post_attempts: int | None
    paper_sheets: int | None
    mean_before: float | None
    mean_after: float | None
    pass_rate: float | None
    matched_pairs: int | None
    match_rate: float | None
    gain: float | None


class HeadlineOut(Schema):
    campaign: str
    title: str
    demo_data: bool
    refreshed_at: dt.datetime | None
    waiting: int
    sessions: int
    people: int | None
    attendances: int | None
    audiences: list[AudienceOut]
    quizzes: list[QuizSummaryOut]


class FigureOut(Schema):
    key: str
    label: str
    people: int | None
    attendances: int | None
    hidden: bool


class BreakdownOut(Schema):
    dimension: str
    rows: list[FigureOut]
    total: FigureOut


class QuestionOut(Schema):
    key: str
    text: str
    answered_before: int
    correct_before: int
    answered_after: int
    correct_after: int
    wrong_answer_chosen_most_after: str


class QuizOut(QuizSummaryOut):
    modules: list[str]
    questions: list[QuestionOut]


class ChoiceOut(Schema):
    label: str
    count: int


class SurveyQuestionOut(Schema):
    text: str
    kind: str
    choices: list[ChoiceOut]


class SurveyOut(Schema):
    survey_key: uuid.UUID
    title: str
    phase: str
    responses: int | None
    questions: list[SurveyQuestionOut] | None


class FiltersIn(Schema):
    country: str | None = None
    locality: str | None = None
    venue: int | None = None
    audience: str | None = None
    gender: str | None = None
    age_band: str | None = None
    month_from: dt.date | None = None
    month_to: dt.date | None = None

    @field_validator("country", "locality", "audience", "gender", "age_band")
    @classmethod
    def _text_without_nul(cls, value: str | None) -> str | None:
        # No name or code holds a NUL character, and the database refuses to compare one.
        if value is not None and "\x00" in value:
            raise ValueError(_("A filter cannot contain the NUL character."))
        return value

    def filters(self) -> selectors.Filters:
        def one(value) -> tuple:
            return () if value in (None, "") else (value,)

        return selectors.Filters(
            countries=one(self.country),
            localities=one(self.locality),
            venues=one(self.venue),
            audiences=one(self.audience),
            genders=one(self.gender),
            age_bands=one(self.age_band),
            month_from=self.month_from.replace(day=1) if self.month_from else None,
            month_to=self.month_to.replace(day=1) if self.month_to else None,
        )


def _campaign(request: HttpRequest, slug: str) -> CampaignPage:
    # A slug with a NUL character names no campaign (and the database refuses to compare one).
    campaign = None if "\x00" in slug else selectors.campaign_reported(user=request.auth, slug=slug)
    if campaign is None:
        raise HttpError(404, "No campaign with this slug among those your token may read.")
    return campaign


def _report(request: HttpRequest, slug: str, filters: FiltersIn | None = None):
    language = translation.get_language_from_request(request) or "en"
    with translation.override(language):
        return selectors.campaign_report(
            campaign=_campaign(request, slug),
            filters=filters.filters() if filters else selectors.Filters(),
            language=language,
        )


def _figure(row: selectors.Figure) -> dict:
    return {
        "key": "" if row.key is None else str(row.key),
        "label": str(row.label),
        "people": row.people,
        "attendances": row.attendances,
        "hidden": row.hidden,
    }


@api.get(
    "/campaigns",
    response={200: list[CampaignOut], 401: ErrorOut},
    summary="The campaigns you report on",
)
def campaigns(request: HttpRequest):
    return [
        {
            "slug": campaign.slug,
            "title": campaign.title,
            "country": str(campaign.country),
            "demo_data": campaign.demo_data,
        }
        for campaign in selectors.campaigns_reported(user=request.auth)
    ]


@api.get(
    "/campaigns/{slug}",
    response={200: HeadlineOut, **REFUSED},
    summary="Headline figures: people reached by audience against the targets, knowledge",
)
def headline(request: HttpRequest, slug: str, filters: Query[FiltersIn]):
    return selectors.report_headline(_report(request, slug, filters))


@api.get(
    "/campaigns/{slug}/breakdowns/{dimension}",
    response={200: BreakdownOut, **REFUSED},
    summary="People reached and attendances by country, locality, venue, audience, gender, "
    "age band or month",
)
def breakdown(request: HttpRequest, slug: str, dimension: str, filters: Query[FiltersIn]):
    if dimension not in selectors.DIMENSIONS:
        raise HttpError(404, f"Dimensions: {', '.join(selectors.DIMENSIONS)}.")
    found = _report(request, slug, filters).breakdowns[dimension]
    return {
        "dimension": dimension,
        "rows": [_figure(row) for row in found.rows],
        "total": _figure(found.total),
    }


@api.get(
    "/campaigns/{slug}/knowledge",
    response={200: list[QuizOut], **REFUSED},
    summary="Quiz scores before and after, gain on matched pairs, and each question",
)
def knowledge(request: HttpRequest, slug: str, filters: Query[FiltersIn]):
    report = _report(request, slug, filters)
    summaries = {row["quiz_key"]: row for row in selectors.report_headline(report)["quizzes"]}
    return [
        {
            **summaries[str(quiz.quiz_key)],
            "modules": quiz.modules,
            "questions": []
            if quiz.hidden
            else [
                {
                    "key": question.key,
                    "text": str(question.text),
                    "answered_before": question.pre_answered,
                    "correct_before": question.pre_correct,
                    "answered_after": question.post_answered,
                    "correct_after": question.post_correct,
                    "wrong_answer_chosen_most_after": question.misconception,
                }
                for question in quiz.questions
            ],
        }
        for quiz in report.knowledge
    ]


@api.get(
    "/campaigns/{slug}/surveys",
    response={200: list[SurveyOut], **REFUSED},
    summary="Survey answers: how many chose each answer (never the free texts)",
)
def surveys(request: HttpRequest, slug: str, filters: Query[FiltersIn]):
    return [
        {
            "survey_key": survey.survey_key,
            "title": survey.title,
            "phase": survey.phase,
            "responses": survey.responses,
            "questions": None
            if survey.hidden
            else [
                {
                    "text": str(question.text),
                    "kind": question.kind,
                    "choices": [{"label": label, "count": n} for label, n in question.choices],
                }
                for question in survey.questions
            ],
        }
        for survey in _report(request, slug, filters).surveys
    ]
