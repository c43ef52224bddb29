"""Fuzzing the participant endpoints: whatever a phone (or someone pretending to be one) sends to
the join form, "about you", a quiz, a survey, "next person" or the language switcher, the answer
is never a server error; a refused request stores nothing, and an accepted one stores exactly one
valid thing.

Each example starts from the form a browser sends and mutates it: fields dropped, renamed,
repeated or added by the thousand; values replaced by empty, huge, binary (not UTF-8), NUL,
surrogate, control, out-of-range, malformed-UUID or other questions' keys, or by the key of what
someone else already sent. The body goes urlencoded byte for byte, as multipart, or under a
content type no form has. Examples share the test's transaction, so each one compares the counts
of everything a participant can store before and after its own request.
"""

import json
import re
import uuid
from urllib.parse import quote_plus, urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st

from participation.forms.participants import PARTICIPANT_AGE_BANDS
from participation.views.participants import COOKIE_NAME, participant_of, participant_remember
from quizzes.models import Answer, Attempt
from reach.models import SessionChange
from surveys.disclosure import disclosure_terms, text_discloses
from surveys.forms import FREE_TEXT_MAX_LENGTH
from surveys.models import Response, ResponseAnswer
from tests.quizzes.factories import (
    C_COUNSELLOR,
    C_NEW_FRIEND_ONLINE,
    C_NOBODY,
    C_STRANGER_ONLINE,
    C_TEACHER,
    C_TRUSTED_ADULT,
    Q_MULTIPLE,
    Q_SINGLE,
    Q_TRUE_FALSE,
)
from tests.surveys.factories import (
    C_DISCUSSION,
    C_LITTLE,
    C_ROLE_PLAY,
    C_VERY,
    S_FREE_TEXT,
    S_LIKERT,
    S_MULTIPLE,
    S_RATING,
    S_SINGLE,
    SurveyFactory,
)
from workshops.models import Audience, CampaignPage, Gender, Participant, Session
from workshops.services import ParticipantProfile, participant_join
from workshops.throttle import client_key

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=75,
    deadline=None,
    derandomize=True,  # the same examples on every run and in CI
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # examples share the test's fixtures on purpose
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

UNKNOWN = uuid.UUID("00000000-0000-4000-8000-0000000000ff")  # no quiz or survey has this key
STORED = (Participant, Attempt, Answer, Response, ResponseAnswer, SessionChange)

# --- what hostile input looks like ---------------------------------------------------------------

ODD_TEXTS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfffy",
    "\ufeff",
    "\u202eevil",
    "\r\nSet-Cookie: faro_participant=1:1",
    "ß",
    "İ",
    "\u0131",  # dotless i
    "\U0001d4dc",  # a script M
    "١٢٣",
    "null",
    "None",
    "true",
    "False",
    "[]",
    "{}",
    "-1",
    "0",
    "1.5",
    "1e309",
    "NaN",
    "1_0",
    "2147483648",
    "-9223372036854775809",
    "99999999999999999999999999999999",
    "<script>alert(1)</script>",
    "' OR '1'='1' --",
    "%00",
    "../../etc/passwd",
    "00000000-0000-0000-0000-000000000000",
    "6a0c3f9e1d2b4c1a9a57000000000001",
    "{6a0c3f9e-1d2b-4c1a-9a57-000000000001}",
    "6a0c3f9e-1d2b-4c1a-9a57-00000000000g",
]
# Characters a keyboard never types: surrogates, controls, formatting, private use, combining.
ODD_CHARACTERS = st.characters(categories=["Cs", "Cc", "Cf", "Co", "Mn", "Zs", "Zl"])


