"""The end of the retention period: participant data is deleted, the figures it made stay.

A session's participants, their quiz attempts and answers, and their survey responses (free texts
included) are deleted once the session, and every other session of its group, ended more than
`PARTICIPANT_DATA_RETENTION_DAYS` ago. A group is purged as a whole: it is one cohort, counted once
across its sessions.

Rollups are always recounted from the source, so the purge first freezes what a later recount
needs, all in one transaction under the lock of the venues involved: the group's sessions are
closed (nobody can join a purged session), their rollups refreshed, who joined them kept as counts
(`FrozenJoinCount`), the sessions marked purged, then the participant data deleted. Before the
transaction commits, a recount must still give every stored figure of those sessions and their
partitions, or nothing is deleted. From then on the recount carries the purged sessions' quiz and
survey rows over as stored; headcounts and paper tallies (aggregates, not participant data) stay,
and a late headcount correction still counts. Only counts are logged, never content.

Self-generated codes go much sooner: once a session ended more than
`PARTICIPANT_CODE_RETENTION_DAYS` ago, the code of each of its participants is erased
(`participant_codes_erase`). A code pairs a post-test with a pre-test within one session only, so a
session is erased on its own, in one transaction under the lock of its venue: its rollups are
refreshed, each pair its codes make is kept on the post-test (`Attempt.code_paired_pre`), the codes
are blanked, and a recount must still give every stored figure, or nothing is erased. From then on
the pairs are read as kept (`quizzes.selectors.prepost_code_pairs`).
"""

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, transaction
from django.db.models import Count, Exists, OuterRef
from django.utils import timezone

from quizzes.models import Answer, Attempt
from quizzes.selectors import prepost_code_pairs
from reach.models import FrozenJoinCount
from reach.recount import recount
from reach.services.rebuild import stored_differences
from reach.services.rollups import month_only_rows_keep, sessions_refresh, venues_lock
from surveys.models import Response, ResponseAnswer
from workshops.models import Participant, Session, SessionState
from workshops.services import session_close

logger = logging.getLogger(__name__)


class PurgeMismatch(RuntimeError):
    """A recount after the purge would have changed stored figures: the purge was rolled back."""


@dataclass
class Purge:
    """What a purge deleted (or, in a dry run, would delete): counts only. `kept` counts the
    groups that were due but kept, because of an error (logged)."""

    kept: int = 0
    groups: int = 0
    sessions: int = 0
    participants: int = 0
    attempts: int = 0
    answers: int = 0
    responses: int = 0
    response_answers: int = 0

    def add(self, other: "Purge") -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def retention_cutoff(*, now: dt.datetime | None = None) -> dt.datetime | None:
    """Sessions that ended before this have passed the retention period; None: kept forever."""
    return _cutoff("PARTICIPANT_DATA_RETENTION_DAYS", now)


def code_retention_cutoff(*, now: dt.datetime | None = None) -> dt.datetime | None:
    """Sessions that ended before this have their self-generated codes erased; None: kept (until
    the participant data goes)."""
    return _cutoff("PARTICIPANT_CODE_RETENTION_DAYS", now)


def _cutoff(name: str, now: dt.datetime | None) -> dt.datetime | None:
    """Sessions that ended before this have passed the period the setting `name` gives in days;
    None: 0 days, kept forever."""
    days = getattr(settings, name)
    if days < 0:
        raise ImproperlyConfigured(f"{name} cannot be negative.")
    if days == 0:
        return None
    return (now or timezone.now()) - dt.timedelta(days=days)


def _session_end(state, closed_at, scheduled_start, opened_at) -> dt.datetime:
    """When a session ended: when it was closed; one never closed ended when it started (or was
    opened, if later): a session left open for a year is over all the same."""
    if state == SessionState.CLOSED and closed_at is not None:
        return closed_at
    return max(scheduled_start, opened_at or scheduled_start)


