"""The rollup tables as the recount sees them: each keyed by its dimensions, counting its values."""

from collections.abc import Iterable
from dataclasses import dataclass

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

# A person's place in a session: (role, gender, age band).
Person = tuple[str, str, str]
Rows = dict[tuple, tuple]


@dataclass(frozen=True)
class Table:
    """How one rollup model's rows are keyed and what they count."""

    model: type
    key: tuple[str, ...]
    values: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.key, *self.values)

    @property
    def db_table(self) -> str:
        return self.model._meta.db_table

    def column(self, name: str) -> str:
        """The database column of one of `columns` (a field's name or attname)."""
        return self.model._meta.get_field(name).column

    def stored(self, *where, **scope) -> Rows:
        return {
            row[: len(self.key)]: row[len(self.key) :]
            for row in self.model.objects.filter(*where, **scope).values_list(*self.columns)
        }

    def key_from_db(self, key: tuple) -> tuple:
        """A key as the database gives it, in the Python types `stored` gives."""
        return tuple(
            self.model._meta.get_field(name).to_python(value)
            for name, value in zip(self.key, key, strict=True)
        )

    def from_db(self, rows: Iterable[tuple]) -> Rows:
        """Rows as the database gives them (a UUID as text on SQLite, a sum as a decimal on
        PostgreSQL), in the Python types `stored` gives."""
        convert = [self.model._meta.get_field(name).to_python for name in self.columns]
        split = len(self.key)
        result = {}
        for row in rows:
            values = tuple(to_python(value) for to_python, value in zip(convert, row, strict=True))
            result[values[:split]] = values[split:]
        return result

    def instances(self, rows: Rows, **extra) -> list:
        return [
            self.model(
                **dict(zip(self.key, key, strict=True)),
                **dict(zip(self.values, v, strict=True)),
                **extra,
            )
            for key, v in rows.items()
        ]


PLACE = ("campaign_id", "venue_id", "country", "locality", "month")
PERSON = ("audience", "gender", "age_band")
IN_SESSION = ("session_id", *PLACE, *PERSON)

REACH = Table(ReachCell, (*PLACE, *PERSON), ("people", "attendances", "joined"))
SESSION = Table(
    SessionRollup,
    ("session_id",),
    ("campaign_id", "venue_id", "month", "headcount", "joined", "attendances"),
)
QUIZ = Table(
    QuizCell,
    (*IN_SESSION, "quiz_key", "phase"),
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
    QuizQuestionCell, (*IN_SESSION, "quiz_key", "phase", "question_key"), ("answered", "correct")
)
QUIZ_CHOICE = Table(
    QuizChoiceCell, (*IN_SESSION, "quiz_key", "phase", "question_key", "choice_key"), ("count",)
)
SURVEY = Table(SurveyCell, (*IN_SESSION, "survey_key", "phase"), ("responses",))
SURVEY_CHOICE = Table(
    SurveyChoiceCell,
    (*IN_SESSION, "survey_key", "phase", "question_key", "choice_key"),
    ("count",),
)
SESSION_TABLES = (SESSION, QUIZ, QUIZ_QUESTION, QUIZ_CHOICE, SURVEY, SURVEY_CHOICE)
# The tables counted from answers, by the database: a purged session's rows in them are kept,
# never recounted.
FROZEN_TABLES = (QUIZ, QUIZ_QUESTION, QUIZ_CHOICE, SURVEY, SURVEY_CHOICE)
# The tables of answers kept per month only: no report needs their figures per session, and they
# have the most rows (a row per question, or per choice, of every kind of person in every session).
# Their month cells are counted from the answers of the month's sessions; their session cells hold
# only what purged sessions carry over (their answers are gone), written at the purge.
MONTH_ONLY = (QUIZ_QUESTION, QUIZ_CHOICE, SURVEY_CHOICE)


def _by_month(table: Table, model: type) -> Table:
    """The table of a session table's rows added up per month: the same key without the
    session."""
    return Table(model, table.key[1:], table.values)


# What reports read: each of `FROZEN_TABLES` added up per place, month and kind of person.
MONTHLY = {
    QUIZ: _by_month(QUIZ, QuizMonthCell),
    QUIZ_QUESTION: _by_month(QUIZ_QUESTION, QuizQuestionMonthCell),
    QUIZ_CHOICE: _by_month(QUIZ_CHOICE, QuizChoiceMonthCell),
    SURVEY: _by_month(SURVEY, SurveyMonthCell),
    SURVEY_CHOICE: _by_month(SURVEY_CHOICE, SurveyChoiceMonthCell),
}
