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
from pydantic import Field, field_validator

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


# What each figure counts, said once for every schema that carries it.
TITLE = "In the language the request asks for (Accept-Language) where a translation exists."
PEOPLE = (
    "People reached: each person once per group, however many sessions the group had; a "
    "session's headcount where its trainer recorded one, otherwise the phones that joined with "
    "its code. Null when hidden (fewer than five minors)."
)
ATTENDANCES = "Attendances: people counted in every session, so a follow-up session counts again."
JOINED = (
    "Phones that joined with a session's code (a switched phone counts again; people on paper "
    "are not among them). Null when hidden."
)
PAPER = (
    "Paper sheets counted by the trainers in a class tally (sheets, not people: a person may fill "
    "in one per quiz and phase). They count in per-question figures of single-answer questions "
    "and in the answers chosen, never in the means, pass rate, pairs or gain. Sheets a trainer "
    "typed in one at a time are not among them: they count as attempts, as phones do."
)

ONE_BY_ONE = "Paper sheets typed in one at a time by the trainer count here too, as phones do."


class CampaignOut(Schema):
    slug: str
    title: str = Field(description=TITLE)
    country: str
    demo_data: bool


class AudienceOut(Schema):
    audience: str
    label: str
    people: int | None = Field(description=PEOPLE)
    target: int | None
    percent: int | None = Field(description="People reached as a share of the target.")


class QuizSummaryOut(Schema):
    quiz_key: uuid.UUID
    title: str = Field(description=TITLE)
    pre_attempts: int | None = Field(
        description=f"Pre-tests sent from phones (one per person). {ONE_BY_ONE}"
    )
    post_attempts: int | None = Field(
        description=f"Post-tests sent from phones (one per person). {ONE_BY_ONE}"
    )
    paper_sheets: int | None = Field(description=f"Before and after together. {PAPER}")
    paper_sheets_before: int | None = Field(description=f"Before the workshop. {PAPER}")
    paper_sheets_after: int | None = Field(description=f"After the workshop. {PAPER}")
    mean_before: float | None = Field(description="Mean score of the phone pre-tests, in %.")
    mean_after: float | None = Field(description="Mean score of the phone post-tests, in %.")
    pass_rate: float | None = Field(description="Share of the phone post-tests that passed, in %.")
    matched_pairs: int | None = Field(
        description="Phone post-tests matched to the same person's pre-test (by phone or by "
        "self-generated code)."
    )
    match_rate: float | None = Field(description="Matched pairs as a share of the post-tests, %.")
    gain: float | None = Field(
        description="Mean score after minus before on the matched pairs, in percentage points."
    )


class HeadlineOut(Schema):
    campaign: str
    title: str = Field(description=TITLE)
    partner_organisation: str = Field(description=TITLE)
    demo_data: bool
    refreshed_at: dt.datetime | None
    waiting: int = Field(description="Changes not yet counted in these figures.")
    sessions: int = Field(description="Sessions whose figures are counted.")
    people: int | None = Field(description=PEOPLE)
    attendances: int | None = Field(description=ATTENDANCES)
    joined: int | None = Field(description=JOINED)
    audiences: list[AudienceOut]
    quizzes: list[QuizSummaryOut]


class FigureOut(Schema):
    key: str
    label: str
    people: int | None = Field(description=PEOPLE)
    attendances: int | None = Field(description=ATTENDANCES)
    joined: int | None = Field(description=JOINED)
    hidden: bool


class BreakdownOut(Schema):
    dimension: str
    rows: list[FigureOut]
    total: FigureOut


ANSWERED = (
    "Phone answers, plus paper sheets when paper_counted is true (a single-answer question: a "
    "tally of a question with several right answers cannot tell who got it all right)."
)


class QuestionOut(Schema):
    key: str
    text: str
    answered_before: int = Field(description=ANSWERED)
    correct_before: int = Field(description=ANSWERED)
    answered_after: int = Field(description=ANSWERED)
    correct_after: int = Field(description=ANSWERED)
    paper_counted: bool = Field(
        description="Whether paper sheets count in this question's answered and correct figures."
    )
    wrong_answer_chosen_most_after: str = Field(
        description="On phones and on paper, after the workshop."
    )


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


MONTH = (
    "A month as the report's links write it: YYYY-MM, e.g. 2026-12 (a date such as 2026-12-01 "
    "is read as its month)."
)


def _month(value: str) -> dt.date:
    """The first day of a month written YYYY-MM or YYYY-MM-DD; ValueError otherwise."""
    if len(value) == len("2026-12"):
        value = f"{value}-01"
    if len(value) != len("2026-12-01"):
        raise ValueError(_("Write a month as YYYY-MM, for example 2026-12."))
    try:
        return dt.date.fromisoformat(value).replace(day=1)
    except ValueError:
        raise ValueError(_("Write a month as YYYY-MM, for example 2026-12.")) from None


class FiltersIn(Schema):
    country: str | None = None
    locality: str | None = None
    venue: int | None = None
    audience: str | None = None
    gender: str | None = None
    age_band: str | None = None
    month_from: str | None = Field(None, description=f"The first month counted. {MONTH}")
    month_to: str | None = Field(None, description=f"The last month counted. {MONTH}")

    @field_validator("month_from", "month_to")
    @classmethod
    def _a_month(cls, value: str | None) -> str | None:
        if value is not None:
            _month(value)
        return value

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
            month_from=_month(self.month_from) if self.month_from else None,
            month_to=_month(self.month_to) if self.month_to else None,
        )


def _campaign(request: HttpRequest, slug: str) -> CampaignPage:
    # A slug with a NUL character names no campaign (and the database refuses to compare one).
    campaign = None if "\x00" in slug else selectors.campaign_reported(user=request.auth, slug=slug)
    if campaign is None:
        raise HttpError(404, "No campaign with this slug among those your token may read.")
    return campaign


def _language(request: HttpRequest) -> str:
    return translation.get_language_from_request(request) or "en"


def _report(request: HttpRequest, slug: str, filters: FiltersIn | None = None):
    language = _language(request)
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
        "joined": row.joined,
        "hidden": row.hidden,
    }


@api.get(
    "/campaigns",
    response={200: list[CampaignOut], 401: ErrorOut},
    summary="The campaigns you report on",
)
def campaigns(request: HttpRequest):
    reported = list(selectors.campaigns_reported(user=request.auth))
    named = selectors.campaigns_named(campaigns=reported, language=_language(request))
    return [
        {
            "slug": campaign.slug,
            "title": named[campaign.pk].title,
            "country": str(campaign.country),
            "demo_data": campaign.demo_data,
        }
        for campaign in reported
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
                    "paper_counted": question.paper_counted,
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