def _groups_due(cutoff: dt.datetime, group_ids=None) -> dict[int, list[int]]:
    """The groups whose every session still holding participant data ended before the cutoff,
    with those sessions."""
    sessions = Session.objects.filter(participant_data_purged_at__isnull=True)
    if group_ids is not None:
        sessions = sessions.filter(group_id__in=group_ids)
    by_group: dict[int, list[tuple[int, dt.datetime]]] = defaultdict(list)
    for pk, group_id, *when in sessions.values_list(
        "pk", "group_id", "state", "closed_at", "scheduled_start", "opened_at"
    ):
        by_group[group_id].append((pk, _session_end(*when)))
    return {
        group_id: sorted(pk for pk, _end in ended)
        for group_id, ended in by_group.items()
        if all(end < cutoff for _pk, end in ended)
    }


def _participant_data(session_ids: list[int]) -> Purge:
    return Purge(
        sessions=len(session_ids),
        participants=Participant.objects.filter(session_id__in=session_ids).count(),
        attempts=Attempt.objects.filter(session_id__in=session_ids).count(),
        answers=Answer.objects.filter(attempt__session_id__in=session_ids).count(),
        responses=Response.objects.filter(session_id__in=session_ids).count(),
        response_answers=ResponseAnswer.objects.filter(
            response__session_id__in=session_ids
        ).count(),
    )


def group_purge(*, group_id: int, cutoff: dt.datetime) -> Purge | None:
    """Freeze the figures of a group's sessions and delete their participant data, in one
    transaction; None when the group is no longer due (a session was added or reopened)."""
    with transaction.atomic():
        venues = Session.objects.filter(group_id=group_id).values_list("venue_id", flat=True)
        venues_lock(set(venues))
        # Locked sessions take no new participant until the purge has committed.
        list(Session.objects.select_for_update().filter(group_id=group_id).values("pk"))
        session_ids = _groups_due(cutoff, [group_id]).get(group_id)
        if not session_ids:
            return None
        for session in Session.objects.filter(pk__in=session_ids).exclude(
            state=SessionState.CLOSED
        ):
            session_close(session=session)
        refreshed = sessions_refresh(session_ids=session_ids)
        # Question and choice figures are kept per month only, counted from the answers: the
        # sessions' share is written apart now, to be carried over once their answers are gone.
        month_only_rows_keep(refreshed)
        joined = (  # those the trainer removed never counted as joined
            Participant.objects.filter(
                session_id__in=session_ids, removed_at__isnull=True, from_paper=False
            )
            .values_list("session_id", "role", "gender", "age_band")
            .annotate(n=Count("pk"))
        )
        FrozenJoinCount.objects.bulk_create(
            FrozenJoinCount(
                session_id=session_id, role=role, gender=gender, age_band=age_band, count=n
            )
            for session_id, role, gender, age_band, n in joined
        )
        Session.objects.filter(pk__in=session_ids).update(participant_data_purged_at=timezone.now())
        deleted = _participant_data(session_ids)
        deleted.groups = 1
        Attempt.objects.filter(session_id__in=session_ids).delete()
        Response.objects.filter(session_id__in=session_ids).delete()
        Participant.objects.filter(session_id__in=session_ids).delete()
        if differences := stored_differences(recount(session_ids)):
            raise PurgeMismatch(f"a recount would change {differences}")
    return deleted


def participant_data_purge(*, dry_run: bool = False, now: dt.datetime | None = None) -> Purge:
    """Delete the participant data of every group past the retention period (one transaction
    per group); with `dry_run`, only count what would be deleted."""
    report = Purge()
    cutoff = retention_cutoff(now=now)
    if cutoff is None:
        return report
    for group_id, session_ids in sorted(_groups_due(cutoff).items()):
        if dry_run:
            found = _participant_data(session_ids)
            found.groups = 1
            report.add(found)
            continue
        try:
            deleted = group_purge(group_id=group_id, cutoff=cutoff)
        except (PurgeMismatch, DatabaseError) as error:
            # The class only: a database error's details may quote the rows it was about.
            reason = str(error) if isinstance(error, PurgeMismatch) else type(error).__name__
            logger.error("participant data of group %s kept: %s", group_id, reason)
            report.kept += 1
            continue
        if deleted is not None:
            report.add(deleted)
    if (report.sessions or report.kept) and not dry_run:
        logger.info("participant data past the retention period deleted: %s", asdict(report))
    return report


