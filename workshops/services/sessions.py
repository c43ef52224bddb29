"""Writes for sessions: plan (only for a campaign the trainer belongs to), edit, open with a join
code (pinning the version of the content it asks), close, and record the headcount (held back for
review when far above the plan)."""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from workshops import audit, join_codes, outbox, snippets
from workshops.models import (
    Attendance,
    CampaignPage,
    FigureKind,
    Group,
    Session,
    SessionModule,
    SessionState,
    Venue,
    WorkshopModulePage,
)
from workshops.selectors import trainer_plans_for
from workshops.services.reviews import figure_review_note

# With 2^40 codes and at most a few thousand sessions open at once, a collision is already
# unlikely; a handful of retries makes failure practically impossible.
JOIN_CODE_ATTEMPTS = 8


class SessionStateError(ValidationError):
    """The session is not in a state that allows this action (for example, closing it twice)."""


@dataclass(frozen=True)
class SessionPlan:
    """What a trainer decides when planning a session (and may change until it closes)."""

    campaign: CampaignPage
    modules: Sequence[WorkshopModulePage]
    venue: Venue
    group_name: str
    scheduled_start: datetime
    audience: str
    age_band: str
    language: str
    expected_size: int


@dataclass(frozen=True)
class HeadcountRow:
    role: str
    gender: str
    age_band: str
    count: int


def _group_ensure(*, venue: Venue, name: str, size: int | None) -> Group:
    group, created = Group.objects.get_or_create(
        venue=venue, name=name.strip(), defaults={"size": size}
    )
    if not created and size and group.size != size:
        group.size = size
        group.save(update_fields=["size"])
    return group


def _modules_pin(session: Session, modules: Sequence[WorkshopModulePage]) -> None:
    """Point the session at its modules and at the revision of each that is live now."""
    session.session_modules.exclude(module__in=[module.pk for module in modules]).delete()
    for order, module in enumerate(modules):
        SessionModule.objects.update_or_create(
            session=session,
            module=module,
            defaults={"revision_id": module.live_revision_id, "sort_order": order},
        )


def _modules_check(campaign: CampaignPage, modules: Sequence[WorkshopModulePage]) -> None:
    if not modules:
        raise ValidationError({"modules": _("Choose at least one module.")})
    foreign = [module for module in modules if not module.is_descendant_of(campaign)]
    if foreign:
        # A dict of messages drops params: interpolate in the inner error.
        message = ValidationError(
            _("Choose modules of the campaign %(campaign)s; these are not: %(titles)s."),
            params={
                "campaign": campaign.title,
                "titles": ", ".join(module.title for module in foreign),
            },
        )
        raise ValidationError({"modules": message})


def _campaign_check(trainer: AbstractBaseUser, campaign: CampaignPage) -> None:
    """A trainer plans sessions only for the campaigns they were made a trainer of."""
    if not trainer_plans_for(trainer=trainer, campaign=campaign):
        message = ValidationError(
            _(
                "You are not a trainer of the campaign %(campaign)s, so you cannot plan its "
                "sessions. Ask an administrator to add you to its trainers."
            ),
            params={"campaign": campaign.title},
        )
        raise ValidationError({"campaign": message})


def _plan_apply(session: Session, plan: SessionPlan) -> Session:
    if session.pk is None or plan.campaign.pk != session.campaign_id:
        _campaign_check(session.trainer, plan.campaign)
    _modules_check(plan.campaign, plan.modules)
    if session.pk is None or not session.can_be_counted:
        # Until the session starts its plan may change; from then on its figures are checked
        # against this size, whatever the expected size becomes.
        session.planned_size = plan.expected_size
    session.campaign = plan.campaign
    session.venue = plan.venue
    session.group = _group_ensure(venue=plan.venue, name=plan.group_name, size=plan.expected_size)
    session.scheduled_start = plan.scheduled_start
    session.audience = plan.audience
    session.age_band = plan.age_band
    session.language = plan.language
    session.expected_size = plan.expected_size
    session.save()
    _modules_pin(session, plan.modules)
    return session


# `by` is the person who makes a change, for the audit log (None: the system, such as the demo).
Actor = AbstractBaseUser | None


