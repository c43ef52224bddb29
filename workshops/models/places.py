"""Where sessions take place and whom they serve."""

import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def timezone_validate(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(value)s is not a known time zone."), params={"value": value})


class Venue(models.Model):
    """A school or community centre where sessions take place, located down to the locality.

    Reach reports count people by venue, locality and country; no participant is tied to a venue
    by more than the session they attended.
    """

    class Kind(models.TextChoices):
        SCHOOL = "school", _("School")
        COMMUNITY_CENTRE = "community_centre", _("Community centre")
        NGO_OFFICE = "ngo_office", _("NGO office")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.SCHOOL)
    locality = models.CharField(
        _("locality"),
        max_length=120,
        help_text=_("District, locality or neighbourhood, for example Santa Fe."),
    )
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default=settings.TIME_ZONE,
        validators=[timezone_validate],
        help_text=_("Session times at this venue are entered and shown in this time zone."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("locality"), FieldPanel("city"), FieldPanel("country")]),
        FieldPanel("timezone", widget=forms.Select(choices=timezone_choices)),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("locality"),
        index.SearchField("city"),
        index.FilterField("country"),
    ]

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["country", "city", "locality", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "locality", "city", "country"], name="venue_unique_per_place"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.locality}, {self.city})"

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


class Group(models.Model):
    """The cohort a session serves, such as class 7B at a school or the mothers of one centre.

    People reached count a group once, however many sessions it has had: follow-up sessions with
    the same group add attendances, not people.
    """

    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.PROTECT, related_name="groups"
    )
    name = models.CharField(
        _("name"), max_length=120, help_text=_("For example class 7B, or Tuesday mothers' group.")
    )
    size = models.PositiveIntegerField(
        _("size"), null=True, blank=True, help_text=_("How many people the group has.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        ordering = ["venue", "name"]
        constraints = [
            models.UniqueConstraint(fields=["venue", "name"], name="group_unique_per_venue")
        ]

    def __str__(self) -> str:
        return f"{self.name} · {self.venue.name}"
