"""Accent-insensitive procedure search."""

import pytest

from motcua.catalogue.selectors import field_counts, field_options, procedure_search
from motcua.catalogue.tests.factories import procedure_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    procedure_make("1.000894", "Đăng ký kết hôn")
    procedure_make("1.001193", "Đăng ký khai sinh")
    procedure_make("2.000815", "Chứng thực bản sao từ bản chính", field="Chứng thực")
    procedure_make("1.004227", "Kết hôn có yếu tố nước ngoài", level="province")
    procedure_make("9.999999", "Thủ tục đăng ký nháp", status="draft")


def codes(**kwargs):
    return [p.code for p in procedure_search(**kwargs)]


@pytest.mark.parametrize(
    "query", ["dang ky ket hon", "Đăng ký kết hôn", "ĐĂNG KÝ KẾT HÔN", "đang ky ket hon"]
)
def test_queries_with_or_without_accents_find_the_same_procedures(catalogue, query):
    assert codes(query=query) == ["1.000894"]


def test_words_may_come_in_any_order(catalogue):
    assert set(codes(query="hon ket")) == {"1.000894", "1.004227"}


def test_the_whole_phrase_ranks_before_scattered_words(catalogue):
    procedure_make("1.000689", "Đăng ký giám hộ và khai sinh")
    assert codes(query="dang ky khai sinh") == ["1.001193", "1.000689"]


def test_the_field_name_and_the_code_are_searched(catalogue):
    assert codes(query="chung thuc") == ["2.000815"]
    assert codes(query="1.001193") == ["1.001193"]


def test_filters_by_field_level_and_online_level(catalogue):
    assert codes(level="province") == ["1.004227"]
    assert codes(query="ket hon", level="commune") == ["1.000894"]
    assert codes(field="chung-thuc") == ["2.000815"]
    assert codes(online_level="none") == []


def test_drafts_are_never_found(catalogue):
    assert "9.999999" not in codes(query="dang ky")


def test_percent_and_underscore_are_literal(catalogue):
    assert codes(query="x%y") == []
    assert codes(query="_") == []


def test_procedures_outside_their_validity_are_not_public(catalogue):
    import datetime as dt

    procedure_make("1.100001", "Đăng ký cũ đã hết hiệu lực", valid_to=dt.date(2020, 1, 1))
    procedure_make("1.100002", "Đăng ký mới chưa có hiệu lực", valid_from=dt.date(2099, 1, 1))
    found = codes(query="dang ky")
    assert "1.100001" not in found and "1.100002" not in found
    assert "1.000894" in found


def test_an_exact_name_comes_before_names_that_merely_contain_it(catalogue):
    procedure_make("1.100003", "Liên thông các thủ tục hành chính về đăng ký khai sinh")
    assert codes(query="khai sinh")[:2] == ["1.001193", "1.100003"]


def test_accents_as_typed_rank_first(catalogue):
    procedure_make("1.100004", "Cho phép hội đặt văn phòng đại diện", field="Nội vụ")
    procedure_make("1.100005", "Hòa giải tranh chấp đất đai", field="Đất đai")
    assert codes(query="đất")[0] == "1.100005"
    assert set(codes(query="dat")) >= {"1.100004", "1.100005"}


def test_words_match_whole_syllables_and_the_last_may_be_unfinished(catalogue):
    assert codes(query="an") == []  # not every name containing "an" somewhere
    assert codes(query="dang ky ket h") == ["1.000894"]
    assert codes(query="chung thu") == ["2.000815"]


def test_names_starting_with_d_stroke_sort_with_d(catalogue):
    procedure_make("1.100006", "Ủy quyền thử")
    procedure_make("1.100007", "Duyệt thử")
    assert [p.name for p in procedure_search()] == [
        "Chứng thực bản sao từ bản chính",
        "Đăng ký kết hôn",
        "Đăng ký khai sinh",
        "Duyệt thử",
        "Kết hôn có yếu tố nước ngoài",
        "Ủy quyền thử",
    ]


def test_renaming_a_field_refreshes_the_search(catalogue):
    from motcua.catalogue.models import Field
    from motcua.catalogue.services import field_save

    field = Field.objects.get(name="Chứng thực")
    field.name = "Công chứng, chứng thực"
    field_save(field=field)
    assert codes(query="cong chung") == ["2.000815"]


def test_i_and_y_spellings_find_the_same_procedures(catalogue):
    for query in ["đăng kí kết hôn", "dang ki ket hon", "ĐĂNG KÝ KẾT HÔN"]:
        assert codes(query=query) == ["1.000894"], query


def test_what_citizens_call_a_red_book_finds_the_land_use_certificate(catalogue):
    procedure_make(
        "1.012770",
        "Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
        field="Đất đai",
    )
    procedure_make("2.000100", "Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm")
    assert codes(query="so do") == ["1.012770"]
    assert codes(query="sổ đỏ lần đầu") == ["1.012770"]


def test_colloquial_words_also_find_what_they_literally_say(catalogue):
    procedure_make("2.000200", "Thành lập Văn phòng công chứng", field="Công chứng")
    assert "2.000200" in codes(query="công chứng")
    assert "2.000815" in codes(query="công chứng")  # and the certification procedures


def test_an_unfinished_last_word_ending_in_y_still_matches(catalogue):
    procedure_make("2.000300", "Cấp quyết định công nhận", field="Thi đua")
    assert codes(query="cap quy") == ["2.000300"]
    assert codes(query="cấp quy") == ["2.000300"]


def test_fields_are_listed_in_vietnamese_alphabetical_order(client):
    for n, field in enumerate(["Y tế", "Đất đai", "Dân tộc", "Ăn uống", "An toàn thực phẩm"]):
        procedure_make(code=f"1.00{n}", name=f"Thủ tục {n}", field=field)
    expected = ["An toàn thực phẩm", "Ăn uống", "Dân tộc", "Đất đai", "Y tế"]
    assert [f.name for f in field_options()] == expected
    assert [f.name for f, _n in field_counts()] == expected
    page = client.get("/procedures/").content.decode()
    assert [page.index(name) for name in expected] == sorted(page.index(n) for n in expected)
