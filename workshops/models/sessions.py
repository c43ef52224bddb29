"""Sessions: one delivery of workshop modules by a trainer, and the headcount it reached.

A session moves planned → open → closed. While it is open, its join code lets participants in;
the code is unique among open sessions only, so the code space is reused once sessions close.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from workshops import join_codes
from workshops.models.choices import AgeBand, Audience, Gender
from workshops.roles import TRAINERS


class SessionState(models.TextChoices):
    PLANNED = "planned", _("Planned")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class Session(models.Model):
    """One delivery of one or more modules at a venue, for one audience, age band and language."""

    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.PROTECT,
        related_name="workshop_sessions",
    )
    campaign = models.ForeignKey(
        "workshops.CampaignPage",
        verbose_name=_("campaign"),
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    modules = models.ManyToManyField(
        "workshops.WorkshopModulePage",
        through="SessionModule",
        verbose_name=_("modules"),
        related_name="sessions",
    )
    venue = models.ForeignKey(
        "workshops.Venue",
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    group = models.ForeignKey(
        "workshops.Group",
        verbose_name=_("group"),
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    scheduled_start = models.DateTimeField(_("scheduled start"))
    audience = models.CharField(_("audience"), max_length=32, choices=Audience.choices)
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    expected_size = models.PositiveIntegerField(
        _("expected number of people"),
        help_text=_("How many people you expect; the headcount is checked against it."),
    )
    planned_size = models.PositiveIntegerField(
        _("planned number of people"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "The expected number of people as planned before the session started. A headcount or "
            "paper tally far above it waits for a coordinator's review before it counts."
        ),
    )
    state = models.CharField(
        _("state"), max_length=8, choices=SessionState.choices, default=SessionState.PLANNED
    )
    join_code = models.CharField(_("join code"), max_length=8, blank=True, default="")
    opened_at = models.DateTimeField(_("opened at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    post_test_opened_at = models.DateTimeField(
        _("post-test opened at"),
        null=True,
        blank=True,
        help_text=_(
            "Participants take the post-test once the trainer opens it, after the workshop."
        ),
    )
    participant_data_purged_at = models.DateTimeField(
        _("participant data deleted at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the retention period deleted its participants, attempts and survey responses; "
            "its figures are kept in the reports."
        ),
    )
    # Read with the session on every participant request, so the version asked costs no query.
    content_pins = models.JSONField(
        _("pinned content"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_(
            "The revision of each translation of each quiz and survey the session asks, pinned "
            "when it opened: editors' later changes do not reach it."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["scheduled_start", "pk"]
        constraints = [
            # A code identifies one session while it is open; closed sessions free their code.
            models.UniqueConstraint(
                fields=["join_code"],
                condition=models.Q(state="open"),
                name="session_join_code_unique_while_open",
            ),
            models.CheckConstraint(
                condition=~models.Q(state="open") | ~models.Q(join_code=""),
                name="session_open_has_join_code",
            ),
        ]
        indexes = [models.Index(fields=["trainer", "state", "scheduled_start"])]

    def __str__(self) -> str:
        return f"{self.group.name} · {self.venue.name} · {self.scheduled_start:%Y-%m-%d}"

    @property
    def is_planned(self) -> bool:
        return self.state == SessionState.PLANNED

    @property
    def is_open(self) -> bool:
        return self.state == SessionState.OPEN

    @property
    def is_closed(self) -> bool:
        return self.state == SessionState.CLOSED

    @property
    def can_be_counted(self) -> bool:
        """A headcount makes sense once the session has started (or was opened)."""
        return not (self.is_planned and self.scheduled_start > timezone.now())

    @property
    def participant_cap(self) -> int:
        """How many people may join with the code: room for more than expected, not for a flood
        of made-up participants. Raising the expected size raises it."""
        return max(self.expected_size * 2, self.expected_size + 20)

    @property
    def size_for_review(self) -> int:
        """What the session's figures are checked against: the size it was planned for before it
        started (raising the expected size afterwards, as the headcount form allows, does not
        raise it), or its expected size when it was written without the services (bulk loads)."""
        return self.expected_size if self.planned_size is None else self.planned_size

    def figure_far_above_plan(self, figure: int) -> bool:
        """Whether a headcount or a number of answer sheets is far above what the session was
        planned for: more than twice the planned size and more than `FIGURE_REVIEW_MARGIN` above
        it, or more than `FIGURE_REVIEW_CEILING` whatever was planned. Such a figure is saved but
        counts only once a coordinator of the campaign approves it (`FigureReview`)."""
        size = self.size_for_review
        if figure > settings.FIGURE_REVIEW_CEILING:
            return True
        return figure > 2 * size and figure > size + settings.FIGURE_REVIEW_MARGIN

    @property
    def post_test_is_open(self) -> bool:
        return self.post_test_opened_at is not None

    @property
    def join_code_display(self) -> str:
        return join_codes.code_format(self.join_code) if self.join_code else ""

    @property
    def local_start(self):
        """The scheduled start in the venue's time zone, as trainers on site read it."""
        return self.scheduled_start.astimezone(self.venue.tzinfo)


