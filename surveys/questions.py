"""A survey's questions as plain values: what a participant is asked, in this session.

Free-text questions are left out for minors unless the survey allows them.
"""

from dataclasses import dataclass
from functools import lru_cache

from wagtail.models import Revision

from surveys.blocks import LIKERT_POINTS, RATING_POINTS
from surveys.models import Survey

FREE_TEXT = "free_text"


@dataclass(frozen=True)
class SurveyQuestion:
    key: str
    kind: str  # "likert", "single", "multiple", "rating" or "free_text": the block type
    text: str
    required: bool
    choices: tuple[tuple[str, str], ...]  # (key, label); empty for free text
    low_label: str = ""
    high_label: str = ""

    @property
    def multiple(self) -> bool:
        return self.kind == "multiple"

    @property
    def free_text(self) -> bool:
        return self.kind == FREE_TEXT


@dataclass(frozen=True)
class SurveyContent:
    title: str
    introduction: str
    free_text_for_minors: bool
    questions: tuple[SurveyQuestion, ...]

    def for_session(self, *, minors: bool) -> tuple[SurveyQuestion, ...]:
        """The questions asked of a participant (or, on paper, a session) who may be a minor
        (`minors`): no free text for them unless the survey allows it."""
        if minors and not self.free_text_for_minors:
            return tuple(question for question in self.questions if not question.free_text)
        return self.questions


def _choices(block) -> tuple[tuple[str, str], ...]:
    if block.block_type == "likert":
        return LIKERT_POINTS
    if block.block_type == "rating":
        return tuple((point, point) for point in RATING_POINTS)
    if block.block_type == FREE_TEXT:
        return ()
    return tuple((item.id, item.value) for item in block.value["choices"].bound_blocks)


def content_of(survey: Survey) -> SurveyContent:
    return SurveyContent(
        title=survey.title,
        introduction=survey.introduction,
        free_text_for_minors=survey.free_text_for_minors,
        questions=tuple(
            SurveyQuestion(
                key=block.id,
                kind=block.block_type,
                text=block.value["text"],
                required=bool(block.value["required"]),
                choices=_choices(block),
                low_label=block.value.get("low_label", ""),
                high_label=block.value.get("high_label", ""),
            )
            for block in survey.questions
        ),
    )


@lru_cache(maxsize=256)
def content_at_revision(revision_id: int) -> SurveyContent:
    """A survey as one of its revisions has it; revisions never change, so this is cached."""
    return content_of(Revision.objects.get(pk=revision_id).as_object())


def content_at(survey: Survey, revision_id: int) -> SurveyContent:
    """The survey as one of its revisions has it, read from the survey itself (no query) when
    that is its live revision."""
    if survey.live and survey.live_revision_id == revision_id:
        return content_of(survey)
    return content_at_revision(revision_id)
