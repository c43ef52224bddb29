"""Coordinator reports: what a coordinator sees, and what nobody else sees."""

import csv
import datetime as dt
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import Locale

from reach.exports import cell_neutralize
from reach.models import ReachCell
from reach.services.rebuild import rollups_rebuild
from tests.reach.world import World
from tests.workshops.factories import GroupFactory, SessionFactory, VenueFactory

pytestmark = pytest.mark.django_db


def report_url(world: World, **query) -> str:
    url = reverse("reports:campaign", args=[world.campaign.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


@pytest.fixture
def counted(world: World) -> World:
    """Class 7B (two sessions) and 9A counted by their trainers; rollups rebuilt."""
    world.headcount(0, [("students", "female", "10-13", 14), ("students", "male", "10-13", 12)])
    world.headcount(1, [("students", "female", "10-13", 15), ("teachers", "female", "18+", 2)])
    world.headcount(2, [("students", "female", "14-17", 9), ("students", "male", "14-17", 3)])
    rollups_rebuild()
    return world


def test_the_coordinator_sees_people_reached_by_audience_against_the_target(
    client, people, counted
):
    counted.campaign.audiences.update(target_reach=100)
    client.force_login(people.coordinator)
    response = client.get(report_url(counted))
    assert response.status_code == 200
    report = response.context["report"]
    # 7B counts once (15 girls at the follow-up, 12 boys), plus 9A's 12; teachers 2.
    assert report.total.people == 15 + 12 + 12 + 2
    assert report.total.attendances == 26 + 17 + 12
    students = next(row for row in report.targets if row.audience == "students")
    assert (students.people, students.target, students.percent) == (39, 100, 39)
    assert response["Cache-Control"].startswith("max-age=0")
    html = response.content.decode()
    assert "Refresh now" in html and "Figures from 3 sessions, refreshed" in html
    assert "<progress" in html and 'value="39"' in html


def test_a_coordinator_only_ever_sees_their_own_campaigns(client, people, counted):
    url = report_url(counted)
    client.force_login(people.other_coordinator)
    assert client.get(url).status_code == 404
    export = reverse("reports:campaign_export", args=[counted.campaign.slug, "by-venue", "csv"])
    assert client.get(export).status_code == 404
    assert (
        client.post(reverse("reports:campaign_refresh", args=[counted.campaign.slug])).status_code
        == 404
    )
    home = client.get(reverse("reports:home"), follow=True)
    assert counted.campaign.title not in home.content.decode()
    for user in (people.trainer, people.editor, people.nobody):
        client.force_login(user)
        assert client.get(url).status_code == 403
    client.logout()
    assert client.get(url).status_code == 302


def test_an_administrator_reads_every_campaign_once_whatever_its_translations(
    client, people, counted
):
    spanish = Locale.objects.get(language_code="es")
    counted.campaign.copy_for_translation(spanish, copy_parents=True)  # same slug, in Spanish
    client.force_login(people.admin)
    home = client.get(reverse("reports:home"))
    slugs = [campaign.slug for campaign, *_figures in home.context["rows"]]
    assert slugs == ["another", counted.campaign.slug]  # by title, each campaign once
    response = client.get(report_url(counted))
    assert response.status_code == 200
    assert response.context["report"].total.people == 41


def test_three_teenagers_are_combined_with_their_classmates_and_no_filter_finds_them(
    client, people, counted
):
    client.force_login(people.coordinator)
    report = client.get(report_url(counted)).context["report"]
    by_gender = {row.key: row.people for row in report.breakdowns["gender"].rows}
    # 9A's 3 boys gave up their gender, and took in the 9 girls of their class to make a group.
    assert by_gender == {"female": 15 + 2, "male": 12, None: 9 + 3}
    by_age = {row.key: row.people_shown for row in report.breakdowns["age_band"].rows}
    assert by_age == {"10-13": "27", "14-17": "12", "18+": "2"}, "2 teachers (adults) are shown"
    students = next(row for row in report.targets if row.audience == "students")
    assert students.people == 39, "the audience still counts everyone"

    narrowed = client.get(report_url(counted, age_band="14-17", gender="male"))
    assert narrowed.context["report"].breakdowns["venue"].rows == []
    assert narrowed.context["report"].total.people == 0
    html = narrowed.content.decode()
    assert "These filters leave out small groups" in html
    assert "<dd>3</dd>" not in html and "<dd>9</dd>" not in html


def test_a_small_group_is_combined_so_no_subtraction_of_filtered_figures_finds_it(
    client, people, world
):
    world.headcount(0, [("students", "female", "10-13", 3), ("students", "male", "10-13", 20)])
    world.headcount(2, [("students", "another", "14-17", 8)])
    rollups_rebuild()
    client.force_login(people.coordinator)
    rows = client.get(report_url(world)).context["report"].breakdowns["gender"].rows
    assert {row.key: row.people_shown for row in rows} == {"another": "8", None: "23"}
    assert [row.label for row in rows][-1] == "Small groups, combined"
    for gender in ("female", "male"):
        filtered = client.get(report_url(world, gender=gender)).context["report"]
        assert filtered.total.people == 0, "the 20 boys and 3 girls are one cell, told as one"


def test_filters_narrow_every_figure_to_one_locality(client, people, counted):
    client.force_login(people.coordinator)
    report = client.get(report_url(counted, locality="San Cristóbal")).context["report"]
    assert report.total.people == 12
    assert [row.label for row in report.breakdowns["venue"].rows] == ["Colegio San Blas"]
    assert report.filters.active


def test_a_period_that_ends_before_it_starts_is_explained_and_filters_nothing(
    client, people, counted
):
    client.force_login(people.coordinator)
    response = client.get(report_url(counted, month_from="2099-01", month_to="2000-01"))
    assert response.status_code == 200
    assert response.context["report"].total.people == 41
    assert "is not one of the available choices" in response.content.decode()


def test_a_period_given_backwards_is_explained_and_the_report_stays_whole(client, people, world):
    world.headcount(0, [("students", "female", "10-13", 14)])
    earlier = SessionFactory(
        campaign=world.campaign,
        venue=world.sessions[2].venue,
        scheduled_start=timezone.now() - dt.timedelta(days=62),
    )
    world.sessions.append(earlier)
    world.headcount(3, [("students", "male", "14-17", 9)])
    rollups_rebuild()
    months = sorted(
        {f"{month:%Y-%m}" for month in ReachCell.objects.values_list("month", flat=True)}
    )
    assert len(months) == 2
    client.force_login(people.coordinator)
    response = client.get(report_url(world, month_from=months[-1], month_to=months[0]))
    assert response.status_code == 200
    assert "The period ends before it starts" in response.content.decode()
    assert response.context["report"].total.people == 14 + 9


def test_refresh_now_counts_changes_the_workers_have_not_absorbed_yet(
    client, people, counted, django_capture_on_commit_callbacks
):
    counted.join(2, "students", "female", "14-17")  # no on-commit refresh ran for it
    client.force_login(people.coordinator)
    response = client.get(report_url(counted))
    assert "1 change is being counted" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reports:campaign_refresh", args=[counted.campaign.slug]), follow=True
        )
    assert "Refreshing" in response.content.decode()
    assert response.context["report"].freshness.waiting == 0


def test_exported_tables_hold_the_figures_of_the_page_with_formulas_neutralised(
    client, people, world
):
    trap = VenueFactory(name='=HYPERLINK("http://evil.example","Click")', locality="-2+3")
    session = SessionFactory(
        campaign=world.campaign,
        venue=trap,
        group=GroupFactory(venue=trap, name="@risk"),
        scheduled_start=timezone.now(),
    )
    world.sessions.append(session)
    world.headcount(3, [("teachers", "male", "18+", 7)])
    rollups_rebuild()
    client.force_login(people.coordinator)
    url = reverse("reports:campaign_export", args=[world.campaign.slug, "by-venue", "csv"])
    response = client.get(url)
    assert 'filename="golondrina-venue.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Venue", "People reached", "Attendances"]
    assert rows[1][0] == "'" + trap.name and rows[1][1:] == ["7", "7"]
    workbook = load_workbook(
        io.BytesIO(
            client.get(
                reverse("reports:campaign_export", args=[world.campaign.slug, "all", "xlsx"])
            ).content
        )
    )
    sheet = workbook["Locality"]
    assert sheet["A2"].value == "'-2+3" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == 7
    assert "Quizzes" in workbook.sheetnames and "Surveys" in workbook.sheetnames


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+31 20", "'+31 20"),
        ("-sum", "'-sum"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("Santa Fe", "Santa Fe"),
        (-3, -3),
        (2.5, 2.5),
        (None, ""),
    ],
)
def test_spreadsheet_cells_never_start_a_formula(value, written):
    assert cell_neutralize(value) == written