class SessionModule(models.Model):
    """A module delivered in a session, pinned to the revision the trainer taught from."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="session_modules")
    module = models.ForeignKey(
        "workshops.WorkshopModulePage", on_delete=models.PROTECT, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("content revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("session module")
        verbose_name_plural = _("session modules")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "module"], name="session_module_once")
        ]

    def __str__(self) -> str:
        return f"{self.module.title} · {self.session}"


class Attendance(models.Model):
    """The trainer's headcount for one role, gender and age band in a session.

    The headcount is authoritative for reach: it counts people who took part on paper or without
    a phone as well as those who joined with the code.
    """

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendance")
    role = models.CharField(_("role"), max_length=32, choices=Audience.choices)
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices)
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices)
    count = models.PositiveIntegerField(_("people"))

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance records")
        ordering = ["role", "age_band", "gender"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "role", "gender", "age_band"], name="attendance_cell_once"
            ),
            models.CheckConstraint(condition=models.Q(count__gt=0), name="attendance_positive"),
        ]

    def __str__(self) -> str:
        return (
            f"{self.count}: {self.get_role_display()}, {self.get_gender_display()}, "
            f"{self.get_age_band_display()}"
        )


class CampaignCoordinator(models.Model):
    """Gives a member of the Coordinators group the sessions and reports of one campaign."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinator"),
        on_delete=models.CASCADE,
        related_name="coordinated_campaigns",
    )
    campaign = models.ForeignKey(
        "workshops.CampaignPage",
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="coordinators",
    )

    panels = [FieldPanel("user"), FieldPanel("campaign")]

    class Meta:
        verbose_name = _("campaign coordinator")
        verbose_name_plural = _("campaign coordinators")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "campaign"], name="coordinator_once_per_campaign"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.campaign}"


class CampaignTrainer(models.Model):
    """Lets a member of the Trainers group plan sessions of one campaign.

    The trainers' counterpart of `CampaignCoordinator`, and deliberately a model of its own rather
    than a role column on one membership table: the two grant different things (coordinators read
    a campaign's sessions and reports, trainers plan and run their own sessions), one person may
    hold both for a campaign, and every read of coordinators (sessions, reports, the API, free
    texts) stays as it is. A membership of any language version of the campaign counts: sessions
    point at the source page, memberships are matched by the page's translation key.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.CASCADE,
        related_name="trained_campaigns",
        # Only trainers can be chosen; the data migration that introduced memberships also
        # granted them to whoever already had sessions, trainer or not.
        limit_choices_to={"groups__name": TRAINERS},
    )
    campaign = models.ForeignKey(
        "workshops.CampaignPage",
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="trainers",
    )

    panels = [FieldPanel("user"), FieldPanel("campaign")]

    class Meta:
        verbose_name = _("campaign trainer")
        verbose_name_plural = _("campaign trainers")
        constraints = [
            models.UniqueConstraint(fields=["user", "campaign"], name="trainer_once_per_campaign")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.campaign}"
