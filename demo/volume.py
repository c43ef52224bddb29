"""Many more past sessions for the demo campaigns, for benchmarks: `demo_load --participants N`.

On top of the demo history (`demo.history`), this writes N participants in closed sessions of
Golondrina's Bogotá schools and of the Romanian workshops, spread over the ten months before the
current one (inside the default retention period, so the nightly purge leaves them). Classes and
groups of 20 to 45 people; Romanian mothers' groups follow the three modules in up to three
sessions, mostly the same people. Every session delivers one module and asks its quiz (six
questions) as pre-test and post-test:

- most people take both tests on one phone (one participant, two attempts);
- some change device between the tests (a shared tablet, a flat battery): two participants, one
  with the pre-test and one with the post-test, matched by their self-generated code (a few
  misremember one element, a few gave none; see `quizzes.selectors.prepost_matching`);
- a few arrive late (post-test only) or leave early (pre-test only);

which makes 5/3 attempts and so 10 answers per participant on average: N = 100,000 gives about
1,000,000 answers. Scores are better after the workshop, some questions are harder than others and
wrong answers lean to one misconception. Some participants answer the campaign's surveys (never a
free text); trainers recorded a headcount in most sessions.

Rows are written in batches, the big tables with PostgreSQL's COPY (psycopg 3) when the database is
PostgreSQL and with multi-row inserts elsewhere (SQLite), straight into the other apps' tables
(workshops, quizzes, surveys), never through their services or signals. That is for speed: the
services save one participant or one attempt at a time, each in a transaction of its own with its
checks and an outbox entry, and a million answers through them would take hours, where the
benchmarks give the whole load a minute (bench/README.md). So the rollups are stale until
`reach.services.rebuild.rollups_rebuild` runs, which `demo_load` does unless told not to.
Timestamps are those of the sessions, not of the load.

Generated sessions belong to a trainer of their own (`VOLUME_TRAINER`, an inactive user without a
password): that is how a later load finds them. Loading the same N again keeps them, another N
replaces them, 0 removes them. The generator is seeded and does not depend on N (a smaller N gives
the first sessions of a larger one), only on the current month, which places the sessions.
"""

import datetime as dt
import json
import random
import uuid
import zoneinfo
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import connection, transaction

from demo.history import DISAGREE, HISTORIES
from demo.pages import modules_for
from quizzes.models import Answer, Attempt, Quiz
from quizzes.questions import content_of as quiz_content
from reach.bulk import BulkRows, PrimaryKeys
from surveys.models import Response, ResponseAnswer, Survey, SurveyUse
from surveys.questions import content_of as survey_content
from workshops.models import (
    Attendance,
    CampaignPage,
    Group,
    Participant,
    Session,
    SessionModule,
    SessionState,
    Venue,
)
from workshops.submissions import answers_digest

SEED = 2718
VOLUME_TRAINER = "demo-volume"
MONTHS = 10  # the months before the current one that the sessions are spread over
BATCH = 10_000  # participants per batch written

# What each person does: both tests on one phone, a change of device between them (two
# participants), only the post-test (late), only the pre-test (left early). With the six-question
# demo quizzes that is 5/3 attempts, so 10 answers, per participant.
KINDS = {"both": 0.768, "switch": 0.152, "late": 0.045, "early": 0.035}
NO_PHONE = 0.05  # people in the room who never join (counted in the headcount only)
SGIC_GIVEN = 0.85  # people who make a code; a change of device without one stays unmatched
SGIC_SLIP = 0.06  # a code made again with one element misremembered (matched at distance 1)
HEADCOUNT = 0.85  # sessions where the trainer recorded one


@dataclass(frozen=True)
class VolumeCohort:
    """One kind of group of a demo campaign, and its share of the generated groups."""

    campaign_slug: str
    language: str
    audience: str
    age_bands: tuple[str, ...]
    sizes: tuple[int, int]  # people in the room
    female_share: float
    share: float
    label: str  # group names: a class ("7B") for students
    series: bool = False  # the group has one session per module of its audience
    teacher_joins: float = 0.0  # chance that the class teacher joins with the students


COHORTS = (
    VolumeCohort(
        "golondrina", "es", "students", ("10-13", "14-17"), (28, 45), 0.51, 0.68, "",
        teacher_joins=0.3,
    ),
    VolumeCohort("golondrina", "es", "teachers", ("18+",), (20, 35), 0.74, 0.10, "Docentes"),
    VolumeCohort(
        "preventing-trafficking", "ro", "single_mothers", ("18+",), (20, 30), 1.0, 0.17, "Grupa",
        series=True,
    ),
    VolumeCohort(
        "preventing-trafficking", "ro", "professionals", ("18+",), (20, 30), 0.8, 0.05,
        "Profesioniști",
    ),
)  # fmt: skip