@transaction.atomic
def session_create(*, trainer: AbstractBaseUser, plan: SessionPlan, by: Actor = None) -> Session:
    session = _plan_apply(Session(trainer=trainer), plan)
    audit.session_log(
        session=session, action=audit.CREATE, by=by, data={"plan": audit.session_plan(session)}
    )
    return session


@transaction.atomic
def session_update(*, session: Session, plan: SessionPlan, by: Actor = None) -> Session:
    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.is_closed:
        raise SessionStateError(_("A closed session can no longer be edited."))
    before = audit.session_plan(session)
    session = _plan_apply(session, plan)
    if changes := audit.plan_changes(before, audit.session_plan(session)):
        audit.session_log(session=session, action=audit.EDIT, by=by, data={"changes": changes})
    # Its place, date or audience may have changed: so do the cells it is counted in.
    outbox.session_change_announce(session_id=session.pk, reason="edited")
    return session


def session_open(*, session: Session, by: Actor = None) -> Session:
    """Open a planned session: give it a join code that no other open session has."""
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if session.is_open:
            return session
        if not session.is_planned:
            raise SessionStateError(_("A closed session cannot be opened again."))
        session.state = SessionState.OPEN
        session.opened_at = timezone.now()
        # Pre and post ask the same questions, whatever editors publish meanwhile.
        session.content_pins = snippets.live_pins(session)
        for _attempt in range(JOIN_CODE_ATTEMPTS):
            session.join_code = join_codes.code_generate()
            try:
                with transaction.atomic():
                    session.save(
                        update_fields=[
                            "state",
                            "opened_at",
                            "join_code",
                            "content_pins",
                            "updated_at",
                        ]
                    )
                break
            except IntegrityError:
                continue
        else:
            raise RuntimeError("no free join code after several attempts")
        # What the trainer teaches from now on is what participants are measured against.
        _modules_pin(
            session, [sm.module for sm in session.session_modules.select_related("module")]
        )
        audit.session_log(
            session=session, action=audit.OPEN, by=by, data={"join_code": session.join_code}
        )
    return session


def session_content_pin(*, session: Session, variant) -> int | None:
    """The revision of this translation of a quiz or survey that the session asks; one not
    pinned yet (first published, or first asked, after the session opened) is pinned now at its
    live revision, so that the rest of the session asks the same. A planned session pins
    nothing: it asks the live revision. None for a translation neither pinned nor published."""
    asked = snippets.asked_revision_id(session, variant)
    pinned = snippets.pinned_revision_id(session, variant)
    if session.is_planned or asked is None or pinned is not None:
        return asked
    key = snippets.pin_key(variant)
    with transaction.atomic():
        locked = Session.objects.select_for_update().only("pk", "content_pins").get(pk=session.pk)
        pins = locked.content_pins or {}
        if key not in pins:  # else another request pinned it first: ask that one
            pins[key] = asked
            locked.content_pins = pins
            locked.save(update_fields=["content_pins"])
    session.content_pins = pins
    return pins[key]


def session_content_repin(*, session: Session, by: Actor = None) -> Session:
    """Move an open session that nobody has answered yet to the latest version of its modules,
    quizzes and surveys; once someone answered, it keeps the version they answered."""
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if not session.is_open:
            raise SessionStateError(
                _("Only an open session can move to the latest version of its content.")
            )
        if snippets.content_answered(session):
            raise SessionStateError(
                _(
                    "Someone has already answered, so this session keeps the version it opened "
                    "with: before and after must ask the same questions."
                )
            )
        session.content_pins = snippets.live_pins(session)
        session.save(update_fields=["content_pins", "updated_at"])
        _modules_pin(
            session, [sm.module for sm in session.session_modules.select_related("module")]
        )
        audit.session_log(session=session, action=audit.CONTENT_LATEST, by=by)
    return session


