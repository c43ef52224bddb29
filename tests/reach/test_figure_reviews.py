"""A headcount or a paper tally far above what its session was planned for reaches no donor figure
until a coordinator of the campaign approves it: not the report, the API, the rollups, the nightly
rebuild, nor the trainer's live panel. Rejected, it never counts, and the trainer reads why."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from participation.selectors import session_progress
from reach.models import QuizMonthCell, SessionRollup
from reach.services.rebuild import rollups_rebuild
from reach.services.tokens import api_token_create
from tests.workshops.factories import SessionFactory, headcount_form_data
from workshops import audit, roles
from workshops.models import CampaignCoordinator, FigureReview, ReviewState
from workshops.services import (
    FigureReviewError,
    HeadcountRow,
    attendance_record,
    figure_review_decide,
)

pytestmark = pytest.mark.django_db

STUDENTS = {"role": "students", "age_band": "10-13"}


@pytest.fixture
def planned_for_25(tree, people):
    """A session of the trainer's that started an hour ago, planned for 25 people."""
    return SessionFactory(
        campaign=tree.campaign,
        trainer=people.trainer,
        expected_size=25,
        scheduled_start=timezone.now() - dt.timedelta(hours=1),
    )


def people_reached(client, people, campaign) -> tuple[int, int]:
    """People reached as the coordinator's report page and the reach API say."""
    client.force_login(people.coordinator)
    page = client.get(reverse("reports:campaign", args=[campaign.slug])).context["report"]
    _token, secret = api_token_create(user=people.coordinator, name="dashboard")
    api = client.get(
        reverse("reach_api:headline", args=[campaign.slug]),
        headers={"Authorization": f"Bearer {secret}"},
    ).json()
    return page.total.people or 0, api["people"] or 0


def count_2000(client, people, session, django_capture_on_commit_callbacks):
    """The trainer records 2,000 people, raising the expected number in the same form."""
    client.force_login(people.trainer)
    data = headcount_form_data({**STUDENTS, "female": "1000", "male": "1000"}, expected_size=2000)
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            reverse("trainer:session_headcount", args=[session.pk]), data, follow=True
        )


def decide(client, user, review, decision, **extra):
    client.force_login(user)
    url = reverse("reports:figure_review", args=[review.session.campaign.slug, review.pk])
    return client.post(url, {"decision": decision, "figure": review.figure, **extra}, follow=True)


def test_a_headcount_of_2000_for_25_planned_reaches_the_report_only_once_approved(
    client, people, planned_for_25, django_capture_on_commit_callbacks
):
    saved = count_2000(client, people, planned_for_25, django_capture_on_commit_callbacks)
    assert "does not count in the reports until a coordinator of the campaign approves it" in (
        saved.text
    )
    assert "Waiting for a coordinator's review" in saved.text
    review = FigureReview.objects.get()
    assert (review.figure, review.planned_size, review.state) == (2000, 25, ReviewState.WAITING)
    assert planned_for_25.attendance.count() == 2, "saved as the trainer typed it"
    campaign = planned_for_25.campaign

    assert people_reached(client, people, campaign) == (0, 0)
    report = client.get(reverse("reports:campaign", args=[campaign.slug])).text
    assert "1 figure waits for your review" in report
    assert '<td class="num">2000</td>' in report

    with django_capture_on_commit_callbacks(execute=True):
        approved = decide(client, people.coordinator, review, "approve")
    assert "Approved: the figure counts" in approved.text
    assert "waits for your review" not in approved.text
    assert people_reached(client, people, campaign) == (2000, 2000)
    assert rollups_rebuild().differences == {}, "the nightly rebuild agrees"


def test_a_rejected_headcount_never_counts_and_the_trainer_reads_why(
    client, people, planned_for_25, django_capture_on_commit_callbacks
):
    count_2000(client, people, planned_for_25, django_capture_on_commit_callbacks)
    review = FigureReview.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, people.coordinator, review, "reject", reason="The school has 300 pupils.")
    assert rollups_rebuild().differences == {}
    assert people_reached(client, people, planned_for_25.campaign) == (0, 0)
    assert SessionRollup.objects.filter(session=planned_for_25).first() is None

    client.force_login(people.trainer)
    page = client.get(reverse("trainer:session_detail", args=[planned_for_25.pk])).text
    assert "it does not count in the reports" in page
    assert "Reason: The school has 300 pupils." in page


def test_a_headcount_corrected_to_what_was_planned_counts_at_once(
    client, people, planned_for_25, django_capture_on_commit_callbacks
):
    count_2000(client, people, planned_for_25, django_capture_on_commit_callbacks)
    client.force_login(people.trainer)
    data = headcount_form_data({**STUDENTS, "female": "12", "male": "11"}, expected_size=2000)
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(
            reverse("trainer:session_headcount", args=[planned_for_25.pk]), data, follow=True
        )
    assert "Headcount saved." in saved.text
    assert not FigureReview.objects.exists()
    assert people_reached(client, people, planned_for_25.campaign) == (23, 23)