def hostile_values(known: list[str]) -> st.SearchStrategy:
    """A value a form field might be sent: mostly nonsense, sometimes a valid value misplaced."""
    return st.one_of(
        st.sampled_from(ODD_TEXTS),
        st.sampled_from(known),
        st.text(max_size=30),
        st.text(ODD_CHARACTERS, min_size=1, max_size=6),
        st.one_of(st.uuids().map(str), st.integers(-(2**70), 2**70).map(str)),
        st.one_of(
            st.binary(min_size=1, max_size=16),  # not UTF-8
            st.sampled_from([1_001, 20_000, 70_000, 300_000]).map(lambda n: "x" * n),  # huge
        ),
    )


def hostile_names(known: list[str]) -> st.SearchStrategy:
    return st.one_of(
        st.sampled_from(known),
        st.sampled_from(
            ["", "q-", "s-", "KEY", "key ", "q-q-", "revision[]", "csrfmiddlewaretoken"]
        ),
        st.uuids().map(lambda key: f"q-{key}"),
        st.uuids().map(lambda key: f"s-{key}"),
        st.text(max_size=12),
        st.text(ODD_CHARACTERS, min_size=1, max_size=4),
    )


MUTATIONS = ["replace"] * 4 + ["add"] * 2 + ["drop", "repeat", "rename", "reuse"] * 2 + ["flood"]
ENCODINGS = st.sampled_from(["urlencoded", "urlencoded", "urlencoded", "multipart", "json", "text"])


def mutate(data, fields: list, *, names: list[str], values: list[str], reusable=()) -> list:
    """Up to four mutations of a valid form (a list of name, value pairs), or none."""
    fields = list(fields)
    value = hostile_values(values)
    for _step in range(data.draw(st.sampled_from([0, 1, 1, 1, 2, 2, 3, 4]), label="mutations")):
        op = data.draw(st.sampled_from(MUTATIONS), label="op")
        if op == "add" or not fields:
            fields.insert(
                data.draw(st.integers(0, len(fields)), label="at"),
                (data.draw(hostile_names(names), label="name"), data.draw(value, label="value")),
            )
            continue
        at = data.draw(st.integers(0, len(fields) - 1), label="field")
        name, old = fields[at]
        if op == "drop":
            del fields[at]
        elif op == "replace":
            fields[at] = (name, data.draw(value, label="value"))
        elif op == "repeat":
            again = data.draw(st.one_of(st.just(old), value), label="value")
            fields.insert(data.draw(st.integers(0, len(fields)), label="at"), (name, again))
        elif op == "rename":
            fields[at] = (data.draw(hostile_names(names), label="name"), old)
        elif op == "flood":
            count = data.draw(st.sampled_from([30, 1_999, 2_001, 6_000]), label="count")
            fields.extend((f"f{number}", "") for number in range(count))
        elif op == "reuse" and reusable:
            # The key of something someone else already sent.
            fields[at] = (name, data.draw(st.sampled_from(list(reusable)), label="reused"))
    return fields


def _bytes(value) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")


def _text(value) -> str:
    return _bytes(value).decode("utf-8", "replace")


def send(client: Client, url: str, fields: list, encoding: str):
    """POST the fields as a browser would (or would not)."""
    if encoding == "urlencoded":
        body = "&".join(f"{quote_plus(_bytes(n))}={quote_plus(_bytes(v))}" for n, v in fields)
        response = client.post(url, body, content_type="application/x-www-form-urlencoded")
    elif encoding == "multipart":
        grouped: dict[str, list[str]] = {}
        for name, value in fields:
            grouped.setdefault(_text(name), []).append(_text(value))
        response = client.post(url, grouped)
    else:
        payload = json.dumps([[_text(name), _text(value)] for name, value in fields])
        content_type = "application/json" if encoding == "json" else "text/plain"
        response = client.post(url, payload, content_type=content_type)
    if currently_in_test_context():
        event(f"answered {response.status_code}")  # see --hypothesis-show-statistics
    return response


def stored() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in STORED}


