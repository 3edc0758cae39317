"""The REST API: units, procedures, problem+json errors and the OpenAPI snapshot."""

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from motcua.catalogue.tests.factories import form_make, procedure_make
from motcua.orgs.models import UnitSuccession
from motcua.orgs.tests.factories import UnitFactory

SNAPSHOT = Path(__file__).parent / "openapi.json"
pytestmark = pytest.mark.django_db


def test_the_openapi_document_matches_the_committed_snapshot(client):
    current = client.get("/api/v1/openapi.json").json()
    if os.environ.get("UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(
            json.dumps(current, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        )
    assert current == json.loads(SNAPSHOT.read_text()), (
        "The API changed. If on purpose, run: UPDATE_SNAPSHOT=1 make test"
    )


def test_procedures_are_searched_like_the_public_page(client):
    procedure_make("1.000894", "Đăng ký kết hôn")
    procedure_make("1.001193", "Đăng ký khai sinh")
    body = client.get("/api/v1/procedures", {"q": "dang ky ket hon"}).json()
    assert [p["code"] for p in body["items"]] == ["1.000894"]
    assert body["meta"] == {"count": 1, "page": 1, "page_size": 20, "pages": 1}


def test_procedure_lists_are_paged(client, django_assert_max_num_queries):
    for n in range(7):
        procedure_make(f"1.{n:06d}", f"Thủ tục {n}")
    with django_assert_max_num_queries(3):
        body = client.get("/api/v1/procedures", {"page": 2, "page_size": 5}).json()
    assert body["meta"]["pages"] == 2 and len(body["items"]) == 2


def test_one_procedure_has_every_component(client):
    procedure = procedure_make("1.000894", "Đăng ký kết hôn")
    form_make(procedure, "TK")
    form_make(procedure, "OLD", valid_to=dt.date(2024, 1, 1))
    body = client.get("/api/v1/procedures/1.000894").json()
    assert body["name"] == "Đăng ký kết hôn"
    assert len(body["components"]) == 2 and body["legal_basis"][0]["number"] == "L-1.000894"
    urls = {f["code"]: f["download_url"] for f in body["forms"]}
    assert urls["TK"].startswith("http://testserver/procedures/1.000894/forms/")
    assert urls["OLD"] is None


def test_errors_are_problem_json(client):
    response = client.get("/api/v1/procedures/nope")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 404
    invalid = client.get("/api/v1/procedures", {"level": "district", "page": "x"})
    assert invalid.status_code == 422
    assert {e["location"] for e in invalid.json()["errors"]} == {"query.level", "query.page"}


def test_units_as_of_a_date_with_successors(client):
    old = UnitFactory(code="23419", valid_to=dt.date(2025, 6, 30))
    new = UnitFactory(code="23416", valid_from=dt.date(2025, 7, 1))
    UnitSuccession.objects.create(predecessor=old, successor=new, effective_on=new.valid_from)
    today = client.get("/api/v1/units", {"on": "2026-01-01"}).json()
    assert [u["code"] for u in today["items"]] == ["23416"]
    before = client.get("/api/v1/units", {"on": "2025-01-01"}).json()
    assert before["items"][0]["successors"] == [
        {"code": "23416", "name": new.name, "valid_from": "2025-07-01"}
    ]
    everything = client.get("/api/v1/units", {"include_historic": "true"}).json()
    assert everything["meta"]["count"] == 2


def test_the_unit_list_reads_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for n in range(10):
        UnitFactory(code=f"2{n:04d}")
    with django_assert_max_num_queries(3):
        assert client.get("/api/v1/units").json()["meta"]["count"] == 10


def test_the_api_docs_load_nothing_from_another_host(client):
    page = client.get("/api/v1/docs").content.decode()
    assert "swagger" in page.lower()
    assert "cdn." not in page and "https://" not in page


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/v1/procedures", {"page": 0}),
        ("/api/v1/procedures", {"page": 922337203685477580}),
        ("/api/v1/procedures", {"page_size": 101}),
        ("/api/v1/units", {"page_size": 0}),
        ("/api/v1/units", {"on": "30/06/2025"}),
    ],
)
def test_out_of_range_paging_and_bad_dates_are_refused_not_guessed(client, url, params):
    response = client.get(url, params)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"


def test_unknown_api_paths_answer_with_problem_json(client):
    response = client.get("/api/v1/nope")
    assert response.status_code == 404
    assert response.json()["title"] == "Not found"


def test_a_page_past_the_last_is_empty_so_clients_stop(client):
    procedure_make("1.000001", "Thủ tục một")
    body = client.get("/api/v1/procedures", {"page": 99}).json()
    assert body["items"] == [] and body["meta"]["page"] == 99 and body["meta"]["pages"] == 1
