"""Every StreamField block renders, with its template, for trainers and for participants."""

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail_factories import DocumentFactory, ImageFactory

from workshops import blocks

pytestmark = pytest.mark.django_db

PREVIEWED = [
    (blocks.SectionBlock, "A safe adult listens"),
    (blocks.ActivityBlock, "The body map"),
    (blocks.DiscussionPromptBlock, "What could Ana do"),
    (blocks.FacilitatorNoteBlock, "Some participants may share a personal story"),
    (blocks.SafeguardingNoteBlock, "Línea 141"),
    (blocks.ChapterBlock, "Before the workshop"),
]


@pytest.mark.parametrize(("block_class", "expected"), PREVIEWED)
def test_block_preview_renders_its_content(block_class, expected):
    block = block_class()

    html = block.render(block.get_preview_value(), context={"audience": "facilitator"})

    assert expected in html


def test_activity_lists_duration_materials_and_numbered_steps():
    block = blocks.ActivityBlock()

    html = block.render(block.get_preview_value())

    assert "15" in html
    assert "Markers" in html
    assert html.count("<li") >= 5
    assert "<ol" in html


def test_safeguarding_contacts_are_callable_links():
    block = blocks.SafeguardingNoteBlock()

    html = block.render(block.get_preview_value())

    assert 'href="tel:141"' in html


def test_facilitator_note_is_hidden_from_participants():
    block = blocks.FacilitatorNoteBlock()

    html = block.render(block.get_preview_value(), context={"audience": "participant"})

    assert html.strip() == ""


def test_image_block_renders_with_alternative_text_and_caption():
    block = blocks.ImageBlock()
    value = block.to_python(
        {"image": ImageFactory().pk, "alt_text": "Children in a circle", "caption": "Bogotá, 2019"}
    )

    html = block.render(value)

    assert 'alt="Children in a circle"' in html
    assert "Bogotá, 2019" in html


def test_document_link_block_links_to_the_document():
    document = DocumentFactory(title="Body map worksheet")
    block = blocks.DocumentLinkBlock()
    value = block.to_python({"document": document.pk, "label": ""})

    html = block.render(value)

    assert document.url in html
    assert "Body map worksheet" in html


def test_video_block_embeds_the_video_and_keeps_a_plain_link():
    url = "https://www.youtube.com/watch?v=golondrina"
    Embed.objects.create(
        hash=get_embed_hash(url, 800),
        url=url,
        max_width=800,
        type="video",
        html='<iframe title="Golondrina video"></iframe>',
    )
    block = blocks.VideoBlock()
    value = block.to_python({"video": url, "caption": "What a safe adult does"})

    html = block.render(value, context={"medium": "screen"})
    in_pdf = block.render(value, context={"medium": "pdf"})

    assert "<iframe" in html and f'href="{url}"' in html
    assert "<iframe" not in in_pdf and url in in_pdf


def test_every_content_block_has_a_template_and_an_icon():
    for name, block in blocks.WorkshopContentBlock().child_blocks.items():
        assert block.meta.template, name
        assert block.meta.icon, name
