"""A small campaign world for the reach tests, and the changes people make to it.

Three open sessions: class 7B twice at one school (a follow-up, so its people count once), and
class 9A at a school in another locality. Each change goes through the same service the views
call, and its on-commit refresh runs (eagerly) as it would after the real transaction.
"""

import datetime as dt
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pytest
from django.utils import timezone

from quizzes.models import Attempt, PaperChoiceCount, PaperTally, Phase
from quizzes.questions import content_at_revision
from quizzes.services import AttemptSubmission, PaperTallyEntry, attempt_submit, paper_tally_record
from reach.models import (
    QuizCell,
    QuizChoiceCell,
    QuizChoiceMonthCell,
    QuizMonthCell,
    QuizQuestionCell,
    QuizQuestionMonthCell,
    ReachCell,
    SessionRollup,
    SurveyCell,
    SurveyChoiceCell,
    SurveyChoiceMonthCell,
    SurveyMonthCell,
)
from surveys.models import ResponseAnswer
from surveys.questions import content_at_revision as survey_at_revision
from surveys.services import ResponseSubmission, response_submit
from tests.quizzes.factories import C_NOBODY, C_TRUSTED_ADULT, Q_SINGLE, Q_TRUE_FALSE
from tests.surveys.factories import C_VERY, S_LIKERT, S_RATING, S_SINGLE, SurveyFactory
from tests.workshops.factories import GroupFactory, SessionFactory, UserFactory, VenueFactory
from workshops.models import Attendance, FigureReview, Participant, ReviewState, Session
from workshops.services import (
    HeadcountRow,
    ParticipantProfile,
    attendance_record,
    figure_review_decide,
    participant_join,
    session_open,
)

ROLES = ("students", "teachers")
GENDERS = ("female", "male", "not_stated")
AGE_BANDS = ("10-13", "14-17", "18+")
ANSWER_SETS = (
    {Q_SINGLE: {C_TRUSTED_ADULT}, Q_TRUE_FALSE: {"false"}},
    {Q_SINGLE: {C_NOBODY}, Q_TRUE_FALSE: {"true"}},
    {Q_SINGLE: {C_TRUSTED_ADULT}, Q_TRUE_FALSE: {"true"}},
)


@dataclass
class World:
    campaign: object
    quiz: object
    survey: object
    sessions: list[Session]
    reviewer: object = None  # decides on figures far above their session's plan, when asked
    participants: list[Participant] = field(default_factory=list)

    # --- the changes -------------------------------------------------------------------------

    def join(self, session: int, role: str, gender: str, age_band: str) -> Participant:
        profile = ParticipantProfile(role=role, age_band=age_band, language="en", gender=gender)
        participant = participant_join(session=self.sessions[session], profile=profile)
        self.participants.append(participant)
        return participant

    def submit(self, participant: int, phase: str, answers: int) -> None:
        if not self.participants:
            return
        person = self.participants[participant % len(self.participants)]
        if Attempt.objects.filter(participant=person, phase=phase).exists():
            return
        revision_id = self.quiz.live_revision_id
        attempt_submit(
            participant=person,
            submission=AttemptSubmission(
                key=uuid.uuid4(),
                quiz=self.quiz,
                revision_id=revision_id,
                content=content_at_revision(revision_id),
                phase=phase,
                answers={k: frozenset(v) for k, v in ANSWER_SETS[answers].items()},
            ),
        )

    def paper(self, session: int, phase: str, sheets: int, right: int) -> None:
        revision_id = self.quiz.live_revision_id
        right = min(right, sheets)
        paper_tally_record(
            session=self.sessions[session],
            entry=PaperTallyEntry(
                quiz=self.quiz,
                revision_id=revision_id,
                content=content_at_revision(revision_id),
                phase=phase,
                sheets=sheets,
                ticks={(Q_SINGLE, C_TRUSTED_ADULT): right, (Q_SINGLE, C_NOBODY): sheets - right},
            ),
        )

    def headcount(self, session: int, cells: list[tuple[str, str, str, int]]) -> None:
        rows = [HeadcountRow(*cell) for cell in cells]
        if sum(row.count for row in rows):
            attendance_record(
                session=self.sessions[session], rows=rows, expected_size=sum(c[3] for c in cells)
            )

    def crowd(self, session: int, people: int) -> None:
        """A headcount far above the 30 people the session was planned for: it waits for review."""
        self.headcount(session, [("students", "female", "10-13", people)])

    def decide(self, session: int, approve: bool) -> None:
        """A coordinator approves (or rejects) the session's figures that wait for review."""
        for review in FigureReview.objects.filter(
            session=self.sessions[session], state=ReviewState.WAITING
        ):
            figure_review_decide(
                review_id=review.pk, approve=approve, figure_seen=review.figure, by=self.reviewer
            )

    def respond(self, participant: int, likert: str) -> None:
        if not self.participants:
            return
        person = self.participants[participant % len(self.participants)]
        if person.survey_responses.exists():
            return
        revision_id = self.survey.live_revision_id
        response_submit(
            participant=person,
            submission=ResponseSubmission(
                key=uuid.uuid4(),
                survey=self.survey,
                revision_id=revision_id,
                questions=survey_at_revision(revision_id).questions,
                phase="post",
                answers={S_LIKERT: (likert,), S_SINGLE: (C_VERY,), S_RATING: ("9",)},
            ),
        )


