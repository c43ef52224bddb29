"""Count the rollup rows again from the source tables, for a set of sessions.

Reads only: `reach.services` writes what this returns. Each table's rows come back as a mapping
from the row's key (its dimensions) to its values, both plain tuples, so that what is stored and
what is recounted compare exactly. The counting is GROUP BY in the database wherever SQL can do it
portably; choices stored as JSON lists and pre/post matching are counted in Python.

A session whose participant data was deleted at the end of the retention period (`reach.retention`)
can no longer be counted from answers: its quiz and survey rows are carried over as stored (placed
where the session is now), and who joined it is read from `FrozenJoinCount`. Its headcount and
paper tallies are still read from the source.
"""

import datetime as dt
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, Sum, Value, When

from quizzes.models import Answer, Attempt, PaperChoiceCount, PaperTally
from quizzes.questions import content_at_revision as quiz_at_revision
from quizzes.selectors import prepost_matching
from reach.models import (
    FrozenJoinCount,
    QuizCell,
    QuizChoiceCell,
    QuizQuestionCell,
    ReachCell,
    SessionRollup,
    SurveyCell,
    SurveyChoiceCell,
)
from surveys.models import Response, ResponseAnswer
from workshops.models import Attendance, Participant, Session
from workshops.models.choices import Gender

# A person's place in a session: (role, gender, age band).
Person = tuple[str, str, str]
Rows = dict[tuple, tuple]


@dataclass(frozen=True)
class Table:
    """How one rollup model's rows are keyed and what they count."""

    model: type
    key: tuple[str, ...]
    values: tuple[str, ...]

    def stored(self, *where, **scope) -> Rows:
        return {
            row[: len(self.key)]: row[len(self.key) :]
            for row in self.model.objects.filter(*where, **scope).values_list(
                *self.key, *self.values
            )
        }

    def instances(self, rows: Rows, **extra) -> list:
        return [
            self.model(
                **dict(zip(self.key, key, strict=True)),
                **dict(zip(self.values, v, strict=True)),
                **extra,
            )
            for key, v in rows.items()
        ]


_PLACE = ("campaign_id", "venue_id", "country", "locality", "month")
_PERSON = ("audience", "gender", "age_band")
_IN_SESSION = ("session_id", *_PLACE, *_PERSON)

REACH = Table(ReachCell, (*_PLACE, *_PERSON), ("people", "attendances", "joined"))
SESSION = Table(
    SessionRollup,
    ("session_id",),
    ("campaign_id", "venue_id", "month", "headcount", "joined", "attendances"),
)
QUIZ = Table(
    QuizCell,
    (*_IN_SESSION, "quiz_key", "phase"),
    (
        "attempts",
        "paper_sheets",
        "passed",
        "correct",
        "questions",
        "pairs",
        "pair_pre_correct",
        "pair_pre_questions",
        "pair_post_correct",
        "pair_post_questions",
    ),
)
QUIZ_QUESTION = Table(
    QuizQuestionCell, (*_IN_SESSION, "quiz_key", "phase", "question_key"), ("answered", "correct")
)
QUIZ_CHOICE = Table(
    QuizChoiceCell, (*_IN_SESSION, "quiz_key", "phase", "question_key", "choice_key"), ("count",)
)
SURVEY = Table(SurveyCell, (*_IN_SESSION, "survey_key", "phase"), ("responses",))
SURVEY_CHOICE = Table(
    SurveyChoiceCell,
    (*_IN_SESSION, "survey_key", "phase", "question_key", "choice_key"),
    ("count",),
)
SESSION_TABLES = (SESSION, QUIZ, QUIZ_QUESTION, QUIZ_CHOICE, SURVEY, SURVEY_CHOICE)
# The tables counted from answers: a purged session's rows in them are kept, never recounted.
FROZEN_TABLES = (QUIZ, QUIZ_QUESTION, QUIZ_CHOICE, SURVEY, SURVEY_CHOICE)


@dataclass(frozen=True)
class SessionPlace:
    """The dimensions a session gives every figure it counts."""

    session_id: int
    campaign_id: int
    venue_id: int
    group_id: int
    country: str
    locality: str
    month: dt.date
    start: dt.datetime
    audience: str
    age_band: str
    purged: bool = False  # its participant data was deleted (retention period over)

    @property
    def place(self) -> tuple:
        return (self.campaign_id, self.venue_id, self.country, self.locality, self.month)

    @property
    def partition(self) -> tuple[int, int]:
        return (self.campaign_id, self.venue_id)

    def key(self, person: Person) -> tuple:
        return (self.session_id, *self.place, *person)

    @property
    def paper_person(self) -> Person:
        """Paper sheets carry no answers about the person: the session's audience and age band."""
        return (self.audience, Gender.NOT_STATED.value, self.age_band)


