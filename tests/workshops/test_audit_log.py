"""The audit log: what trainers do to sessions and headcounts is recorded, with who and when, in
Wagtail's log, and administrators read it in the admin's Site history report."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

import quizzes.audit
from participation.views.trainer import OPEN_CONFIRMED
from quizzes.models import PaperTally
from tests.content import publish
from tests.participation.test_participant_journey import join
from tests.quizzes.factories import C_NOBODY, C_TRUSTED_ADULT, Q_SINGLE
from tests.workshops.factories import (
    CampaignTrainerFactory,
    SessionFactory,
    VenueFactory,
    WorkshopModulePageFactory,
    headcount_form_data,
    session_form_data,
)
from workshops import audit
from workshops.models import CampaignPage, Participant, Session, SessionState

pytestmark = pytest.mark.django_db

SITE_HISTORY = reverse("wagtailadmin_reports:site_history")
STUDENTS = {"role": "students", "age_band": "10-13"}
# The fixture's session is planned for 3 December 2026: opened on another day, "Open it now".
CONFIRMED = {OPEN_CONFIRMED: "1"}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def entries(action: str) -> list[ModelLogEntry]:
    return list(ModelLogEntry.objects.filter(action=action).order_by("timestamp", "pk"))


def the_entry(action: str) -> ModelLogEntry:
    found = entries(action)
    assert len(found) == 1, [entry.data for entry in found]
    return found[0]


@pytest.fixture
def venue():
    return VenueFactory(name="Colegio Distrital Las Aguas", locality="Santa Fe", city="Bogotá")


@pytest.fixture
def trainer(people) -> Client:
    return signed_in(people.trainer)


@pytest.fixture
def planned(trainer, tree, venue) -> Session:
    """A session the trainer planned through the trainer space."""
    trainer.post(
        reverse("trainer:session_create"),
        session_form_data(campaign=tree.campaign, module=tree.module, venue=venue),
    )
    return Session.objects.get()


@pytest.fixture
def started(tree, people) -> Session:
    """A session of the trainer's that has started, so it can be counted."""
    return SessionFactory(
        campaign=tree.campaign, trainer=people.trainer, scheduled_start=timezone.now()
    )


def test_planning_a_session_records_who_planned_it_when_and_what(trainer, tree, people, venue):
    before = timezone.now()
    trainer.post(
        reverse("trainer:session_create"),
        session_form_data(campaign=tree.campaign, module=tree.module, venue=venue),
    )
    session = Session.objects.get()
    entry = the_entry(audit.CREATE)
    assert entry.user == people.trainer
    assert before <= entry.timestamp <= timezone.now()
    assert (entry.object_id, entry.label) == (str(session.pk), str(session))
    assert entry.data["session"] == {
        "label": str(session),
        "campaign": "Golondrina",
        "campaign_id": tree.campaign.pk,
    }
    assert entry.data["plan"] == {
        "campaign": "Golondrina",
        "modules": ["My body is mine"],
        "venue": "Colegio Distrital Las Aguas (Santa Fe, Bogotá)",
        "group": "7B",
        "scheduled_start": "2026-12-03 09:30 America/Bogota",
        "audience": "students",
        "age_band": "10-13",
        "language": "es",
        "expected_size": 32,
    }
    assert entry.message.startswith("Session planned: campaign: Golondrina; modules: My body")
    assert "audience: Students; age band: 10 to 13 years" in entry.message


def test_an_edit_records_only_the_fields_that_changed_from_old_to_new(
    trainer, planned, tree, people, venue
):
    form = session_form_data(
        campaign=tree.campaign, module=tree.module, venue=venue, group_name="7C", time="11:00"
    )
    response = trainer.post(reverse("trainer:session_edit", args=[planned.pk]), form)
    assert response.status_code == 302
    entry = the_entry(audit.EDIT)
    assert entry.user == people.trainer
    assert entry.data["changes"] == {
        "group": {"old": "7B", "new": "7C"},
        "scheduled_start": {
            "old": "2026-12-03 09:30 America/Bogota",
            "new": "2026-12-03 11:00 America/Bogota",
        },
    }
    assert entry.message == (
        "Session edited: group: 7B → 7C; "
        "scheduled start: 2026-12-03 09:30 America/Bogota → 2026-12-03 11:00 America/Bogota"
    )

    # Saving the form again without a change records nothing new.
    trainer.post(reverse("trainer:session_edit", args=[planned.pk]), form)
    assert len(entries(audit.EDIT)) == 1


