"""What the submission benchmark needs in its database: a ten-question quiz, open sessions the size
of a school assembly, and participants who have joined them, each with the cookies their phone
would hold, so that the load tool sends nothing but quiz submissions.

Joining is not part of the measured request: a participant joins once and then submits (the
submission is the request a whole assembly sends within the same minute).
"""

import datetime as dt
import json
import random
import secrets
import uuid
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from participation.views.participants import COOKIE_NAME, COOKIE_SALT
from quizzes.models import Quiz, QuizModule
from workshops.models import CampaignPage, CampaignTrainer, Participant, Venue, WorkshopModulePage
from workshops.services import SessionPlan, session_create, session_open

QUESTIONS = 10
ASSEMBLY = 2000  # people per session: a school assembly
KEYS = uuid.UUID("0b6a3c1e-77a5-4f0e-9a39-2c1d4b5e6f70")


def _key(*parts) -> str:
    return str(uuid.uuid5(KEYS, "/".join(map(str, parts))))


def _question(number: int) -> dict:
    """Alternately one-answer, several-answer and true/false questions, like the demo quizzes."""
    kind = ("single", "multiple", "true_false")[number % 3]
    value = {"text": f"Question {number + 1}", "explanation": "Because."}
    if kind == "true_false":
        value["answer"] = "false"
    else:
        right = 2 if kind == "multiple" else 1
        value["choices"] = [
            {
                "type": "item",
                "id": _key(number, index),
                "value": {"text": f"Choice {index + 1}", "correct": index < right},
            }
            for index in range(4)
        ]
    return {"type": kind, "id": _key(number), "value": value}


BLOCKS = [_question(number) for number in range(QUESTIONS)]


def bench_quiz(module: WorkshopModulePage) -> Quiz:
    quiz = Quiz.objects.filter(title="Benchmark: ten questions").first()
    if quiz is None:
        quiz = Quiz(
            locale=Locale.get_default(),
            title="Benchmark: ten questions",
            introduction="Answer what you think.",
            use="both",
            pass_mark=60,
            questions=json.dumps(BLOCKS),
        )
        quiz.quiz_modules = [QuizModule(module=module)]
        quiz.save()
        quiz.save_revision().publish()
        quiz.refresh_from_db()
    return quiz


@dataclass
class Phone:
    """One participant's phone: where it sends its quiz, and the cookies it holds."""

    path: str
    session_id: int
    participant_cookie: str
    csrf: str


@dataclass
class SubmissionWorld:
    quiz: Quiz
    phones: list[Phone]

    def form(self, rng: random.Random) -> dict[str, list[str]]:
        """A filled quiz form: a choice (or two) per question, as phones send it."""
        data: dict[str, list[str]] = {"revision": [str(self.quiz.live_revision_id)]}
        for block in BLOCKS:
            value = block["value"]
            if block["type"] == "true_false":
                data[f"q-{block['id']}"] = [rng.choice(["true", "false"])]
            else:
                choices = [choice["id"] for choice in value["choices"]]
                count = rng.choice((1, 2)) if block["type"] == "multiple" else 1
                data[f"q-{block['id']}"] = rng.sample(choices, count)
        return data


def submission_world(*, participants: int, seed: int = 7) -> SubmissionWorld:
    """Open sessions of an assembly each, at a Bogotá school of the demo, with `participants`
    people joined; the demo content must be loaded."""
    campaign = CampaignPage.objects.live().order_by("pk").first()
    module = WorkshopModulePage.objects.child_of(campaign).live().order_by("pk").first()
    quiz = bench_quiz(module)
    venue = Venue.objects.order_by("pk").first()
    trainer, _ = get_user_model().objects.get_or_create(username="bench-trainer")
    CampaignTrainer.objects.get_or_create(user=trainer, campaign=campaign)
    rng = random.Random(seed)
    signer = signing.get_cookie_signer(salt=COOKIE_NAME + COOKIE_SALT)
    phones = []
    sessions = (participants + ASSEMBLY - 1) // ASSEMBLY
    with transaction.atomic():
        for number in range(sessions):
            session = session_create(
                trainer=trainer,
                plan=SessionPlan(
                    campaign=campaign,
                    modules=[module],
                    venue=venue,
                    group_name=f"Assembly {number + 1}",
                    scheduled_start=timezone.now() - dt.timedelta(minutes=30),
                    audience="students",
                    age_band="14-17",
                    language=campaign.locale.language_code,
                    expected_size=ASSEMBLY,
                ),
            )
            session = session_open(session=session)
            size = min(ASSEMBLY, participants - number * ASSEMBLY)
            people = Participant.objects.bulk_create(
                Participant(
                    session=session,
                    role="students",
                    age_band="14-17",
                    gender=rng.choice(("female", "male", "not_stated")),
                    language=session.language,
                )
                for _ in range(size)
            )
            path = reverse(
                "quiz:take",
                kwargs={
                    "code": session.join_code,
                    "phase": "pre",
                    "quiz_key": quiz.translation_key,
                },
            )
            phones += [
                Phone(
                    path=path,
                    session_id=session.pk,
                    participant_cookie=signer.sign(person.cookie_key.hex),
                    csrf=secrets.token_hex(16),
                )
                for person in people
            ]
    return SubmissionWorld(quiz=quiz, phones=phones)
