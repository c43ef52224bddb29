"""No figure about fewer than five children can be read, or worked out from other figures, in any
output of the reports (reach/privacy.py): the page, CSV, XLSX, the donor PDF and the API."""

import io
import itertools
import re
from collections import defaultdict
from urllib.parse import urlencode

import pytest
from django.db.models import Sum
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from reach.models import ReachCell
from reach.privacy import MINOR_BANDS
from reach.services.rebuild import rollups_rebuild
from reach.services.tokens import api_token_create

pytestmark = pytest.mark.django_db

K = 5
KEYS = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}")
DIMENSIONS = ("locality", "venue", "audience", "gender", "age_band")
COLUMN = {"venue": "venue_id"}


@pytest.fixture
def small_groups(world):
    """Two schools whose classes hold many groups of fewer than five children beside larger
    ones, teachers (adults) in small numbers, and quiz answers of some of the children."""
    world.headcount(
        0,
        [
            ("students", "female", "10-13", 14),
            ("students", "male", "10-13", 3),
            ("students", "another", "10-13", 2),
            ("students", "not_stated", "10-13", 1),
            ("teachers", "female", "18+", 2),
        ],
    )
    world.headcount(
        2,
        [
            ("students", "female", "14-17", 9),
            ("students", "male", "14-17", 3),
            ("students", "another", "14-17", 1),
            ("students", "female", "10-13", 4),
            ("teachers", "male", "18+", 3),
        ],
    )
    for _ in range(3):
        world.join(2, "students", "male", "14-17")
    for _ in range(6):
        world.join(0, "students", "female", "10-13")
    for participant in range(9):
        world.submit(participant, "pre", participant % 3)
        world.submit(participant, "post", 0)
        world.respond(participant, "4")
    rollups_rebuild()
    return world


class Attacker:
    """Reads the API with a coordinator's token, as a script would, and keeps every figure."""

    def __init__(self, client, world, secret):
        self.client, self.world = client, world
        self.headers = {"headers": {"Authorization": f"Bearer {secret}"}}
        self.calls = 0
        self.values = self._values()

    def _values(self) -> dict[str, list]:
        found = defaultdict(set)
        for row in ReachCell.objects.filter(campaign=self.world.campaign).values(
            "locality", "venue_id", "audience", "gender", "age_band"
        ):
            for name in DIMENSIONS:
                found[name].add(row[COLUMN.get(name, name)])
        return {name: sorted(values) for name, values in found.items()}

    def get(self, path: str, filters: dict) -> object:
        self.calls += 1
        url = reverse("reach_api:campaigns") + f"/{self.world.campaign.slug}{path}"
        response = self.client.get(url + "?" + urlencode(filters), **self.headers)
        assert response.status_code == 200, response.content
        return response.json()

    def filters(self, most: int = 2):
        """Every filter of at most `most` dimensions, one value each (what the API takes)."""
        for size in range(most + 1):
            for names in itertools.combinations(DIMENSIONS, size):
                for values in itertools.product(*(self.values[name] for name in names)):
                    yield dict(zip(names, values, strict=True))


def truth(world, box: dict) -> tuple[int, bool]:
    """How many people the box really holds, and whether minors are among them."""
    cells = ReachCell.objects.filter(
        campaign=world.campaign, **{COLUMN.get(k, k): v for k, v in box.items()}
    )
    people = cells.aggregate(n=Sum("people"))["n"] or 0
    return people, cells.filter(age_band__in=MINOR_BANDS, people__gt=0).exists()


def secret(world, box: dict) -> int | None:
    """The number of people in a box about minors and fewer than K people; None otherwise."""
    people, minors = truth(world, box)
    return people if minors and 0 < people < K else None


