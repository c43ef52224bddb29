"""The audit log of sessions: who planned, edited, opened, closed, counted or deleted a session,
who approved or rejected a figure held back for review, when, and what changed, kept in Wagtail's
log of non-page models (`ModelLogEntry`).

The services call `session_log` inside the transaction of the change they make, so a change that
is rolled back leaves no entry, and an entry outlives the session it describes. An entry holds
names, states and counts of the session, never anything about a participant (a removal names
the participant by the random label the trainer's list showed, and nothing else).
Administrators read the entries in the admin's Site history report; the formatters below turn
each one into a sentence in the reader's language (registered in `workshops/wagtail_hooks.py`).
"""

from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter, log
from wagtail.models import ModelLogEntry

from workshops import join_codes
from workshops.models import Attendance, FigureKind, FigureReview, Session

CREATE = "workshops.session.create"
EDIT = "workshops.session.edit"
OPEN = "workshops.session.open"
CLOSE = "workshops.session.close"
POST_TEST_OPEN = "workshops.session.post_test_open"
CONTENT_LATEST = "workshops.session.content_latest"
HEADCOUNT = "workshops.session.headcount"
DELETE = "workshops.session.delete"
PARTICIPANT_REMOVE = "workshops.session.participant_remove"
FIGURE_APPROVE = "workshops.session.figure_approve"
FIGURE_REJECT = "workshops.session.figure_reject"

# What a trainer decides when planning a session, in the order the session form asks for it.
PLAN_FIELDS = (
    "campaign",
    "modules",
    "venue",
    "group",
    "scheduled_start",
    "audience",
    "age_band",
    "language",
    "expected_size",
)
# Stored as codes, shown with their labels in the reader's language.
CHOICE_FIELDS = ("audience", "age_band", "language")

Cell = tuple[str, str, str]  # role, gender, age band


def session_plan(session: Session) -> dict:
    """What the session is planned as, in the words an administrator reads later: names rather
    than ids (a venue may be renamed, a session deleted), the start in the venue's time."""
    return {
        "campaign": session.campaign.title,
        "modules": [item.module.title for item in session.session_modules.select_related("module")],
        "venue": str(session.venue),
        "group": session.group.name,
        "scheduled_start": f"{session.local_start:%Y-%m-%d %H:%M} {session.venue.timezone}",
        "audience": session.audience,
        "age_band": session.age_band,
        "language": session.language,
        "expected_size": session.expected_size,
    }


def plan_changes(before: dict, after: dict) -> dict[str, dict]:
    """Each planned field that differs, with its old and new value."""
    return {
        name: {"old": before.get(name), "new": after.get(name)}
        for name in PLAN_FIELDS
        if before.get(name) != after.get(name)
    }


def headcount_rows(cells: dict[Cell, int]) -> list[dict]:
    """A headcount as rows of role, gender, age band and count, in a stable order."""
    return [
        {"role": role, "gender": gender, "age_band": age_band, "count": count}
        for (role, gender, age_band), count in sorted(cells.items())
        if count
    ]


def figure_review_data(review: FigureReview) -> dict:
    """A reviewed figure as the log keeps it: what it is, how many, against how many planned."""
    return {
        "kind": review.kind,
        "quiz": review.quiz_title,
        "phase": review.phase,
        "figure": review.figure,
        "planned_size": review.planned_size,
        "reason": review.reason,
    }


def session_log(
    *,
    session: Session,
    action: str,
    by: AbstractBaseUser | None,
    data: dict | None = None,
    deleted: bool = False,
) -> ModelLogEntry:
    """Record an action on a session, by a person (None: the system), inside the caller's
    transaction. Every entry names the session and its campaign, so it reads the same once the
    session is gone."""
    about = {
        "label": str(session),
        "campaign": session.campaign.title,
        "campaign_id": session.campaign_id,
    }
    return log(
        instance=session,
        action=action,
        user=by,
        data={"session": about, **(data or {})},
        deleted=deleted,
    )


# How the admin reads the entries.


def _shown(name: str, value) -> str:
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if name in CHOICE_FIELDS:
        return str(dict(Session._meta.get_field(name).choices).get(value, value))
    return str(value)


def _field_label(name: str) -> str:
    return str(Session._meta.get_field(name).verbose_name)


def _cell_label(cell: Cell) -> str:
    names = ("role", "gender", "age_band")
    return ", ".join(
        str(dict(Attendance._meta.get_field(name).choices).get(value, value))
        for name, value in zip(names, cell, strict=True)
    )


def _counts(rows: list[dict]) -> dict[Cell, int]:
    return {(row["role"], row["gender"], row["age_band"]): row["count"] for row in rows}


class SessionLogFormatter(LogFormatter):
    """Says what happened from the entry's data; falls back to the plain message for an entry
    whose data it cannot read."""

    def describe(self, data: dict) -> str:
        return str(self.message)

    def format_message(self, log_entry) -> str:
        try:
            return self.describe(log_entry.data)
        except (KeyError, TypeError, ValueError, AttributeError):
            return str(self.message)


class SessionPlanned(SessionLogFormatter):
    label = gettext_lazy("Session planned")
    message = gettext_lazy("Session planned")

    def describe(self, data: dict) -> str:
        plan = "; ".join(
            f"{_field_label(name)}: {_shown(name, data['plan'].get(name))}" for name in PLAN_FIELDS
        )
        return _("Session planned: %(plan)s") % {"plan": plan}


