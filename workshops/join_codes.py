"""Join codes: 8 characters of Crockford's base32, read aloud and typed on phones without doubt.

The alphabet leaves out I, L, O and U, so nothing looks like 1, 0 or V; typed input is read the
way Crockford specifies (O as 0, I and L as 1), in any case, with or without the dash and spaces.
Eight characters give 32^8 = 2^40 codes.
"""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-_.]+")
_VALID = re.compile(rf"[{ALPHABET}]{{{LENGTH}}}")


def code_generate() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def code_normalize(text: str) -> str | None:
    """The canonical code for what a person typed, or None when it cannot be a code."""
    candidate = _SEPARATORS.sub("", text or "").upper().translate(_READ_AS)
    return candidate if _VALID.fullmatch(candidate) else None


def code_format(code: str) -> str:
    """XXXX-XXXX: two groups of four are easier to read from a projector and to type."""
    return f"{code[:4]}-{code[4:]}"
