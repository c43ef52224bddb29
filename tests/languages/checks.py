"""What every page must get right in every language, as functions that return what is wrong.

- `svg_numbers_wrong`: an SVG coordinate written so that browsers and WeasyPrint drop it
  (a decimal comma: `x="0,31"`), and with it the chart.
- `msgids_left`: a sentence of our catalogues (locale/<lang>/LC_MESSAGES/django.po) shown in
  English on a page in another language.
- `names_wrong`: content (campaign, module, quiz) named in English where a translation exists, or
  its translated name missing.

Each takes the text a reader sees: `visible_text` for HTML, the cells of an export, the text of a
PDF.
"""

import functools
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
from django.conf import settings

# --- visible text -------------------------------------------------------------------------------

# Elements whose edges separate words; inline ones (a, strong, span...) join their text.
BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "button", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "label", "legend", "li", "main", "nav", "ol", "option",
    "p", "section", "select", "summary", "table", "tbody", "td", "textarea", "tfoot", "th",
    "thead", "title", "tr", "ul", "svg", "text", "tspan", "input", "img",
}  # fmt: skip
HIDDEN = {"script", "style", "template"}
READ_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
BUTTON_TYPES = {"submit", "button", "reset"}
SEPARATOR = "\n"


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.svgs: list[list[tuple[str, str, str]]] = []  # per <svg>: (tag, attribute, value)
        self.in_svg = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
            return
        attributes = dict(attrs)
        if tag == "svg":
            self.in_svg += 1
            if self.in_svg == 1:
                self.svgs.append([])
        if self.in_svg:
            self.svgs[-1].extend((tag, name, value or "") for name, value in attrs)
        if tag in BLOCKS:
            self.parts.append(SEPARATOR)
        if self.hidden:
            return
        for name in READ_ATTRIBUTES:
            if attributes.get(name):
                self.parts.extend((SEPARATOR, attributes[name], SEPARATOR))
        button = tag == "input" and (attributes.get("type") or "").lower() in BUTTON_TYPES
        if button and attributes.get("value"):
            self.parts.extend((SEPARATOR, attributes["value"], SEPARATOR))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "svg":
            self.in_svg -= 1

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if tag == "svg":
            self.in_svg = max(0, self.in_svg - 1)
        if tag in BLOCKS:
            self.parts.append(SEPARATOR)

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def normalized(text: str) -> str:
    """Runs of spaces within a line become one space; lines are kept (they separate blocks)."""
    lines = (re.sub(r"\s+", " ", line).strip() for line in text.split(SEPARATOR))
    return SEPARATOR.join(line for line in lines if line)