class SessionEdited(SessionLogFormatter):
    label = gettext_lazy("Session edited")
    message = gettext_lazy("Session edited")

    def describe(self, data: dict) -> str:
        changes = "; ".join(
            f"{_field_label(name)}: {_shown(name, change['old'])} → {_shown(name, change['new'])}"
            for name, change in data["changes"].items()
        )
        return _("Session edited: %(changes)s") % {"changes": changes}


class SessionOpened(SessionLogFormatter):
    label = gettext_lazy("Session opened")
    message = gettext_lazy("Session opened")

    def describe(self, data: dict) -> str:
        return _("Session opened with the join code %(code)s") % {
            "code": join_codes.code_format(data["join_code"])
        }


class SessionClosed(SessionLogFormatter):
    label = gettext_lazy("Session closed")
    message = gettext_lazy("Session closed")


class PostTestOpened(SessionLogFormatter):
    label = gettext_lazy("Post-test opened")
    message = gettext_lazy("Post-test opened")


class ContentMovedToLatest(SessionLogFormatter):
    label = gettext_lazy("Moved to the latest version of its content")
    message = gettext_lazy("Moved to the latest version of its content")


class HeadcountChanged(SessionLogFormatter):
    label = gettext_lazy("Headcount changed")
    message = gettext_lazy("Headcount changed")

    def describe(self, data: dict) -> str:
        before, after = _counts(data["before"]), _counts(data["after"])
        parts = []
        if not before:
            cells = "; ".join(f"{_cell_label(cell)}: {count}" for cell, count in after.items())
            parts.append(
                _("Headcount recorded: %(total)s people (%(cells)s)")
                % {"total": sum(after.values()), "cells": cells}
            )
        elif before != after:
            cells = "; ".join(
                f"{_cell_label(cell)}: {before.get(cell, 0)} → {after.get(cell, 0)}"
                for cell in sorted(before.keys() | after.keys())
                if before.get(cell, 0) != after.get(cell, 0)
            )
            parts.append(
                _("Headcount changed from %(old)s to %(new)s people: %(cells)s")
                % {"old": sum(before.values()), "new": sum(after.values()), "cells": cells}
            )
        if size := data.get("expected_size"):
            parts.append(
                _("expected number of people: %(old)s → %(new)s")
                % {"old": size["old"], "new": size["new"]}
            )
        if data.get("held"):
            parts.append(held_for_review())
        return "; ".join(parts) or str(self.message)


def held_for_review() -> str:
    """What an entry of a figure held back for review adds (headcounts, paper tallies)."""
    return _("far above the planned number of people: waiting for a coordinator's review")


class SessionDeleted(SessionLogFormatter):
    label = gettext_lazy("Session deleted")
    message = gettext_lazy("Session deleted")

    def describe(self, data: dict) -> str:
        return _("Session deleted (campaign %(campaign)s)") % {
            "campaign": data["session"]["campaign"]
        }


class ParticipantRemoved(SessionLogFormatter):
    label = gettext_lazy("Participant removed")
    message = gettext_lazy("Participant removed")

    def describe(self, data: dict) -> str:
        return _("Participant %(label)s removed; %(joined)s still joined") % {
            "label": data["participant"],
            "joined": data["joined"],
        }


def _figure_described(figure: dict) -> str:
    values = {
        "figure": figure["figure"],
        "planned": figure["planned_size"],
        "quiz": figure["quiz"],
        "phase": _shown_phase(figure["phase"]),
    }
    if figure["kind"] == FigureKind.PAPER:
        return (
            _("paper answers to %(quiz)s (%(phase)s): %(figure)s sheets, %(planned)s planned")
            % values
        )
    return _("headcount of %(figure)s people, %(planned)s planned") % values


def _shown_phase(phase: str) -> str:
    return str(dict(FigureReview._meta.get_field("phase").choices).get(phase, phase))


class FigureApproved(SessionLogFormatter):
    label = gettext_lazy("Figure approved")
    message = gettext_lazy("Figure approved")

    def describe(self, data: dict) -> str:
        return _("Approved the %(figure)s: it counts") % {
            "figure": _figure_described(data["figure"])
        }


class FigureRejected(SessionLogFormatter):
    label = gettext_lazy("Figure rejected")
    message = gettext_lazy("Figure rejected")

    def describe(self, data: dict) -> str:
        described = _("Rejected the %(figure)s: it does not count") % {
            "figure": _figure_described(data["figure"])
        }
        if reason := data["figure"].get("reason"):
            described += " (" + _("reason: %(reason)s") % {"reason": reason} + ")"
        return described


FORMATTERS = {
    CREATE: SessionPlanned,
    EDIT: SessionEdited,
    OPEN: SessionOpened,
    CLOSE: SessionClosed,
    POST_TEST_OPEN: PostTestOpened,
    CONTENT_LATEST: ContentMovedToLatest,
    HEADCOUNT: HeadcountChanged,
    DELETE: SessionDeleted,
    PARTICIPANT_REMOVE: ParticipantRemoved,
    FIGURE_APPROVE: FigureApproved,
    FIGURE_REJECT: FigureRejected,
}


def log_actions_register(actions, formatters: dict[str, type[LogFormatter]] = FORMATTERS) -> None:
    """Give Wagtail's log registry session actions, so entries can be saved and read (the apps
    above workshops register their own, e.g. quizzes' paper tallies)."""
    for action, formatter in formatters.items():
        actions.register_action(action)(formatter)
