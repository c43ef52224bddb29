"""The report's tables as CSV and XLSX, the way donors' spreadsheets read them.

Every text cell is neutralised: one that a spreadsheet would run as a formula (it starts with =,
+, -, @, a tab or a carriage return) is written with a leading apostrophe, so a venue named
"=HYPERLINK(...)" stays text. Hidden figures are written as they are shown: "<5".
"""

import csv
import io
import re
from dataclasses import dataclass
from urllib.parse import quote

from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from reach.privacy import masked_shown
from reach.selectors import Report
from workshops.spreadsheets import cell_neutralize


@dataclass
class ExportTable:
    name: str  # in export links: letters, digits and hyphens
    title: str
    headers: list[str]
    rows: list[list]
    sheet: str = ""  # a short name in the reader's language: the XLSX sheet, the file name

    @property
    def short(self) -> str:
        return self.sheet or self.name


# What Excel refuses in a sheet name, besides more than 31 characters.
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_LENGTH = 31


def sheet_titles(names: list[str]) -> list[str]:
    """Sheet names Excel accepts, in order: at most 31 characters, none of [ ] : * ? / \\, no
    apostrophe first or last, and unique whatever their case (a number is added)."""
    titles, used = [], set()
    for name in names:
        base = " ".join(SHEET_FORBIDDEN.sub(" ", name).split()).strip("'").strip() or "-"
        title, number = base[:SHEET_LENGTH].rstrip(), 2
        while title.casefold() in used:
            suffix = f" ({number})"
            title = base[: SHEET_LENGTH - len(suffix)].rstrip() + suffix
            number += 1
        used.add(title.casefold())
        titles.append(title)
    return titles


def download_disposition(*parts: str, extension: str) -> str:
    """A download's Content-Disposition, named from `parts` as the reader reads them (the
    campaign's title in their language, the table): an ASCII `filename` for every client, and
    the same name in UTF-8 as `filename*` (RFC 6266, RFC 5987) for those that read it."""
    words = " ".join(part for part in parts if part)
    unicode_name = slugify(words, allow_unicode=True) or "report"
    ascii_name = slugify(words) or "report"
    return (
        f'attachment; filename="{ascii_name}.{extension}"; '
        f"filename*=UTF-8''{quote(unicode_name)}.{extension}"
    )


def _rounded(value: float | None):
    return None if value is None else round(value, 1)


def _shown(value, hidden: bool):
    """A figure as exported: hidden ones (`reach.privacy`) as "<K", never a number."""
    return masked_shown() if hidden else value


def report_tables(report: Report) -> list[ExportTable]:
    """Every table of the report, with the numbers as the page shows them."""
    tables = [
        ExportTable(
            "targets",
            _("People reached against the targets"),
            [_("Audience"), _("People reached"), _("Target"), _("Share of the target (%)")],
            [
                [row.label, _shown(row.people, row.hidden), row.target, row.percent]
                for row in report.targets
            ],
            _("Targets"),
        )
    ]
    for breakdown in report.breakdowns.values():
        rows = [
            [row.label, _shown(row.people, row.hidden), _shown(row.attendances, row.hidden)]
            for row in breakdown.rows
        ]
        total = breakdown.total
        rows.append(
            [
                total.label,
                _shown(total.people, total.hidden),
                _shown(total.attendances, total.hidden),
            ]
        )
        tables.append(
            ExportTable(
                breakdown.export_name,
                _("Reach by %(dimension)s") % {"dimension": breakdown.title.lower()},
                [breakdown.title, _("People reached"), _("Attendances")],
                rows,
                breakdown.title,
            )
        )
    tables.append(
        ExportTable(
            "knowledge",
            _("Knowledge before and after"),
            [
                _("Quiz"),
                _("Modules"),
                _("Pre-tests"),
                _("Post-tests"),
                _("Paper sheets before"),
                _("Paper sheets after"),
                _("Mean before (%)"),
                _("Mean after (%)"),
                _("Pass rate (%)"),
                _("Matched pairs"),
                _("Match rate (%)"),
                _("Gain on matched pairs (points)"),
            ],
            [
                [
                    quiz.title,
                    ", ".join(quiz.modules),
                    *(
                        _shown(value, quiz.hidden)
                        for value in (
                            quiz.pre_attempts,
                            quiz.post_attempts,
                            quiz.pre_paper,
                            quiz.post_paper,
                            _rounded(quiz.pre_mean),
                            _rounded(quiz.post_mean),
                            _rounded(quiz.pass_rate),
                            quiz.pairs,
                            _rounded(quiz.match_rate),
                            _rounded(quiz.gain),
                        )
                    ),
                ]
                for quiz in report.knowledge
            ],
            _("Quizzes"),
        )
    )
    tables.append(
        ExportTable(
            "questions",
            _("Correct answers per question"),
            [
                _("Quiz"),
                _("Question"),
                _("Answered before"),
                _("Correct before (%)"),
                _("Answered after"),
                _("Correct after (%)"),
                _("Paper sheets counted"),
                _("Wrong answer chosen most after"),
            ],
            [
                [
                    quiz.title,
                    question.text,
                    question.pre_answered,
                    question.pre_percent,
                    question.post_answered,
                    question.post_percent,
                    _("Yes") if question.paper_counted else _("No"),
                    question.misconception,
                ]
                for quiz in report.knowledge
                if not quiz.hidden
                for question in quiz.questions
            ],
            _("Questions"),
        )
    )
    when = {"pre": _("before"), "post": _("after")}  # as the page says it
    tables.append(
        ExportTable(
            "surveys",
            _("Survey answers"),
            [_("Survey"), _("When"), _("Responses"), _("Question"), _("Answer"), _("Chosen")],
            [
                [survey.title, when[survey.phase], survey.responses, question.text, label, count]
                for survey in report.surveys
                if not survey.hidden
                for question in survey.questions
                for label, count in question.choices
            ],
            _("Surveys"),
        )
    )
    return tables


def csv_bytes(table: ExportTable) -> bytes:
    """UTF-8 with a byte-order mark, which spreadsheet programs need to read accents right."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([cell_neutralize(header) for header in table.headers])
    for row in table.rows:
        writer.writerow([cell_neutralize(value) for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(tables: list[ExportTable]) -> bytes:
    """One sheet per table, headers in bold."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table, title in zip(tables, sheet_titles([table.short for table in tables]), strict=True):
        sheet = workbook.create_sheet(title=title)
        sheet.append([cell_neutralize(header) for header in table.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([cell_neutralize(value) for value in row])
        for column in sheet.columns:
            width = max(len(str(cell.value or "")) for cell in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width, 8) + 2, 60)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
