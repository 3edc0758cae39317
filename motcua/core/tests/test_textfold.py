import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua.core.textfold import collation_key, fold, fold_terms


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đăng ký kết hôn", "dang ky ket hon"),
        ("dang ky ket hon", "dang ky ket hon"),
        ("ĐĂNG KÝ  KHAI SINH", "dang ky khai sinh"),
        ("Chứng thực bản sao", "chung thuc ban sao"),
        ("Ngọk Réo", "ngok reo"),
        ("đ", "d"),
    ],
)
def test_it_folds_vietnamese_accents_and_d(text, folded):
    assert fold(text) == folded


def test_decomposed_input_folds_like_composed():
    import unicodedata

    composed = "Đăng ký kết hôn"
    assert fold(unicodedata.normalize("NFD", composed)) == fold(composed)


def test_terms_drop_punctuation_but_keep_codes():
    assert fold_terms("  Kết hôn, (1.000894)! ") == ["ket", "hon", "1.000894"]
    assert fold_terms("?? --") == []


@given(st.text())
def test_folding_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_vietnamese_order_puts_each_letter_after_its_base():
    fields = ["Y tế", "Đất đai", "Dân tộc", "Ăn uống", "An ninh", "Ấn phẩm", "Ô tô", "Ơn", "Ổn"]
    assert sorted(fields, key=collation_key) == [
        "An ninh",
        "Ăn uống",
        "Ấn phẩm",
        "Dân tộc",
        "Đất đai",
        "Ô tô",
        "Ổn",
        "Ơn",
        "Y tế",
    ]


def test_vietnamese_order_sorts_tones_case_numbers_and_spaces():
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(tones), key=collation_key) == tones
    assert sorted(["Ua", "ua", "Ưa", "u a", "u2", "u10"], key=collation_key) == [
        "u a",
        "u10",
        "u2",
        "ua",
        "Ua",
        "Ưa",
    ]
    decomposed = unicodedata.normalize("NFD", "Đất đai")
    assert collation_key(decomposed) == collation_key("Đất đai")
