"""A report's figures are kept between refreshes (reach.selectors.kept): every later view reads
them, and the next refresh, by a worker or the nightly rebuild, shows what changed."""

import pytest

from reach.models import ReachCell
from reach.selectors.kept import kept
from reach.services.rebuild import rollups_rebuild
from reach.services.rollups import session_refresh
from tests.reach.test_reports import KEPT_REPORT_QUERIES, report_url
from tests.reach.world import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(world: World) -> World:
    """Five teachers of 7B's first session took both tests and the survey."""
    for person in range(5):
        world.join(0, "teachers", "female", "18+")
        world.submit(person, "pre", 1)
        world.submit(person, "post", 0)
        world.respond(person, "4")
    rollups_rebuild()
    return world


def post_attempts(client, world: World) -> int:
    return client.get(report_url(world)).context["report"].knowledge[0].post_attempts


def test_a_report_viewed_again_reads_its_kept_figures_and_shows_a_refresh_at_once(
    client, people, answered, django_assert_max_num_queries
):
    client.force_login(people.coordinator)
    assert post_attempts(client, answered) == 5
    with django_assert_max_num_queries(KEPT_REPORT_QUERIES):
        assert post_attempts(client, answered) == 5

    answered.join(0, "teachers", "male", "18+")
    answered.submit(5, "post", 2)
    assert post_attempts(client, answered) == 5, "not counted before its session's refresh"
    session_refresh(session_id=answered.sessions[0].pk)
    assert post_attempts(client, answered) == 6


def test_a_filtered_report_counts_its_own_figures_beside_the_kept_unfiltered_ones(
    client, people, answered
):
    client.force_login(people.coordinator)
    assert post_attempts(client, answered) == 5
    students = client.get(report_url(answered, audience="students")).context["report"]
    assert students.knowledge == [], "only teachers answered"
    mine = client.get(report_url(answered, locality="Santa Fe")).context["report"]
    assert mine.knowledge[0].post_attempts == 5
    assert [question.post_answered for question in mine.knowledge[0].questions] == [5, 5, 5]


def test_with_the_cache_down_the_report_counts_every_figure_as_it_is(
    client, people, answered, cache_down
):
    client.force_login(people.coordinator)
    assert post_attempts(client, answered) == 5
    answered.join(0, "teachers", "male", "18+")
    answered.submit(5, "post", 2)
    session_refresh(session_id=answered.sessions[0].pk)
    assert post_attempts(client, answered) == 6


def test_figures_kept_from_an_english_view_are_labelled_in_the_next_readers_language(
    client, people, answered, settings
):
    client.force_login(people.coordinator)
    english = client.get(report_url(answered)).context["report"]
    assert [row.label for row in english.breakdowns["audience"].rows] == ["Teachers"]
    for language, teachers, total in (("es", "Docentes", "Total"), ("fr", "Enseignants", "Total")):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        report = client.get(report_url(answered)).context["report"]
        audience = report.breakdowns["audience"]
        assert [(row.label, row.people) for row in audience.rows] == [(teachers, 5)]
        assert (audience.total.label, audience.total.people) == (total, 5)
        assert report.knowledge[0].post_attempts == 5


class ReachFiguresOnAReplica:
    """Sends the reports' reads of reach cells to a replica, as config/db_routers.py does."""

    def db_for_read(self, model, **hints):
        return "replica" if model is ReachCell else None


def test_figures_read_from_a_replica_are_computed_at_every_view_and_never_kept(settings):
    computed = []

    def compute() -> int:
        computed.append(1)
        return len(computed)

    assert [kept(1, "figures", compute) for _ in range(2)] == [1, 1]
    # A replica may still be behind the write that renewed the generation: nothing is kept.
    settings.DATABASE_ROUTERS = [ReachFiguresOnAReplica()]
    assert [kept(2, "figures", compute) for _ in range(2)] == [2, 3]