def test_a_script_reading_every_filter_through_the_api_works_out_no_small_group_of_children(
    client, people, small_groups
):
    _token, token = api_token_create(user=people.coordinator, name="attacker")
    attacker = Attacker(client, small_groups, token)
    published: dict[tuple, dict] = {}  # filter -> {dimension: {value or None: people}, total}
    for box in attacker.filters():
        for dimension in DIMENSIONS:
            if dimension in box:
                continue
            answer = attacker.get(f"/breakdowns/{dimension}", box)
            key = tuple(sorted(box.items()))
            figures = published.setdefault(key, {})
            figures["total"] = answer["total"]["people"]
            figures[dimension] = {
                (row["key"] or None): row["people"] for row in answer["rows"] if not row["hidden"]
            }

    def total(box: dict) -> int | None:
        figures = published.get(tuple(sorted(box.items())))
        return None if figures is None else figures["total"]

    recovered = []
    for key, figures in published.items():
        box = dict(key)
        for dimension in DIMENSIONS:
            if dimension not in figures:
                continue
            rows = figures[dimension]
            for value in attacker.values[dimension]:
                target = {**box, dimension: value}
                hidden = secret(small_groups, target)
                if hidden is None:
                    continue
                guesses = {rows.get(str(value))}
                if figures["total"] is not None:
                    others = [n for v, n in rows.items() if v != str(value) and v is not None]
                    # Subtraction: the total less the rows shown, with and without the row of
                    # combined small groups.
                    guesses.add(figures["total"] - sum(others))
                    guesses.add(figures["total"] - sum(others) - (rows.get(None) or 0))
                    # Complement: the total less what filtering on each other value shows.
                    complement = [
                        total({**box, dimension: v})
                        for v in attacker.values[dimension]
                        if v != value
                    ]
                    if None not in complement:
                        guesses.add(figures["total"] - sum(complement))
                guesses.add(total(target))
                if hidden in guesses:
                    recovered.append((target, hidden))
    assert attacker.calls > 200, "the script read every filter"
    assert not recovered, f"{len(recovered)} small groups of children worked out: {recovered[:5]}"


def test_no_knowledge_figure_is_given_for_a_filter_down_to_fewer_than_five_children(
    client, people, small_groups
):
    _token, token = api_token_create(user=people.coordinator, name="attacker")
    attacker = Attacker(client, small_groups, token)
    narrowed = 0
    for box in attacker.filters(most=3):
        if secret(small_groups, box) is None:
            continue
        narrowed += 1
        for quiz in attacker.get("/knowledge", box):
            figures = {name: value for name, value in quiz.items() if name not in ("quiz_key",)}
            shown = {
                name: value
                for name, value in figures.items()
                if isinstance(value, int | float) and not isinstance(value, bool)
            }
            assert not shown and not quiz["questions"], (box, quiz)
        for survey in attacker.get("/surveys", box):
            assert survey["responses"] is None and survey["questions"] is None, (box, survey)
    assert narrowed >= 10, "filters down to a handful of children were tried"


@pytest.fixture
def three_children(world):
    """Three girls of 10 to 13 who took both tests and the survey, in a class of teachers."""
    world.headcount(0, [("teachers", "female", "18+", 20)])
    for _ in range(3):
        world.join(1, "students", "female", "10-13")
    for participant in range(3):
        world.submit(participant, "pre", 1)
        world.submit(participant, "post", 0)
        world.respond(participant, "5")
    rollups_rebuild()
    return world


def _report_html(client, world) -> str:
    html = client.get(reverse("reports:campaign", args=[world.campaign.slug])).content.decode()
    return html[html.index('id="knowledge"') : html.index("</main>")]


def _exports(client, world) -> str:
    slug = world.campaign.slug
    return "\n".join(
        client.get(reverse("reports:campaign_export", args=[slug, table, "csv"])).content.decode()
        for table in ("knowledge", "questions", "surveys", "by-gender", "by-age-band")
    )


def _xlsx(client, world) -> str:
    slug = world.campaign.slug
    response = client.get(reverse("reports:campaign_export", args=[slug, "all", "xlsx"]))
    workbook = load_workbook(io.BytesIO(response.content))
    return "\n".join(
        "\t".join("" if value is None else str(value) for value in row)
        for sheet in workbook.worksheets
        if sheet.title in ("Quizzes", "Questions", "Surveys", "Gender", "Age band")
        for row in sheet.iter_rows(values_only=True)
    )