def html_read(html: str) -> tuple[str, list[list[tuple[str, str, str]]]]:
    """The visible text of a page (one block per line), and the attributes of each <svg> in it."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return normalized("".join(parser.parts)), parser.svgs


# --- SVG numbers --------------------------------------------------------------------------------

NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
LENGTH = re.compile(rf"{NUMBER}(?:px|%|em|ex|pt|mm|cm|in)?")
SINGLE = {
    "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy", "width",
    "height", "stroke-width", "font-size", "offset", "opacity", "fill-opacity", "stroke-opacity",
}  # fmt: skip
PATH_DATA = re.compile(rf"(?:[MmLlHhVvCcSsQqTtAaZz]|{NUMBER}|[\s,])*")
TRANSFORM = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\(([^)]*)\)")


def _numbers(text: str) -> list[str]:
    return [part for part in re.split(r"[\s,]+", text.strip()) if part]


def svg_value_wrong(name: str, value: str) -> bool:
    """Whether one SVG attribute that holds numbers holds something else (x="0,31")."""
    name, value = name.lower(), value.strip()
    if name in SINGLE:
        return not (value in ("", "auto", "none") or LENGTH.fullmatch(value))
    if name == "viewbox":
        numbers = _numbers(value)
        return len(numbers) != 4 or not all(re.fullmatch(NUMBER, n) for n in numbers)
    if name == "points":
        numbers = _numbers(value)
        # A decimal comma splits each number in two: a point's x and y no longer pair up.
        return len(numbers) % 2 == 1 or not all(re.fullmatch(NUMBER, n) for n in numbers)
    if name == "d":
        return not PATH_DATA.fullmatch(value)
    if name == "transform":
        rest = TRANSFORM.sub("", value)
        arguments = [n for _, args in TRANSFORM.findall(value) for n in _numbers(args)]
        return bool(rest.strip(" ,")) or not all(re.fullmatch(NUMBER, n) for n in arguments)
    return False


def svg_numbers_wrong(svgs: list[list[tuple[str, str, str]]]) -> list[str]:
    """Each attribute that should hold numbers and does not, as `<tag attribute="value">`."""
    return [
        f'<{tag} {name}="{value}">'
        for svg in svgs
        for tag, name, value in svg
        if svg_value_wrong(name, value)
    ]


def svg_file_read(text: str) -> list[list[tuple[str, str, str]]]:
    """The attributes of an SVG document (the session's QR code)."""
    return html_read(text)[1]


# --- our messages -------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%\([^)]*\)[-#0 +]*\d*(?:\.\d+)?[sdif]|%[sdif]|\{[^}]*\}|<[^>]+>")
MIN_WORDS = 3


def _fragments(msgid: str) -> list[str]:
    """The parts of a msgid a page shows word for word: split at placeholders and tags, kept
    when they have three words or more."""
    text = msgid.replace("%%", "%")
    parts = PLACEHOLDER.split(text)
    kept = []
    for part in parts:
        part = re.sub(r"\s+", " ", part).strip(" ")
        if len(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", part)) >= MIN_WORDS:
            kept.append(part)
    return kept


@functools.cache
def catalogue(language: str) -> tuple[tuple[str, str], ...]:
    """(fragment, msgid) of every msgid of ours that the language shows in other words: a msgid
    whose translation is the same text (a name, a word both languages share) is left out."""
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    same = set()
    msgids: dict[str, None] = {}
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        translations = [entry.msgstr, *entry.msgstr_plural.values()]
        if not entry.fuzzy and entry.msgid in translations:
            same.add(entry.msgid)
        msgids[entry.msgid] = None
        if entry.msgid_plural:
            if not entry.fuzzy and entry.msgid_plural in translations:
                same.add(entry.msgid_plural)
            msgids[entry.msgid_plural] = None
    found = []
    for msgid in msgids:
        if msgid in same:
            continue
        found.extend((fragment, msgid) for fragment in _fragments(msgid))
    return tuple(found)


@functools.cache
def _catalogue_pattern(language: str) -> re.Pattern:
    fragments = sorted({fragment for fragment, _ in catalogue(language)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(fragment) for fragment in fragments)
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])")


def msgids_left(text: str, language: str) -> list[str]:
    """The sentences of our catalogues that `text` shows in English (each once)."""
    if language == "en":
        return []
    found = []
    pattern = _catalogue_pattern(language)
    for line in text.split(SEPARATOR):
        position = 0
        while match := pattern.search(line, position):
            found.append(match.group(0))
            position = match.start() + 1
    return sorted(set(found))


# --- content names ------------------------------------------------------------------------------


def names_wrong(
    text: str, language: str, names: dict[str, dict[str, str]], shown: tuple[str, ...]
) -> list[str]:
    """What is wrong with the names of content on a page in `language`: a name in English where
    a translation exists (any kind of content), or a translated name missing (the kinds the page
    shows). `names` is {kind: {language: title}}."""
    flat = re.sub(r"\s+", " ", text)
    wrong = []
    for kind, titles in names.items():
        english, own = titles["en"], titles.get(language)
        if language != "en" and own and own != english and english in flat:
            wrong.append(f"{kind} named in English: {english!r}")
        if kind in shown and own and own not in flat:
            wrong.append(f"{kind} not named in {language}: {own!r} missing")
    return wrong