def session_close(*, session: Session, by: Actor = None) -> Session:
    """Close a session: its join code stops working at once. Closing twice changes nothing."""
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if session.is_closed:
            return session
        session.state = SessionState.CLOSED
        session.closed_at = timezone.now()
        session.save(update_fields=["state", "closed_at", "updated_at"])
        outbox.session_change_announce(session_id=session.pk, reason="closed")
        audit.session_log(session=session, action=audit.CLOSE, by=by)
    return session


def session_post_test_open(*, session: Session, by: Actor = None) -> Session:
    """Let the participants of an open session take the post-test (the workshop is over).

    Pre-tests are no longer offered from then on: someone who joins late has already heard the
    workshop, and their "before" answers would not be.
    """
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if not session.is_open:
            raise SessionStateError(_("Only an open session can start its post-test."))
        if session.post_test_opened_at is None:
            session.post_test_opened_at = timezone.now()
            session.save(update_fields=["post_test_opened_at", "updated_at"])
            audit.session_log(session=session, action=audit.POST_TEST_OPEN, by=by)
    return session


def headcount_merge(rows: Iterable[HeadcountRow]) -> dict[tuple[str, str, str], int]:
    """Add up rows that describe the same role, gender and age band; drop empty ones."""
    totals: Counter = Counter()
    for row in rows:
        if row.count < 0:
            raise ValidationError(_("A headcount cannot be negative."))
        totals[(row.role, row.gender, row.age_band)] += row.count
    return {cell: count for cell, count in totals.items() if count}


@transaction.atomic
def attendance_record(
    *,
    session: Session,
    rows: Iterable[HeadcountRow],
    expected_size: int | None = None,
    by: Actor = None,
) -> list[Attendance]:
    """Replace the session's headcount with these rows, checked against the expected size.

    When more people came than planned, the trainer corrects the expected size in the same step.
    A total far above what the session was planned for is saved, but counts only once a
    coordinator approves it (`figure_review_note`).
    """
    session = Session.objects.select_for_update().get(pk=session.pk)
    size_before = session.expected_size
    if expected_size is not None and expected_size != session.expected_size:
        session.expected_size = expected_size
        session.save(update_fields=["expected_size", "updated_at"])
    if not session.can_be_counted:
        raise SessionStateError(_("The session has not started yet: count people once it has."))
    cells = headcount_merge(rows)
    total = sum(cells.values())
    if total == 0:
        raise ValidationError(_("Enter at least one person."))
    if total > session.expected_size:
        raise ValidationError(
            _(
                "You counted %(total)s people but expected %(expected)s. Check the numbers, or "
                "raise the expected number if more people came."
            ),
            params={"total": total, "expected": session.expected_size},
        )
    before = {(row.role, row.gender, row.age_band): row.count for row in session.attendance.all()}
    session.attendance.all().delete()
    attendance = Attendance.objects.bulk_create(
        Attendance(session=session, role=role, gender=gender, age_band=age_band, count=count)
        for (role, gender, age_band), count in cells.items()
    )
    review = figure_review_note(session=session, kind=FigureKind.HEADCOUNT, figure=total)
    outbox.session_change_announce(session_id=session.pk, reason="headcount")
    if before != cells or size_before != session.expected_size:
        change = {"before": audit.headcount_rows(before), "after": audit.headcount_rows(cells)}
        if size_before != session.expected_size:
            change["expected_size"] = {"old": size_before, "new": session.expected_size}
        if review is not None and review.is_waiting:
            change["held"] = True
        audit.session_log(session=session, action=audit.HEADCOUNT, by=by, data=change)
    return attendance


@transaction.atomic
def session_delete(*, session: Session, by: Actor = None) -> None:
    """Delete a session that was planned and never held; held sessions are closed, not deleted."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    if not session.is_planned:
        raise SessionStateError(_("Only a planned session can be deleted; close this one instead."))
    campaign_id, venue_id = session.campaign_id, session.venue_id
    # The entry keeps what the session was: the log has no foreign key to it.
    audit.session_log(
        session=session,
        action=audit.DELETE,
        by=by,
        data={"plan": audit.session_plan(session)},
        deleted=True,
    )
    session.delete()
    # A started session may have had a headcount: count its campaign at its venue again.
    outbox.session_deletion_announce(campaign_id=campaign_id, venue_id=venue_id)