def grown(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {name: after[name] - before[name] for name in before if after[name] != before[name]}


def refused_without_a_trace(response, before: dict[str, int]) -> None:
    assert response.status_code < 500, response.content[:2000]
    assert stored() == before, ("a refused request stored something", response.status_code)


def last_value(fields: list, name: str):
    """The value Django reads for a field sent several times (the last one), as text."""
    values = [_text(value) for field, value in fields if _text(field) == name]
    return values[-1] if values else None


def posted_uuid(fields: list, name: str) -> uuid.UUID | None:
    """The UUID a form field reads from what was sent (braces, no dashes and spaces allowed)."""
    value = (last_value(fields, name) or "").strip()
    return uuid.UUID(value) if value else None


@pytest.fixture
def forget_join_failures():
    """Hundreds of wrong codes from the test client's address would soon lock it out (a 429,
    which is right but ends the fuzzing): each example forgets those counted before it."""
    key = client_key(RequestFactory().get("/"))
    return lambda: cache.delete(key)


@pytest.fixture
def roomy_session(open_session):
    """The open session, with room for every participant the examples make up."""
    Session.objects.filter(pk=open_session.pk).update(expected_size=2000)
    open_session.refresh_from_db()
    return open_session


def joined_client(session: Session, *, age_band: str = "10-13") -> tuple[Client, Participant]:
    """A phone that has just joined the session as a new participant."""
    profile = ParticipantProfile(role="students", age_band=age_band, language="en")
    participant = participant_join(session=session, profile=profile, join_key=uuid.uuid4())
    remembered = HttpResponse()
    participant_remember(remembered, request=RequestFactory().get("/"), participant=participant)
    client = Client()
    client.cookies[COOKIE_NAME] = remembered.cookies[COOKIE_NAME].value
    return client, participant


def post_test_set(session: Session, is_open: bool) -> None:
    session.post_test_opened_at = timezone.now() if is_open else None
    Session.objects.filter(pk=session.pk).update(post_test_opened_at=session.post_test_opened_at)


# --- the join code -------------------------------------------------------------------------------


def typed_codes(session: Session) -> st.SearchStrategy:
    """The session's code as people type it: any case, dashes and spaces, O for 0 and I, L for 1."""
    code = session.join_code

    def typed(draw_case: list[bool], separator: str) -> str:
        text = "".join(c.lower() if lower else c for c, lower in zip(code, draw_case, strict=True))
        return f"{text[:4]}{separator}{text[4:]}".replace("0", "O").replace("1", "l")

    return st.builds(
        typed,
        st.lists(st.booleans(), min_size=len(code), max_size=len(code)),
        st.sampled_from(["", "-", " ", " - ", "\t", "_", "."]),
    )


@FUZZ
@given(data=st.data())
def test_any_join_code_leads_to_the_session_or_is_refused_without_a_server_error(
    data, roomy_session, forget_join_failures
):
    forget_join_failures()
    typed = data.draw(st.sampled_from([True, True, True, False]), label="typed")
    code = data.draw(typed_codes(roomy_session) if typed else hostile_values(["ZZZZZZZZ"]))
    fields = mutate(data, [("code", code)], names=["code"], values=[roomy_session.join_code])
    before = stored()
    response = send(Client(), reverse("join"), fields, data.draw(ENCODINGS, label="encoding"))
    # Typing a code never stores anything, whatever comes of it.
    refused_without_a_trace(response, before)
    if response.status_code == 302:
        event("accepted")
        assert response["Location"] == reverse("join_code", args=[roomy_session.join_code])
    else:
        assert response.status_code in (200, 400, 404, 413, 429), response.status_code


# --- about you -----------------------------------------------------------------------------------

PROFILE_CHOICES = {
    "role": list(Audience.values),
    "age_band": [value for value, _label in PARTICIPANT_AGE_BANDS],
    "gender": list(Gender.values),
    "birth_month": [str(month) for month in range(1, 13)],
    "older_siblings": [str(number) for number in range(6)],
}
PROFILE_NAMES = [
    "agree",
    "join_key",
    "role",
    "age_band",
    "gender",
    "mother_initial",
    "birth_month",
    "older_siblings",
    "birthplace_initial",
]


@st.composite
def profiles(draw) -> list:
    """An "about you" form as the page sends it, with or without the optional code."""
    fields = [
        ("agree", "yes"),
        ("join_key", str(uuid.uuid4())),
        ("role", draw(st.sampled_from(PROFILE_CHOICES["role"]))),
        ("age_band", draw(st.sampled_from(PROFILE_CHOICES["age_band"]))),
        ("gender", draw(st.sampled_from(["", *PROFILE_CHOICES["gender"]]))),
    ]
    if draw(st.booleans()):
        fields += [
            ("mother_initial", draw(st.sampled_from(["m", "Á", "ñ", "Łucja", " z "]))),
            ("birth_month", draw(st.sampled_from(PROFILE_CHOICES["birth_month"]))),
            ("older_siblings", draw(st.sampled_from(PROFILE_CHOICES["older_siblings"]))),
            ("birthplace_initial", draw(st.sampled_from(["B", "Bogotá", "é", "城"]))),
        ]
    return fields


def cookie_participant(response, session: Session) -> Participant:
    """The participant the answer's cookie remembers on this phone."""
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE_NAME] = response.cookies[COOKIE_NAME].value
    participant = participant_of(request, session)
    assert participant is not None
    return participant