def _pdf(client, world) -> str:
    slug = world.campaign.slug
    job = client.get(client.post(reverse("reports:campaign_pdf", args=[slug]), {})["Location"])
    download = client.get(
        reverse("reports:campaign_pdf_download", args=[slug, job.context["job_id"]])
    )
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(b"".join(download))).pages
    )
    return text[text.index("What they learned") :]


def _api(client, world) -> str:
    _token, token = api_token_create(user=world.coordinator, name="reader")
    url = reverse("reach_api:campaigns") + f"/{world.campaign.slug}"
    headers = {"headers": {"Authorization": f"Bearer {token}"}}
    return "\n".join(
        client.get(url + path, **headers).content.decode()
        for path in ("/knowledge", "/surveys", "/breakdowns/gender", "/breakdowns/age_band")
    )


@pytest.mark.parametrize("output", [_report_html, _exports, _xlsx, _pdf, _api])
def test_three_children_in_one_cell_leave_no_figure_of_theirs_in_any_output(
    client, people, three_children, output
):
    client.force_login(people.coordinator)
    three_children.coordinator = people.coordinator
    # Keys and links carry random hexadecimal that may hold any digits: not figures.
    text = KEYS.sub("", output(client, three_children))
    # Factory titles end in a sequence number ("Trusted adults quiz 33"): not figures either.
    for title in (three_children.quiz.title, three_children.survey.title):
        text = text.replace(title, "")
    assert "<5" in text or "&lt;5" in text or "null" in text
    # Their tests: 3 before and 3 after, scores of a third and all right, a gain, a pass rate.
    for figure in ("3 · 3", "33", "100", "67", '"post_attempts": 3', "Verdadero"):
        assert not re.search(rf"(?<![\w.]){re.escape(figure)}(?![\w])", text), figure
    # Their survey answers and their number as a row of their own.
    assert '"responses": 3' not in text and '"people": 3' not in text


@pytest.mark.parametrize(
    ("language", "combined", "left_out"),
    [
        ("en", "Small groups, combined", "These filters leave out small groups"),
        ("es", "Grupos pequeños, combinados", "Estos filtros dejan fuera grupos pequeños"),
        ("ro", "Grupuri mici, combinate", "Aceste filtre lasă deoparte grupuri mici"),
        ("fr", "Petits groupes, regroupés", "Ces filtres laissent de côté de petits groupes"),
    ],
)
def test_combined_small_groups_are_named_and_explained_in_the_coordinators_language(
    client, people, small_groups, settings, language, combined, left_out
):
    client.force_login(people.coordinator)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    url = reverse("reports:campaign", args=[small_groups.campaign.slug])
    html = client.get(url).content.decode()
    assert combined in html
    assert left_out not in html
    assert left_out in client.get(url + "?gender=male").content.decode()


def test_only_the_children_of_small_groups_give_up_what_sets_them_apart(client, people, world):
    world.headcount(
        0,
        [
            ("students", "female", "10-13", 14),
            ("students", "male", "10-13", 12),
            ("students", "another", "10-13", 2),
        ],
    )
    world.headcount(
        2,
        [
            ("students", "female", "14-17", 9),
            ("students", "male", "14-17", 10),
            ("students", "another", "14-17", 2),
            ("students", "not_stated", "14-17", 1),
        ],
    )
    rollups_rebuild()
    client.force_login(people.coordinator)
    report = client.get(reverse("reports:campaign", args=[world.campaign.slug])).context["report"]
    by_gender = {row.key: row.people for row in report.breakdowns["gender"].rows}
    # The two schools' five children of another or no stated gender make one group; every girl
    # and boy keeps hers or his.
    assert by_gender == {"female": 14 + 9, "male": 12 + 10, None: 2 + 2 + 1}
    assert {row.key: row.people for row in report.breakdowns["audience"].rows} == {"students": 50}
