"""Upgrading to campaign membership keeps every trainer at work: the migration that ties trainers
to campaigns makes each one a trainer of the campaigns they already have sessions in."""

import pytest

from tests.content import publish
from tests.upgrades import back_to_the_latest_schema, migrate  # noqa: F401
from tests.workshops.factories import CampaignPageFactory, SessionFactory, UserFactory
from workshops import roles
from workshops.models import CampaignTrainer, Session
from workshops.selectors import campaigns_planned_by

BEFORE = [("workshops", "0013_participant_removed_at")]
AFTER = [("workshops", "0014_campaign_trainers_and_figure_reviews")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("back_to_the_latest_schema")
def test_trainers_keep_the_campaigns_they_already_run_sessions_in(tree):
    other = publish(CampaignPageFactory(parent=tree.index, title="Romania", slug="romania"))
    ana = UserFactory(username="ana", groups=[roles.TRAINERS])
    luis = UserFactory(username="luis", groups=[roles.TRAINERS])
    newcomer = UserFactory(username="newcomer", groups=[roles.TRAINERS])
    for campaign, trainer, size in (
        (tree.campaign, ana, 25),
        (tree.campaign, ana, 30),
        (other, ana, 12),
        (other, luis, 40),
    ):
        SessionFactory(campaign=campaign, trainer=trainer, expected_size=size, planned_size=None)

    migrate(BEFORE)
    migrate(AFTER)

    held = set(CampaignTrainer.objects.values_list("user__username", "campaign__slug"))
    assert held == {("ana", "golondrina"), ("ana", "romania"), ("luis", "romania")}
    assert list(campaigns_planned_by(trainer=luis)) == [other]
    assert not campaigns_planned_by(trainer=newcomer).exists()
    # Their sessions' figures are checked against the size each was planned for.
    assert sorted(Session.objects.values_list("planned_size", flat=True)) == [12, 25, 30, 40]
