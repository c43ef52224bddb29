"""Matching each post-test to the pre-test of the same person, anonymously: first by the same phone
(participant), then by an equal self-generated code, then by a code one element away; anything
ambiguous stays unmatched rather than pairing two different people."""

import uuid

import pytest
from django.utils import timezone
from wagtail.models import Locale

from quizzes.models import Attempt
from quizzes.questions import content_of
from quizzes.selectors import Matching, prepost_matching
from quizzes.services import AttemptSubmission, attempt_submit
from tests.quizzes.factories import ALL_RIGHT, ONE_RIGHT, QuizFactory
from tests.workshops.factories import SessionFactory
from workshops.models import Participant

pytestmark = pytest.mark.django_db


def join(session, sgic: str = "") -> Participant:
    return Participant.objects.create(
        session=session, role="students", age_band="10-13", language="en", sgic=sgic
    )


def take(participant, quiz, phase: str, answers: dict[str, list[str]] = ALL_RIGHT) -> Attempt:
    """The participant sends a quiz's form (no trainer action is needed at this level)."""
    attempt, created = attempt_submit(
        participant=participant,
        submission=AttemptSubmission(
            key=uuid.uuid4(),
            quiz=quiz,
            revision_id=quiz.live_revision_id,
            content=content_of(quiz),
            phase=phase,
            answers={question: frozenset(choices) for question, choices in answers.items()},
        ),
    )
    assert created
    return attempt


def pairs_of(matching: Matching) -> set[tuple[int, int, str]]:
    """(pre attempt, post attempt, how) for each pair."""
    return {(pair.pre.attempt_id, pair.post.attempt_id, pair.by) for pair in matching.pairs}


def matching_of(session) -> Matching:
    return prepost_matching(session_ids=[session.pk])


def test_a_participant_with_pre_and_post_on_the_same_phone_is_paired_by_participant(
    open_session, quiz
):
    someone = join(open_session)  # no code at all: the phone is enough
    pre, post = take(someone, quiz, "pre"), take(someone, quiz, "post")
    matching = matching_of(open_session)
    assert pairs_of(matching) == {(pre.pk, post.pk, "participant")}
    (pair,) = matching.pairs
    assert pair.quiz_key == quiz.translation_key
    assert pair.pre.participant_id == pair.post.participant_id == someone.pk
    assert (matching.post_count, matching.match_rate) == (1, 1.0)


def test_the_same_phone_wins_over_another_participants_equal_code(open_session, quiz):
    someone, namesake = join(open_session, "M031B"), join(open_session, "M031B")
    own_pre, other_pre = take(someone, quiz, "pre"), take(namesake, quiz, "pre")
    post = take(someone, quiz, "post")
    assert pairs_of(matching_of(open_session)) == {(own_pre.pk, post.pk, "participant")}
    assert other_pre.pk not in {pair.pre.attempt_id for pair in matching_of(open_session).pairs}


def test_two_participants_with_the_same_code_are_paired_by_code(open_session, quiz):
    before, after = join(open_session, "M031B"), join(open_session, "M031B")
    pre, post = take(before, quiz, "pre"), take(after, quiz, "post")
    matching = matching_of(open_session)
    assert pairs_of(matching) == {(pre.pk, post.pk, "code")}
    assert matching.match_rate == 1.0


def another_session(tree):
    """One more session of tree.campaign: a case of its own, without building another tree."""
    return SessionFactory(
        campaign=tree.campaign,
        modules=[tree.module],
        language="en",
        scheduled_start=timezone.now(),
    )


ONE_ELEMENT_AWAY = [
    "A031B",  # another mother's initial
    "M041B",  # another birth month
    "M111B",  # a birth month with both digits different is still one element
    "M032B",  # another number of older siblings
    "M031C",  # another birthplace
]