def test_paper_sheets_far_above_the_plan_wait_for_review_in_the_report_and_the_live_panel(
    world, people, django_capture_on_commit_callbacks
):
    session = world.sessions[0]  # planned for 30
    with django_capture_on_commit_callbacks(execute=True):
        world.paper(0, "pre", 8, 5)
        world.paper(0, "post", 90, 60)
    review = FigureReview.objects.get()
    assert (review.phase, review.figure) == ("post", 90)
    sheets = QuizMonthCell.objects.values_list("phase", "paper_sheets")
    assert sorted(sheets) == [("pre", 8)]
    progress = session_progress(session=session)
    assert (progress.pre_paper, progress.post_paper) == (8, 0)

    with django_capture_on_commit_callbacks(execute=True):
        figure_review_decide(review_id=review.pk, approve=True, figure_seen=90, by=people.admin)
    assert sorted(QuizMonthCell.objects.values_list("phase", "paper_sheets")) == [
        ("post", 90),
        ("pre", 8),
    ]
    assert session_progress(session=session).post_paper == 90
    assert rollups_rebuild().differences == {}


def test_raising_the_expected_size_while_counting_does_not_let_a_far_larger_count_through(
    client, people, planned_for_25, django_capture_on_commit_callbacks
):
    client.force_login(people.trainer)
    data = headcount_form_data({**STUDENTS, "female": "30", "male": "30"}, expected_size=60)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("trainer:session_headcount", args=[planned_for_25.pk]), data)
    planned_for_25.refresh_from_db()
    assert planned_for_25.expected_size == 60
    assert FigureReview.objects.get().planned_size == 25, "checked against the plan"
    assert people_reached(client, people, planned_for_25.campaign) == (0, 0)


def test_any_headcount_above_the_ceiling_waits_however_large_the_plan(tree, people, settings):
    settings.FIGURE_REVIEW_CEILING = 500
    assembly = SessionFactory(
        campaign=tree.campaign,
        trainer=people.trainer,
        expected_size=600,
        scheduled_start=timezone.now() - dt.timedelta(hours=1),
    )
    attendance_record(session=assembly, rows=[HeadcountRow("students", "female", "14-17", 450)])
    assert not FigureReview.objects.exists(), "450 of 600 planned: counts at once"
    attendance_record(session=assembly, rows=[HeadcountRow("students", "female", "14-17", 580)])
    assert FigureReview.objects.get().figure == 580


def test_only_a_coordinator_of_the_campaign_decides_and_never_on_a_figure_changed_since(
    client, people, planned_for_25, django_capture_on_commit_callbacks
):
    count_2000(client, people, planned_for_25, django_capture_on_commit_callbacks)
    review = FigureReview.objects.get()
    assert decide(client, people.other_coordinator, review, "approve").status_code == 404
    client.force_login(people.trainer)
    url = reverse("reports:figure_review", args=[planned_for_25.campaign.slug, review.pk])
    assert client.post(url, {"decision": "approve", "figure": 2000}).status_code == 403
    # A trainer who also coordinates the campaign does not approve their own count.
    people.trainer.groups.add(*people.coordinator.groups.all())
    CampaignCoordinator.objects.create(user=people.trainer, campaign=planned_for_25.campaign)
    with pytest.raises(PermissionDenied):
        figure_review_decide(review_id=review.pk, approve=True, figure_seen=2000, by=people.trainer)
    # The trainer typed 1,900 meanwhile: the coordinator who read 2,000 decides nothing.
    attendance_record(
        session=planned_for_25, rows=[HeadcountRow("students", "female", "10-13", 1900)]
    )
    with pytest.raises(FigureReviewError):
        figure_review_decide(
            review_id=review.pk, approve=True, figure_seen=2000, by=people.coordinator
        )
    review.refresh_from_db()
    assert (review.state, review.figure) == (ReviewState.WAITING, 1900)
    assert roles.COORDINATORS in {group.name for group in people.trainer.groups.all()}


def test_approving_and_rejecting_are_in_the_audit_log_with_who_and_why(
    client, people, planned_for_25, django_capture_on_commit_callbacks
):
    count_2000(client, people, planned_for_25, django_capture_on_commit_callbacks)
    review = FigureReview.objects.get()
    decide(client, people.coordinator, review, "reject", reason="Counted twice.")
    rejected = ModelLogEntry.objects.get(action=audit.FIGURE_REJECT)
    assert rejected.user == people.coordinator
    assert rejected.data["figure"]["reason"] == "Counted twice."
    held = ModelLogEntry.objects.get(action=audit.HEADCOUNT)
    assert held.data["held"] is True

    count_2000(client, people, planned_for_25, django_capture_on_commit_callbacks)  # again
    decide(client, people.coordinator, FigureReview.objects.get(), "approve")
    approved = ModelLogEntry.objects.get(action=audit.FIGURE_APPROVE)
    assert approved.user == people.coordinator
    client.force_login(people.admin)
    history = client.get(reverse("wagtailadmin_reports:site_history")).text
    assert "Approved the headcount of 2000 people, 25 planned: it counts" in history
    assert "Rejected the headcount of 2000 people, 25 planned: it does not count" in history
    assert "reason: Counted twice." in history