def assert_valid_participant(participant: Participant) -> None:
    assert participant.role in PROFILE_CHOICES["role"]
    assert participant.age_band in PROFILE_CHOICES["age_band"]
    assert participant.gender in PROFILE_CHOICES["gender"]
    assert participant.language in dict(django_settings.LANGUAGES)
    if participant.sgic:
        assert re.fullmatch(r"[^\W\d_]\d\d[0-5][^\W\d_]", participant.sgic), participant.sgic
        assert 1 <= int(participant.sgic[1:3]) <= 12


@FUZZ
@given(data=st.data())
def test_any_about_you_form_counts_one_valid_participant_or_none_without_a_server_error(
    data, roomy_session
):
    url = reverse("join_code", args=[roomy_session.join_code])
    earlier_keys = [
        str(key)
        for key in Participant.objects.filter(session=roomy_session)
        .exclude(join_key=None)
        .values_list("join_key", flat=True)[:5]
    ]
    values = [value for choices in PROFILE_CHOICES.values() for value in choices]
    fields = mutate(
        data, data.draw(profiles()), names=PROFILE_NAMES, values=values, reusable=earlier_keys
    )
    before = stored()
    response = send(Client(), url, fields, data.draw(ENCODINGS, label="encoding"))
    if response.status_code == 302 and response["Location"].startswith(
        reverse("join_code", args=[roomy_session.join_code]) + "pre/"
    ):
        event("accepted")
        participant = cookie_participant(response, roomy_session)
        assert_valid_participant(participant)
        if str(participant.join_key) in earlier_keys:
            # A resend of a form already counted (a double tap) finds that person again.
            assert grown(before, stored()) == {}
        else:
            assert grown(before, stored()) == {"Participant": 1, "SessionChange": 1}
            assert participant.join_key == posted_uuid(fields, "join_key")
    else:
        refused_without_a_trace(response, before)
        # 200: a body that is no form (JSON, say) gets the empty form to fill in.
        assert response.status_code in (200, 400, 413), response.status_code


# --- quizzes -------------------------------------------------------------------------------------

QUIZ_CHOICES = {
    Q_SINGLE: [C_TRUSTED_ADULT, C_NOBODY, C_STRANGER_ONLINE],
    Q_MULTIPLE: [C_TEACHER, C_COUNSELLOR, C_NEW_FRIEND_ONLINE],
    Q_TRUE_FALSE: ["true", "false"],
}


