from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The site's front page, one per language: what the platform is and where each person goes."""

    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences under the title."),
    )
    body = RichTextField(_("body"), blank=True, features=["bold", "italic", "link", "ul", "h2"])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    # The home page sits directly under Wagtail's root; everything else hangs below it.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
