"""Count the rollup rows again from the source tables, for a set of sessions.

Reads only: `reach.services.rollups` writes what this counts. Each table's rows are keyed by the
row's dimensions (`reach.recount.tables`), both key and values plain tuples, so that what is stored
and what is recounted compare exactly.

The tables counted from answers (quiz and survey cells) are counted by the database, never row by
row in Python: see `reach.recount.database`, whose queries the services insert from and compare
with. What takes few rows is counted here in Python: the sessions' places (the month at the venue
needs its time zone), who each session counted, its `SessionRollup` and the reach cells, a paper
tally's per-question figures (they need the quiz content), and the pre/post pairs that only a
self-generated code makes (`quizzes.selectors.prepost_code_pairs`; the pairs of one phone are
joined in SQL). `Recount.tables` fetches every table's rows, for small recounts and tests.

Participants the trainer removed (`Participant.removed_at`: they joined but were not in the room)
count nowhere: not as joined, nor by their attempts, answers, responses or pairs. Paper sheets
typed in one by one (`Participant.from_paper`) count by their attempts and responses, as phones
do, but not as joined: like the class tallies' sheets, they are not people (a person fills in a
sheet per quiz and phase), and the headcount counts those who took part on paper.

A headcount or paper tally held back for a coordinator's review (`workshops.FigureReview`: far
above what its session was planned for, and not approved, or rejected) counts nowhere either: the
session counts who joined instead of that headcount, and that tally's sheets and ticks are left
out (`paper_tallies_held`, handed to the queries by id).

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
from functools import cached_property

from django.db import connection
from django.db.models import Count, Q, Sum

from quizzes.models import Attempt, PaperChoiceCount, PaperTally
from quizzes.questions import content_at_revision as quiz_at_revision
from quizzes.selectors import prepost_code_pairs
from reach.models import FrozenJoinCount
from reach.recount.database import DatabaseCount
from reach.recount.months import Months
from reach.recount.sql import Query
from reach.recount.tables import (
    FROZEN_TABLES,
    MONTH_ONLY,
    QUIZ,
    QUIZ_CHOICE,
    QUIZ_QUESTION,
    REACH,
    SESSION,
    SESSION_TABLES,
    SURVEY,
    SURVEY_CHOICE,
    Person,
    Rows,
    Table,
)
from workshops.models import Attendance, FigureKind, Participant, Session
from workshops.selectors import figure_held_back

__all__ = [  # what the rest of the app uses, from here and from the modules of the package
    "FROZEN_TABLES",
    "MONTH_ONLY",
    "QUIZ",
    "QUIZ_CHOICE",
    "QUIZ_QUESTION",
    "REACH",
    "SESSION",
    "SESSION_TABLES",
    "SURVEY",
    "SURVEY_CHOICE",
    "MonthCount",
    "Person",
    "Query",
    "Recount",
    "Rows",
    "SessionPlace",
    "Table",
    "month_count",
    "recount",
]


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


def _scope(field_name: str, session_ids: list[int] | None) -> dict:
    return {} if session_ids is None else {f"{field_name}__in": session_ids}


def _live_scope(field_name: str, session_ids: list[int] | None) -> dict:
    """Like `_scope`, for source rows that outlive a purge (paper tallies): every session means
    every session whose participant data is still there. Callers pass only such sessions by id;
    purged sessions have no participants, attempts or responses left to exclude."""
    if session_ids is None:
        return {f"{field_name.removesuffix('_id')}__participant_data_purged_at__isnull": True}
    return _scope(field_name, session_ids)


def paper_tallies_held(session_ids: list[int] | None) -> list[int]:
    """The paper tallies (of the live sessions among these; of all when None) held back for
    review, which count nowhere."""
    return list(
        PaperTally.objects.filter(
            figure_held_back(kind=FigureKind.PAPER, quiz_key="quiz_key", phase="phase"),
            **_live_scope("session_id", session_ids),
        ).values_list("pk", flat=True)
    )


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
        Attendance.objects.filter(
            ~figure_held_back(kind=FigureKind.HEADCOUNT), **_scope("session_id", session_ids)
        )
        .values_list("session_id", "role", "gender", "age_band")
        .annotate(n=Sum("count"))
    ):
        counts.headcount[session_id][(role, gender, age_band)] += n
    for session_id, role, gender, age_band, n in (
        Participant.objects.filter(
            **_scope("session_id", session_ids), removed_at__isnull=True, from_paper=False
        )
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


def code_pairs_present(session_ids: list[int] | None) -> list[tuple[int, int]]:
    """The pairs a code makes (`prepost_code_pairs`) but those with an attempt of a participant
    the trainer removed, who counts nowhere."""
    pairs = prepost_code_pairs(session_ids=session_ids)
    removed = set(
        Attempt.objects.filter(
            **_scope("session_id", session_ids), participant__removed_at__isnull=False
        ).values_list("pk", flat=True)
    )
    if not removed:
        return pairs
    return [(post, pre) for post, pre in pairs if post not in removed and pre not in removed]


def paper_question_rows(session_ids: list[int] | None, held: list[int]) -> list[dict]:
    """Per paper tally and question with one right answer that got ticks: how many ticked it and
    how many ticked a right answer (a tally cannot say who ticked several, so questions with
    several right answers count only for choices). Tallies `held` back for review make none."""
    tallies = dict(
        PaperTally.objects.filter(**_live_scope("session_id", session_ids))
        .exclude(pk__in=held)
        .values_list("pk", "revision_id")
    )
    ticks: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for tally_id, question_key, choice_key, count in PaperChoiceCount.objects.filter(
        tally_id__in=list(tallies)
    ).values_list("tally_id", "question_key", "choice_key", "count"):
        ticks[tally_id][question_key][choice_key] = count
    rows = []
    for tally_id, revision_id in tallies.items():
        for question in quiz_at_revision(revision_id).questions:
            ticked = ticks[tally_id].get(question.key, {})
            if question.multiple or not ticked:
                continue
            rows.append(
                {
                    "tally_id": tally_id,
                    "question_key": question.key,
                    "answered": sum(ticked.values()),
                    "correct": sum(ticked.get(key, 0) for key in question.correct_keys),
                }
            )
    return rows


@dataclass
class Recount(DatabaseCount):
    """Every rollup row of some sessions (and of the partitions they fall in), counted again:
    the reach cells and session rollups here (`counted`), the tables of answers by the database
    (`query`, `differing_keys`)."""

    sessions: list[int]
    partitions: set[tuple[int, int]]
    places: dict[int, SessionPlace]
    counted: dict[Table, Rows]  # REACH and SESSION
    live: list[int] | None  # the sessions counted from answers (None: every session)
    code_pairs: list[tuple[int, int]]  # (post-test, pre-test) attempts paired by the code
    paper_questions: list[dict]  # see `paper_question_rows`
    paper_held: list[int]  # paper tallies held back for review (`paper_tallies_held`)
    # Every session of `partitions` (of every partition after a full recount), by id: what the
    # reach cells were counted from, and where `month_count` finds the sessions of a month.
    partition_places: dict[int, SessionPlace] = field(default_factory=dict)

    @cached_property
    def tables(self) -> dict[Table, Rows]:
        """Every table's rows, fetched from the database where it counts them."""
        tables = dict(self.counted)
        with connection.cursor() as cursor:
            for table in FROZEN_TABLES:
                query = self.query(table)
                cursor.execute(query.sql, query.params)
                tables[table] = table.from_db(cursor.fetchall())
        return tables


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
    live = None if session_ids is None else [pk for pk in places if not places[pk].purged]
    held = paper_tallies_held(live)
    return Recount(
        sessions=list(places),
        partitions=partitions,
        places=places,
        counted={
            REACH: reach_rows(partition_places, counts),
            SESSION: session_rows(places, counts),
        },
        live=live,
        code_pairs=code_pairs_present(live),
        paper_questions=paper_question_rows(live, held),
        paper_held=held,
        partition_places=partition_places,
    )


