"""What a participant sends (a quiz attempt, a survey response) is saved once, by one rule.

A submission carries a key made when its form was shown. Whatever the kind, the same rule holds:

- the insert comes first, right after the caller's checks of the step (which hold a lock): a
  resend, or another copy of the same form, fails it at once, and the transaction, which has
  written nothing else yet, is rolled back whole (the common case, a new submission, costs no
  lookup and no savepoint);
- the same key again with the same answers is the same submission: the one saved first is
  returned, even when both copies arrive at the same moment;
- the same key with other answers, or from another participant, is a conflict: the first answers
  stand (`SubmissionConflict`);
- another copy of a step already done (a second tab, a form kept from before) returns what was
  saved first for that step: one person answers each quiz or survey once per phase.

`submission_save` applies it; quizzes and surveys give it their own writes and lookups.
"""

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Protocol, TypeVar

from django.db import IntegrityError, transaction


class Saved(Protocol):
    participant_id: int
    answers_digest: str


S = TypeVar("S", bound=Saved)


class SubmissionConflict(Exception):
    """This key was already used with other answers (or by someone else): the first answers
    stand."""

    def __init__(self, saved: Saved):
        super().__init__("submission key reused with different answers")
        self.saved = saved


def answers_digest(
    answers: Mapping[str, str | frozenset[str] | tuple[str, ...] | list[str]],
) -> str:
    """A fingerprint of a set of answers (chosen keys, or a text), equal for equal answers
    whatever their order."""
    canonical = json.dumps(
        {key: value if isinstance(value, str) else sorted(value) for key, value in answers.items()},
        sort_keys=True,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def submission_save(
    *,
    participant_id: int,
    digest: str,
    write: Callable[[], S],
    saved_with_key: Callable[[], S | None],
    saved_for_step: Callable[[], S],
    before: Callable[[], None] | None = None,
) -> tuple[S, bool]:
    """Run `before` (checks that may raise) and `write` in one transaction; returns what is saved
    and whether it is new, by the rule above.

    `write` inserts the submission first (its key and its participant's step are unique), then
    its answers and whatever must commit with them. `saved_with_key` finds a submission by the
    same key; `saved_for_step` the participant's submission for the same step.
    """
    try:
        with transaction.atomic():
            if before is not None:
                before()
            return write(), True
    except IntegrityError:
        existing = saved_with_key()
        if existing is None:
            return saved_for_step(), False
        if existing.participant_id != participant_id or existing.answers_digest != digest:
            raise SubmissionConflict(existing) from None
        return existing, False