def test_an_unknown_table_or_format_is_not_found(client, people, counted):
    client.force_login(people.coordinator)
    slug = counted.campaign.slug
    assert (
        client.get(reverse("reports:campaign_export", args=[slug, "nope", "csv"])).status_code
        == 404
    )
    assert (
        client.get(reverse("reports:campaign_export", args=[slug, "by-venue", "pdf"])).status_code
        == 404
    )


def test_the_report_runs_the_same_queries_whatever_the_amount_of_data(
    client, people, world, django_assert_num_queries
):
    client.force_login(people.coordinator)
    world.join(0, "students", "female", "10-13")
    world.submit(0, "pre", 1)
    world.submit(0, "post", 0)
    world.respond(0, "4")
    rollups_rebuild()
    # The site's navigation is cached from the first page on, and the figures computed from the
    # rollups alone are kept until the next refresh: only what is the reader's is read again.
    client.get(report_url(world))
    with django_assert_num_queries(KEPT_REPORT_QUERIES):
        response = client.get(report_url(world))
    assert response.context["report"].knowledge[0].hidden, "one child: too few to show"
    for session in range(3):
        for gender in ("female", "male", "not_stated"):
            world.join(session, "students", gender, "10-13")
            world.join(session, "students", gender, "10-13")
    for participant in range(1, 19):
        world.submit(participant, "pre", participant % 3)
        world.submit(participant, "post", 0)
        world.respond(participant, "4")
    world.paper(2, "post", 5, 4)
    world.headcount(2, [("teachers", "male", "18+", 3), ("students", "male", "14-17", 20)])
    rollups_rebuild()
    with django_assert_num_queries(REPORT_QUERIES):  # the refresh renewed what was kept
        response = client.get(report_url(world, locality="Santa Fe"))
    assert response.context["report"].knowledge[0].post_attempts == 13
    client.get(report_url(world))  # the first unfiltered view since the refresh keeps its sums
    with django_assert_num_queries(KEPT_REPORT_QUERIES):
        response = client.get(report_url(world))
    assert response.context["report"].knowledge[0].post_attempts == 19