@dataclass
class MonthCount(DatabaseCount):
    """The answers of every session of some months, for the tables kept per month only
    (`MONTH_ONLY`), which count no pairs."""

    sessions: list[int]
    places: dict[int, SessionPlace]
    live: list[int]
    paper_questions: list[dict]
    paper_held: list[int]
    code_pairs: list[tuple[int, int]] = field(default_factory=list)


def month_count(months: Months, *, known: Recount | None = None) -> DatabaseCount:
    """What counts the month cells of these months (`DatabaseCount.month_query`): every session
    that is in one of them now, at its campaign and venue. A recount (`known`) whose partitions
    hold every such session saves reading them again. Not for `Months(everything=True)`: a
    full recount (`recount(None)`) counts every month."""
    if months.everything:
        raise ValueError("a full recount counts every month")
    partitions = {(campaign, venue) for campaign, venue, _month in months.positions}
    partitions |= months.partitions
    if known is not None and partitions <= known.partitions:
        candidates = known.partition_places
    else:
        where = Q(pk__in=[])
        for campaign_id, venue_id in sorted(partitions):
            where |= Q(campaign_id=campaign_id, venue_id=venue_id)
        candidates = session_places(Session.objects.filter(where).values_list("pk", flat=True))
    places = {
        pk: place
        for pk, place in candidates.items()
        if place.partition in months.partitions
        or (place.campaign_id, place.venue_id, place.month) in months.positions
    }
    live = [pk for pk, place in places.items() if not place.purged]
    held = paper_tallies_held(live)
    return MonthCount(
        sessions=list(places),
        places=places,
        live=live,
        paper_questions=paper_question_rows(live, held),
        paper_held=held,
    )
