from reach.models.frozen import FrozenJoinCount
from reach.models.outbox import SessionChange
from reach.models.rollups import (
    QuizCell,
    QuizChoiceCell,
    QuizQuestionCell,
    ReachCell,
    SessionRollup,
    SurveyCell,
    SurveyChoiceCell,
)
from reach.models.tokens import ApiToken

__all__ = [
    "ApiToken",
    "FrozenJoinCount",
    "QuizCell",
    "QuizChoiceCell",
    "QuizQuestionCell",
    "ReachCell",
    "SessionChange",
    "SessionRollup",
    "SurveyCell",
    "SurveyChoiceCell",
]
