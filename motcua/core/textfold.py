"""Vietnamese text folding for accent-insensitive search.

`fold("Đăng ký kết hôn") == fold("dang ky ket hon") == "dang ky ket hon"`: diacritics are
removed, `đ` becomes `d`, case and runs of whitespace are normalised.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[^\w.]+")
_FINAL_Y = re.compile(r"^(b|ch|c|d|gh|g|h|kh|k|l|m|nh|ng|n|ph|p|qu|r|s|th|tr|t|v|x)y$")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped.casefold()).strip()


def fold_terms(text: str, *, final_y: bool = True) -> list[str]:
    """The folded words of a text or query: punctuation splits words, codes keep their inner
    dots (`1.001193`), so `(cấp xã)` gives `["cap", "xa"]`. A syllable ending in i or y after
    a consonant is spelt both ways (ký / kí, lý / lí, quy / qui), so it folds to one form."""
    words = (word.strip(".") for word in _SEPARATORS.split(fold(text)))
    if not final_y:
        return [word for word in words if word]
    return [_FINAL_Y.sub(r"\1i", word) for word in words if word]


def search_key(text: str) -> str:
    """Folded words between single spaces, with a space at each end, so that a word is found
    as `" word "` and a word's beginning as `" wor"`."""
    return f" {' '.join(fold_terms(text))} "


def casefold_name(text: str) -> str:
    """A name compared with its accents as typed, ignoring case and spacing."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()