@st.composite
def quiz_forms(draw, revision_id: int) -> list:
    """A quiz page as a browser sends it: the attempt key, the revision and one tick per
    question (one or more for the multiple-choice one), in any valid combination."""
    fields = [("key", str(uuid.uuid4())), ("revision", str(revision_id))]
    fields.append((f"q-{Q_SINGLE}", draw(st.sampled_from(QUIZ_CHOICES[Q_SINGLE]))))
    ticked = draw(st.lists(st.sampled_from(QUIZ_CHOICES[Q_MULTIPLE]), min_size=1, unique=True))
    fields += [(f"q-{Q_MULTIPLE}", choice) for choice in ticked]
    fields.append((f"q-{Q_TRUE_FALSE}", draw(st.sampled_from(QUIZ_CHOICES[Q_TRUE_FALSE]))))
    return fields


def assert_valid_attempt(attempt: Attempt, *, participant, quiz, phase: str, session) -> None:
    assert attempt.participant_id == participant.pk and attempt.session_id == session.pk
    assert attempt.quiz_key == quiz.translation_key and attempt.phase == phase
    assert attempt.revision_id == quiz.live_revision_id
    assert phase == "pre" or session.post_test_is_open
    answers = {answer.question_key: answer.choice_keys for answer in attempt.answers.all()}
    assert set(answers) == set(QUIZ_CHOICES)
    for question, chosen in answers.items():
        assert chosen and set(chosen) <= set(QUIZ_CHOICES[question]), (question, chosen)
    assert len(answers[Q_SINGLE]) == len(answers[Q_TRUE_FALSE]) == 1
    assert attempt.question_count == 3 and 0 <= attempt.correct_count <= 3


@FUZZ
@given(data=st.data())
def test_any_quiz_submission_is_saved_whole_or_refused_without_a_server_error(
    data, roomy_session, quiz
):
    post_test_set(roomy_session, data.draw(st.sampled_from([True, True, False]), label="post open"))
    client, participant = joined_client(roomy_session)
    phase = data.draw(st.sampled_from(["pre"] * 6 + ["post"] * 3 + ["PRE", "both"]), label="phase")
    quiz_key = data.draw(st.sampled_from([quiz.translation_key] * 9 + [UNKNOWN]), label="quiz")
    url = reverse("quiz:take", args=[roomy_session.join_code, phase, quiz_key])
    earlier_keys = [str(key) for key in Attempt.objects.values_list("key", flat=True)[:5]]
    names = ["key", "revision", *(f"q-{question}" for question in QUIZ_CHOICES)]
    values = [
        str(quiz.live_revision_id),
        *(choice for choices in QUIZ_CHOICES.values() for choice in choices),
    ]
    fields = mutate(
        data,
        data.draw(quiz_forms(quiz.live_revision_id)),
        names=names,
        values=values,
        reusable=earlier_keys,
    )
    before = stored()
    response = send(client, url, fields, data.draw(ENCODINGS, label="encoding"))
    created = Attempt.objects.filter(participant=participant).first()
    if created is not None:
        event("accepted")
        assert response.status_code == 302
        assert response["Location"] == reverse(
            "quiz:result", args=[roomy_session.join_code, created.key]
        )
        assert created.key == posted_uuid(fields, "key")
        assert_valid_attempt(
            created, participant=participant, quiz=quiz, phase=phase, session=roomy_session
        )
        assert grown(before, stored()) == {"Attempt": 1, "Answer": 3, "SessionChange": 1}
    else:
        refused_without_a_trace(response, before)


# --- surveys -------------------------------------------------------------------------------------

SURVEY_CHOICES = {
    S_LIKERT: ["1", "2", "3", "4", "5"],
    S_SINGLE: [C_VERY, C_LITTLE],
    S_MULTIPLE: [C_ROLE_PLAY, C_DISCUSSION],
    S_RATING: [str(point) for point in range(11)],
}
REQUIRED = {S_LIKERT, S_SINGLE, S_RATING}
FREE_TEXTS = st.one_of(
    st.sampled_from(["", "More role play.", "Mi tío me hace daño, tengo MIEDO", "abuse"]),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=60),
)