# Session, user and groups (3), campaign and its targets (2), venues, filter values, the
# campaign's reach cells (every breakdown adds them up), freshness (2), knowledge (5), surveys (3),
# the figures waiting for review, the site and locale of the page (2), the campaign's name in the
# page's language (its modules' come with the knowledge queries).
REPORT_QUERIES = 25
# The unfiltered report once its figures are kept (reach.selectors.kept): less the campaign's
# reach, quiz and survey cells and the question, choice and survey answer sums.
KEPT_REPORT_QUERIES = 19


@pytest.mark.parametrize(
    ("language", "people_reached"),
    [("es", "Personas alcanzadas"), ("ro", "Persoane sensibilizate")],
)
def test_the_report_speaks_the_coordinators_language(
    client, people, counted, settings, language, people_reached
):
    client.force_login(people.coordinator)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    html = client.get(report_url(counted)).content.decode()
    assert f'lang="{language}"' in html
    assert people_reached in html
    assert "People reached" not in html


SVG_NUMBERS = re.compile(r'\b(x|y|x1|y1|x2|y2|width|height|viewBox)="([^"]*)"')


@pytest.mark.parametrize("language", ["en", "es", "ro", "fr"])
def test_the_charts_draw_in_every_language(client, people, counted, settings, language):
    # Browsers and WeasyPrint drop an SVG attribute written with a decimal comma ("0,31"), and
    # with it the chart.
    client.force_login(people.coordinator)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    html = client.get(report_url(counted)).content.decode()
    charts = re.findall(r"<svg\b.*?</svg>", html, flags=re.S)
    assert any("column-chart__bar" in chart for chart in charts)
    for chart in charts:
        for name, value in SVG_NUMBERS.findall(chart):
            for number in value.split():
                assert re.fullmatch(r"-?\d+(\.\d+)?", number), (language, name, value)
