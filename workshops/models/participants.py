"""Participants: the anonymous people who join an open session with its code.

A participant is one person in one session and nothing more: role, age band, optional gender, the
language they chose and an optional self-generated identification code (SGIC) that lets a post-test
be matched with a pre-test without knowing who answered. Never a name, a contact, an IP address or
a user agent (a test checks the columns).

The cookie that remembers a participant on their phone holds their `cookie_key`, a random UUID,
never the sequential id, which would tell how many people joined and what the others' ids are.

A participant the trainer removed (`removed_at`: they joined but are not in the room) stays in the
table, shown as removed on the trainer's list, but counts nowhere: their cookie no longer works,
their place is free, and no figure counts them, their attempts or their responses.

A participant entered from paper (`from_paper`: the trainer typed in one answer sheet) is one
sheet, not a phone: its attempt or response counts like a phone's (scores, pairs by code, survey
results), but it never has a cookie, takes no place, and is not among who joined (the people on
paper are counted by the headcount, as the class tallies are).
"""

import hashlib
import hmac
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from workshops import join_codes
from workshops.models.choices import AgeBand, Audience, Gender


class Participant(models.Model):
    session = models.ForeignKey(
        "workshops.Session", on_delete=models.CASCADE, related_name="participants"
    )
    role = models.CharField(_("role"), max_length=32, choices=Audience.choices)
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices)
    gender = models.CharField(
        _("gender"), max_length=16, choices=Gender.choices, default=Gender.NOT_STATED
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    sgic = models.CharField(
        _("self-generated code"),
        max_length=5,
        blank=True,
        help_text=_("Built by the participant from stable answers; used only to match tests."),
    )
    join_key = models.UUIDField(
        _("join key"),
        unique=True,
        null=True,
        editable=False,
        help_text=_("Made when the join form is shown: sending it twice joins once."),
    )
    cookie_key = models.UUIDField(
        _("cookie key"),
        default=uuid.uuid4,
        unique=True,
        # Empty only in rows written without the ORM (the benchmark volume of past sessions),
        # whose participants never join from a phone.
        null=True,
        editable=False,
        help_text=_("Random: what the cookie remembering this participant on their phone holds."),
    )
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)
    from_paper = models.BooleanField(
        _("entered from a paper sheet"),
        default=False,
        # Also in the table: rows written without the ORM (the benchmark's bulk load) are phones.
        db_default=False,
        editable=False,
        help_text=_(
            "One answer sheet the trainer typed in: never a phone, so it has no cookie and is "
            "not among those who joined."
        ),
    )
    removed_at = models.DateTimeField(
        _("removed at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Set when the trainer removed this participant (not in the room): they no longer "
            "count, anywhere, and their place is free."
        ),
    )

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        indexes = [models.Index(fields=["session", "joined_at"])]

    def __str__(self) -> str:
        return f"#{self.pk} · {self.get_role_display()}, {self.get_age_band_display()}"

    @property
    def label(self) -> str:
        """Four characters that tell this participant from the others of their session on the
        trainer's list: a keyed hash of the id, which tells neither the id nor how many joined."""
        digest = hmac.new(
            settings.SECRET_KEY.encode(), f"participant-label:{self.pk}".encode(), hashlib.sha256
        ).digest()
        return "".join(join_codes.ALPHABET[byte % len(join_codes.ALPHABET)] for byte in digest[:4])