# Initials of mothers' first names and of birthplaces, about as common as they are.
MOTHER_INITIALS = {"es": "MMMMMAAALLCCSSJDGPRYNEBF", "ro": "MMMAAAEEIIDGLCVRSFNTB"}
BIRTHPLACES = {
    "Bogotá": "BBBBBBBBBBBBBBCMVTIFNS",
    "București": "BBBBBBBBCCTGPIS",
    "Iași": "IIIIIIIIIBBSVPC",
}
OLDER_SIBLINGS = ((0, 1, 2, 3, 4, 5), (35, 30, 18, 9, 5, 3))


@dataclass
class Volume:
    """What a load wrote, or found already there (`kept`)."""

    participants: int = 0
    sessions: int = 0
    groups: int = 0
    attempts: int = 0
    answers: int = 0
    responses: int = 0
    response_answers: int = 0
    kept: bool = False
    removed: int = 0  # participants of an earlier load, replaced


Progress = Callable[[int, int], None]


def volume_trainer():
    """The trainer of the generated sessions: a marker, not an account anyone signs in with."""
    user, created = get_user_model().objects.get_or_create(
        username=VOLUME_TRAINER,
        defaults={"first_name": "Generated", "last_name": "sessions", "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def demo_volume_ensure(
    *, participants: int, campaigns: list[CampaignPage], progress: Progress | None = None,
    today: dt.date | None = None, copy: bool | None = None,
) -> Volume:  # fmt: skip
    """Make the generated sessions hold exactly `participants` participants: keep an earlier
    load of that size, else replace it, in one transaction. `progress(done, wanted)` is told after
    each batch; `copy` forces or forbids COPY (default: on PostgreSQL)."""
    if participants < 0:
        raise ValueError("participants cannot be negative")
    if copy is None:
        copy = connection.vendor == "postgresql"
    with transaction.atomic():
        trainer = volume_trainer()
        sessions = Session.objects.filter(trainer=trainer)
        existing = Participant.objects.filter(session__in=sessions.values("pk")).count()
        if existing == participants and (participants or not sessions.exists()):
            return Volume(participants=participants, kept=True)
        _volume_remove(sessions)
        volume = Volume(removed=existing)
        if participants:
            generator = _Generator(trainer, campaigns, today or dt.date.today(), copy)
            generator.run(participants, volume, progress)
    _statistics_refresh()
    return volume


# The tables a load fills or empties by the hundred thousand rows.
_LOADED = (Session, Attendance, Participant, Attempt, Answer, Response, ResponseAnswer)


def _statistics_refresh() -> None:
    """PostgreSQL: sample the loaded tables again. Autovacuum comes round only later, and until
    then whatever runs next (the rollup rebuild) is planned for the tables' size before the load:
    a few hundred participants instead of a hundred thousand, sorted where they should be
    hashed (the first rebuild after a load took twice as long)."""
    if connection.vendor != "postgresql":
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {', '.join(quote(m._meta.db_table) for m in _LOADED)}")


def _volume_remove(sessions) -> None:
    """Delete generated sessions with everything in them: the big tables with one statement each,
    without loading their rows; then the sessions (cascading to their small tables) and groups."""
    group_ids = set(sessions.values_list("group_id", flat=True))
    in_sessions = sessions.values("pk")
    for rows in (
        Answer.objects.filter(attempt__session__in=in_sessions),
        ResponseAnswer.objects.filter(response__session__in=in_sessions),
        Attempt.objects.filter(session__in=in_sessions),
        Response.objects.filter(session__in=in_sessions),
        Participant.objects.filter(session__in=in_sessions),
    ):
        rows._raw_delete(rows.db)  # Django's own fast delete, as its deletion collector uses
    sessions.delete()
    Group.objects.filter(pk__in=group_ids, sessions__isnull=True).delete()


# --- What is asked --------------------------------------------------------------------------------


@dataclass
class _QuizPlan:
    """A quiz variant with every answer the generator gives, scored and serialised once."""

    quiz: Quiz
    pass_mark: int
    # Per question: key, difficulty (added to a person's chance), options (choice keys as JSON,
    # correct, the keys) with the right one first, and the weights of the wrong ones.
    questions: list[tuple[str, float, list[tuple[str, bool, frozenset]], list[int]]]
    digests: dict[tuple, str] = field(default_factory=dict)

    @classmethod
    def of(cls, quiz: Quiz) -> "_QuizPlan":
        content = quiz_content(quiz)
        # Seeded by the question keys, which the demo content derives from its module: every
        # database gets the same difficulties, hence the same answers.
        keys = "/".join(question.key for question in content.questions)
        rng = random.Random(f"{SEED}-{keys}")  # noqa: S311 - demo figures
        questions = []
        for question in content.questions:
            right = question.correct_keys
            wrong_keys = sorted(choice.key for choice in question.choices if not choice.correct)
            if question.multiple:
                # All or nothing: a right choice forgotten, or a wrong one ticked as well.
                wrong = [right - {key} for key in sorted(right) if len(right) > 1]
                wrong += [right | {key} for key in wrong_keys]
            else:
                wrong = [frozenset({key}) for key in wrong_keys]
            wrong = wrong or [frozenset()]
            # One misconception is more popular than the other wrong answers.
            weights = [4] + [1] * (len(wrong) - 1)
            rng.shuffle(weights)
            options = [(right, True)] + [(chosen, False) for chosen in wrong]
            questions.append(
                (
                    question.key,
                    rng.uniform(-0.2, 0.1),
                    [(json.dumps(sorted(chosen)), ok, chosen) for chosen, ok in options],
                    weights,
                )
            )
        return cls(quiz=quiz, pass_mark=content.pass_mark, questions=questions)

    def digest(self, picks: tuple[int, ...]) -> str:
        """The attempt's fingerprint, as `attempt_submit` makes it (once per set of answers)."""
        if picks not in self.digests:
            answers = {
                key: options[pick][2]
                for (key, _difficulty, options, _weights), pick in zip(
                    self.questions, picks, strict=True
                )
            }
            self.digests[picks] = answers_digest(answers)
        return self.digests[picks]


@dataclass
class _SurveyPlan:
    """A survey variant's questions with choices, and how answers lean before and after."""

    survey: Survey
    # Per question: key, choice keys, weights before, weights after, choices picked, required.
    questions: list[tuple[str, list[str], list[float], list[float], int, bool]]

    @classmethod
    def of(cls, survey: Survey) -> "_SurveyPlan":
        questions = []
        for question in survey_content(survey).questions:
            if question.free_text or not question.choices:
                continue
            keys = [key for key, _label in question.choices]
            weights = []
            for lean in (0.6, 1.6):
                # Scales lean to their top after the workshop; choices are written best first.
                phase_weights = [1 + index * lean for index in range(len(keys))]
                if question.kind not in ("likert", "rating") or question.key in DISAGREE:
                    phase_weights.reverse()
                weights.append(phase_weights)
            picks = 2 if question.multiple else 1
            questions.append((question.key, keys, *weights, picks, question.required))
        return cls(survey=survey, questions=questions)

    def asked(self, phase: str) -> bool:
        return self.survey.use in (SurveyUse.BOTH, phase)


# --- Who comes ------------------------------------------------------------------------------------


@dataclass
class _Person:
    role: str
    age_band: str
    seen_gender: str  # as the trainer counts them
    gender: str  # as they say when they join
    sgic: str
    skill: float  # the chance of a right answer before the workshop
    gain: float  # and how much it grows


@dataclass
class _Meeting:
    """A session being generated, with the people in the room."""

    cohort: VolumeCohort
    session: Session
    module_id: int
    people: list[_Person]
    headcount: bool

    def headcount_cells(self) -> Counter:
        """The trainer's count by role, gender and age band: the session's age band, teachers
        as adults."""
        band = self.session.age_band
        return Counter(
            (p.role, p.seen_gender, "18+" if p.role == "teachers" else band) for p in self.people
        )


class _Generator:
    def __init__(self, trainer, campaigns: list[CampaignPage], today: dt.date, copy: bool):
        self.trainer, self.copy = trainer, copy
        self.rng = random.Random(SEED)  # noqa: S311 - demo figures
        self.until = today.replace(day=1)
        since = self.until
        for _ in range(MONTHS):
            since = (since - dt.timedelta(days=1)).replace(day=1)
        self.since = since
        by_slug = {campaign.slug: campaign for campaign in campaigns}
        self.cohorts = [cohort for cohort in COHORTS if cohort.campaign_slug in by_slug]
        if not self.cohorts:
            raise ValueError("the demo campaigns are missing: load the demo content first")
        self.campaigns = {cohort: by_slug[cohort.campaign_slug] for cohort in self.cohorts}
        self.venues = {
            history.campaign_slug: [
                Venue.objects.get_or_create(
                    name=place.name,
                    locality=place.locality,
                    city=place.city,
                    country=place.country,
                    defaults={"timezone": place.timezone, "kind": place.kind},
                )[0]
                for place in history.places
            ]
            for history in HISTORIES
        }
        self.modules, self.quizzes, self.surveys = {}, {}, {}
        for cohort, campaign in self.campaigns.items():
            for age_band in cohort.age_bands:
                modules = modules_for(campaign, cohort.audience, age_band)
                self.modules[(cohort, age_band)] = modules
                for module in modules:
                    quiz = (
                        Quiz.objects.filter(
                            quiz_modules__module=module,
                            locale__language_code=cohort.language,
                            live=True,
                        )
                        .order_by("pk")
                        .first()
                    )
                    if quiz is None:
                        raise ValueError(f"module {module.slug} has no live demo quiz")
                    self.quizzes[module.pk] = _QuizPlan.of(quiz)
            self.surveys[cohort] = [
                _SurveyPlan.of(survey)
                for survey in Survey.objects.filter(
                    campaign=campaign, locale__language_code=cohort.language, live=True
                ).order_by("pk")
            ]
        self.group_ids, self.session_ids = PrimaryKeys(Group, 500), PrimaryKeys(Session, 500)
        self.participant_ids = PrimaryKeys(Participant, BATCH)
        self.attempt_ids = PrimaryKeys(Attempt, BATCH)
        self.response_ids = PrimaryKeys(Response, BATCH)
        self.revisions = {
            module.pk: module.live_revision_id
            for modules in self.modules.values()
            for module in modules
        }
        self.group_count = 0
        self.groups: list[Group] = []
        self.meetings: list[_Meeting] = []
        self.participants = BulkRows(
            Participant,
            ("id", "session_id", "role", "age_band", "gender", "language", "sgic", "joined_at"),
        )
        self.attempts = BulkRows(
            Attempt,
            ("id", "key", "participant_id", "session_id", "quiz_id", "quiz_key", "revision_id",
             "phase", "correct_count", "question_count", "passed", "answers_digest",
             "submitted_at"),
        )  # fmt: skip
        self.answers = BulkRows(Answer, ("attempt_id", "question_key", "choice_keys", "is_correct"))
        self.responses = BulkRows(
            Response,
            ("id", "key", "participant_id", "session_id", "survey_id", "survey_key",
             "revision_id", "phase", "answers_digest", "submitted_at"),
        )  # fmt: skip
        self.response_answers = BulkRows(
            ResponseAnswer, ("response_id", "question_key", "choice_keys", "text", "flagged")
        )

    def run(self, wanted: int, volume: Volume, progress: Progress | None) -> None:
        room = wanted
        while room > 0:
            for meeting in self._group():
                if room <= 0:
                    break
                room -= self._participants(meeting, room)
                self.meetings.append(meeting)
            if len(self.participants.rows) >= BATCH or room <= 0:
                volume.sessions += len(self.meetings)
                volume.groups += len(self.groups)
                self._flush()
                if progress:
                    progress(wanted - room, wanted)
        volume.participants = self.participants.written
        volume.attempts = self.attempts.written
        volume.answers = self.answers.written
        volume.responses = self.responses.written
        volume.response_answers = self.response_answers.written

    # Groups and their sessions.

    def _group(self) -> list[_Meeting]:
        """A new group with its session, or, for a series, its sessions a few weeks apart."""
        rng = self.rng
        cohort = rng.choices(self.cohorts, weights=[c.share for c in self.cohorts])[0]
        venue = rng.choice(self.venues[cohort.campaign_slug])
        age_band = rng.choice(cohort.age_bands)
        people = [self._person(cohort, age_band, venue) for _ in range(rng.randint(*cohort.sizes))]
        teacher = None
        if rng.random() < cohort.teacher_joins:
            teacher = self._person(cohort, "18+", venue, role="teachers")
        self.group_count += 1
        group = Group(
            pk=self.group_ids.take(),
            venue=venue,
            name=_group_name(cohort, age_band, self.group_count, rng),
            size=len(people),
        )
        self.groups.append(group)
        modules = self.modules[(cohort, age_band)]
        start = self._start(venue)
        meetings = []
        for index, module in enumerate(modules if cohort.series else modules[:1]):
            if index:
                start += dt.timedelta(days=rng.choice((14, 21, 28)))
                if start.date() >= self.until or _holidays(start.date(), venue):
                    break
            present = [person for person in people if not index or rng.random() < 0.85]
            present += [teacher] if teacher else []
            session = Session(
                pk=self.session_ids.take(),
                trainer=self.trainer,
                campaign=self.campaigns[cohort],
                venue=venue,
                group=group,
                scheduled_start=start,
                audience=cohort.audience,
                age_band=age_band,
                language=cohort.language,
                expected_size=len(people) + (1 if teacher else 0),
                state=SessionState.CLOSED,
                opened_at=start + dt.timedelta(minutes=5),
                post_test_opened_at=start + dt.timedelta(minutes=95),
                closed_at=start + dt.timedelta(minutes=120),
            )
            headcount = rng.random() < HEADCOUNT
            meetings.append(_Meeting(cohort, session, module.pk, present, headcount))
        return meetings

    def _person(self, cohort: VolumeCohort, age_band: str, venue: Venue, role=None) -> _Person:
        rng = self.rng
        seen = "female" if rng.random() < cohort.female_share else "male"
        roll = rng.random()
        gender = "not_stated" if roll < 0.07 else "another" if roll < 0.08 else seen
        if age_band in ("10-13", "14-17") and rng.random() < 0.04:
            age_band = "14-17" if age_band == "10-13" else "10-13"  # a neighbouring age band
        sgic = ""
        if rng.random() < SGIC_GIVEN:
            siblings = rng.choices(*OLDER_SIBLINGS)[0]
            sgic = (
                f"{rng.choice(MOTHER_INITIALS[cohort.language])}{rng.randint(1, 12):02d}"
                f"{siblings}{rng.choice(BIRTHPLACES[venue.city])}"
            )
        low, high = (0.55, 0.85) if role else (0.35, 0.75)
        return _Person(
            role=role or cohort.audience,
            age_band=age_band,
            seen_gender=seen,
            gender=gender,
            sgic=sgic,
            skill=rng.uniform(low, high),
            gain=rng.uniform(0.05, 0.35),
        )

    def _start(self, venue: Venue) -> dt.datetime:
        """A weekday of the months before this one, out of the holidays, in the morning or early
        afternoon at the venue."""
        rng = self.rng
        span = (self.until - self.since).days
        while True:
            day = self.since + dt.timedelta(days=rng.randrange(span))
            if day.weekday() < 5 and not _holidays(day, venue):
                break
        hour = rng.choice((7, 8, 9, 10, 13, 14))
        return dt.datetime.combine(day, dt.time(hour), tzinfo=zoneinfo.ZoneInfo(venue.timezone))

    # Participants, attempts, answers and survey responses.

    def _participants(self, meeting: _Meeting, room: int) -> int:
        """Generate the participants of a session, at most `room`; return how many."""
        rng = self.rng
        session = meeting.session
        quiz, surveys = self.quizzes[meeting.module_id], self.surveys[meeting.cohort]
        to_surveys = rng.uniform(0.0, 0.4)  # the share who go on to the surveys, this time
        kinds, weights = list(KINDS), list(KINDS.values())
        opened, post_opened = session.opened_at, session.post_test_opened_at
        made = 0
        for person in meeting.people:
            if made >= room:
                break
            if rng.random() < NO_PHONE:
                continue
            kind = rng.choices(kinds, weights)[0]
            if kind == "switch" and room - made < 2:
                kind = "both"
            # A latecomer joins once the post-test is open, and skips the pre-test.
            joined = (post_opened if kind == "late" else opened) + _minutes(rng, 0, 8)
            taker = self._participant(session, person, person.sgic, joined)
            made += 1
            if kind != "late":
                at = joined + _minutes(rng, 4, 12)
                self._attempt(taker, session, quiz, "pre", person.skill, at)
                self._responses(taker, session, surveys, "pre", to_surveys, at)
            if kind == "early":
                continue
            if kind == "switch":
                sgic = _slip(person.sgic, rng) if rng.random() < SGIC_SLIP else person.sgic
                joined = post_opened + _minutes(rng, 0, 5)
                taker = self._participant(session, person, sgic, joined)
                made += 1
            at = max(joined, post_opened) + _minutes(rng, 3, 12)
            chance = min(0.95, person.skill + person.gain)
            self._attempt(taker, session, quiz, "post", chance, at)
            self._responses(taker, session, surveys, "post", to_surveys, at)
        return made

    def _participant(self, session: Session, person: _Person, sgic: str, joined) -> int:
        pk = self.participant_ids.take()
        self.participants.rows.append(
            (pk, session.pk, person.role, person.age_band, person.gender, session.language, sgic,
             joined)
        )  # fmt: skip
        return pk

    def _attempt(self, participant_id, session, plan: _QuizPlan, phase, chance, at) -> None:
        rng = self.rng
        pk = self.attempt_ids.take()
        picks, correct, answers = [], 0, self.answers.rows
        for key, difficulty, options, weights in plan.questions:
            if rng.random() < chance + difficulty:
                pick = 0
                correct += 1
            else:
                pick = 1 + rng.choices(range(len(weights)), weights)[0]
            picks.append(pick)
            answers.append((pk, key, options[pick][0], options[pick][1]))
        count, quiz = len(plan.questions), plan.quiz
        passed = count > 0 and 100 * correct >= plan.pass_mark * count
        self.attempts.rows.append(
            (pk, _uuid(rng), participant_id, session.pk, quiz.pk, quiz.translation_key,
             quiz.live_revision_id, phase, correct, count, passed, plan.digest(tuple(picks)), at)
        )  # fmt: skip

    def _responses(self, participant_id, session, surveys, phase, share, at) -> None:
        rng = self.rng
        if not surveys or rng.random() >= share:
            return
        for plan in surveys:
            if not plan.asked(phase):
                continue
            pk = self.response_ids.take()
            answers = {}
            for key, keys, before, after, picks, required in plan.questions:
                if not required and rng.random() < 0.3:
                    continue  # an optional question left out
                chosen = rng.choices(keys, weights=after if phase == "post" else before, k=picks)
                answers[key] = tuple(sorted(set(chosen)))
                self.response_answers.rows.append((pk, key, json.dumps(answers[key]), "", False))
            survey = plan.survey
            self.responses.rows.append(
                (pk, _uuid(rng), participant_id, session.pk, survey.pk, survey.translation_key,
                 survey.live_revision_id, phase, answers_digest(answers),
                 at + dt.timedelta(minutes=3))
            )  # fmt: skip

    def _flush(self) -> None:
        """Write what was generated, parents before children."""
        Group.objects.bulk_create(self.groups, batch_size=2000)
        Session.objects.bulk_create([m.session for m in self.meetings], batch_size=2000)
        SessionModule.objects.bulk_create(
            (
                SessionModule(
                    session=meeting.session,
                    module_id=meeting.module_id,
                    revision_id=self.revisions[meeting.module_id],
                )
                for meeting in self.meetings
            ),
            batch_size=2000,
        )
        Attendance.objects.bulk_create(
            (
                Attendance(session=m.session, role=role, gender=gender, age_band=band, count=n)
                for m in self.meetings
                if m.headcount
                for (role, gender, band), n in sorted(m.headcount_cells().items())
            ),
            batch_size=5000,
        )
        self.groups, self.meetings = [], []
        for rows in (
            self.participants,
            self.attempts,
            self.answers,
            self.responses,
            self.response_answers,
        ):
            rows.write(copy=self.copy)


def _holidays(day: dt.date, venue: Venue) -> bool:
    """Colombian schools close in December and January; Romanian centres around the new year."""
    if venue.country == "CO":
        return day.month in (12, 1)
    return (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 7)


def _minutes(rng: random.Random, low: int, high: int) -> dt.timedelta:
    return dt.timedelta(seconds=rng.randint(60 * low, 60 * high))


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _slip(sgic: str, rng: random.Random) -> str:
    """The same code with one of its four elements given differently (none: still none)."""
    if not sgic:
        return sgic
    element = rng.randrange(4)
    if element == 0:
        return ("A" if sgic[0] != "A" else "M") + sgic[1:]
    if element == 1:
        return f"{sgic[0]}{int(sgic[1:3]) % 12 + 1:02d}{sgic[3:]}"
    if element == 2:
        return f"{sgic[:3]}{(int(sgic[3]) + 1) % 6}{sgic[4]}"
    return sgic[:4] + ("C" if sgic[4] != "C" else "B")


def _group_name(cohort: VolumeCohort, age_band: str, serial: int, rng: random.Random) -> str:
    """A class or group name, numbered: unique at its venue, apart from the demo's own groups."""
    if cohort.audience == "students":
        grades = (6, 7) if age_band == "10-13" else (8, 9, 10, 11)
        return f"{rng.choice(grades)}{rng.choice('ABCDEF')} · {serial:05d}"
    return f"{cohort.label} · {serial:05d}"
