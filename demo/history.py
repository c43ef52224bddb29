"""Past sessions for the demo campaigns, so that their reports have something true to show.

Golondrina's sessions add up to the campaign's published reach: 2,100 students and 380 teachers
in schools of Santa Fe, La Candelaria and San Cristóbal (Bogotá). Romania's are made up, in the
proportions of the real workshops, and both campaigns say so in their reports (`demo_data`).

Everything is written in bulk, as it would have been collected: sessions closed with their
headcounts, some classes followed up a few weeks later (the same people again: attendances, not
new people), phones that joined and took the pre- and post-tests and surveys, a few paper tallies.
Answers are drawn from a seeded generator, so every load gives the same figures. The rollups are
rebuilt from them at the end, as the nightly task would.

The rows are written to the other apps' tables directly, not through their services: the sessions
took place in the past, at their own times, where the services would stamp every opening, closing
and answer with the time of the load and record each change in the outbox, one by one.
"""

import datetime as dt
import random
import uuid
import zoneinfo
from dataclasses import dataclass

from django.db import transaction

from demo.pages import modules_for
from demo.surveys import demo_disagree_keys
from quizzes.models import Answer, Attempt, PaperChoiceCount, PaperTally, Quiz, QuizUse
from quizzes.questions import content_of as quiz_content
from quizzes.questions import score
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
    WorkshopModulePage,
)
from workshops.submissions import answers_digest

SEED = 1907  # any fixed number: the same demo every time
DISAGREE = demo_disagree_keys()


@dataclass(frozen=True)
class DemoPlace:
    name: str
    locality: str
    city: str
    country: str
    timezone: str
    kind: str = "school"


@dataclass(frozen=True)
class DemoCohorts:
    """Groups of one audience to spread over places and months, adding up to `people`."""

    audience: str
    people: int
    groups: int
    age_bands: tuple[str, ...]
    female_share: float
    follow_ups: float  # share of groups seen a second time
    phones: float  # share of sessions where participants joined with the code


@dataclass(frozen=True)
class DemoHistory:
    campaign_slug: str
    language: str
    places: tuple[DemoPlace, ...]
    months: tuple[dt.date, dt.date]
    cohorts: tuple[DemoCohorts, ...]


BOGOTA = ("Bogotá", "CO", "America/Bogota")
HISTORIES = (
    DemoHistory(
        "golondrina",
        "es",
        (
            DemoPlace("Colegio Distrital Las Aguas", "Santa Fe", *BOGOTA),
            DemoPlace("Colegio Distrital Santa Inés", "Santa Fe", *BOGOTA),
            DemoPlace("Colegio Distrital La Concordia", "La Candelaria", *BOGOTA),
            DemoPlace("Colegio Distrital San Blas", "San Cristóbal", *BOGOTA),
            DemoPlace("Colegio Distrital Altamira", "San Cristóbal", *BOGOTA),
        ),
        (dt.date(2019, 2, 1), dt.date(2021, 11, 1)),
        (
            # 18 teachers were counted in the demo trainer's own closed session: 362 + 18 = 380.
            DemoCohorts("students", 2100, 60, ("10-13", "14-17"), 0.51, 0.25, 0.3),
            DemoCohorts("teachers", 362, 10, ("18+",), 0.74, 0.0, 0.5),
        ),
    ),
    DemoHistory(
        "preventing-trafficking",
        "ro",
        (
            DemoPlace(
                "Centrul comunitar Speranța",
                "Sector 2",
                "București",
                "RO",
                "Europe/Bucharest",
                "community_centre",
            ),
            DemoPlace(
                "Centrul de zi Alături",
                "Sector 5",
                "București",
                "RO",
                "Europe/Bucharest",
                "community_centre",
            ),
            DemoPlace(
                "Centrul social Nicolina",
                "Nicolina",
                "Iași",
                "RO",
                "Europe/Bucharest",
                "community_centre",
            ),
        ),
        (dt.date(2022, 3, 1), dt.date(2026, 10, 1)),
        (
            DemoCohorts("single_mothers", 186, 14, ("18+",), 1.0, 0.5, 0.6),
            DemoCohorts("professionals", 34, 3, ("18+",), 0.8, 0.0, 0.0),
        ),
    ),
)


