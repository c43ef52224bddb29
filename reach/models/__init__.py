from reach.models.frozen import FrozenJoinCount
from reach.models.outbox import SessionChange
from reach.models.rollups import (
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
from reach.models.tokens import ApiToken

__all__ = [
    "ApiToken",
    "FrozenJoinCount",
    "QuizCell",
    "QuizChoiceCell",
    "QuizChoiceMonthCell",
    "QuizMonthCell",
    "QuizQuestionCell",
    "QuizQuestionMonthCell",
    "ReachCell",
    "SessionChange",
    "SessionRollup",
    "SurveyCell",
    "SurveyChoiceCell",
    "SurveyChoiceMonthCell",
    "SurveyMonthCell",
]
