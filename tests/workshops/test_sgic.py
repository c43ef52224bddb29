"""The self-generated identification code a participant builds from four stable answers, and how far
apart two codes are. Pure functions: no database."""

import pytest

from workshops.sgic import sgic_build, sgic_distance


def build(**answers) -> str:
    """The code for a mother called María, born in March with one older sibling, in Bogotá."""
    defaults = {
        "mother_initial": "m",
        "birth_month": 3,
        "older_siblings": 1,
        "birthplace_initial": "Bogotá",
    }
    return sgic_build(**{**defaults, **answers})


def test_a_code_is_mother_initial_month_older_siblings_and_birthplace_initial():
    assert build() == "M031B"


@pytest.mark.parametrize(
    ("typed", "initial"),
    [("á", "A"), ("Ángela", "A"), ("ñ", "N"), ("Ñuñoa", "N"), ("é", "E"), ("Ștefan", "S")],
)
def test_an_accented_or_lower_case_initial_becomes_the_plain_capital_letter(typed, initial):
    assert build(mother_initial=typed)[0] == initial
    assert build(birthplace_initial=typed)[-1] == initial


def test_a_whole_word_gives_its_first_letter_and_surrounding_spaces_are_ignored():
    assert build(mother_initial="  maría ", birthplace_initial="Bogotá") == "M031B"
    assert build(birthplace_initial="Medellín") == "M031M"


def test_the_same_answers_typed_differently_give_the_same_code():
    assert build(mother_initial="Álvaro", birthplace_initial="ñ") == build(
        mother_initial="a", birthplace_initial="Ñuñoa"
    )


@pytest.mark.parametrize(("siblings", "digit"), [(0, "0"), (4, "4"), (5, "5"), (6, "5"), (12, "5")])
def test_older_siblings_are_capped_at_five_meaning_five_or_more(siblings, digit):
    assert build(older_siblings=siblings)[3] == digit


def test_a_negative_number_of_older_siblings_counts_as_none():
    assert build(older_siblings=-1)[3] == "0"


@pytest.mark.parametrize(("month", "digits"), [(1, "01"), (9, "09"), (10, "10"), (12, "12")])
def test_the_birth_month_is_always_two_digits(month, digits):
    code = build(birth_month=month)
    assert code[1:3] == digits
    assert len(code) == 5


@pytest.mark.parametrize("month", [0, 13, -1, 99])
def test_a_birth_month_out_of_range_is_refused(month):
    with pytest.raises(ValueError, match="month"):
        build(birth_month=month)


@pytest.mark.parametrize("text", ["", "   ", "123", "¿?", "-"])
def test_a_mother_initial_without_any_letter_is_refused(text):
    with pytest.raises(ValueError, match="initials"):
        build(mother_initial=text)


@pytest.mark.parametrize("text", ["", "   ", "42", "..."])
def test_a_birthplace_without_any_letter_is_refused(text):
    with pytest.raises(ValueError, match="initials"):
        build(birthplace_initial=text)


def test_equal_codes_are_zero_apart():
    assert sgic_distance("M031B", "M031B") == 0


@pytest.mark.parametrize(
    "other",
    [
        "A031B",  # mother's initial
        "M041B",  # birth month, one digit
        "M121B",  # birth month, both digits: still one element
        "M032B",  # older siblings
        "M031C",  # birthplace
    ],
)
def test_codes_differing_in_one_element_are_one_apart(other):
    assert sgic_distance("M031B", other) == 1
    assert sgic_distance(other, "M031B") == 1


def test_codes_differing_in_two_elements_are_two_apart():
    assert sgic_distance("M031B", "A031C") == 2


def test_codes_differing_in_every_element_are_four_apart():
    assert sgic_distance("M031B", "A124C") == 4


def test_a_letter_without_an_unaccented_form_is_kept_as_it_is():
    assert (
        sgic_build(
            mother_initial="łucja", birth_month=1, older_siblings=0, birthplace_initial="Øster"
        )
        == "Ł010Ø"
    )