def _sizes(total: int, groups: int, rng: random.Random) -> list[int]:
    """`groups` sizes around the mean that add up to exactly `total`."""
    mean = total / groups
    sizes = [max(1, round(rng.uniform(0.8, 1.2) * mean)) for _ in range(groups)]
    difference = total - sum(sizes)
    index = 0
    while difference:
        step = 1 if difference > 0 else -1
        if sizes[index % groups] + step >= 1:
            sizes[index % groups] += step
            difference -= step
        index += 1
    return sizes


def _split(size: int, female_share: float, rng: random.Random) -> dict[str, int]:
    """A headcount by gender: most counted as female or male, a few not stated."""
    not_stated = rng.choice((0, 0, 0, 1, 2)) if size > 10 else 0
    female = round((size - not_stated) * rng.uniform(female_share - 0.06, female_share + 0.06))
    female = min(max(female, 0), size - not_stated)
    cells = {"female": female, "male": size - not_stated - female, "not_stated": not_stated}
    return {gender: n for gender, n in cells.items() if n}


def _month_days(months: tuple[dt.date, dt.date], rng: random.Random) -> dt.date:
    """A school day between the two months (Colombian and Romanian schools close Dec-Jan)."""
    start, end = months
    span = (end.year - start.year) * 12 + end.month - start.month
    while True:
        offset = rng.randint(0, span)
        year, month = start.year + (start.month - 1 + offset) // 12, (start.month - 1 + offset) % 12
        if month + 1 not in (12, 1):
            return dt.date(year, month + 1, rng.randint(2, 27))