def test_an_edit_that_is_refused_records_nothing(trainer, planned, tree, venue, people):
    url = reverse("trainer:session_edit", args=[planned.pk])
    # The form refuses it...
    invalid = session_form_data(
        campaign=tree.campaign, module=tree.module, venue=venue, expected_size="0"
    )
    assert trainer.post(url, invalid).status_code == 200
    # ...or the service does: a module of another campaign (one the trainer works in too).
    another = CampaignPage.objects.get(slug="another")
    CampaignTrainerFactory(user=people.trainer, campaign=another)
    other = publish(WorkshopModulePageFactory(parent=another))
    foreign = session_form_data(campaign=tree.campaign, module=other, venue=venue, group_name="9A")
    response = trainer.post(url, foreign)
    assert response.status_code == 200
    assert "Choose modules of the campaign Golondrina" in response.text
    assert entries(audit.EDIT) == []
    planned.refresh_from_db()
    assert planned.group.name == "7B"


def test_opening_the_post_test_and_closing_each_record_one_entry(trainer, planned, people):
    trainer.post(reverse("trainer:session_open", args=[planned.pk]), CONFIRMED)
    trainer.post(reverse("trainer:session_open", args=[planned.pk]))  # already open: no change
    trainer.post(reverse("trainer:session_post_test_open", args=[planned.pk]))
    trainer.post(reverse("trainer:session_post_test_open", args=[planned.pk]))
    trainer.post(reverse("trainer:session_close", args=[planned.pk]))
    trainer.post(reverse("trainer:session_close", args=[planned.pk]))
    planned.refresh_from_db()
    assert planned.state == SessionState.CLOSED

    opened = the_entry(audit.OPEN)
    assert opened.data["join_code"] == planned.join_code
    assert opened.message == f"Session opened with the join code {planned.join_code_display}"
    assert the_entry(audit.POST_TEST_OPEN).message == "Post-test opened"
    assert the_entry(audit.CLOSE).message == "Session closed"
    for action in (audit.OPEN, audit.POST_TEST_OPEN, audit.CLOSE):
        assert the_entry(action).user == people.trainer
    assert opened.timestamp <= the_entry(audit.CLOSE).timestamp


def test_admin_sees_who_changed_a_headcount_and_from_what(trainer, started, people):
    url = reverse("trainer:session_headcount", args=[started.pk])
    trainer.post(url, headcount_form_data({**STUDENTS, "female": 12}))
    trainer.post(url, headcount_form_data({**STUDENTS, "female": 10, "male": 9}, expected_size=32))

    first, second = entries(audit.HEADCOUNT)
    assert first.user == second.user == people.trainer
    assert first.data["before"] == []
    assert first.data["after"] == [
        {"role": "students", "gender": "female", "age_band": "10-13", "count": 12}
    ]
    assert second.data["before"] == first.data["after"]
    assert second.data["after"] == [
        {"role": "students", "gender": "female", "age_band": "10-13", "count": 10},
        {"role": "students", "gender": "male", "age_band": "10-13", "count": 9},
    ]
    assert second.data["expected_size"] == {"old": 30, "new": 32}

    report = signed_in(people.admin).get(SITE_HISTORY)
    assert report.status_code == 200
    assert "Headcount recorded: 12 people (Students, Female, 10 to 13 years: 12)" in report.text
    assert (
        "Headcount changed from 12 to 19 people: Students, Female, 10 to 13 years: 12 → 10; "
        "Students, Male, 10 to 13 years: 0 → 9; expected number of people: 30 → 32"
    ) in report.text
    assert str(started) in report.text
    assert people.trainer.username in report.text

    # The same headcount again is no change.
    trainer.post(url, headcount_form_data({**STUDENTS, "female": 10, "male": 9}, expected_size=32))
    assert len(entries(audit.HEADCOUNT)) == 2


def test_a_refused_headcount_leaves_no_entry_and_no_change(trainer, started):
    url = reverse("trainer:session_headcount", args=[started.pk])
    # The expected size is raised, then the count is refused: both are rolled back.
    response = trainer.post(url, headcount_form_data({**STUDENTS, "female": 40}, expected_size=35))
    assert response.status_code == 200
    assert "You counted 40 people but expected 35." in response.text
    assert entries(audit.HEADCOUNT) == []
    started.refresh_from_db()
    assert started.expected_size == 30


def test_a_change_is_not_saved_when_its_entry_cannot_be_written(trainer, planned, monkeypatch):
    """The entry is written in the change's transaction: no change goes unrecorded."""

    def broken_log(**kwargs):
        raise RuntimeError("the log is unavailable")

    monkeypatch.setattr(audit, "session_log", broken_log)
    with pytest.raises(RuntimeError):
        trainer.post(reverse("trainer:session_open", args=[planned.pk]), CONFIRMED)
    planned.refresh_from_db()
    assert planned.state == SessionState.PLANNED and planned.join_code == ""


