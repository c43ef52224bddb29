"""Spreadsheet cells that never run as formulas (DESIGN.md, section 5: exports neutralise them).

A text that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage
return) is written with a leading apostrophe, so a venue or a group named "=HYPERLINK(...)" stays
text. The reach reports' CSV and XLSX exports write every cell through `cell_neutralize`; Wagtail's
own admin exports (Reports → Site history, and any other listing a Wagtail view exports) through
`wagtail_exports_neutralize`.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_neutralize(text: str) -> str:
    """A text that no spreadsheet runs as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def cell_neutralize(value):
    """A value safe to put in a spreadsheet cell: numbers as numbers, texts never formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    return text_neutralize(str(value))


def wagtail_exports_neutralize() -> None:
    """Make every CSV and XLSX export of the Wagtail admin write its texts neutralised.

    Wagtail writes each exported value through `SpreadsheetExportMixin.preprocess_field_value`
    (its CSV rows and its XLSX cells alike) and leaves formulas to the spreadsheet program; its
    report views cannot be replaced (the admin's own URLs come before those of hooks). So the
    method is wrapped here, once: what it returns is written as before, except a text that would
    start a formula. Dates and numbers stay what they are.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    preprocess = SpreadsheetExportMixin.preprocess_field_value
    if getattr(preprocess, "neutralizes", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        written = preprocess(self, field, value, export_format)
        return text_neutralize(written) if isinstance(written, str) else written

    preprocess_field_value.neutralizes = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
