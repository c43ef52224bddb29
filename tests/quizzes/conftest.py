import pytest
from django.utils import timezone

from tests.quizzes.factories import QuizFactory
from tests.workshops.factories import SessionFactory
from workshops.models import SessionState
from workshops.services import session_open


@pytest.fixture
def quiz(tree):
    """A published English quiz of three questions (one of each type) testing tree.module."""
    return QuizFactory(modules=[tree.module])


@pytest.fixture
def open_session(tree, quiz):
    """An open English-language session for students 10-13 that delivers tree.module."""
    session = SessionFactory(
        campaign=tree.campaign,
        modules=[tree.module],
        language="en",
        scheduled_start=timezone.now(),
    )
    session = session_open(session=session)
    assert session.state == SessionState.OPEN
    return session
