"""The token of the content cache (`workshops.content_cache`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentVersion(models.Model):
    """One row: a token that every change to what the participant flow reads of the content
    replaces, in the same transaction as the change (see `workshops.content_cache`)."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content versions")

    def __str__(self) -> str:
        return self.token