def test_codes_differing_in_exactly_one_element_are_paired(tree, quiz):
    for post_code in ONE_ELEMENT_AWAY:
        session = another_session(tree)
        pre = take(join(session, "M031B"), quiz, "pre")
        post = take(join(session, post_code), quiz, "post")
        assert pairs_of(matching_of(session)) == {(pre.pk, post.pk, "code")}, post_code


def test_codes_differing_in_two_elements_or_more_are_not_paired(tree, quiz):
    for post_code in ("A041B", "M032C", "A031C", "Z125Y"):
        session = another_session(tree)
        take(join(session, "M031B"), quiz, "pre")
        take(join(session, post_code), quiz, "post")
        matching = matching_of(session)
        assert matching.pairs == [], post_code
        assert (matching.post_count, matching.match_rate) == (1, 0.0), post_code


def test_an_equal_code_is_preferred_to_a_code_one_element_away(open_session, quiz):
    take(join(open_session, "M031C"), quiz, "pre")
    exact = take(join(open_session, "M031B"), quiz, "pre")
    post = take(join(open_session, "M031B"), quiz, "post")
    assert pairs_of(matching_of(open_session)) == {(exact.pk, post.pk, "code")}


def test_a_post_test_within_one_element_of_two_pre_tests_stays_unmatched(open_session, quiz):
    take(join(open_session, "M031C"), quiz, "pre")
    take(join(open_session, "M041B"), quiz, "pre")
    take(join(open_session, "M031B"), quiz, "post")
    matching = matching_of(open_session)
    assert matching.pairs == []
    assert matching.match_rate == 0.0


def test_a_post_test_with_the_same_code_as_two_pre_tests_stays_unmatched(open_session, quiz):
    take(join(open_session, "M031B"), quiz, "pre")
    take(join(open_session, "M031B"), quiz, "pre")
    take(join(open_session, "M031B"), quiz, "post")
    assert matching_of(open_session).pairs == []


def test_two_post_tests_within_one_element_of_the_same_pre_test_both_stay_unmatched(
    open_session, quiz
):
    take(join(open_session, "M031B"), quiz, "pre")
    take(join(open_session, "M031C"), quiz, "post")
    take(join(open_session, "M041B"), quiz, "post")
    matching = matching_of(open_session)
    assert matching.pairs == []
    assert (matching.post_count, matching.match_rate) == (2, 0.0)


def test_a_pre_test_fitting_two_post_tests_is_not_paired_even_when_one_post_fits_no_other_pre(
    open_session, quiz
):
    take(join(open_session, "M031B"), quiz, "pre")  # fits both posts below
    take(join(open_session, "M031D"), quiz, "pre")  # fits only the first post
    take(join(open_session, "M031C"), quiz, "post")  # one element from both pre-tests
    take(join(open_session, "M041B"), quiz, "post")  # one element from the first pre-test only
    # Either post could be the first pre-test's person: pairing it with the second is a guess.
    assert matching_of(open_session).pairs == []


def test_a_pre_test_paired_by_phone_is_not_offered_again_to_a_code(open_session, quiz):
    someone, namesake = join(open_session, "M031B"), join(open_session, "M031B")
    pre, post = take(someone, quiz, "pre"), take(someone, quiz, "post")
    take(namesake, quiz, "post")
    matching = matching_of(open_session)
    assert pairs_of(matching) == {(pre.pk, post.pk, "participant")}
    assert (matching.post_count, matching.match_rate) == (2, 0.5)


def test_a_post_test_without_a_code_is_unmatched(open_session, quiz):
    take(join(open_session, "M031B"), quiz, "pre")
    take(join(open_session, ""), quiz, "pre")
    take(join(open_session, ""), quiz, "post")
    matching = matching_of(open_session)
    assert matching.pairs == []
    assert (matching.post_count, matching.match_rate) == (1, 0.0)


def test_a_pre_test_without_a_code_is_never_paired_by_code(open_session, quiz):
    take(join(open_session, ""), quiz, "pre")
    take(join(open_session, "M031B"), quiz, "post")
    assert matching_of(open_session).pairs == []


