"""Public pages: search, procedure page, poster with QR code, form downloads."""

import datetime as dt
import re

import pytest

from motcua.catalogue.tests.factories import form_make, procedure_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def marriage():
    procedure = procedure_make("1.000894", "Đăng ký kết hôn")
    current = form_make(procedure, "TK-KH", name="Tờ khai đăng ký kết hôn")
    expired = form_make(procedure, "TK-CU", name="Tờ khai cũ", valid_to=dt.date(2024, 12, 31))
    return procedure, current, expired


def test_the_home_page_lists_fields_and_a_search_box(client, marriage):
    page = client.get("/").content.decode()
    assert 'name="q"' in page
    assert "Hộ tịch" in page


def test_search_without_accents_finds_the_procedure(client, marriage):
    response = client.get("/procedures/", {"q": "dang ky ket hon"})
    assert response.status_code == 200
    assert "/procedures/1.000894/" in response.content.decode()


def test_search_shows_a_helpful_message_when_nothing_matches(client, marriage):
    page = client.get("/procedures/", {"q": "xyz"}).content.decode()
    assert "0 thủ tục" in page


def test_search_ignores_unknown_filter_values(client, marriage):
    assert client.get("/procedures/", {"level": "'; DROP", "online": "x"}).status_code == 200


def test_search_pages_through_results(client):
    for n in range(25):
        procedure_make(f"1.{n:06d}", f"Thủ tục số {n:02d}")
    first = client.get("/procedures/").content.decode()
    second = client.get("/procedures/", {"page": 2}).content.decode()
    assert "Thủ tục số 00" in first and "Thủ tục số 24" not in first
    assert "Thủ tục số 24" in second
    assert client.get("/procedures/", {"page": "abc"}).status_code == 200


def test_the_search_page_reads_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for n in range(30):
        procedure_make(f"1.{n:06d}", f"Thủ tục số {n:02d}")
    with django_assert_max_num_queries(4):
        client.get("/procedures/", {"q": "thu tuc"})


def test_the_search_page_is_light(client, marriage, settings):
    from django.contrib.staticfiles import finders

    for n in range(20):
        procedure_make(f"1.{n:06d}", f"Đăng ký thủ tục có tên khá dài để thử kích thước {n}")
    page = client.get("/procedures/", {"q": "dang ky"}).content
    css = sum(
        len(open(finders.find(path), "rb").read())  # noqa: SIM115
        for path in re.findall(rb'href="/static/([^"]+\.css)"', page)
        for path in [path.decode()]
    )
    assert css > 0
    assert len(page) + css < 100 * 1024


def test_pages_load_nothing_from_another_host(client, marriage):
    for url in [
        "/",
        "/procedures/?q=ket+hon",
        "/procedures/1.000894/",
        "/procedures/1.000894/poster/",
    ]:
        page = client.get(url).content.decode()
        # A link out (the national portal's "file online") is not a load from another host.
        assert not re.search(r'(src|<link[^>]*\bhref)="(https?:)?//', page), url
        assert "<script" not in page, url


def test_the_procedure_page_shows_every_component_and_only_current_forms(client, marriage):
    procedure, current, expired = marriage
    page = client.get("/procedures/1.000894/").content.decode()
    for text in [
        "Bước 1",
        "Trực tiếp",
        "Công dân Việt Nam",
        "Giấy khai sinh",
        "Miễn lệ phí",
        "Giấy 1",
        "Giấy 2",
        procedure.legal_basis.get().number,
    ]:
        assert text in page
    assert current.get_absolute_url() in page
    assert expired.get_absolute_url() not in page
    assert "Tờ khai cũ" not in page  # an expired form is not offered at all


def test_a_current_form_downloads_as_the_right_file(client, marriage):
    _procedure, current, _expired = marriage
    response = client.get(current.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"].endswith("wordprocessingml.document")
    assert 'filename="1.000894-TK-KH.docx"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"PK")


def test_an_expired_form_is_never_served(client, marriage):
    _procedure, _current, expired = marriage
    response = client.get(expired.get_absolute_url())
    assert response.status_code == 410
    assert "không còn hiệu lực" in response.content.decode()


def test_draft_procedures_and_unknown_codes_are_not_found(client, marriage):
    procedure_make("9.000001", "Nháp", status="draft")
    assert client.get("/procedures/9.000001/").status_code == 404
    assert client.get("/procedures/nope/").status_code == 404
    url = "/procedures/1.000894/forms/00000000-0000-0000-0000-000000000000/"
    assert client.get(url).status_code == 404


def test_the_poster_carries_a_qr_code_to_the_procedure_page(client, marriage, settings):
    settings.PUBLIC_URL = "https://dichvucong.example.vn"
    page = client.get("/procedures/1.000894/poster/").content.decode()
    assert "<svg" in page and "viewBox" in page.split("<svg", 1)[1].split(">", 1)[0]
    assert "https://dichvucong.example.vn/procedures/1.000894/" in page
    assert "poster.css" in page


def test_search_is_accessible_with_labels_and_a_main_landmark(client, marriage):
    page = client.get("/procedures/").content.decode()
    for control in ("q", "field", "level", "online"):
        assert f'<label for="{control}"' in page
    assert '<main id="main"' in page and 'class="skip"' in page
    assert page.count("<h1") == 1


def test_a_withdrawn_form_is_not_even_named_to_citizens(client, marriage):
    procedure, _current, _expired = marriage
    withdrawn = form_make(procedure, "TK-RUT", name="Mẫu đã rút", is_published=False)
    page = client.get("/procedures/1.000894/").content.decode()
    assert "Mẫu đã rút" not in page
    assert client.get(withdrawn.get_absolute_url()).status_code == 404
    api = client.get("/api/v1/procedures/1.000894").json()
    assert "TK-RUT" not in {f["code"] for f in api["forms"]}
