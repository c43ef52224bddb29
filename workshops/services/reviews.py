"""Writes for figures held back for review: the services that record a figure call
`figure_review_note` in their transaction; a coordinator of the campaign approves or rejects it
with `figure_review_decide`."""

import uuid

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from workshops import audit, outbox
from workshops.models import FigureKind, FigureReview, ReviewState, Session
from workshops.selectors import figure_review_of, figure_reviewer


def figure_review_note(
    *,
    session: Session,
    kind: str,
    figure: int,
    quiz_key: uuid.UUID | None = None,
    phase: str = "",
    quiz_title: str = "",
) -> FigureReview | None:
    """Hold a figure just recorded back for review if it is far above what the session was
    planned for; returns its review (None: it counts at once).

    Call it inside the transaction that records the figure, with the session locked. A figure that
    is not far above clears any earlier review of it; the approved figure saved again keeps its
    approval; any other figure far above waits for a coordinator again.
    """
    review = figure_review_of(session=session, kind=kind, quiz_key=quiz_key, phase=phase)
    if not session.figure_far_above_plan(figure):
        if review is not None:
            review.delete()
        return None
    if review is not None and review.figure == figure and review.state != ReviewState.REJECTED:
        return review  # the same figure again: still waiting, or still approved
    review = review or FigureReview(session=session, kind=kind, quiz_key=quiz_key, phase=phase)
    review.quiz_title = quiz_title
    review.figure = figure
    review.planned_size = session.size_for_review
    review.state = ReviewState.WAITING
    review.recorded_at = timezone.now()
    review.decided_by = None
    review.decided_at = None
    review.reason = ""
    review.save()
    return review


class FigureReviewError(ValidationError):
    """The review cannot be decided as asked (already decided, or the figure changed since)."""


@transaction.atomic
def figure_review_decide(
    *,
    review_id: int,
    approve: bool,
    figure_seen: int,
    reason: str = "",
    by: AbstractBaseUser,
) -> FigureReview:
    """Approve a figure held back for review (it counts from now on: the session's figures are
    counted again) or reject it (it never counts; the trainer sees why). Only a coordinator of the
    session's campaign, or an administrator, decides, never the session's own trainer.

    `figure_seen` is the figure the reviewer read: if the trainer corrected it since, nothing is
    decided and the reviewer reads it again.
    """
    review = FigureReview.objects.filter(pk=review_id).select_related("session").first()
    if review is None:
        raise FigureReviewError(
            _("The trainer corrected this figure since: it no longer needs a review.")
        )
    session = (
        Session.objects.select_for_update().select_related("campaign").get(pk=review.session_id)
    )
    review = FigureReview.objects.select_for_update().filter(pk=review_id).first()
    if review is None:
        raise FigureReviewError(
            _("The trainer corrected this figure since: it no longer needs a review.")
        )
    if not figure_reviewer(user=by, session=session):
        raise PermissionDenied(
            _("Only a coordinator of the campaign, other than the session's trainer, decides.")
        )
    if review.figure != figure_seen:
        raise FigureReviewError(
            _("The trainer changed this figure to %(figure)s since you read it: review it again.")
            % {"figure": review.figure}
        )
    if not review.is_waiting:
        raise FigureReviewError(_("This figure was already decided on."))
    if review.kind == FigureKind.PAPER and session.participant_data_purged_at is not None:
        # Its quiz figures are frozen (reach.retention): approving could not change them.
        raise FigureReviewError(
            _(
                "This session's answers were deleted at the end of the retention period: its "
                "paper answers can no longer be counted."
            )
        )
    review.state = ReviewState.APPROVED if approve else ReviewState.REJECTED
    review.decided_by = by
    review.decided_at = timezone.now()
    review.reason = "" if approve else reason.strip()
    review.save(update_fields=["state", "decided_by", "decided_at", "reason"])
    audit.session_log(
        session=session,
        action=audit.FIGURE_APPROVE if approve else audit.FIGURE_REJECT,
        by=by,
        data={"figure": audit.figure_review_data(review)},
    )
    if approve:
        # The figure counts from now on: the session's cells are counted again, as after any change.
        outbox.session_change_announce(session_id=session.pk, reason="figure approved")
    return review