@pytest.fixture
def world(tree, quiz) -> World:
    return world_build(tree, quiz)


def world_build(tree, quiz) -> World:
    """What `world` gives, for fixtures of a wider scope (tests/shared_data.py)."""
    school = VenueFactory(name="Colegio Las Aguas", locality="Santa Fe")
    other_school = VenueFactory(name="Colegio San Blas", locality="San Cristóbal")
    class_7b = GroupFactory(venue=school, name="7B")
    start = timezone.now() - dt.timedelta(days=1)
    sessions = [
        SessionFactory(campaign=tree.campaign, venue=school, group=class_7b, scheduled_start=start),
        SessionFactory(
            campaign=tree.campaign,
            venue=school,
            group=class_7b,
            scheduled_start=start + dt.timedelta(hours=2),
        ),
        SessionFactory(
            campaign=tree.campaign,
            venue=other_school,
            group=GroupFactory(venue=other_school, name="9A"),
            scheduled_start=start,
        ),
    ]
    survey = SurveyFactory(campaign=tree.campaign)
    reviewer = UserFactory(username="reviewer", is_superuser=True)
    return World(tree.campaign, quiz, survey, [session_open(session=s) for s in sessions], reviewer)


MONTH_CELLS = (
    QuizMonthCell,
    QuizQuestionMonthCell,
    QuizChoiceMonthCell,
    SurveyMonthCell,
    SurveyChoiceMonthCell,
)
# The session cells of the figures kept per month only: empty but for what purged sessions carry
# over (written by the purge, from the answers it deletes).
PURGED_SHARES = (QuizQuestionCell, QuizChoiceCell, SurveyChoiceCell)
ROLLUPS = (
    ReachCell,
    SessionRollup,
    QuizCell,
    SurveyCell,
    *MONTH_CELLS,
)


def rollup_rows(models=ROLLUPS) -> dict[str, list[tuple]]:
    """Every row of every rollup table that a recount gives (what every report reads), without
    ids and refresh times; the purged shares (`PURGED_SHARES`) only when asked for."""
    rows = {}
    for model in models:
        names = [
            f.attname for f in model._meta.concrete_fields if f.name not in ("id", "refreshed_at")
        ]
        rows[model.__name__] = sorted(model.objects.values_list(*names), key=repr)
    return rows


# --- the recount the tests compare with, written from the definitions, not from reach.recount ---


def held_back(session: Session, kind: str, **figure) -> bool:
    """Whether a figure of the session waits for review or was rejected: it counts nowhere."""
    review = FigureReview.objects.filter(session=session, kind=kind, **figure).first()
    return review is not None and review.state != ReviewState.APPROVED


def counted_people(session: Session) -> Counter:
    """A session's people by (role, gender, age band): its headcount (unless it is held back for
    review), else who joined."""
    counted = Counter()
    rows = [] if held_back(session, "headcount") else Attendance.objects.filter(session=session)
    for row in rows:
        counted[(row.role, row.gender, row.age_band)] += row.count
    if not counted:
        for person in Participant.objects.filter(session=session):
            counted[(person.role, person.gender, person.age_band)] += 1
    return counted


def expected_reach(sessions: list[Session]) -> dict[str, Counter]:
    """People (a group once: its biggest count per kind of person), attendances, joined."""
    people_by_group: dict[int, Counter] = defaultdict(Counter)
    attendances, joined = Counter(), Counter()
    for session in sessions:
        counted = counted_people(session)
        for person, n in counted.items():
            group = people_by_group[session.group_id]
            group[person] = max(group[person], n)
            attendances[person] += n
        for person in Participant.objects.filter(session=session):
            joined[(person.role, person.gender, person.age_band)] += 1
    people = Counter()
    for group in people_by_group.values():
        people.update(group)
    return {"people": people, "attendances": attendances, "joined": joined}


def expected_quiz() -> dict[tuple[str, str], Counter]:
    """Per phase: attempts, sheets, passed, correct and questions; per phase and question:
    answered and correct (paper counts for single-answer questions, unless held back)."""
    totals: dict[str, Counter] = defaultdict(Counter)
    questions: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for attempt in Attempt.objects.all():
        totals[attempt.phase].update(
            attempts=1,
            passed=int(attempt.passed),
            correct=attempt.correct_count,
            questions=attempt.question_count,
        )
        for answer in attempt.answers.all():
            questions[(attempt.phase, answer.question_key)].update(
                answered=1, correct=int(answer.is_correct)
            )
    for tally in PaperTally.objects.all():
        if held_back(tally.session, "paper", quiz_key=tally.quiz_key, phase=tally.phase):
            continue
        totals[tally.phase]["paper_sheets"] += tally.sheets
        for count in PaperChoiceCount.objects.filter(tally=tally, question_key=Q_SINGLE):
            questions[(tally.phase, Q_SINGLE)]["answered"] += count.count
            if count.choice_key == C_TRUSTED_ADULT:
                questions[(tally.phase, Q_SINGLE)]["correct"] += count.count
    return {"totals": totals, "questions": questions}


def expected_survey() -> Counter:
    chosen = Counter()
    for answer in ResponseAnswer.objects.all():
        for key in answer.choice_keys:
            chosen[(answer.question_key, key)] += 1
    return chosen


PHASES = (Phase.PRE, Phase.POST)