def test_paper_tallies_are_recorded_and_their_corrections_too(people, open_session, quiz):
    open_session.trainer = people.trainer
    open_session.save()
    url = reverse(
        "trainer:session_paper_tally", args=[open_session.pk, "pre", quiz.translation_key]
    )
    trainer = signed_in(people.trainer)
    trainer.post(url, {"sheets": "18", f"t-{Q_SINGLE}-{C_TRUSTED_ADULT}": "11"})
    trainer.post(
        url,
        {
            "sheets": "20",
            f"t-{Q_SINGLE}-{C_TRUSTED_ADULT}": "12",
            f"t-{Q_SINGLE}-{C_NOBODY}": "5",
        },
    )
    assert PaperTally.objects.get().sheets == 20

    counted, corrected = entries(quizzes.audit.PAPER_TALLY)
    assert counted.user == corrected.user == people.trainer
    assert counted.data["quiz"] == quiz.title
    assert counted.data["phase"] == "pre"
    assert counted.data["sheets"] == {"old": None, "new": 18}
    assert counted.message == f"Paper answers counted for {quiz.title}, Pre-test: 18 sheets"
    assert corrected.data["sheets"] == {"old": 18, "new": 20}
    assert corrected.data["counts_changed"] == 2
    assert corrected.message == (
        f"Paper answers corrected for {quiz.title}, Pre-test: 18 → 20 sheets, "
        "2 counts of choices changed"
    )


def test_a_deleted_session_keeps_its_entries_with_its_label_and_campaign(trainer, planned, people):
    label, pk = str(planned), planned.pk
    trainer.post(reverse("trainer:session_delete", args=[pk]))
    assert not Session.objects.filter(pk=pk).exists()

    entry = the_entry(audit.DELETE)
    assert entry.user == people.trainer
    assert entry.deleted
    assert (entry.object_id, entry.label) == (str(pk), label)
    assert entry.data["session"]["label"] == label
    assert entry.data["session"]["campaign"] == "Golondrina"
    assert entry.data["plan"]["group"] == "7B"
    assert entry.message == "Session deleted (campaign Golondrina)"
    assert ModelLogEntry.objects.filter(object_id=str(pk)).count() == 2  # planned, deleted

    report = signed_in(people.admin).get(SITE_HISTORY).text
    assert "Session deleted (campaign Golondrina)" in report
    assert label in report


def test_the_site_history_report_filters_session_entries_by_action(trainer, planned, people):
    trainer.post(reverse("trainer:session_open", args=[planned.pk]), CONFIRMED)
    admin = signed_in(people.admin)

    everything = admin.get(SITE_HISTORY)
    assert "Session planned: campaign: Golondrina" in everything.text
    assert "Session opened with the join code" in everything.text
    # The filter offers the actions by their labels.
    choices = dict(everything.context["filters"].form.fields["action"].choices)
    assert choices[audit.CREATE] == "Session planned"
    assert choices[audit.OPEN] == "Session opened"

    opened = admin.get(SITE_HISTORY, {"action": audit.OPEN})
    assert opened.status_code == 200
    assert "Session opened with the join code" in opened.text
    assert "Session planned" not in opened.text.split("</form>")[-1]


def test_an_editor_sees_site_history_without_session_entries(trainer, planned, people):
    trainer.post(reverse("trainer:session_open", args=[planned.pk]), CONFIRMED)
    response = signed_in(people.editor).get(SITE_HISTORY)
    assert response.status_code == 200
    assert "My body is mine" in response.text  # the pages they edit are listed
    assert "Session opened" not in response.text
    assert str(planned) not in response.text
    filters = response.context["filters"].form.fields
    assert "action" not in filters or not any(
        value.startswith("workshops.session.") for value, _label in filters["action"].choices
    )
    # Asking for a session action by name shows nothing either.
    filtered = signed_in(people.editor).get(SITE_HISTORY, {"action": audit.OPEN})
    assert "Session opened" not in filtered.text


@pytest.mark.parametrize("role", ["trainer", "coordinator", "nobody"])
def test_people_without_the_admin_are_refused_the_site_history(people, planned, role):
    response = signed_in(getattr(people, role)).get(SITE_HISTORY)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
    assert Client().get(SITE_HISTORY).status_code == 302


def test_participants_leave_no_trace_in_the_log(open_session):
    """Participants are anonymous: joining writes no entry, and no entry holds a participant."""
    before = ModelLogEntry.objects.count()
    join(Client(), open_session)
    participant = Participant.objects.get()
    assert participant.sgic
    assert ModelLogEntry.objects.count() == before
    for entry in ModelLogEntry.objects.all():
        assert participant.sgic not in str(entry.data)
        assert "participant" not in str(entry.data).lower()
