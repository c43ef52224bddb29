"""Figures held back for a coordinator's review.

A trainer's headcount, or the number of paper answer sheets they counted, is the figure reach
reports trust most: it is what donors read. One far above what its session was planned for
(`Session.figure_far_above_plan`) is saved as the trainer typed it, with a `FigureReview` beside
it, and counts in no figure (rollups, reports, exports, the API, the live panel) while the review
waits or once it is rejected; approved, it counts like any other. The review belongs to the figure
as it is now: a correction to a figure that is not far above deletes it, a correction to another
figure far above asks again, and saving the approved figure again keeps the approval.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FigureKind(models.TextChoices):
    HEADCOUNT = "headcount", _("Headcount")
    PAPER = "paper", _("Paper answers")


class ReviewState(models.TextChoices):
    WAITING = "waiting", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class FigureReviewQuerySet(models.QuerySet):
    def held(self) -> "FigureReviewQuerySet":
        """Reviews whose figure does not count: waiting, or rejected."""
        return self.exclude(state=ReviewState.APPROVED)


class FigureReview(models.Model):
    """A coordinator's review of one figure of a session: its headcount, or its paper answer
    sheets of one quiz in one phase (quizzes are above this app: named by translation key)."""

    session = models.ForeignKey(
        "workshops.Session", on_delete=models.CASCADE, related_name="figure_reviews"
    )
    kind = models.CharField(_("figure"), max_length=16, choices=FigureKind.choices)
    quiz_key = models.UUIDField(_("quiz key"), null=True, blank=True)
    # The same words as quizzes' phases: a paper tally is of a pre-test or a post-test.
    phase = models.CharField(
        _("phase"),
        max_length=4,
        blank=True,
        default="",
        choices=[("pre", _("Pre-test")), ("post", _("Post-test"))],
    )
    quiz_title = models.CharField(_("quiz"), max_length=255, blank=True, default="")
    figure = models.PositiveIntegerField(_("number counted"))
    planned_size = models.PositiveIntegerField(_("planned number of people"))
    state = models.CharField(
        _("state"), max_length=8, choices=ReviewState.choices, default=ReviewState.WAITING
    )
    recorded_at = models.DateTimeField(_("recorded at"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True, default="", max_length=500)

    objects = FigureReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("figure review")
        verbose_name_plural = _("figure reviews")
        ordering = ["recorded_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session"],
                condition=models.Q(kind="headcount"),
                name="figure_review_one_headcount",
            ),
            models.UniqueConstraint(
                fields=["session", "quiz_key", "phase"],
                condition=models.Q(kind="paper"),
                name="figure_review_one_paper_tally",
            ),
            models.CheckConstraint(
                condition=models.Q(kind="headcount")
                | (models.Q(quiz_key__isnull=False) & ~models.Q(phase="")),
                name="figure_review_paper_names_its_quiz",
            ),
            models.CheckConstraint(
                condition=models.Q(state="waiting", decided_at__isnull=True)
                | (~models.Q(state="waiting") & models.Q(decided_at__isnull=False)),
                name="figure_review_decided_when",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.figure} · {self.get_state_display()}"

    @property
    def is_waiting(self) -> bool:
        return self.state == ReviewState.WAITING

    @property
    def is_rejected(self) -> bool:
        return self.state == ReviewState.REJECTED

    @property
    def counts(self) -> bool:
        return self.state == ReviewState.APPROVED
