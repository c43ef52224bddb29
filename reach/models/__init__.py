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

__all__ = [
    "QuizCell",
    "QuizChoiceCell",
    "QuizQuestionCell",
    "ReachCell",
    "SessionChange",
    "SessionRollup",
    "SurveyCell",
    "SurveyChoiceCell",
]
