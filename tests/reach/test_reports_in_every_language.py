"""Reports, exports, the donor PDF and the API as a coordinator reads them in English, Spanish,
Romanian and French: content named in the reader's language, figures that say what they count,
dates that read the same in every language, download names in the reader's language."""

import csv
import datetime as dt
import io
from html import escape
from urllib.parse import unquote

import pytest
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from wagtail.models import Locale

from reach import pdf
from reach.exports import SHEET_FORBIDDEN, sheet_titles
from reach.forms import report_filtered
from reach.services.rebuild import rollups_rebuild
from reach.services.tokens import api_token_create
from tests.content import Tree, quiz_build, tree_build
from tests.reach.world import World, world_build
from tests.shared_data import building, content_token_renew, copied, module_transaction, order_guard
from tests.workshops.factories import SessionFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "ro", "fr")
# What each language's translations of the content say; English is the source.
NAMES = {
    "en": {
        "campaign": "Golondrina",
        "partner": "Renacer Foundation",
        "module": "My body is mine",
        "quiz": "Trusted adults quiz",
        "survey": "After the workshop",
        "after": "after",
    },
    "es": {
        "campaign": "Golondrina: cuidarnos",
        "partner": "Fundación Renacer Colombia",
        "module": "Mi cuerpo es mío",
        "quiz": "Cuestionario de adultos de confianza",
        "survey": "Después del taller",
        "after": "después",
    },
    "ro": {
        "campaign": "Rândunica: grija față de noi",
        "partner": "Asociația Țară și Școală",
        "module": "Corpul meu îmi aparține",
        "quiz": "Chestionar despre adulții de încredere",
        "survey": "După atelier",
        "after": "după",
    },
    "fr": {
        "campaign": "Hirondelle : prendre soin",
        "partner": "Association Élan",
        "module": "Mon corps m'appartient",
        "quiz": "Questionnaire sur les adultes de confiance",
        "survey": "Après l'atelier",
        "after": "après",
    },
}
LONG_QUIZ = {
    "en": "What to do when someone you trust asks you to keep a secret that makes you uneasy",
    "es": "Qué hacer cuando alguien de confianza te pide guardar un secreto que te incomoda",
    "ro": "Ce faceți când cineva de încredere vă cere să păstrați un secret care vă neliniștește",
    "fr": "Que faire quand une personne de confiance vous demande de garder un secret gênant",
}


def translate_page(page, language: str, **fields):
    translated = page.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    )
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def translate_snippet(item, language: str, title: str):
    translated = item.copy_for_translation(Locale.objects.get(language_code=language))
    translated.title = title
    translated.save()
    return translated


def translated_build() -> tuple[Tree, World]:
    """The campaign, its module, quiz and survey in Spanish, Romanian and French; five adults
    answered on phones in 7B's first session, and paper sheets came from 9A: 6 before, 5 after."""
    tree = tree_build()
    world = world_build(tree, quiz_build(tree))
    world.campaign.partner_organisation = NAMES["en"]["partner"]
    world.campaign.save_revision().publish()
    for model, title in ((world.quiz, "quiz"), (world.survey, "survey")):
        type(model).objects.filter(pk=model.pk).update(title=NAMES["en"][title])
        model.refresh_from_db()
    for language in ("es", "ro", "fr"):
        names = NAMES[language]
        translate_page(
            world.campaign,
            language,
            title=names["campaign"],
            partner_organisation=names["partner"],
        )
        translate_page(tree.module, language, title=names["module"])
        translate_snippet(world.quiz, language, names["quiz"])
        translate_snippet(world.survey, language, names["survey"])
    for _person in range(5):
        world.join(0, "teachers", "female", "18+")
    for person in range(5):
        world.submit(person, "pre", 1)
        world.submit(person, "post", 0)
        world.respond(person, "4")
    world.paper(2, "pre", 6, 2)
    world.paper(2, "post", 5, 4)
    rollups_rebuild()
    return tree, world


@pytest.fixture(scope="module")
def _translated_once(request, django_db_setup, django_db_blocker) -> tuple[Tree, World]:
    """The translated world, built once for the module's tests that read it (`translated`;
    tests/shared_data.py): each of them gets a copy of its objects, as they were after the build."""
    with module_transaction(request, django_db_blocker):
        with building(django_db_blocker):
            built = translated_build()
        yield built


@pytest.fixture
def _translated_copy(_translated_once, db) -> tuple[Tree, World]:
    content_token_renew()
    return copied(_translated_once)


@pytest.fixture
def tree(request, db) -> Tree:
    """The translated world's tree for the tests that read the world (`people` then builds on
    it); a tree of its own for any other test, as everywhere."""
    if "translated" in request.fixturenames:
        return request.getfixturevalue("_translated_copy")[0]
    return tree_build()


