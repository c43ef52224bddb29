"""Self-generated identification codes (SGIC): matching a post-test to a pre-test, anonymously.

A participant answers four questions whose answers do not change and that they can give again
without writing anything down; the answers make a five-character code that names nobody:

    mother's (or carer's) first-name initial · birth month (2 digits) ·
    older siblings (0-5, 5 meaning five or more) · initial of the town or city of birth

People misremember or mistype one answer now and then, so codes match when at most one of the four
elements differs (`sgic_distance` ≤ 1).
"""

import unicodedata

LENGTH = 5
MONTHS = range(1, 13)
OLDER_SIBLINGS_MAX = 5


def initial_normalize(text: str) -> str:
    """The first letter of a name, upper case and without accents ("á" → "A", "ñ" → "N", "Ł" stays
    "Ł"); "" when the text holds no letter."""
    for char in text.strip():
        if char.isalpha():
            base = unicodedata.normalize("NFKD", char)[0]
            return (base if base.isalpha() else char).upper()
    return ""


def sgic_build(
    *, mother_initial: str, birth_month: int, older_siblings: int, birthplace_initial: str
) -> str:
    mother = initial_normalize(mother_initial)
    place = initial_normalize(birthplace_initial)
    if not mother or not place:
        raise ValueError("an SGIC needs two initials")
    if birth_month not in MONTHS:
        raise ValueError("birth month out of range")
    siblings = min(max(older_siblings, 0), OLDER_SIBLINGS_MAX)
    return f"{mother}{birth_month:02d}{siblings}{place}"


def sgic_elements(code: str) -> tuple[str, str, str, str]:
    return code[0], code[1:3], code[3], code[4]


def sgic_distance(a: str, b: str) -> int:
    """How many of the four elements differ between two codes."""
    return sum(x != y for x, y in zip(sgic_elements(a), sgic_elements(b), strict=True))


def sgic_parse(text: str) -> str:
    """A code as written on a paper sheet ("m 05 2 b", "M052B"), built by the same rules as on a
    phone (`sgic_build`); ValueError when it is not a letter, a month, a number of older siblings
    and a letter."""
    compact = "".join(text.split())
    if len(compact) != LENGTH or not compact[1:4].isdigit():
        raise ValueError("an SGIC is a letter, two digits, a digit and a letter")
    return sgic_build(
        mother_initial=compact[0],
        birth_month=int(compact[1:3]),
        older_siblings=int(compact[3]),
        birthplace_initial=compact[4],
    )
