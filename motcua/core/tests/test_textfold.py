import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua.core.textfold import fold, fold_terms


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
