"""Asked what fits: "about you" offers the roles and age bands of the session's audience, and a
participant gets the surveys written for their role and age band, free text by their own age."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from participation.selectors import session_progress
from surveys.models import Response, ResponseAnswer, Survey
from tests.participation.test_participant_journey import PROFILE, join
from tests.participation.test_participant_languages import page_translated
from tests.participation.test_survey_flow import session_without_quiz, survey_page
from tests.surveys.factories import ANSWERS, S_FREE_TEXT, SurveyFactory, survey_form_data
from tests.surveys.test_survey_authoring import survey_form
from tests.workshops.factories import SessionFactory
from workshops.models import Participant
from workshops.services import session_open

pytestmark = pytest.mark.django_db

WRONG_ROLE = "This session is not for this role. Choose one of those shown."
WRONG_AGE = "This session is not for this age group. Choose one of those shown."


def teen_class(tree, language="en"):
    return session_open(
        session=SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            audience="students",
            age_band="14-17",
            language=language,
            scheduled_start=timezone.now(),
        )
    )


def about_you(client, session):
    client.post(reverse("join"), {"code": session.join_code})
    return client.get(reverse("join_code", args=[session.join_code]))


def test_a_teen_class_is_offered_its_pupils_and_teachers_and_no_young_children(client, tree):
    page = about_you(client, teen_class(tree))
    assert page.status_code == 200
    form = page.context["form"]
    assert [value for value, _label in form.fields["role"].choices] == ["students", "teachers"]
    assert [value for value, _label in form.fields["age_band"].choices] == ["14-17", "18+"]
    assert "A local government official" not in page.text
    assert "6 to 9 years" not in page.text
    # The suggestions the journeys tap through stay.
    assert 'value="students" checked' in page.text or form["role"].value() == "students"
    assert form["age_band"].value() == "14-17"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("role", "officials", WRONG_ROLE), ("age_band", "6-9", WRONG_AGE)],
)
def test_a_crafted_answer_outside_the_offer_is_refused_plainly(client, tree, field, value, message):
    session = teen_class(tree)
    about_you(client, session)
    profile = {**PROFILE, "age_band": "14-17", field: value}
    response = client.post(reverse("join_code", args=[session.join_code]), profile)
    assert response.status_code == 400
    assert message in response.text
    assert not Participant.objects.exists()


def test_the_refusal_comes_in_spanish_to_a_spanish_class(client, tree):
    page_translated(tree.campaign, "es", slug="golondrina-es", title="Golondrina")
    session = teen_class(tree, language="es")
    about_you(client, session)
    profile = {**PROFILE, "age_band": "6-9"}
    response = client.post(reverse("join_code", args=[session.join_code]), profile)
    assert response.status_code == 400
    assert '<html lang="es">' in response.text
    with translation.override("es"):
        assert gettext(WRONG_AGE) in response.text
    assert not Participant.objects.exists()


def mixed_session(tree):
    """A class of every age, without quiz: its surveys come first."""
    return session_without_quiz(tree, audience="students", age_band="all")


def test_a_teacher_in_a_mixed_session_gets_the_teachers_survey_not_the_childrens(client, tree):
    session = mixed_session(tree)
    SurveyFactory(
        campaign=tree.campaign, use="pre", title="¿Tú qué piensas?", audiences=["students"]
    )
    SurveyFactory(campaign=tree.campaign, use="pre", title="For teachers", audiences=["teachers"])
    join(client, session, role="teachers", age_band="18+")
    page = survey_page(client, session)
    assert "For teachers" in page.text
    client.post(page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS))
    done = client.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert "/survey/" not in done.request["PATH_INFO"]
    assert "¿Tú qué piensas?" not in done.text
    assert list(Response.objects.values_list("survey__title", flat=True)) == ["For teachers"]


def test_a_survey_not_written_for_the_participant_is_refused_when_crafted(client, tree):
    session = mixed_session(tree)
    children = SurveyFactory(
        campaign=tree.campaign, use="pre", audiences=["students"], age_bands=["6-9", "10-13"]
    )
    SurveyFactory(campaign=tree.campaign, use="pre", audiences=["teachers"])
    join(client, session, role="teachers", age_band="18+")
    page = survey_page(client, session)
    url = reverse("survey:take", args=[session.join_code, "pre", children.translation_key])
    assert client.get(url).status_code == 404
    assert client.post(url, survey_form_data(page.context, ANSWERS)).status_code == 404
    assert not Response.objects.exists()


def test_an_adult_in_a_mixed_session_is_asked_free_text_and_a_minor_is_not(tree):
    session = mixed_session(tree)
    SurveyFactory(campaign=tree.campaign, use="pre")
    adult, minor = Client(), Client()
    join(adult, session, role="teachers", age_band="18+")
    join(minor, session, role="students", age_band="10-13")
    assert "What would you change?" in survey_page(adult, session).text
    page = survey_page(minor, session)
    assert "What would you change?" not in page.text
    data = survey_form_data(page.context, {**ANSWERS, S_FREE_TEXT: "My name is Ana"})
    assert minor.post(page.request["PATH_INFO"], data).status_code == 302
    assert not ResponseAnswer.objects.filter(question_key=S_FREE_TEXT).exists()


def test_an_adult_free_text_is_kept(client, tree):
    session = mixed_session(tree)
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session, role="teachers", age_band="18+")
    page = survey_page(client, session)
    data = survey_form_data(page.context, {**ANSWERS, S_FREE_TEXT: "Longer role plays"})
    assert client.post(page.request["PATH_INFO"], data).status_code == 302
    assert ResponseAnswer.objects.get(question_key=S_FREE_TEXT).text == "Longer role plays"


def test_a_survey_for_older_pupils_is_not_asked_of_younger_ones(client, tree):
    session = mixed_session(tree)
    SurveyFactory(campaign=tree.campaign, use="pre", title="For teens", age_bands=["14-17"])
    join(client, session, role="students", age_band="10-13")
    done = client.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert "/survey/" not in done.request["PATH_INFO"]


def test_an_editor_says_whom_a_survey_is_written_for(tree, people):
    editor = Client()
    editor.force_login(people.editor)
    add = reverse("wagtailsnippets_surveys_survey:add")
    page = editor.get(add)
    assert 'name="audiences"' in page.text and 'name="age_bands"' in page.text
    form = {**survey_form(campaign=tree.campaign), "audiences": ["teachers", "parents"]}
    form["age_bands"] = ["18+"]
    response = editor.post(add, form)
    assert response.status_code == 302, response.context["form"].errors
    survey = Survey.objects.get()
    assert (survey.audiences, survey.age_bands) == (["teachers", "parents"], ["18+"])


def test_a_teacher_of_fourteen_is_asked_to_check_their_answers(client, tree):
    session = teen_class(tree)
    about_you(client, session)
    profile = {**PROFILE, "role": "teachers", "age_band": "14-17"}
    response = client.post(reverse("join_code", args=[session.join_code]), profile)
    assert response.status_code == 400
    assert "This age group does not go with “A teacher”. Check both answers." in response.text
    assert not Participant.objects.exists()


def test_the_trainer_counts_a_teacher_done_with_the_teachers_survey(client, tree):
    session = mixed_session(tree)
    SurveyFactory(campaign=tree.campaign, use="pre", title="For pupils", audiences=["students"])
    SurveyFactory(campaign=tree.campaign, use="pre", title="For teachers", audiences=["teachers"])
    join(client, session, role="teachers", age_band="18+")
    pupil = Client()
    join(pupil, session, role="students", age_band="10-13")
    panel = progress_of(session)
    assert (panel.joined, panel.pre_surveys, panel.pre_survey_done) == (2, 2, 0)
    page = survey_page(client, session)
    client.post(page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS))
    # The teacher answered every survey written for them; the pupil none of theirs yet.
    assert progress_of(session).pre_survey_done == 1
    page = survey_page(pupil, session)
    pupil.post(page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS))
    assert progress_of(session).pre_survey_done == 2


def progress_of(session):
    return session_progress(session=session)