@pytest.fixture
def translated(_translated_copy) -> World:
    """The campaign, its module, quiz and survey in Spanish, Romanian and French; five adults
    answered on phones in 7B's first session, and paper sheets came from 9A: 6 before, 5 after."""
    return _translated_copy[1]


_shared_data_order = order_guard("translated")


def in_language(client, settings, language: str) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language


def export(client, world: World, table: str, fmt: str):
    return client.get(reverse("reports:campaign_export", args=[world.campaign.slug, table, fmt]))


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


# --- The tests that build what they read: they come before the tests that share the translated
# world (built once per module and worker, `translated`), so that they never run on it.


def test_sheet_names_are_cut_cleaned_and_kept_apart():
    titles = sheet_titles(
        [
            "Persoane atinse față de ținte: total / lună",
            "Persoane atinse față de ținte: total / an",
            "Quizzes",
            "quizzes",
            "'[Edad]'",
        ]
    )
    assert titles[0] == "Persoane atinse față de ținte t"
    assert titles[1] == "Persoane atinse față de țin (2)"
    assert titles[2:] == ["Quizzes", "quizzes (2)", "Edad"]
    assert all(len(title) <= 31 and not SHEET_FORBIDDEN.search(title) for title in titles)


def test_the_api_schema_documents_months_as_the_report_writes_them_and_what_figures_count(
    client,
):
    schema = client.get(reverse("reach_api:openapi-json")).json()
    operation = schema["paths"]["/api/reach/campaigns/{slug}"]["get"]
    month_from = next(p for p in operation["parameters"] if p["name"] == "month_from")
    assert "YYYY-MM, e.g. 2026-12" in month_from["description"]
    headline = schema["components"]["schemas"]["HeadlineOut"]["properties"]
    assert "switched phone counts again" in headline["joined"]["description"]
    assert "once per group" in headline["people"]["description"]
    quiz = schema["components"]["schemas"]["QuizSummaryOut"]["properties"]
    assert "never in the means, pass rate, pairs or gain" in quiz["paper_sheets"]["description"]


TUESDAY = {
    "en": "Tuesday, Dec. 8, 2026, 9:30 a.m.",
    "es": "martes, 8 de diciembre de 2026 a las 09:30",
    "ro": "marți, 8 decembrie 2026, 09:30",
    "fr": "mardi, 8 décembre 2026 09:30",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_session_list_writes_weekdays_and_months_in_full(
    client, people, settings, tree, language
):
    SessionFactory(
        campaign=tree.campaign,
        trainer=people.trainer,
        scheduled_start=dt.datetime(2026, 12, 8, 14, 30, tzinfo=dt.UTC),  # 9:30 in Bogotá
    )
    client.force_login(people.trainer)
    in_language(client, settings, language)
    html = client.get(reverse("trainer:session_list")).text.lower()
    assert TUESDAY[language].lower() in html  # capitals as each language's catalogue has them
    assert "mar 8" not in html and "tue 8" not in html


# --- The tests that read the translated world -----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_names_the_campaign_its_partner_and_modules_in_the_coordinators_language(
    client, people, settings, translated, language
):
    client.force_login(people.coordinator)
    in_language(client, settings, language)
    html = client.get(reverse("reports:campaign", args=[translated.campaign.slug])).text
    names = NAMES[language]
    for name in ("campaign", "partner", "module", "quiz", "survey"):
        assert escape(names[name]) in html, name
    if language != "en":
        for name in ("partner", "module", "quiz", "survey"):
            assert NAMES["en"][name] not in html, name
        assert f"{NAMES['en']['campaign']}<" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reports_list_names_each_campaign_in_the_coordinators_language(
    client, people, settings, translated, language
):
    client.force_login(people.admin)  # reads two campaigns: a list, not a redirect
    in_language(client, settings, language)
    assert escape(NAMES[language]["campaign"]) in client.get(reverse("reports:home")).text


@pytest.mark.parametrize("language", LANGUAGES)
def test_exports_name_quizzes_modules_and_survey_phases_in_the_export_language(
    client, people, settings, translated, language
):
    client.force_login(people.coordinator)
    in_language(client, settings, language)
    names = NAMES[language]
    [_header, quiz] = csv_rows(export(client, translated, "knowledge", "csv"))
    assert quiz[:2] == [names["quiz"], names["module"]]
    surveys = csv_rows(export(client, translated, "surveys", "csv"))[1:]
    assert {row[0] for row in surveys} == {names["survey"]}
    assert {row[1] for row in surveys} == {names["after"]}, "never the code post"