@st.composite
def survey_forms(draw, revision_id: int) -> list:
    """A survey page as a browser sends it: required answers, optional ones or not, and a text
    (also where it is not asked: a text sent anyway must not be stored)."""
    fields = [("key", str(uuid.uuid4())), ("revision", str(revision_id))]
    for question in (S_LIKERT, S_SINGLE, S_RATING):
        fields.append((f"s-{question}", draw(st.sampled_from(SURVEY_CHOICES[question]))))
    ticked = draw(st.lists(st.sampled_from(SURVEY_CHOICES[S_MULTIPLE]), unique=True))
    fields += [(f"s-{S_MULTIPLE}", choice) for choice in ticked]
    if draw(st.booleans()):
        fields.append((f"s-{S_FREE_TEXT}", draw(FREE_TEXTS)))
    return fields


@pytest.fixture
def survey(tree):
    """A survey asked before and after the workshop, in a campaign with disclosure words."""
    CampaignPage.objects.filter(pk=tree.campaign.pk).update(disclosure_words="miedo\nabuse")
    return SurveyFactory(campaign=tree.campaign, use="both")


def assert_valid_response(saved: Response, *, participant, survey, phase, session, minors):
    assert saved.participant_id == participant.pk and saved.session_id == session.pk
    assert saved.survey_key == survey.translation_key and saved.phase == phase
    assert saved.revision_id == survey.live_revision_id
    # What is asked after the workshop is answered after it.
    assert phase == "pre" or session.post_test_is_open
    answers = {answer.question_key: answer for answer in saved.answers.all()}
    assert REQUIRED <= set(answers) <= {*SURVEY_CHOICES, S_FREE_TEXT}
    for key, answer in answers.items():
        if key == S_FREE_TEXT:
            assert not minors, "a free text was stored in a session for minors"
            assert answer.text and answer.text == answer.text.strip()
            assert len(answer.text) <= FREE_TEXT_MAX_LENGTH and "\x00" not in answer.text
            terms = disclosure_terms(campaign=session.campaign)
            assert answer.flagged == text_discloses(answer.text, terms)
        else:
            assert answer.choice_keys and set(answer.choice_keys) <= set(SURVEY_CHOICES[key])
            assert key == S_MULTIPLE or len(answer.choice_keys) == 1
            assert not answer.text and not answer.flagged


@FUZZ
@pytest.mark.parametrize("age_band", ["10-13", "18+"])
@given(data=st.data())
def test_any_survey_submission_is_saved_whole_or_refused_without_a_server_error(
    data, age_band, roomy_session, survey
):
    Session.objects.filter(pk=roomy_session.pk).update(age_band=age_band)
    roomy_session.age_band = age_band
    post_test_set(roomy_session, data.draw(st.sampled_from([True, True, False]), label="post open"))
    client, participant = joined_client(roomy_session)
    phase = data.draw(st.sampled_from(["post"] * 6 + ["pre"] * 3 + ["POST", "x"]), label="phase")
    survey_key = data.draw(
        st.sampled_from([survey.translation_key] * 9 + [UNKNOWN]), label="survey"
    )
    url = reverse("survey:take", args=[roomy_session.join_code, phase, survey_key])
    earlier_keys = [str(key) for key in Response.objects.values_list("key", flat=True)[:5]]
    names = ["key", "revision", *(f"s-{key}" for key in (*SURVEY_CHOICES, S_FREE_TEXT))]
    values = [
        str(survey.live_revision_id),
        *(choice for choices in SURVEY_CHOICES.values() for choice in choices),
    ]
    fields = mutate(
        data,
        data.draw(survey_forms(survey.live_revision_id)),
        names=names,
        values=values,
        reusable=earlier_keys,
    )
    before = stored()
    response = send(client, url, fields, data.draw(ENCODINGS, label="encoding"))
    saved = Response.objects.filter(participant=participant).first()
    if saved is not None:
        event("accepted")
        assert response.status_code == 302
        assert response["Location"] == reverse("quiz:next", args=[roomy_session.join_code])
        assert saved.key == posted_uuid(fields, "key")
        minors = age_band != "18+"
        assert_valid_response(
            saved,
            participant=participant,
            survey=survey,
            phase=phase,
            session=roomy_session,
            minors=minors,
        )
        assert grown(before, stored()) == {
            "Response": 1,
            "ResponseAnswer": saved.answers.count(),
            "SessionChange": 1,
        }
    else:
        refused_without_a_trace(response, before)


