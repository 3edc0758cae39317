"""Vietnamese text folding for accent-insensitive search.

`fold("Đăng ký kết hôn") == fold("dang ky ket hon") == "dang ky ket hon"`: diacritics are
removed, `đ` becomes `d`, case and runs of whitespace are normalised.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped.casefold()).strip()


def fold_terms(query: str) -> list[str]:
    """The folded words of a search query, punctuation dropped (codes keep their dots)."""
    words = []
    for raw in fold(query).split(" "):
        word = raw.strip(".,;:!?\"'()[]{}")
        if word and not _NOT_WORD.fullmatch(word):
            words.append(word)
    return words