def session_places(session_ids: Iterable[int] | None = None) -> dict[int, SessionPlace]:
    """The sessions' dimensions; every session when `session_ids` is None."""
    sessions = Session.objects.all()
    if session_ids is not None:
        sessions = sessions.filter(pk__in=list(session_ids))
    places = {}
    for row in sessions.values_list(
        "pk",
        "campaign_id",
        "venue_id",
        "group_id",
        "venue__country",
        "venue__locality",
        "venue__timezone",
        "scheduled_start",
        "audience",
        "age_band",
        "participant_data_purged_at",
    ):
        pk, campaign, venue, group, country, locality, tz, start, audience, age_band, purged = row
        local = start.astimezone(zoneinfo.ZoneInfo(tz)).date()
        places[pk] = SessionPlace(
            pk, campaign, venue, group, str(country), locality, local.replace(day=1), start,
            audience, age_band, purged is not None,
        )  # fmt: skip
    return places


def _ones(**condition) -> Sum:
    """How many rows of a group meet the condition."""
    return Sum(
        Case(When(then=Value(1), **condition), default=Value(0), output_field=IntegerField())
    )


def _scope(field_name: str, session_ids: list[int] | None) -> dict:
    return {} if session_ids is None else {f"{field_name}__in": session_ids}


def _live_scope(field_name: str, session_ids: list[int] | None) -> dict:
    """Like `_scope`, for source rows that outlive a purge (paper tallies): every session means
    every session whose participant data is still there. Callers pass only such sessions by id;
    purged sessions have no participants, attempts or responses left to exclude."""
    if session_ids is None:
        return {f"{field_name.removesuffix('_id')}__participant_data_purged_at__isnull": True}
    return _scope(field_name, session_ids)


