"""Name keys: one matching form for the spelling variants of a proper name.

Arabic renders foreign names many ways (سيرغي/سيرجي، لكسمبرغ/لوكسمبورغ، أستانا/أستانة،
سوريا/سورية). The key keeps a name's consonant skeleton: normalised (hamza, yaa, taa
marbuta, diacritics), long vowels dropped after the first letter, the letters that
transliterate /g/ folded together, final ه/ة read as ا, doubled letters collapsed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.text.normalize import normalize

_G_LETTERS = str.maketrans({"غ": "ج", "گ": "ج", "ڭ": "ج"})
_VOWELS = re.compile(r"(?<=.)[اوي]")
_DOUBLES = re.compile(r"(.)\1+")
_NON_LETTERS = re.compile(r"[^\w\s]|[\d_]")


def _word_key(word: str) -> str:
    if word.endswith("ه") and len(word) > 2:
        word = word[:-1] + "ا"
    skeleton = _VOWELS.sub("", word.translate(_G_LETTERS))
    skeleton = _DOUBLES.sub(r"\1", skeleton)
    # too short a skeleton collides with other names: keep the whole word then
    return skeleton if len(skeleton) >= 3 else _DOUBLES.sub(r"\1", word)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Matching key of a proper name; variants of one name share it."""
    words = _NON_LETTERS.sub(" ", normalize(name)).split()
    return " ".join(_word_key(w) for w in words)