# --- next person and the language switcher -------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_handing_the_phone_on_or_switching_language_stores_nothing_whatever_is_sent(
    data, roomy_session
):
    joined = data.draw(st.booleans(), label="joined")
    client = joined_client(roomy_session)[0] if joined else Client()
    endpoint = data.draw(st.sampled_from(["next_person", "set_language"]), label="endpoint")
    if endpoint == "next_person":
        url = reverse("join_next_person", args=[roomy_session.join_code])
        valid = [("csrfmiddlewaretoken", "x")]
        names = ["csrfmiddlewaretoken"]
    else:
        url = reverse("set_language")
        here = reverse("join_code", args=[roomy_session.join_code])
        valid = [("language", data.draw(st.sampled_from(["en", "es", "ro", "fr"]))), ("next", here)]
        names = ["language", "next"]
    odd_places = ["https://evil.example/", "//evil.example", "javascript:alert(1)", "/\\evil"]
    fields = mutate(data, valid, names=names, values=["en", "es", "xx", *odd_places])
    before = stored()
    response = send(client, url, fields, data.draw(ENCODINGS, label="encoding"))
    refused_without_a_trace(response, before)
    if endpoint == "next_person":
        assert response.status_code in (302, 400, 413)
    elif response.status_code == 302:
        # The switcher sends people back to this site only.
        assert urlsplit(response["Location"]).netloc in ("", "testserver"), response["Location"]


# --- the fuzzing starts from forms that work -----------------------------------------------------


@pytest.mark.parametrize("encoding", ["urlencoded", "multipart"])
def test_the_forms_the_fuzzing_starts_from_are_accepted(encoding, roomy_session, quiz, survey):
    """Unmutated, every starting form is saved: the fuzzing refuses because of what it changed."""
    about = send(Client(), reverse("join_code", args=[roomy_session.join_code]), [
        ("agree", "yes"), ("join_key", str(uuid.uuid4())), ("role", "students"),
        ("age_band", "10-13"), ("gender", ""), ("mother_initial", "m"), ("birth_month", "3"),
        ("older_siblings", "5"), ("birthplace_initial", "Bogotá"),
    ], encoding)  # fmt: skip
    assert about.status_code == 302
    assert_valid_participant(cookie_participant(about, roomy_session))

    client, participant = joined_client(roomy_session)
    take = reverse("quiz:take", args=[roomy_session.join_code, "pre", quiz.translation_key])
    fields = [("key", str(uuid.uuid4())), ("revision", str(quiz.live_revision_id))]
    fields += [(f"q-{question}", choices[-1]) for question, choices in QUIZ_CHOICES.items()]
    assert send(client, take, fields, encoding).status_code == 302
    assert participant.attempts.count() == 1

    post_test_set(roomy_session, True)
    answer = reverse("survey:take", args=[roomy_session.join_code, "post", survey.translation_key])
    fields = [("key", str(uuid.uuid4())), ("revision", str(survey.live_revision_id))]
    fields += [(f"s-{question}", choices[0]) for question, choices in SURVEY_CHOICES.items()]
    assert send(client, answer, fields, encoding).status_code == 302
    assert participant.survey_responses.get().answers.count() == len(SURVEY_CHOICES)
