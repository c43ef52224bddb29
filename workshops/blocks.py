"""StreamField blocks for workshop modules, manuals and campaign pages.

Each block has its own template under templates/blocks/ and a preview value, so that editors see
it in the block picker. Templates receive `audience` in their context: "participant" on a
handout, where facilitator notes must never appear, "facilitator" everywhere else.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "blocks/section.html"
        description = _("A heading and formatted text.")
        preview_value = {
            "heading": "What is a safe adult?",
            "text": "<p>A safe adult listens, believes you and helps you get support.</p>",
        }


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    duration_minutes = blocks.IntegerBlock(label=_("duration in minutes"), min_value=1)
    materials = blocks.ListBlock(
        blocks.CharBlock(label=_("material"), max_length=120),
        label=_("materials"),
        required=False,
        default=[],
    )
    steps = blocks.ListBlock(
        blocks.TextBlock(label=_("step")),
        label=_("steps"),
        min_num=1,
    )

    class Meta:
        icon = "time"
        label = _("Activity")
        template = "blocks/activity.html"
        description = _("A timed activity with its materials and numbered steps.")
        preview_value = {
            "title": "The body map",
            "duration_minutes": 15,
            "materials": ["Large paper", "Markers"],
            "steps": [
                "Draw the outline of a body on the paper.",
                "Mark in green the places where a friendly touch is fine.",
                "Talk about who may and may not touch the other places.",
            ],
        }


class DiscussionPromptBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("question"))
    follow_ups = blocks.ListBlock(
        blocks.CharBlock(label=_("follow-up question"), max_length=200),
        label=_("follow-up questions"),
        required=False,
        default=[],
    )

    class Meta:
        icon = "help"
        label = _("Discussion prompt")
        template = "blocks/discussion_prompt.html"
        description = _("A question for the group, with optional follow-up questions.")
        preview_value = {
            "question": "What could Ana do if the message makes her uncomfortable?",
            "follow_ups": ["Who could she tell?", "What should she not do?"],
        }


class FacilitatorNoteBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("note"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Facilitator note")
        template = "blocks/facilitator_note.html"
        description = _("Guidance for the trainer. Never shown on a participant handout.")
        preview_value = {
            "text": "<p>Some participants may share a personal story. Thank them, and talk "
            "with them privately after the session.</p>",
        }


class HelplineBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("helpline"), max_length=120)
    phone = blocks.CharBlock(label=_("phone"), max_length=40)
    hours = blocks.CharBlock(label=_("hours"), max_length=80, required=False)

    class Meta:
        icon = "mail"
        label = _("Referral contact")


class SafeguardingNoteBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)
    contacts = blocks.ListBlock(HelplineBlock(), label=_("referral contacts"), min_num=1)

    class Meta:
        icon = "warning"
        label = _("Safeguarding note")
        template = "blocks/safeguarding_note.html"
        description = _("What to do if someone discloses harm, and who to call.")
        preview_value = {
            "text": "<p>If a child tells you about abuse, listen calmly and call for help.</p>",
            "contacts": [{"name": "Línea 141 (ICBF)", "phone": "141", "hours": "24 hours"}],
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("An image with alternative text and an optional caption.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(label=_("link text"), max_length=120, required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document link")
        template = "blocks/document_link.html"
        description = _("A link to download a document: a worksheet, a poster, a form.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"
        description = _("An embedded video, with a plain link for slow connections.")


class WorkshopContentBlock(blocks.StreamBlock):
    """What a module's body, a manual's chapter or a campaign's story is made of."""

    section = SectionBlock()
    activity = ActivityBlock()
    discussion_prompt = DiscussionPromptBlock()
    facilitator_note = FacilitatorNoteBlock()
    safeguarding_note = SafeguardingNoteBlock()
    image = ImageBlock()
    document_link = DocumentLinkBlock()
    video = VideoBlock()


class ChapterBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("chapter title"), max_length=160)
    content = WorkshopContentBlock(label=_("content"))

    class Meta:
        icon = "doc-full"
        label = _("Chapter")
        template = "blocks/chapter.html"
        description = _("A chapter of a manual: a title and its content blocks.")
        preview_value = {
            "title": "Before the workshop",
            "content": [
                (
                    "section",
                    {
                        "heading": "Prepare the room",
                        "text": "<p>Arrange the chairs in a circle.</p>",
                    },
                ),
            ],
        }