@pytest.mark.parametrize("language", LANGUAGES)
def test_spreadsheet_sheets_are_named_in_the_export_language_as_excel_accepts(
    client, people, settings, translated, language
):
    client.force_login(people.coordinator)
    in_language(client, settings, language)
    workbook = load_workbook(io.BytesIO(export(client, translated, "all", "xlsx").content))
    names = workbook.sheetnames
    with translation.override(language):
        assert translation.gettext("Locality") in names and translation.gettext("Surveys") in names
    assert not any(name.startswith("by-") for name in names)
    assert len({name.casefold() for name in names}) == len(names)
    assert all(len(name) <= 31 and not SHEET_FORBIDDEN.search(name) for name in names)


@pytest.mark.parametrize(
    ("language", "ascii_name", "utf8_name"),
    [
        ("en", "golondrina-quizzes.csv", "golondrina-quizzes.csv"),
        ("es", "golondrina-cuidarnos-cuestionarios.csv", "golondrina-cuidarnos-cuestionarios.csv"),
        ("ro", "randunica-grija-fata-de-noi-", "rândunica-grija-față-de-noi-"),
        ("fr", "hirondelle-prendre-soin-", "hirondelle-prendre-soin-"),
    ],
)
def test_downloads_are_named_after_the_campaign_in_the_export_language(
    client, people, settings, translated, language, ascii_name, utf8_name
):
    client.force_login(people.coordinator)
    in_language(client, settings, language)
    disposition = export(client, translated, "knowledge", "csv")["Content-Disposition"]
    ascii_part, utf8_part = disposition.split("; filename*=UTF-8''")
    assert ascii_part.startswith(f'attachment; filename="{ascii_name}')
    assert ascii_part.isascii() and utf8_part.isascii()
    assert unquote(utf8_part).startswith(utf8_name) and unquote(utf8_part).endswith(".csv")
    workbook = export(client, translated, "all", "xlsx")["Content-Disposition"]
    assert f'filename="{ascii_name.split("-")[0]}' in workbook and workbook.endswith(".xlsx")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_donor_pdf_download_is_named_in_the_coordinators_language(
    client, people, settings, translated, language
):
    client.force_login(people.coordinator)
    in_language(client, settings, language)
    slug = translated.campaign.slug
    job = client.get(client.post(reverse("reports:campaign_pdf", args=[slug]))["Location"])
    download = client.get(
        reverse("reports:campaign_pdf_download", args=[slug, job.context["job_id"]])
    )
    disposition = unquote(download["Content-Disposition"].split("filename*=UTF-8''")[1])
    with translation.override(language):
        reach = translation.gettext("Reach").lower()
    first_word = NAMES[language]["campaign"].split()[0].strip(":").lower()
    assert disposition.startswith(first_word) and f"-{reach}-" in disposition
    assert disposition.endswith(".pdf")


# --- what each figure counts ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_paper_sheets_show_before_and_after_apart_from_the_phone_tests(
    client, people, settings, translated, language
):
    client.force_login(people.coordinator)
    in_language(client, settings, language)
    response = client.get(reverse("reports:campaign", args=[translated.campaign.slug]))
    [quiz] = response.context["report"].knowledge
    assert (quiz.pre_attempts, quiz.post_attempts, quiz.pre_paper, quiz.post_paper) == (5, 5, 6, 5)
    html = response.text
    assert "5 · 5" in html and ": 6 · 5</span>" in html
    assert "+11 on paper" not in html
    [_header, row] = csv_rows(export(client, translated, "knowledge", "csv"))
    assert row[2:6] == ["5", "5", "6", "5"]


def test_the_report_says_paper_sheets_stay_out_of_means_pass_rates_and_pairs(
    client, people, translated
):
    client.force_login(people.coordinator)
    html = client.get(reverse("reports:campaign", args=[translated.campaign.slug])).text
    assert "they stay out of the mean scores, the pass rate, the pairs and the gain" in html
    assert "phones and paper sheets" in html, "the single-answer question"
    assert "phones only: paper cannot tell a question with several right answers" in html
    assert "“Joined with a phone” counts phones, not people" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_question_says_whether_paper_sheets_count_in_it(
    client, people, settings, translated, language
):
    client.force_login(people.coordinator)
    in_language(client, settings, language)
    response = client.get(reverse("reports:campaign", args=[translated.campaign.slug]))
    [quiz] = response.context["report"].knowledge
    counted = {question.key: question.paper_counted for question in quiz.questions}
    assert sorted(counted.values()) == [False, True, True]  # multiple, single, true or false
    rows = csv_rows(export(client, translated, "questions", "csv"))
    with translation.override(language):
        yes, no = translation.gettext("Yes"), translation.gettext("No")
    assert sorted(row[6] for row in rows[1:]) == sorted([yes, yes, no])


# --- the API -------------------------------------------------------------------------------------