@dataclass
class SessionCounts:
    """Who each session counted: the headcount when the trainer recorded one, else who joined."""

    headcount: dict[int, Counter] = field(default_factory=lambda: defaultdict(Counter))
    joined: dict[int, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def counted(self, session_id: int) -> Counter:
        return self.headcount.get(session_id) or self.joined.get(session_id) or Counter()


def session_counts(session_ids: list[int] | None) -> SessionCounts:
    counts = SessionCounts()
    for session_id, role, gender, age_band, n in (
        Attendance.objects.filter(**_scope("session_id", session_ids))
        .values_list("session_id", "role", "gender", "age_band")
        .annotate(n=Sum("count"))
    ):
        counts.headcount[session_id][(role, gender, age_band)] += n
    for session_id, role, gender, age_band, n in (
        Participant.objects.filter(**_scope("session_id", session_ids))
        .values_list("session_id", "role", "gender", "age_band")
        .annotate(n=Count("pk"))
    ):
        counts.joined[session_id][(role, gender, age_band)] += n
    # Who had joined the sessions whose participants were deleted (they have none left).
    for session_id, role, gender, age_band, n in FrozenJoinCount.objects.filter(
        **_scope("session_id", session_ids)
    ).values_list("session_id", "role", "gender", "age_band", "count"):
        counts.joined[session_id][(role, gender, age_band)] += n
    return counts


def session_rows(places: dict[int, SessionPlace], counts: SessionCounts) -> Rows:
    rows = {}
    for place in places.values():
        headcount = counts.headcount.get(place.session_id)
        joined = sum(counts.joined.get(place.session_id, Counter()).values())
        if not (headcount or joined):
            continue  # nobody counted yet: the session has no figures
        rows[(place.session_id,)] = (
            place.campaign_id,
            place.venue_id,
            place.month,
            sum(headcount.values()) if headcount else None,
            joined,
            sum(counts.counted(place.session_id).values()),
        )
    return rows


def reach_rows(places: dict[int, SessionPlace], counts: SessionCounts) -> Rows:
    """People reached, attendances and joined per cell, for every partition (campaign and venue)
    the given sessions cover; `places` must hold all the sessions of those partitions.

    A group counts once: in each (role, gender, age band) it reached the most people any one of
    its sessions counted, in the month of its first session that counted anyone.
    """
    by_group: dict[tuple[int, int], list[SessionPlace]] = defaultdict(list)
    for place in places.values():
        by_group[(place.campaign_id, place.group_id)].append(place)
    cells: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for sessions in by_group.values():
        sessions.sort(key=lambda place: (place.start, place.session_id))
        people: Counter = Counter()
        first = None
        for place in sessions:
            counted = counts.counted(place.session_id)
            if counted and first is None:
                first = place
            for person, n in counted.items():
                people[person] = max(people[person], n)
                cells[(*place.place, *person)][1] += n
            for person, n in counts.joined.get(place.session_id, Counter()).items():
                cells[(*place.place, *person)][2] += n
        for person, n in people.items():
            cells[(*first.place, *person)][0] += n
    return {key: tuple(values) for key, values in cells.items()}


def _attempt_people(session_ids: list[int] | None):
    return Attempt.objects.filter(**_scope("session_id", session_ids)).values_list(
        "pk",
        "session_id",
        "participant__role",
        "participant__gender",
        "participant__age_band",
        "correct_count",
        "question_count",
    )


def quiz_rows(places: dict[int, SessionPlace], session_ids: list[int] | None) -> Rows:
    cells: dict[tuple, list[int]] = defaultdict(lambda: [0] * len(QUIZ.values))
    for session_id, role, gender, age_band, quiz_key, phase, n, passed, correct, questions in (
        Attempt.objects.filter(**_scope("session_id", session_ids))
        .values_list(
            "session_id",
            "participant__role",
            "participant__gender",
            "participant__age_band",
            "quiz_key",
            "phase",
        )
        .annotate(
            n=Count("pk"),
            passed=_ones(passed=True),
            correct=Sum("correct_count"),
            questions=Sum("question_count"),
        )
    ):
        cell = cells[(*places[session_id].key((role, gender, age_band)), quiz_key, phase)]
        cell[0], cell[2], cell[3], cell[4] = n, passed, correct, questions
    for session_id, quiz_key, phase, sheets in PaperTally.objects.filter(
        **_live_scope("session_id", session_ids)
    ).values_list("session_id", "quiz_key", "phase", "sheets"):
        place = places[session_id]
        cells[(*place.key(place.paper_person), quiz_key, phase)][1] += sheets
    matching = prepost_matching(session_ids=session_ids)
    if matching.pairs:
        attempts = {row[0]: row[1:] for row in _attempt_people(session_ids)}
        for pair in matching.pairs:
            session_id, role, gender, age_band, post_correct, post_questions = attempts[
                pair.post.attempt_id
            ]
            pre_correct, pre_questions = attempts[pair.pre.attempt_id][4:]
            cell = cells[(*places[session_id].key((role, gender, age_band)), pair.quiz_key, "post")]
            cell[5] += 1
            cell[6] += pre_correct
            cell[7] += pre_questions
            cell[8] += post_correct
            cell[9] += post_questions
    return {key: tuple(values) for key, values in cells.items()}


def _paper_tallies(session_ids: list[int] | None) -> dict[int, tuple]:
    return {
        pk: rest
        for pk, *rest in PaperTally.objects.filter(
            **_live_scope("session_id", session_ids)
        ).values_list("pk", "session_id", "quiz_key", "phase", "revision_id")
    }


# An answer's session, person, quiz, phase and question.
_ANSWER_KEY = (
    "attempt__session_id",
    "attempt__participant__role",
    "attempt__participant__gender",
    "attempt__participant__age_band",
    "attempt__quiz_key",
    "attempt__phase",
    "question_key",
)


def quiz_question_rows(
    places: dict[int, SessionPlace], session_ids: list[int] | None
) -> tuple[Rows, Rows]:
    """Per question: answered and correct; per choice: how many chose it. Paper ticks count for
    choices, and for questions with one right answer (a tally cannot say who ticked several)."""
    questions: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    choices: Counter = Counter()
    answers = Answer.objects.filter(**_scope("attempt__session_id", session_ids))
    grouped = answers.values_list(*_ANSWER_KEY).annotate(
        n=Count("pk"), right=_ones(is_correct=True)
    )
    for session_id, role, gender, age_band, quiz_key, phase, question_key, n, right in grouped:
        key = (*places[session_id].key((role, gender, age_band)), quiz_key, phase, question_key)
        questions[key] = [n, right]
    rows = answers.values_list(*_ANSWER_KEY, "choice_keys").iterator(chunk_size=5000)
    for session_id, role, gender, age_band, quiz_key, phase, question_key, chosen in rows:
        prefix = (*places[session_id].key((role, gender, age_band)), quiz_key, phase, question_key)
        for choice_key in chosen:
            choices[(*prefix, choice_key)] += 1
    tallies = _paper_tallies(session_ids)
    ticks: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for tally_id, question_key, choice_key, count in PaperChoiceCount.objects.filter(
        tally_id__in=list(tallies)
    ).values_list("tally_id", "question_key", "choice_key", "count"):
        ticks[tally_id][question_key][choice_key] = count
        session_id, quiz_key, phase, _revision = tallies[tally_id]
        place = places[session_id]
        choices[(*place.key(place.paper_person), quiz_key, phase, question_key, choice_key)] += (
            count
        )
    for tally_id, (session_id, quiz_key, phase, revision_id) in tallies.items():
        place = places[session_id]
        for question in quiz_at_revision(revision_id).questions:
            if question.multiple:
                continue
            ticked = ticks[tally_id].get(question.key, {})
            if not ticked:
                continue
            cell = questions[(*place.key(place.paper_person), quiz_key, phase, question.key)]
            cell[0] += sum(ticked.values())
            cell[1] += sum(ticked.get(key, 0) for key in question.correct_keys)
    return (
        {key: tuple(values) for key, values in questions.items()},
        {key: (count,) for key, count in choices.items() if count},
    )


def survey_rows(
    places: dict[int, SessionPlace], session_ids: list[int] | None
) -> tuple[Rows, Rows]:
    responses = {}
    for session_id, role, gender, age_band, survey_key, phase, n in (
        Response.objects.filter(**_scope("session_id", session_ids))
        .values_list(
            "session_id",
            "participant__role",
            "participant__gender",
            "participant__age_band",
            "survey_key",
            "phase",
        )
        .annotate(n=Count("pk"))
    ):
        responses[(*places[session_id].key((role, gender, age_band)), survey_key, phase)] = (n,)
    choices: Counter = Counter()
    for session_id, role, gender, age_band, survey_key, phase, question_key, chosen in (
        ResponseAnswer.objects.filter(**_scope("response__session_id", session_ids))
        .exclude(choice_keys=[])
        .values_list(
            "response__session_id",
            "response__participant__role",
            "response__participant__gender",
            "response__participant__age_band",
            "response__survey_key",
            "response__phase",
            "question_key",
            "choice_keys",
        )
        .iterator(chunk_size=5000)
    ):
        prefix = (
            *places[session_id].key((role, gender, age_band)),
            survey_key,
            phase,
            question_key,
        )
        for choice_key in chosen:
            choices[(*prefix, choice_key)] += 1
    return responses, {key: (count,) for key, count in choices.items()}


def frozen_rows(
    table: Table, places: dict[int, SessionPlace], session_ids: list[int] | None
) -> Rows:
    """The stored rows of purged sessions (every purged session when `session_ids` is None): they
    can no longer be counted, so they are carried over, placed where their session is now (a
    venue's locality may have been corrected since)."""
    if session_ids is None:
        scope = {"session__participant_data_purged_at__isnull": False}
    else:
        scope = {"session_id__in": session_ids}
    after_place = 1 + len(_PLACE)
    return {
        (key[0], *places[key[0]].place, *key[after_place:]): values
        for key, values in table.stored(**scope).items()
    }


@dataclass
class Recount:
    """Every rollup row of some sessions (and of the partitions they fall in), counted again."""

    sessions: list[int]
    partitions: set[tuple[int, int]]
    tables: dict[Table, Rows]


def recount(
    session_ids: list[int] | None, *, partitions: Iterable[tuple[int, int]] = ()
) -> Recount:
    """Count the rows of these sessions again; of every session when `session_ids` is None.

    The reach cells cover whole partitions (a campaign at a venue), so the partitions' other
    sessions are read as well: a group counts once across all its sessions. `partitions` adds
    partitions a session has just left (it moved venue) or lost (it was deleted).
    """
    places = session_places(session_ids)
    partitions = {place.partition for place in places.values()} | set(partitions)
    ids = None if session_ids is None else list(places)
    if session_ids is None:
        partition_places = places
    else:
        partition_places = {}
        for campaign_id, venue_id in partitions:
            partition_ids = Session.objects.filter(
                campaign_id=campaign_id, venue_id=venue_id
            ).values_list("pk", flat=True)
            partition_places |= session_places(partition_ids)
    counts = session_counts(None if session_ids is None else list(partition_places))
    # Answers are counted for the sessions that still have them; purged ones keep their rows.
    live = None if ids is None else [pk for pk in ids if not places[pk].purged]
    purged = None if ids is None else [pk for pk in ids if places[pk].purged]
    questions, quiz_choices = quiz_question_rows(places, live)
    responses, survey_choices = survey_rows(places, live)
    tables = {
        REACH: reach_rows(partition_places, counts),
        SESSION: session_rows(places, counts),
        QUIZ: quiz_rows(places, live),
        QUIZ_QUESTION: questions,
        QUIZ_CHOICE: quiz_choices,
        SURVEY: responses,
        SURVEY_CHOICE: survey_choices,
    }
    if purged is None or purged:
        for table in FROZEN_TABLES:
            tables[table] |= frozen_rows(table, places, purged)
    return Recount(sessions=list(places), partitions=partitions, tables=tables)
