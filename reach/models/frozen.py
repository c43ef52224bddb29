"""What the recount still needs from a session whose participant data was deleted.

Once the retention period is over (`reach.retention`), a session's participants, attempts and
survey responses are deleted. Its quiz and survey rollup rows are kept as they are; its headcount
and paper tallies stay (they are aggregates); and who joined is kept here, as counts per role,
gender and age band, so that the session and its group still count the same people.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from workshops.models.choices import AgeBand, Audience, Gender


class FrozenJoinCount(models.Model):
    """How many participants of one role, gender and age band had joined a session when its
    participant data was deleted."""

    session = models.ForeignKey("workshops.Session", on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=32, choices=Audience.choices)
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices)
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices)
    count = models.PositiveIntegerField(_("joined with the code"))

    class Meta:
        verbose_name = _("frozen join count")
        verbose_name_plural = _("frozen join counts")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "role", "gender", "age_band"], name="frozen_join_count_once"
            ),
            models.CheckConstraint(
                condition=models.Q(count__gt=0), name="frozen_join_count_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.session_id}: {self.count} {self.role}/{self.gender}/{self.age_band}"