class _Writer:
    """Collects rows and writes each table in one bulk insert (`flush`)."""

    def __init__(self, campaign: CampaignPage, language: str, rng: random.Random):
        self.campaign, self.language, self.rng = campaign, language, rng
        self.quizzes = [
            (quiz, quiz_content(quiz), list(quiz.quiz_modules.values_list("module_id", flat=True)))
            for quiz in Quiz.objects.filter(
                quiz_modules__module__in=WorkshopModulePage.objects.child_of(campaign),
                locale__language_code=language,
                live=True,
            ).distinct()
        ]
        self.surveys = [
            (survey, survey_content(survey))
            for survey in Survey.objects.filter(
                campaign=campaign, locale__language_code=language, live=True
            )
        ]
        self.participants: list[Participant] = []
        self.attempts: list[tuple[Attempt, dict]] = []
        self.responses: list[tuple[Response, dict]] = []

    def quizzes_for(self, module_ids: set[int]):
        return [item for item in self.quizzes if module_ids & set(item[2])] or self.quizzes[:1]

    def phones(self, session: Session, size: int, age_band: str, female_share: float) -> None:
        """Some of the people answer on a phone: pre-test, post-test (better, mostly) and the
        surveys. Each participant is one person of the headcount, never an extra one."""
        rng = self.rng
        modules = set(session.session_modules.values_list("module_id", flat=True))
        for _ in range(rng.randint(size // 2, size)):
            gender = (
                "female"
                if rng.random() < female_share
                else rng.choice(("male", "male", "not_stated"))
            )
            participant = Participant(
                session=session,
                role=session.audience,
                age_band=age_band,
                gender=gender,
                language=session.language,
            )
            self.participants.append(participant)
            skill = rng.uniform(0.35, 0.7)
            for quiz, content, _modules in self.quizzes_for(modules):
                for phase, chance in (("pre", skill), ("post", min(0.95, skill + 0.25))):
                    if quiz.use not in (QuizUse.BOTH, phase) or rng.random() < 0.08:
                        continue  # a few arrive late or leave early
                    self._attempt(participant, quiz, content, phase, chance)
            for survey, content in self.surveys:
                for phase in ("pre", "post"):
                    if survey.use in (SurveyUse.BOTH, phase):
                        self._response(participant, survey, content, phase)

    def _attempt(self, participant, quiz, content, phase: str, chance: float) -> None:
        rng = self.rng
        answers = {}
        for question in content.questions:
            if rng.random() < chance:
                answers[question.key] = question.correct_keys
            else:
                wrong = [c.key for c in question.choices if not c.correct] or [
                    question.choices[0].key
                ]
                answers[question.key] = frozenset({rng.choice(wrong)})
        result = score(content.questions, answers, content.pass_mark)
        attempt = Attempt(
            key=uuid.uuid4(),
            participant=participant,
            session_id=participant.session_id,
            quiz=quiz,
            quiz_key=quiz.translation_key,
            revision_id=quiz.live_revision_id,
            phase=phase,
            correct_count=result.correct_count,
            question_count=result.question_count,
            passed=result.passed,
            answers_digest=answers_digest(answers),
        )
        correct = result.correct_by_question
        self.attempts.append(
            (attempt, {key: (chosen, correct[key]) for key, chosen in answers.items()})
        )

    def _response(self, participant, survey, content, phase: str) -> None:
        rng = self.rng
        answers = {}
        for question in content.questions:
            if question.free_text or not question.choices:
                continue
            keys = [key for key, _label in question.choices]
            # Scales lean to their top after the workshop, as the real surveys found; choices
            # are written best first.
            lean = 1.6 if phase == "post" else 0.6
            weights = [1 + index * lean for index in range(len(keys))]
            if question.kind not in ("likert", "rating") or question.key in DISAGREE:
                weights.reverse()
            picked = rng.choices(keys, weights=weights, k=2 if question.multiple else 1)
            answers[question.key] = tuple(sorted(set(picked)))
        response = Response(
            key=uuid.uuid4(),
            participant=participant,
            session_id=participant.session_id,
            survey=survey,
            survey_key=survey.translation_key,
            revision_id=survey.live_revision_id,
            phase=phase,
            answers_digest=answers_digest(answers),
        )
        self.responses.append((response, answers))

    def flush(self) -> None:
        """Write what was collected: each table in one go, parents before children."""
        Participant.objects.bulk_create(self.participants, batch_size=2000)
        for attempt, _answers in self.attempts:
            attempt.participant_id = attempt.participant.pk  # the id bulk_create gave it
        for response, _answers in self.responses:
            response.participant_id = response.participant.pk
        Attempt.objects.bulk_create([attempt for attempt, _ in self.attempts], batch_size=2000)
        Answer.objects.bulk_create(
            (
                Answer(attempt=attempt, question_key=key, choice_keys=sorted(chosen), is_correct=ok)
                for attempt, answers in self.attempts
                for key, (chosen, ok) in answers.items()
            ),
            batch_size=5000,
        )
        Response.objects.bulk_create([response for response, _ in self.responses], batch_size=2000)
        ResponseAnswer.objects.bulk_create(
            (
                ResponseAnswer(response=response, question_key=key, choice_keys=list(chosen))
                for response, answers in self.responses
                for key, chosen in answers.items()
            ),
            batch_size=5000,
        )
        self.participants, self.attempts, self.responses = [], [], []

    def paper(self, session: Session, size: int) -> None:
        """A class without phones: the trainer counted the post-test sheets."""
        rng = self.rng
        modules = set(session.session_modules.values_list("module_id", flat=True))
        for quiz, content, _modules in self.quizzes_for(modules)[:1]:
            tally = PaperTally.objects.create(
                session=session,
                quiz=quiz,
                quiz_key=quiz.translation_key,
                revision_id=quiz.live_revision_id,
                phase="post",
                sheets=size,
            )
            counts = []
            for question in content.questions:
                if question.multiple:
                    continue
                right = round(size * rng.uniform(0.6, 0.9))
                wrong = [c for c in question.choices if not c.correct]
                counts.append((question.key, next(iter(question.correct_keys)), right))
                if wrong:
                    counts.append((question.key, rng.choice(wrong).key, size - right))
            PaperChoiceCount.objects.bulk_create(
                PaperChoiceCount(tally=tally, question_key=q, choice_key=c, count=n)
                for q, c, n in counts
                if n
            )


def _session(trainer, campaign, venue, group, day, audience, age_band, language, size):
    start = dt.datetime.combine(day, dt.time(8), tzinfo=zoneinfo.ZoneInfo(venue.timezone))
    session = Session.objects.create(
        trainer=trainer,
        campaign=campaign,
        venue=venue,
        group=group,
        scheduled_start=start,
        audience=audience,
        age_band=age_band,
        language=language,
        expected_size=size,
        state=SessionState.CLOSED,
        opened_at=start,
        post_test_opened_at=start + dt.timedelta(hours=1, minutes=30),
        closed_at=start + dt.timedelta(hours=2),
    )
    for order, module in enumerate(modules_for(campaign, audience, age_band)):
        SessionModule.objects.create(
            session=session, module=module, revision_id=module.live_revision_id, sort_order=order
        )
    return session


@transaction.atomic
def demo_history_ensure(*, trainer, campaigns: list[CampaignPage]) -> int:
    """Give each demo campaign its past sessions, once (skipped when `trainer` has some already).
    Returns how many sessions were added."""
    if Session.objects.filter(trainer=trainer).exists():
        return 0
    by_slug = {campaign.slug: campaign for campaign in campaigns}
    added = 0
    for history in HISTORIES:
        campaign = by_slug.get(history.campaign_slug)
        if campaign is None:
            continue
        rng = random.Random(f"{SEED}-{history.campaign_slug}")  # noqa: S311 - demo figures
        writer = _Writer(campaign, history.language, rng)
        venues = [
            Venue.objects.get_or_create(
                name=place.name,
                locality=place.locality,
                city=place.city,
                country=place.country,
                defaults={"timezone": place.timezone, "kind": place.kind},
            )[0]
            for place in history.places
        ]
        for cohort in history.cohorts:
            for index, size in enumerate(_sizes(cohort.people, cohort.groups, rng)):
                venue = venues[index % len(venues)]
                age_band = cohort.age_bands[index % len(cohort.age_bands)]
                name = _group_name(cohort, index, age_band)
                group, _created = Group.objects.get_or_create(
                    venue=venue, name=name, defaults={"size": size}
                )
                day = _month_days(history.months, rng)
                cells = _split(size, cohort.female_share, rng)
                session = _session(
                    trainer, campaign, venue, group, day, cohort.audience, age_band,
                    history.language, size,
                )  # fmt: skip
                _headcount(session, cohort.audience, age_band, cells)
                added += 1
                roll = rng.random()
                if roll < cohort.phones:
                    writer.phones(session, size, age_band, cohort.female_share)
                elif roll > 0.9 and writer.quizzes:
                    writer.paper(session, size)
                if rng.random() < cohort.follow_ups:
                    # The same class weeks later, some absent: attendances, not new people.
                    again = {g: n - rng.randint(0, min(2, n)) for g, n in cells.items()}
                    follow_up = _session(
                        trainer, campaign, venue, group, day + dt.timedelta(days=21),
                        cohort.audience, age_band, history.language, size,
                    )  # fmt: skip
                    _headcount(follow_up, cohort.audience, age_band, again)
                    added += 1
        writer.flush()
    return added


def _group_name(cohort: DemoCohorts, index: int, age_band: str) -> str:
    if cohort.audience == "students":
        grade = 6 + index % 2 + (3 if age_band == "14-17" else 0)
        return f"{grade}{'ABCDEFGH'[index // 10 % 8]}-{index // 2 + 1}"
    if cohort.audience == "teachers":
        return f"Docentes {index + 1}"
    return f"Grupa {index + 1}"


def _headcount(session: Session, audience: str, age_band: str, cells: dict[str, int]) -> None:
    Attendance.objects.bulk_create(
        Attendance(session=session, role=audience, gender=gender, age_band=age_band, count=n)
        for gender, n in cells.items()
        if n
    )