# --- Self-generated codes ---------------------------------------------------------------------


class CodeErasureMismatch(RuntimeError):
    """A recount after erasing the codes would have changed stored figures: rolled back."""


@dataclass
class CodeErasure:
    """What an erasure erased (or, in a dry run, would erase): counts only. `pairs` counts the
    pre/post pairs the codes made, kept without them; `kept` the sessions that were due but kept
    their codes, because of an error (logged)."""

    kept: int = 0
    sessions: int = 0
    codes: int = 0
    pairs: int = 0

    def add(self, other: "CodeErasure") -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def _sessions_with_codes_due(cutoff: dt.datetime, session_ids=None) -> list[int]:
    """The sessions that ended before the cutoff and still have a participant with a code."""
    coded = Participant.objects.filter(session_id=OuterRef("pk")).exclude(sgic="")
    sessions = Session.objects.filter(Exists(coded), participant_data_purged_at__isnull=True)
    if session_ids is not None:
        sessions = sessions.filter(pk__in=session_ids)
    return sorted(
        pk
        for pk, *when in sessions.values_list(
            "pk", "state", "closed_at", "scheduled_start", "opened_at"
        )
        if _session_end(*when) < cutoff
    )


def _codes_found(session_id: int) -> CodeErasure:
    return CodeErasure(
        sessions=1,
        codes=Participant.objects.filter(session_id=session_id).exclude(sgic="").count(),
        pairs=len(prepost_code_pairs(session_ids=[session_id])),
    )


def session_codes_erase(*, session_id: int, cutoff: dt.datetime) -> CodeErasure | None:
    """Keep the pairs a session's codes make and erase the codes, in one transaction; None when
    the session is no longer due (it was reopened, or its codes are gone)."""
    with transaction.atomic():
        venues_lock(set(Session.objects.filter(pk=session_id).values_list("venue_id", flat=True)))
        # A locked session takes no new participant until the erasure has committed.
        list(Session.objects.select_for_update().filter(pk=session_id).values("pk"))
        if not _sessions_with_codes_due(cutoff, [session_id]):
            return None
        # The stored figures are what the codes count now: the recount below compares with them.
        sessions_refresh(session_ids=[session_id])
        pairs = prepost_code_pairs(session_ids=[session_id])
        Attempt.objects.bulk_update(
            [Attempt(pk=post, code_paired_pre_id=pre) for post, pre in pairs],
            ["code_paired_pre"],
            batch_size=500,
        )
        codes = Participant.objects.filter(session_id=session_id).exclude(sgic="").update(sgic="")
        if differences := stored_differences(recount([session_id])):
            raise CodeErasureMismatch(f"a recount would change {differences}")
    return CodeErasure(sessions=1, codes=codes, pairs=len(pairs))


def participant_codes_erase(
    *, dry_run: bool = False, now: dt.datetime | None = None
) -> CodeErasure:
    """Erase the self-generated codes of every session that ended more than
    `PARTICIPANT_CODE_RETENTION_DAYS` ago, keeping the pairs they make (one transaction per
    session); with `dry_run`, only count what would be erased."""
    report = CodeErasure()
    cutoff = code_retention_cutoff(now=now)
    if cutoff is None:
        return report
    for session_id in _sessions_with_codes_due(cutoff):
        if dry_run:
            report.add(_codes_found(session_id))
            continue
        try:
            erased = session_codes_erase(session_id=session_id, cutoff=cutoff)
        except (CodeErasureMismatch, DatabaseError) as error:
            # The class only: a database error's details may quote the rows it was about.
            reason = str(error) if isinstance(error, CodeErasureMismatch) else type(error).__name__
            logger.error("self-generated codes of session %s kept: %s", session_id, reason)
            report.kept += 1
            continue
        if erased is not None:
            report.add(erased)
    if (report.sessions or report.kept) and not dry_run:
        logger.info("self-generated codes past their retention period erased: %s", asdict(report))
    return report
