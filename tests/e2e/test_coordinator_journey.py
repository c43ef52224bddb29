"""The coordinator: signs in, sees the figures of two school sessions in Bogotá come into the
report within seconds of the workshop's end, filters them by locality, and downloads them as CSV,
XLSX and PDF for the donors, which all say the same."""

import csv
import io
import re
import time

import openpyxl
import pytest
from django.utils import timezone
from pypdf import PdfReader

from tests.e2e.conftest import DESKTOP, JOURNEY, Browsers, follow, sign_in
from tests.reach.world import World
from tests.surveys.factories import SurveyFactory
from tests.workshops.factories import GroupFactory, SessionFactory, VenueFactory
from workshops.services import session_close, session_open, session_post_test_open

pytestmark = JOURNEY

# How long the report may take to show what the worker counted after the workshop.
FIGURES_WITHIN_SECONDS = 20

# Class 7B in Santa Fe: five phones, pre-tests 1/3, 2/3, 1/3, 2/3 and 1/3 right (47% on average),
# post-tests 2/3 each (67%): a gain of 20 points over five matched pairs. 30 people counted. Class
# 9A in San Cristóbal: five phones, 0/3 before, 1/3 after; 25 counted. Five phones a class: the
# scores of fewer than five children are never shown (reach/privacy.py).
SANTA_FE = {"people": 30, "joined": 5, "pre": 5, "post": 5, "before": 47, "after": 67, "gain": 20}
SANTA_FE_PAIRS = 5


@pytest.fixture
def two_schools(tree, quiz) -> World:
    """Two open sessions of the campaign, at schools in two localities of Bogotá."""
    sessions = []
    for name, locality, group in (
        ("Colegio Distrital Las Aguas", "Santa Fe", "7B"),
        ("Colegio San Blas", "San Cristóbal", "9A"),
    ):
        school = VenueFactory(name=name, locality=locality, city="Bogotá")
        session = SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            venue=school,
            group=GroupFactory(venue=school, name=group),
            scheduled_start=timezone.now(),
            expected_size=30,
        )
        sessions.append(session_post_test_open(session=session_open(session=session)))
    return World(tree.campaign, quiz, SurveyFactory(campaign=tree.campaign), sessions)


def workshops_take_place(world: World) -> None:
    """What the phones and the trainers send, through the same services as the views."""
    classes = [
        # (session, each phone's pre- and post-test as an answer set of tests.reach.world:
        # 0 = 2/3 right, 1 = 0/3, 2 = 1/3), and the headcount: girls, boys.
        (0, [(2, 0), (0, 0), (2, 0), (0, 0), (2, 0)], [16, 14]),
        (1, [(1, 2)] * 5, [12, 13]),
    ]
    for session, tests, (girls, boys) in classes:
        for pre, post in tests:
            person = len(world.participants)
            world.join(session, "students", "female", "10-13")
            world.submit(person, "pre", pre)
            world.submit(person, "post", post)
            world.respond(person, "5")
        world.headcount(
            session,
            [("students", "female", "10-13", girls), ("students", "male", "10-13", boys)],
        )
        session_close(session=world.sessions[session])


# --- the figures, read from each medium ------------------------------------------------------


def figures_in_text(people: str, joined: str, knowledge: str) -> dict[str, int]:
    """The figures of the report's people totals and knowledge row, in a page's or PDF's text."""
    tests = re.search(r"(\d+) · (\d+)", knowledge)
    means = re.search(r"(\d+)% → (\d+)%", knowledge)
    gain = re.search(r"([+-]\d+) points", knowledge)
    assert tests and means and gain, f"no knowledge figures in {knowledge!r}"
    return {
        "people": int(people.replace(",", "")),
        "joined": int(joined.replace(",", "")),
        "pre": int(tests[1]),
        "post": int(tests[2]),
        "before": int(means[1]),
        "after": int(means[2]),
        "gain": int(gain[1]),
    }


def figures_in_page(page) -> dict[str, int] | None:
    """The figures the report shows; None while it shows no quiz scores yet."""
    totals = page.locator(".report-totals dd").all_inner_texts()
    knowledge = page.locator(".report-table--knowledge tbody tr").all_inner_texts()
    return figures_in_text(totals[0], totals[2], knowledge[0]) if knowledge else None


def figures_in_rows(knowledge: list, locality: list) -> dict[str, int]:
    """From the knowledge table's quiz row and the locality table's row (CSV or XLSX)."""
    return {
        "people": int(locality[1]),
        "joined": None,  # not a column of the exports: they count people, tests and scores
        "pre": int(knowledge[2]),
        "post": int(knowledge[3]),
        "before": round(float(knowledge[6])),  # after the paper sheets, before and after
        "after": round(float(knowledge[7])),
        "gain": round(float(knowledge[11])),
    }


