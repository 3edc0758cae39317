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


# Vietnamese dictionary order (TCVN 5712 and every Vietnamese dictionary): ă and â follow a,
# đ follows d, ê follows e, ô and ơ follow o, ư follows u; then the tones, ngang before
# huyền, hỏi, ngã, sắc, nặng; then case. Code-point order puts "Đất đai" after "Y tế".
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: 100 + rank for rank, letter in enumerate(_ALPHABET)}
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def collation_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """A key that sorts Vietnamese text as people expect, on any database: `sorted(names,
    key=collation_key)`. Spaces and punctuation come first, then digits, then letters in the
    Vietnamese alphabet; letters of other alphabets after those, by code point."""
    letters, tones, cases = [], [], []
    for char in unicodedata.normalize("NFC", text):
        lower = char.lower()
        decomposed = unicodedata.normalize("NFD", lower) or " "
        base, marks = decomposed[0], decomposed[1:]
        tone = next((_TONE_RANK[m] for m in marks if m in _TONE_RANK), 0)
        letter = unicodedata.normalize(
            "NFC", base + "".join(m for m in marks if m not in _TONE_RANK)
        )
        if letter in _LETTER_RANK:
            rank = _LETTER_RANK[letter]
        elif letter.isdigit():
            rank = 50 + int(letter) if letter.isascii() else 60
        elif not letter.isalnum():
            rank = 1 + (0 if letter.isspace() else 1)
        else:
            rank = 1000 + ord(letter)
        letters.append(rank)
        tones.append(tone)
        cases.append(0 if char == lower else 1)
    return tuple(letters), tuple(tones), tuple(cases)
