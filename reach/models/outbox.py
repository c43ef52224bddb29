"""The aggregation outbox: which sessions have source data the rollups have not absorbed yet.

Every write that changes a session's figures (an attempt, a survey response, a headcount) adds a
row here in the same database transaction. The rows are the durable half of "refresh this session":
if the broker is down or a worker dies, the rows are still there for the sweep to find.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionChange(models.Model):
    session = models.ForeignKey(
        "workshops.Session", on_delete=models.CASCADE, related_name="pending_changes"
    )
    reason = models.CharField(_("reason"), max_length=16)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("session change")
        verbose_name_plural = _("session changes")
        indexes = [models.Index(fields=["session", "id"])]

    def __str__(self) -> str:
        return f"{self.session_id}: {self.reason}"
