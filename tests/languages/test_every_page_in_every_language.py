"""Every page, export and PDF in English, Spanish, Romanian and French (issue 24).

For each row of tests/languages/pages.py and each language: no server error and the answer the
person expects; every SVG number readable (no decimal comma); no sentence of our catalogues left
in English on a page in another language; the campaign, its modules and quizzes named in the
page's language where a translation exists, never in English.
"""

import csv
import io
import json
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.languages import checks
from tests.languages.pages import ROWS, SKIPPED, Row, Visit, export_urls, urls_to_cover, visitor
from tests.languages.world import LANGUAGES, NAMES
from workshops.models import Session

# The names a page is checked for: what the world translated.
CONTENT_NAMES = {
    kind: NAMES[kind] for kind in ("campaign", "partner", "module", "quiz", "survey", "manual")
}


def test_the_matrix_covers_every_url_page_type_and_snippet():
    covered = {name for row in ROWS for name in row.covers}
    missing = urls_to_cover() - covered
    assert missing == set(), (
        f"give these a row in tests/languages/pages.py (or a reason in SKIPPED): {sorted(missing)}"
    )
    gone = covered - urls_to_cover() - set(SKIPPED)
    assert gone == set(), f"these no longer exist: {sorted(gone)}"


def _texts_of(kind: str, response) -> tuple[str, list]:
    """The text a reader gets from an answer, and the SVG attributes in it."""
    body = b"".join(response) if response.streaming else response.content
    if kind == "html":
        return checks.html_read(body.decode())
    if kind == "svg":
        return "", checks.svg_file_read(body.decode())
    if kind == "json":
        return checks.normalized(checks.SEPARATOR.join(_json_strings(json.loads(body)))), []
    if kind == "csv":
        rows = csv.reader(io.StringIO(body.decode("utf-8-sig")))
        return checks.normalized(checks.SEPARATOR.join(c for row in rows for c in row)), []
    if kind == "xlsx":
        workbook = load_workbook(io.BytesIO(body), read_only=True)
        cells = [sheet.title for sheet in workbook.worksheets]
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells.extend(str(value) for value in row if isinstance(value, str))
        return checks.normalized(checks.SEPARATOR.join(cells)), []
    if kind == "pdf":
        reader = PdfReader(io.BytesIO(body))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        # A PDF breaks lines where the page does, hyphenating words: compare on one line.
        text = re.sub(r"[\u2010\u00ad-]\s*\n\s*", "", text)
        return " ".join(text.split()), []
    return "", []


def _json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _json_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _json_strings(item)]
    return []


def _faults(
    row: Row, language: str, kind: str, response, where: str, shown: tuple[str, ...]
) -> list[str]:
    """What is wrong with one answer in one language, each fault naming page and string."""
    text, svgs = _texts_of(kind, response)
    faults = [f"SVG number unreadable: {attribute}" for attribute in checks.svg_numbers_wrong(svgs)]
    charts = [svg for svg in svgs if any(n == "class" and "chart" in v for _t, n, v in svg)]
    if row.charts and kind == "html" and not charts:
        faults.append("no chart drawn")
    if row.messages_checked:
        left = checks.msgids_left(text, language)
        faults += [f"left in English: {msgid!r}" for msgid in left]
    names = CONTENT_NAMES
    if row.english_names_allowed:
        names = {kind: titles for kind, titles in names.items() if kind in shown}
    faults += checks.names_wrong(text, language, names, shown)
    if kind in ("csv", "xlsx") and any(cell in ("pre", "post") for cell in text.split("\n")):
        faults.append("a phase shown as its code ('pre'/'post')")
    return [f"{where}: {fault}" for fault in faults]


def _request(visit: Visit, row: Row, url: str):
    client = visitor(visit, row.who)
    data = row.data(visit) if row.data else {}
    if row.method == "post":
        return client.post(url, data)
    return client.get(url, data)


def _cases():
    for row in ROWS:
        for language in LANGUAGES:
            if language in row.languages:
                yield pytest.param(row, language, id=f"{row.id}-{language}")


@pytest.mark.django_db
@pytest.mark.parametrize(("row", "language"), list(_cases()))
def test_the_page_speaks_the_language(place, row, language, monkeypatch):
    visit = Visit(place, language, monkeypatch)
    if row.who in ("trainer", "coordinator"):
        # Staff read sessions held in their own language: the paper sheets are printed in the
        # session's language. Participants choose theirs (the cookie) in an English session.
        Session.objects.update(language=language)
    if row.prepare:
        row.prepare(visit)
    url = row.url(visit)
    response = _request(visit, row, url)
    where = f"{row.id} [{language}] {url}"
    assert response.status_code < 500, f"{where}: server error {response.status_code}"
    assert response.status_code == row.status, (
        f"{where}: {response.status_code} (expected {row.status}) {response.get('Location', '')}"
    )
    answers = [(row.kind, response, where, row.shows)]
    for kind, followed in row.follow(visit, response) if row.follow else []:
        followed_where = f"{where} -> {followed.request['PATH_INFO']}"
        assert followed.status_code == 200, f"{followed_where}: {followed.status_code}"
        answers.append((kind, followed, followed_where, row.shows if kind == "pdf" else ()))
    if row.kind == "exports":
        answers = []  # the report itself is a row of its own
        links = export_urls(response.content.decode())
        assert links, f"{where}: no export links found on the report"
        for link in links:
            export = visit.client.get(link)
            assert export.status_code == 200, f"{link} [{language}]: {export.status_code}"
            kind = link.rsplit(".", 1)[-1]
            shown = row.shows if link.endswith(("/all.xlsx", "/knowledge.csv")) else ()
            answers.append((kind, export, f"{row.id} [{language}] {link}", shown))
    faults = []
    for kind, answer, answer_where, shown in answers:
        if kind != "redirect":
            faults += _faults(row, language, kind, answer, answer_where, shown)
    assert faults == [], "\n".join(faults)
