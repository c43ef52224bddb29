"""The matrix's own checks find what a reader would: a chart that cannot draw, an English sentence
of ours on a Spanish page, content named in English."""

from tests.languages import checks


def test_a_decimal_comma_in_a_chart_is_found_and_a_readable_chart_passes():
    html = (
        '<svg viewBox="0 0 320 120"><rect x="0,31" y="4" width="12.5" height="100%"/>'
        '<polyline points="0,1 2,3 4"/><path d="M0 0L10.5 3Z"/>'
        '<g transform="translate(3.5 2)"><line x1="1" y1="2,5" x2="3" y2="4"/></g></svg>'
    )
    _text, svgs = checks.html_read(html)
    assert checks.svg_numbers_wrong(svgs) == [
        '<rect x="0,31">',
        '<polyline points="0,1 2,3 4">',
        '<line y1="2,5">',
    ]


def test_visible_text_skips_scripts_and_reads_labels_and_buttons():
    html = (
        "<title>T</title><script>var s = 'Hidden words here';</script>"
        '<p>Read the <a href="#">whole</a> text.</p><img alt="A picture of hands">'
        '<input type="submit" value="Send my answers"><input type="text" value="typed by you">'
    )
    text, _svgs = checks.html_read(html)
    assert "Hidden words" not in text
    assert "Read the whole text." in text.split("\n")
    assert "A picture of hands" in text and "Send my answers" in text
    assert "typed by you" not in text


def test_msgids_are_split_at_placeholders_and_short_ones_left_out():
    assert checks._fragments("Reach of %(campaign)s in %(year)s") == []
    assert checks._fragments("%(count)s people joined with a phone") == [
        "people joined with a phone"
    ]
    assert checks._fragments("Share of the target (%%)") == ["Share of the target (%)"]
    assert checks._fragments("Refresh now") == []


def test_content_named_in_english_on_a_spanish_page_is_found():
    names = {"quiz": {"en": "Trusted adults", "es": "Adultos de confianza"}}
    assert checks.names_wrong("Resultados: Trusted adults", "es", names, ("quiz",)) == [
        "quiz named in English: 'Trusted adults'",
        "quiz not named in es: 'Adultos de confianza' missing",
    ]
    assert checks.names_wrong("Resultados: Adultos de confianza", "es", names, ("quiz",)) == []
