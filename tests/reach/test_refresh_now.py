"""The report's "refresh now": one recount of a campaign queued or running at a time, however
often and by however many coordinators it is pressed."""

import pytest
from django.urls import reverse
from kombu.exceptions import OperationalError

from reach import tasks
from reach.services import rollups
from reach.services.rebuild import rollups_rebuild

pytestmark = pytest.mark.django_db


class Broker:
    """`campaign_refresh.delay` as a broker takes it with no worker free: queued, not run."""

    def __init__(self):
        self.campaigns: list[int] = []
        self.down = False

    def delay(self, campaign_id: int) -> None:
        if self.down:
            raise OperationalError("Connection refused")
        self.campaigns.append(campaign_id)


@pytest.fixture
def broker(monkeypatch) -> Broker:
    queued = Broker()
    monkeypatch.setattr(tasks.campaign_refresh, "delay", queued.delay)
    return queued


@pytest.fixture
def counted(world):
    world.headcount(0, [("students", "female", "10-13", 14)])
    rollups_rebuild()
    return world


def press_refresh_now(client, campaign):
    return client.post(reverse("reports:campaign_refresh", args=[campaign.slug]), follow=True)


def test_ten_presses_of_refresh_now_queue_one_recount(client, people, counted, broker):
    client.force_login(people.coordinator)

    pages = [press_refresh_now(client, counted.campaign) for _ in range(10)]

    assert broker.campaigns == [counted.campaign.pk]
    assert "Refreshing: the figures will be up to date in a few seconds." in pages[0].text
    for page in pages[1:]:
        assert page.status_code == 200
        assert "The figures are already being refreshed" in page.text


def test_while_a_recount_runs_another_coordinator_queues_nothing_either(
    client, people, counted, broker
):
    client.force_login(people.coordinator)
    press_refresh_now(client, counted.campaign)
    client.force_login(people.admin)

    page = press_refresh_now(client, counted.campaign)

    assert broker.campaigns == [counted.campaign.pk]
    assert "The figures are already being refreshed" in page.text


def test_once_the_recount_has_run_refresh_now_queues_the_next(client, people, counted, broker):
    client.force_login(people.coordinator)
    press_refresh_now(client, counted.campaign)

    tasks.campaign_refresh(counted.campaign.pk)  # the worker runs it
    page = press_refresh_now(client, counted.campaign)

    assert broker.campaigns == [counted.campaign.pk] * 2
    assert "Refreshing" in page.text


def test_a_recount_that_fails_does_not_hold_refresh_now_back(
    client, people, counted, broker, monkeypatch
):
    def recount_fails(*, campaign_id):
        raise RuntimeError("database went away")

    client.force_login(people.coordinator)
    press_refresh_now(client, counted.campaign)
    monkeypatch.setattr(rollups, "campaign_refresh", recount_fails)
    with pytest.raises(RuntimeError):
        tasks.campaign_refresh(counted.campaign.pk)

    press_refresh_now(client, counted.campaign)

    assert broker.campaigns == [counted.campaign.pk] * 2


def test_each_campaign_is_refreshed_on_its_own(client, people, counted, broker):
    other = people.other_coordinator.coordinated_campaigns.get().campaign
    client.force_login(people.admin)

    press_refresh_now(client, counted.campaign)
    press_refresh_now(client, other)

    assert broker.campaigns == [counted.campaign.pk, other.pk]


def test_with_the_broker_down_the_coordinator_is_told_and_may_press_again(
    client, people, counted, broker
):
    client.force_login(people.coordinator)
    broker.down = True
    page = press_refresh_now(client, counted.campaign)
    assert "The figures could not be refreshed now" in page.text

    broker.down = False
    page = press_refresh_now(client, counted.campaign)

    assert broker.campaigns == [counted.campaign.pk]
    assert "Refreshing" in page.text


def test_with_the_cache_down_refresh_now_still_queues_the_recount(
    client, people, counted, broker, cache_down
):
    client.force_login(people.coordinator)

    pages = [press_refresh_now(client, counted.campaign) for _ in range(2)]

    # Nothing can be told apart without the cache: each press queues, as before the lock.
    assert broker.campaigns == [counted.campaign.pk] * 2
    assert all("Refreshing" in page.text for page in pages)
