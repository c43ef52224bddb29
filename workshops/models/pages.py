"""Workshop content as Wagtail pages.

The page tree, per language:

    HomePage                      one per locale, the root of its site tree
    └── CampaignIndexPage         "Campaigns"
        └── CampaignPage          Golondrina, Preventing Trafficking in Women and Children, ...
            ├── WorkshopModulePage    what a trainer teaches in one session
            └── ManualPage            a facilitator manual or a participant handout, with its PDF
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from workshops.blocks import ChapterBlock, WorkshopContentBlock
from workshops.models.choices import AgeBand, Audience
from workshops.private_files import private_file_response


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
    api_fields = [APIField("intro"), APIField("body")]

    # The home page sits directly under Wagtail's root; everything else hangs below it.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["workshops.CampaignIndexPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = CampaignIndexPage.objects.child_of(self).live().first()
        context["campaign_index"] = index_page
        context["campaigns"] = (
            CampaignPage.objects.child_of(index_page).live().select_related("hero_image")
            if index_page
            else CampaignPage.objects.none()
        )
        return context


class CampaignIndexPage(Page):
    """The list of campaigns, once per language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["workshops.HomePage"]
    subpage_types = ["workshops.CampaignPage"]
    # One list per home page: two would split the campaigns for no reason.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index")
        verbose_name_plural = _("campaign indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = (
            CampaignPage.objects.child_of(self).live().select_related("hero_image")
        )
        return context