def test_the_match_rate_is_the_share_of_post_tests_paired(open_session, quiz):
    one, two, three = (join(open_session, code) for code in ("M031B", "A125C", "R090S"))
    for person in (one, two, three):
        take(person, quiz, "post")
    take(one, quiz, "pre")  # paired by phone
    take(join(open_session, "A125D"), quiz, "pre")  # paired by code, one element away
    take(join(open_session, "M088M"), quiz, "pre")  # nobody's
    matching = matching_of(open_session)
    assert sorted(pair.by for pair in matching.pairs) == ["code", "participant"]
    assert matching.post_count == 3
    assert matching.match_rate == pytest.approx(2 / 3)


def test_the_match_rate_is_none_without_any_post_test(open_session, quiz):
    take(join(open_session, "M031B"), quiz, "pre")
    matching = matching_of(open_session)
    assert (matching.pairs, matching.post_count, matching.match_rate) == ([], 0, None)
    assert prepost_matching(session_ids=[]).match_rate is None


def test_pairs_never_cross_sessions(tree, open_session, quiz):
    other_session = another_session(tree)
    take(join(open_session, "M031B"), quiz, "pre")
    take(join(other_session, "M031B"), quiz, "post")
    assert matching_of(open_session).post_count == 0
    assert matching_of(other_session).pairs == []
    both = prepost_matching(session_ids=[open_session.pk, other_session.pk])
    assert (both.pairs, both.post_count, both.match_rate) == ([], 1, 0.0)


def test_only_the_sessions_asked_for_are_matched(tree, open_session, quiz):
    other_session = another_session(tree)
    for session in (open_session, other_session):
        someone = join(session, "M031B")
        take(someone, quiz, "pre")
        take(someone, quiz, "post")
    assert matching_of(open_session).post_count == 1
    assert prepost_matching(session_ids=[open_session.pk, other_session.pk]).post_count == 2
    assert len(prepost_matching(session_ids=[open_session.pk, other_session.pk]).pairs) == 2


def test_pairs_never_cross_quizzes(tree, open_session, quiz):
    other_quiz = QuizFactory(modules=[tree.module])
    someone = join(open_session, "M031B")
    take(someone, quiz, "pre")
    take(someone, other_quiz, "post")  # same phone, other quiz
    take(join(open_session, "M031B"), other_quiz, "post")  # same code, other quiz
    matching = matching_of(open_session)
    assert matching.pairs == []
    assert matching.post_count == 2


def test_the_same_quiz_in_another_language_is_the_same_quiz(open_session, quiz):
    spanish = quiz.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.save()
    spanish.save_revision().publish()
    spanish.refresh_from_db()
    pre = take(join(open_session, "M031B"), spanish, "pre")
    post = take(join(open_session, "M031B"), quiz, "post")
    assert pairs_of(matching_of(open_session)) == {(pre.pk, post.pk, "code")}


def test_the_gain_is_the_post_test_percent_minus_the_pre_test_percent(open_session, quiz):
    someone = join(open_session)
    take(someone, quiz, "pre", ONE_RIGHT)  # 1 of 3
    take(someone, quiz, "post", ALL_RIGHT)  # 3 of 3
    (pair,) = matching_of(open_session).pairs
    assert pair.pre.score_percent == pytest.approx(100 / 3)
    assert pair.post.score_percent == pytest.approx(100)
    assert pair.gain == pytest.approx(200 / 3)


def test_a_lower_post_test_score_is_a_negative_gain(open_session, quiz):
    take(join(open_session, "M031B"), quiz, "pre", ALL_RIGHT)
    take(join(open_session, "M031C"), quiz, "post", ONE_RIGHT)
    (pair,) = matching_of(open_session).pairs
    assert pair.by == "code"
    assert pair.gain == pytest.approx(-200 / 3)