def download(page, link) -> bytes:
    with page.expect_download() as info:
        link.click()
    return info.value.path().read_bytes()


def export_link(page, name: str):
    """The download link of one table of the report, as filtered."""
    return page.locator(f".report-downloads a[href*='/export/{name}']")


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def wait_for_figures(people: Browsers, page, expected: dict[str, int]) -> float:
    """Reload the report until it shows the expected figures; how long that took."""
    start = time.monotonic()
    while True:
        shown = figures_in_page(page)
        if shown == expected:
            return time.monotonic() - start
        if time.monotonic() - start > FIGURES_WITHIN_SECONDS:
            pytest.fail(
                f"the report did not show {expected} within {FIGURES_WITHIN_SECONDS} s "
                f"(it shows {shown})",
                pytrace=False,
            )
        time.sleep(0.5)
        page.reload()


@pytest.mark.long
def test_coordinator_sees_the_figures_within_seconds_filters_by_locality_and_downloads_them(
    browsers, two_schools, people
):
    coordinator = browsers.open("coordinator", **DESKTOP)
    sign_in(browsers, coordinator, people.coordinator)
    follow(coordinator, coordinator.get_by_role("link", name="Reports"))
    browsers.check(coordinator)
    assert "No figures yet" in coordinator.locator("main").inner_text()

    # The workshops end; the worker counts them; the report shows them within seconds.
    workshops_take_place(two_schools)
    both = {
        "people": 55,
        "joined": 10,
        "pre": 10,
        "post": 10,
        "before": 23,
        "after": 50,
        "gain": 27,
    }
    took = wait_for_figures(browsers, coordinator, both)
    print(f"\nfigures in the report {took:.1f} s after the workshops ended")
    browsers.check(coordinator)
    browsers.screenshot(coordinator, "coordinator-report")

    # Santa Fe only.
    coordinator.locator(".report-filters summary").click()
    coordinator.locator(".report-filters").get_by_label("Locality").select_option("Santa Fe")
    follow(coordinator, coordinator.get_by_role("button", name="Apply filters"))
    browsers.check(coordinator)
    assert figures_in_page(coordinator) == SANTA_FE
    pairs = coordinator.locator(".report-table--knowledge tbody tr").first.inner_text()
    assert f"{SANTA_FE_PAIRS} pairs, 100% matched" in pairs

    # The same figures in the CSV files, the workbook and the donors' PDF.
    knowledge_csv = csv_rows(download(coordinator, export_link(coordinator, "knowledge.csv")))
    locality_csv = csv_rows(download(coordinator, export_link(coordinator, "by-locality.csv")))
    assert [row[0] for row in locality_csv[1:]] == ["Santa Fe", "Total"]
    assert figures_in_rows(knowledge_csv[1], locality_csv[1]) == {**SANTA_FE, "joined": None}
    assert int(knowledge_csv[1][9]) == SANTA_FE_PAIRS

    xlsx = download(
        coordinator, coordinator.get_by_role("link", name="Download every table (XLSX)")
    )
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx))
    knowledge_sheet = list(workbook["Quizzes"].values)
    locality_sheet = list(workbook["Locality"].values)
    assert figures_in_rows(knowledge_sheet[1], locality_sheet[1]) == {**SANTA_FE, "joined": None}

    follow(coordinator, coordinator.get_by_role("button", name="PDF for donors"))
    browsers.check(coordinator)  # the progress, followed in place by a script
    ready = coordinator.get_by_role("link", name="Download the PDF")
    ready.wait_for(timeout=30_000)
    browsers.check(coordinator)
    pdf = PdfReader(io.BytesIO(download(coordinator, ready)))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Locality: Santa Fe" in text
    people_reached = re.search(r"People reached\s+([\d,]+)\s+Attendances", text)
    joined = re.search(r"Joined with a phone\s+(\d+)", text)
    assert people_reached and joined, f"no people totals in the PDF:\n{text[:2000]}"
    learned = text.split("What they learned", 1)[-1]
    assert figures_in_text(people_reached[1], joined[1], learned) == SANTA_FE
    # The knowledge table fits the page, so a cell's small print may wrap onto two lines.
    assert f"{SANTA_FE_PAIRS} pairs, 100% matched" in " ".join(learned.split())
    browsers.every_page_checked()