class CampaignPage(Page):
    """An awareness campaign: where, with whom, for whom, and the modules and manuals it uses."""

    country = CountryField(_("country"))
    partner_organisation = models.CharField(_("partner organisation"), max_length=200, blank=True)
    period_start = models.DateField(_("start of the campaign"))
    period_end = models.DateField(
        _("end of the campaign"), null=True, blank=True, help_text=_("Empty while it runs.")
    )
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences, shown on the lists.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(WorkshopContentBlock(), verbose_name=_("story"), blank=True)
    disclosure_words = models.TextField(
        _("disclosure words"),
        blank=True,
        help_text=_(
            "One word or phrase per line. A survey's free-text answer that contains one is "
            "flagged for the session's trainer, with the referral contacts. Never shown publicly."
        ),
    )
    demo_data = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Its sessions and answers were made up: reports say so on every page."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("partner_organisation"),
        index.SearchField("body"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("partner_organisation"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Where and when"),
        ),
        InlinePanel("audiences", label=_("Audiences and target reach"), min_num=1),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("disclosure_words", heading=_("Safeguarding: disclosure words")),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("demo_data")]
    api_fields = [
        APIField("country"),
        APIField("partner_organisation"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("summary"),
        APIField("audiences"),
        APIField("body"),
    ]

    parent_page_types = ["workshops.CampaignIndexPage"]
    subpage_types = ["workshops.WorkshopModulePage", "workshops.ManualPage"]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if self.period_end and self.period_start and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The campaign cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().specific()
        context["modules"] = [page for page in children if isinstance(page, WorkshopModulePage)]
        context["manuals"] = [page for page in children if isinstance(page, ManualPage)]
        return context


class CampaignAudience(TranslatableMixin, Orderable):
    """One audience of a campaign, with how many people the campaign set out to reach."""

    page = ParentalKey(CampaignPage, related_name="audiences", on_delete=models.CASCADE)
    audience = models.CharField(_("audience"), max_length=32, choices=Audience.choices)
    target_reach = models.PositiveIntegerField(
        _("target reach"), null=True, blank=True, help_text=_("People the campaign aims to reach.")
    )

    panels = [FieldRowPanel([FieldPanel("audience"), FieldPanel("target_reach")])]
    api_fields = [APIField("audience"), APIField("target_reach")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class WorkshopModulePage(Page):
    """One workshop: what participants should take away, for whom, how long, and how to run it."""

    summary = models.TextField(_("summary"), max_length=600)
    audience = models.CharField(_("audience"), max_length=32, choices=Audience.choices)
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices)
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"))
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("objective"), max_length=250))],
        verbose_name=_("learning objectives"),
        help_text=_("What participants know or can do afterwards, one per line."),
    )
    materials = StreamField(
        [("material", blocks.CharBlock(label=_("material"), max_length=200))],
        verbose_name=_("materials"),
        blank=True,
    )
    body = StreamField(WorkshopContentBlock(), verbose_name=_("workshop plan"))

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("body"),
        index.FilterField("audience"),
        index.FilterField("age_band"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel(
            [FieldPanel("audience"), FieldPanel("age_band"), FieldPanel("duration_minutes")]
        ),
        FieldPanel("learning_objectives"),
        FieldPanel("materials"),
        FieldPanel("body"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("audience"),
        APIField("age_band"),
        APIField("duration_minutes"),
        APIField("learning_objectives"),
        APIField("materials"),
        APIField("body"),
    ]

    parent_page_types = ["workshops.CampaignPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("workshop module")
        verbose_name_plural = _("workshop modules")

    @property
    def campaign(self) -> "CampaignPage":
        return self.get_parent().specific


class ManualKind(models.TextChoices):
    FACILITATOR = "facilitator", _("Facilitator manual")
    HANDOUT = "handout", _("Participant handout")


class ManualPage(RoutablePageMixin, Page):
    """A manual in chapters, read on screen, printed, or downloaded as a PDF made when published.

    A participant handout never shows facilitator notes: not on screen, not in the PDF, not in the
    API.
    """

    kind = models.CharField(
        _("kind"), max_length=16, choices=ManualKind.choices, default=ManualKind.FACILITATOR
    )
    summary = models.TextField(_("summary"), max_length=600)
    chapters = StreamField([("chapter", ChapterBlock())], verbose_name=_("chapters"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("attached document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the same manual as an edited document (for example a Word file)."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("reader_text"),
        index.FilterField("kind"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("chapters"),
        FieldPanel("document"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        # A handout's chapters reach the API without facilitator notes, as on screen.
        APIField("chapters", serializer=serializers.ReadOnlyField(source="reader_chapters")),
    ]

    parent_page_types = ["workshops.CampaignPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("manual")
        verbose_name_plural = _("manuals")

    @property
    def audience(self) -> str:
        """Who reads this manual: decides whether facilitator notes appear."""
        return "participant" if self.kind == ManualKind.HANDOUT else "facilitator"

    @property
    def campaign(self) -> "CampaignPage":
        return self.get_parent().specific

    @property
    def reader_chapters(self) -> list[dict]:
        """The chapters as the API gives them, without facilitator notes on a handout."""
        chapters = self.chapters.stream_block.get_api_representation(self.chapters)
        if self.audience == "participant":
            for chapter in chapters:
                chapter["value"]["content"] = [
                    block
                    for block in chapter["value"]["content"]
                    if block["type"] != "facilitator_note"
                ]
        return chapters

    def reader_text(self) -> str:
        """The chapters' text as their reader sees it: a handout is not found by its notes."""
        block = self.chapters.stream_block
        if self.audience == "facilitator":
            return "\n".join(block.get_searchable_content(self.chapters))
        parts = []
        for chapter in self.chapters:
            parts.append(chapter.value["title"])
            for child in chapter.value["content"]:
                if child.block_type != "facilitator_note":
                    parts.extend(child.block.get_searchable_content(child.value))
        return "\n".join(parts)

    def pdf_filename(self) -> str:
        return f"{slugify(self.title) or 'manual'}-{self.locale.language_code}.pdf"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audience"] = self.audience
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """Download the manual as a PDF: the stored one, made when the page was published. The
        file is private (workshops/private_files.py): it is given out here, after Wagtail has
        applied the page's privacy, which also makes the answer uncacheable on a private page.
        While the live revision's PDF is being made, the previous revision's file is given (never
        cached, `Faro-Pdf-Revision: previous`), or without one a 503 asking to try again soon."""
        from workshops.services.manuals import PDF_RETRY_AFTER_SECONDS, manual_pdf_ensure

        if not self.live:
            raise Http404
        download = manual_pdf_ensure(page=self)
        if download.stored is None:
            # Being made by another request or the PDF worker, and no earlier one to give.
            response = TemplateResponse(
                request,
                "workshops/manual_pdf_pending.html",
                {"page": self, "retry_after": PDF_RETRY_AFTER_SECONDS},
                status=503,
            )
            response["Retry-After"] = str(PDF_RETRY_AFTER_SECONDS)
            response["Cache-Control"] = "no-store"
            return response
        response = private_file_response(
            request,
            name=download.stored.file.name,
            filename=self.pdf_filename(),
            content_type="application/pdf",
        )
        if download.current:
            response["Cache-Control"] = "public, max-age=300"
        else:
            # The previous revision's file while the live one is made: no cache may keep it.
            response["Cache-Control"] = "no-store"
            response["Faro-Pdf-Revision"] = "previous"
        return response


class ManualPdf(models.Model):
    """The PDF of a manual's live revision, made by a Celery task when the manual is published."""

    page = models.OneToOneField(ManualPage, on_delete=models.CASCADE, related_name="stored_pdf")
    revision_id = models.PositiveBigIntegerField(
        _("revision"), help_text=_("The published revision the PDF was made from.")
    )
    file = models.FileField(_("file"), upload_to="manuals/pdf/")
    size = models.PositiveIntegerField(_("size in bytes"))
    generated_at = models.DateTimeField(_("generated at"), auto_now=True)

    class Meta:
        verbose_name = _("manual PDF")
        verbose_name_plural = _("manual PDFs")

    def __str__(self) -> str:
        return self.file.name

    def is_current(self) -> bool:
        return self.revision_id == self.page.live_revision_id and self.file.storage.exists(
            self.file.name
        )