def bearer(secret: str, language: str = "en") -> dict:
    return {"headers": {"Authorization": f"Bearer {secret}", "Accept-Language": language}}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_api_names_content_in_the_language_asked_and_counts_who_joined(
    client, people, translated, language
):
    _token, secret = api_token_create(user=people.coordinator, name="dashboard")
    base = reverse("reach_api:campaigns")
    [campaign] = client.get(base, **bearer(secret, language)).json()
    assert campaign["title"] == NAMES[language]["campaign"]
    headline = client.get(f"{base}/{translated.campaign.slug}", **bearer(secret, language)).json()
    assert headline["title"] == NAMES[language]["campaign"]
    assert headline["partner_organisation"] == NAMES[language]["partner"]
    assert headline["joined"] == 5
    [quiz] = headline["quizzes"]
    assert quiz["title"] == NAMES[language]["quiz"]
    assert (quiz["paper_sheets_before"], quiz["paper_sheets_after"]) == (6, 5)
    [knowledge] = client.get(
        f"{base}/{translated.campaign.slug}/knowledge", **bearer(secret, language)
    ).json()
    assert knowledge["modules"] == [NAMES[language]["module"]]
    venues = client.get(
        f"{base}/{translated.campaign.slug}/breakdowns/venue", **bearer(secret, language)
    ).json()
    assert venues["total"]["joined"] == 5


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("written", ["{month}", "{month}-01", "{month}-17"])
def test_the_api_takes_a_month_as_the_reports_links_write_it_or_as_a_date(
    client, people, translated, language, written
):
    _token, secret = api_token_create(user=people.coordinator, name="dashboard")
    month = translated.sessions[0].scheduled_start.strftime("%Y-%m")
    url = reverse("reach_api:campaigns") + f"/{translated.campaign.slug}"
    everything = client.get(url, **bearer(secret, language)).json()
    value = written.format(month=month)
    response = client.get(f"{url}?month_from={value}&month_to={value}", **bearer(secret, language))
    assert response.status_code == 200, response.content
    assert response.json()["people"] == everything["people"]
    later = f"{int(month[:4]) + 1}{month[4:]}"
    assert client.get(f"{url}?month_from={later}", **bearer(secret, language)).json()["people"] == 0
    for wrong in ("2026-13", "2026-1", "december", "2026-12-01T00:00"):
        assert client.get(f"{url}?month_from={wrong}", **bearer(secret)).status_code == 422


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "period"),
    [
        ("en", "January 2026"),
        ("es", "enero de 2026"),
        ("ro", "ianuarie 2026"),
        ("fr", "janvier 2026"),
    ],
)
def test_the_campaigns_period_names_its_months_in_full(
    client, people, settings, translated, language, period
):
    translated.campaign.period_start = dt.date(2026, 1, 1)
    translated.campaign.save()
    client.force_login(people.coordinator)
    in_language(client, settings, language)
    html = client.get(reverse("reports:campaign", args=[translated.campaign.slug])).text
    assert period.lower() in html.lower()


# --- the donor PDF's layout ----------------------------------------------------------------------

A4_CONTENT_WIDTH = (210 - 2 * 16) / 25.4 * 96  # A4 less the 16 mm side margins, in CSS px


def laid_out(world: World, language: str):
    with translation.override(language):
        form, report = report_filtered(
            campaign=world.campaign, query=QueryDict(""), language=language
        )
        return pdf.report_pdf_document(html=pdf.report_pdf_html(report=report, form=form))


def boxes(document, tag: str, css_class: str = ""):
    for page in document.pages:
        for box in page._page_box.descendants():
            classes = box.element.get("class", "") if box.element is not None else ""
            if box.element_tag == tag and css_class in [*classes.split(), ""]:
                yield page, box


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_donor_pdfs_knowledge_table_fits_the_page_with_a_long_quiz_title(translated, language):
    quiz = type(translated.quiz).objects.get(
        translation_key=translated.quiz.translation_key, locale__language_code=language
    )
    quiz.title = LONG_QUIZ[language]
    quiz.save()
    document = laid_out(translated, language)
    tables = list(boxes(document, "table", "report-table--knowledge"))
    assert tables, "the knowledge table is in the PDF"
    for page, table in boxes(document, "table"):
        left = page._page_box.content_box_x()
        assert table.position_x + table.margin_width() <= left + A4_CONTENT_WIDTH + 1
        for cell in table.descendants():
            if cell.element_tag in ("td", "th") and hasattr(cell, "border_width"):
                right = cell.position_x + cell.border_width()
                assert right <= left + A4_CONTENT_WIDTH + 1, cell.element.text
    # The quiz's title takes a few lines, not one word per line.
    for _page, table in tables:
        [title] = [
            box
            for box in table.descendants()
            if box.element_tag == "th" and box.element.get("scope") == "row"
        ][:1]
        lines = [box for box in title.descendants() if type(box).__name__ == "LineBox"]
        words = len(LONG_QUIZ[language].split())
        assert len(lines) <= words // 3, (len(lines), words)
