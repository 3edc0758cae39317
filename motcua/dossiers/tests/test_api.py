"""The dossier API: staff reads and transitions within their reach, the citizen's lookup and
rating, through Django's own test client so that middleware and authentication run."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.models import Attempt, AuditEvent
from motcua.core.services import api_token_create
from motcua.dossiers.models import Dossier, DossierEvent, Rating
from motcua.dossiers.selectors import LOOKUP as LOOKUP_LIMIT
from motcua.dossiers.services import dossier_receive, dossier_transition, rating_token
from motcua.dossiers.states import State

VN = ZoneInfo("Asia/Ho_Chi_Minh")
LIST = "/api/v1/dossiers"
LOOKUP = "/api/v1/dossiers/lookup"


def bearer(user) -> dict[str, str]:
    _token, plain = api_token_create(user=user, name="test client")
    return {"Authorization": f"Bearer {plain}"}


def detail_url(dossier) -> str:
    return f"/api/v1/dossiers/{dossier.code}"


def transitions_url(dossier) -> str:
    return f"/api/v1/dossiers/{dossier.code}/transitions"


def rating_url(dossier) -> str:
    return f"/api/v1/dossiers/{dossier.code}/rating"


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail", "errors"}
    assert body["status"] == status and body["type"] == "about:blank" and body["title"]
    return body


def receive(world, procedure, *, at, name="Nguyễn Văn A", phone="0912345678", agency=None):
    return dossier_receive(
        procedure=procedure,
        agency=agency or world.one_stop_a,
        actor=world.counter_a,
        applicant_name=name,
        submitted=list(procedure.components.all()),
        received_at=at,
        applicant_phone=phone,
        applicant_id_number="064095009876",
    )


def post_json(client, url, data, **headers):
    return client.post(url, data, content_type="application/json", headers=headers)


# Reading: scope, masking, audit


def test_a_counter_officer_lists_the_dossiers_of_her_commune(client, world, received_dossier):
    body = client.get(LIST, headers=bearer(world.counter_a)).json()
    assert [d["code"] for d in body["items"]] == [received_dossier.code]
    assert body["meta"] == {"count": 1, "page": 1, "page_size": 20, "pages": 1}
    item = body["items"][0]
    assert item["applicant_name"] == "Trần Thị Bình"
    assert item["procedure_code"] == "1.000894" and item["unit_code"] == "23001"
    assert item["state"] == "received" and item["due_date"] == "2025-04-29"
    assert item["url"] == f"http://testserver/api/v1/dossiers/{received_dossier.code}"


def test_it_hides_other_communes_dossiers(client, world, received_dossier):
    headers = bearer(world.head_b)
    body = client.get(LIST, headers=headers).json()
    assert body["items"] == [] and body["meta"]["count"] == 0
    hidden = client.get(detail_url(received_dossier), headers=headers)
    unknown = client.get("/api/v1/dossiers/000.00.00.H55-250425-9999", headers=headers)
    assert assert_problem(hidden, 404) == assert_problem(unknown, 404)


def test_the_province_coordinator_sees_every_commune(client, world, received_dossier):
    body = client.get(LIST, headers=bearer(world.coordinator)).json()
    assert [d["code"] for d in body["items"]] == [received_dossier.code]


def test_a_user_without_a_role_is_forbidden(client, world, received_dossier):
    headers = bearer(world.outsider)
    assert_problem(client.get(LIST, headers=headers), 403)
    assert_problem(client.get(detail_url(received_dossier), headers=headers), 403)
    response = post_json(client, transitions_url(received_dossier), {"to": "processing"}, **headers)
    assert_problem(response, 403)


def test_phone_numbers_are_masked_and_id_numbers_never_leave(client, world, received_dossier):
    headers = bearer(world.counter_a)
    listing = client.get(LIST, headers=headers)
    detail = client.get(detail_url(received_dossier), headers=headers)
    for response in (listing, detail):
        content = response.content.decode()
        assert "0905123456" not in content
        assert "064095001234" not in content
        assert received_dossier.applicant_id_hash not in content
        assert "Thôn 3" not in content
    assert listing.json()["items"][0]["applicant_phone_masked"] == "090*****56"
    assert detail.json()["applicant_phone_masked"] == "090*****56"
    assert detail.json()["applicant_id_last4"] == "1234"


def test_the_detail_has_the_timeline_and_its_reading_is_audited(client, world, received_dossier):
    dossier_transition(dossier=received_dossier, actor=world.counter_a, to=State.PROCESSING)
    headers = bearer(world.counter_a)
    body = client.get(detail_url(received_dossier), headers=headers).json()
    assert [(e["action"], e["to_state"]) for e in body["events"]] == [
        ("receive", "received"),
        ("transition", "processing"),
    ]
    assert body["events"][0]["actor"] == "counter_a"
    assert body["steps"] == [] and body["supplement"] is None
    assert len(body["submitted_components"]) == 2
    view = AuditEvent.objects.get(action="dossier.view")
    assert view.actor == world.counter_a and view.object_id == received_dossier.code
    assert view.detail["via"] == "api"
    assert headers["Authorization"].removeprefix("Bearer ").startswith(view.detail["token"])


def test_a_list_page_is_audited_with_the_codes_it_showed(client, world, received_dossier):
    client.get(LIST, headers=bearer(world.counter_a))
    listing = AuditEvent.objects.get(action="dossier.list")
    assert listing.detail["codes"] == [received_dossier.code]


def test_staff_may_use_their_logged_in_session(client, world, received_dossier):
    client.force_login(world.counter_a)
    assert client.get(LIST).json()["meta"]["count"] == 1


def test_a_session_change_needs_the_csrf_token(world, received_dossier):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(world.counter_a)
    response = post_json(browser, transitions_url(received_dossier), {"to": "processing"})
    assert_problem(response, 403)
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RECEIVED


def test_an_anonymous_change_is_unauthorised_not_a_csrf_failure(world, received_dossier):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    response = post_json(browser, transitions_url(received_dossier), {"to": "processing"})
    assert_problem(response, 401)
    assert response["WWW-Authenticate"].startswith("Bearer")
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RECEIVED


# Filters, paging, queries


@pytest.fixture
def several(world):
    """Four dossiers of commune A: two marriages and a birth in April 2025, one of them
    resolved, and a birth received in May."""
    marriage = procedure_make("1.000894", "Đăng ký kết hôn", time_limit_value=3)
    birth = procedure_make("1.001193", "Đăng ký khai sinh", time_limit_value=1)
    first = receive(world, marriage, at=dt.datetime(2025, 4, 21, 9, tzinfo=VN), name="Lê Văn Cường")
    second = receive(
        world, marriage, at=dt.datetime(2025, 4, 22, 9, tzinfo=VN), name="Phạm Thị Dung"
    )
    third = receive(world, birth, at=dt.datetime(2025, 4, 23, 9, tzinfo=VN), name="Hoàng Văn Em")
    fourth = receive(world, birth, at=dt.datetime(2025, 5, 6, 9, tzinfo=VN), name="Vũ Thị Giang")
    dossier_transition(dossier=second, actor=world.counter_a, to=State.PROCESSING)
    dossier_transition(dossier=second, actor=world.counter_a, to=State.RESOLVED)
    return {"first": first, "second": second, "third": third, "fourth": fourth}


def codes(client, headers, **params) -> set[str]:
    response = client.get(LIST, params, headers=headers)
    assert response.status_code == 200, response.content
    return {d["code"] for d in response.json()["items"]}


def test_the_list_filters_by_every_criterion(client, world, several):
    headers = bearer(world.counter_a)
    first, second, third, fourth = (several[k].code for k in ("first", "second", "third", "fourth"))
    assert codes(client, headers, state="resolved") == {second}
    assert codes(client, headers, state=["received", "resolved"]) == {first, second, third, fourth}
    assert codes(client, headers, procedure="1.001193") == {third, fourth}
    assert codes(client, headers, agency=world.one_stop_a.identifier) == {
        first,
        second,
        third,
        fourth,
    }
    assert codes(client, headers, agency="000.99.99.H55") == set()
    assert codes(client, headers, unit="23001") == {first, second, third, fourth}
    assert codes(client, headers, unit="23002") == set()
    assert codes(client, headers, received_from="2025-04-22", received_to="2025-04-23") == {
        second,
        third,
    }
    # Due on 24, 25 and 24 April and 7 May.
    assert [several[k].due_date.day for k in ("first", "second", "third", "fourth")] == [
        24,
        25,
        24,
        7,
    ]
    assert codes(client, headers, due_before="2025-04-25") == {first, third}
    assert codes(client, headers, overdue="true") == {first, third, fourth}
    assert codes(client, headers, q="dung") == {second}
    assert codes(client, headers, q=fourth[-6:]) == {fourth}


def test_overdue_dossiers_are_flagged(client, world, several):
    items = client.get(LIST, headers=bearer(world.counter_a)).json()["items"]
    flags = {d["code"]: d["overdue"] for d in items}
    assert flags[several["first"].code] is True
    assert flags[several["second"].code] is False  # resolved


def test_the_list_is_paged(client, world, several):
    headers = bearer(world.counter_a)
    body = client.get(LIST, {"page": 2, "page_size": 3}, headers=headers).json()
    assert body["meta"] == {"count": 4, "page": 2, "page_size": 3, "pages": 2}
    assert [d["code"] for d in body["items"]] == [several["first"].code]
    past = client.get(LIST, {"page": 9}, headers=headers).json()
    assert past["items"] == [] and past["meta"]["pages"] == 1


@pytest.mark.parametrize(
    "params",
    [{"state": "lost"}, {"page_size": 101}, {"received_from": "21/04/2025"}, {"page": 0}],
)
def test_bad_filters_are_refused(client, world, params):
    assert_problem(client.get(LIST, params, headers=bearer(world.counter_a)), 422)


@pytest.mark.parametrize("how_many", [1, 20])
def test_the_list_reads_a_fixed_number_of_queries(
    client, world, django_assert_num_queries, how_many
):
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", time_limit_value=3)
    for n in range(how_many):
        receive(world, procedure, at=dt.datetime(2025, 4, 21, 9, n, tzinfo=VN))
    headers = bearer(world.counter_a)
    client.get(LIST, headers=headers)  # the first use of a token records its time of use
    # Wrong tokens from this address, token, memberships, merged units, count, page, audit.
    with django_assert_num_queries(7):
        body = client.get(LIST, headers=headers).json()
    assert len(body["items"]) == how_many


# Transitions


def events(dossier) -> list[tuple[str, bool]]:
    return list(DossierEvent.objects.filter(dossier=dossier).values_list("to_state", "refused"))


def test_a_legal_transition_moves_the_dossier(client, world, received_dossier):
    response = post_json(
        client,
        transitions_url(received_dossier),
        {"to": "processing", "note": "Chuyển cán bộ tư pháp"},
        **bearer(world.counter_a),
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "processing" and body["replayed"] is False
    assert body["event"]["to_state"] == "processing" and body["event"]["actor"] == "counter_a"
    assert body["event"]["note"] == "Chuyển cán bộ tư pháp"
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.PROCESSING


def test_an_illegal_transition_is_refused_and_recorded(client, world, received_dossier):
    response = post_json(
        client, transitions_url(received_dossier), {"to": "returned"}, **bearer(world.counter_a)
    )
    body = assert_problem(response, 409)
    assert "“" in body["detail"]  # the service's message, naming both states
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RECEIVED
    assert events(received_dossier) == [("received", False), ("returned", True)]


@pytest.mark.parametrize("note", [None, "", "   "])
def test_a_refusal_without_its_reason_is_invalid_input(client, world, received_dossier, note):
    change = {"to": "refused"} if note is None else {"to": "refused", "note": note}
    response = post_json(
        client, transitions_url(received_dossier), change, **bearer(world.counter_a)
    )
    body = assert_problem(response, 422)
    assert [e["location"] for e in body["errors"]] == ["body.body.note"]
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RECEIVED


def test_the_openapi_document_says_a_refusal_needs_its_reason(client):
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]["TransitionIn"]
    assert set(schema["if"]["properties"]["to"]["enum"]) == {"refused", "stopped", "withdrawn"}
    assert schema["then"]["required"] == ["note"]


def test_an_unknown_state_is_invalid_input(client, world, received_dossier):
    response = post_json(
        client, transitions_url(received_dossier), {"to": "lost"}, **bearer(world.counter_a)
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["location"] == "body.body.to"


def test_a_supervisor_reads_but_cannot_change(client, world, received_dossier):
    headers = bearer(world.supervisor)
    assert client.get(detail_url(received_dossier), headers=headers).status_code == 200
    response = post_json(client, transitions_url(received_dossier), {"to": "processing"}, **headers)
    assert_problem(response, 403)
    assert events(received_dossier) == [("received", False)]


def test_another_communes_head_cannot_even_find_the_dossier(client, world, received_dossier):
    response = post_json(
        client, transitions_url(received_dossier), {"to": "processing"}, **bearer(world.head_b)
    )
    assert_problem(response, 404)
    assert events(received_dossier) == [("received", False)]


def test_a_retry_with_the_same_key_does_not_move_the_dossier_twice(client, world, received_dossier):
    headers = {**bearer(world.counter_a), "Idempotency-Key": "c0ffee-1"}
    first = post_json(client, transitions_url(received_dossier), {"to": "processing"}, **headers)
    again = post_json(client, transitions_url(received_dossier), {"to": "processing"}, **headers)
    assert first.status_code == again.status_code == 200
    assert first.json()["replayed"] is False and again.json()["replayed"] is True
    assert events(received_dossier) == [("received", False), ("processing", False)]


def test_a_late_retry_replays_even_after_the_dossier_moved_on(client, world, received_dossier):
    headers = bearer(world.counter_a)
    keyed = {**headers, "Idempotency-Key": "resolve-42"}
    url = transitions_url(received_dossier)
    post_json(client, url, {"to": "processing"}, **headers)
    post_json(client, url, {"to": "resolved"}, **keyed)
    post_json(client, url, {"to": "returned"}, **headers)
    retry = post_json(client, url, {"to": "resolved"}, **keyed)
    assert retry.status_code == 200 and retry.json()["state"] == "returned"
    assert retry.json()["replayed"] is True
    assert [s for s, refused in events(received_dossier) if not refused] == [
        "received",
        "processing",
        "resolved",
        "returned",
    ]
    assert not any(refused for _s, refused in events(received_dossier))


def test_a_retried_refusal_gets_the_same_answer_without_another_event(
    client, world, received_dossier
):
    headers = {**bearer(world.counter_a), "Idempotency-Key": "too-early"}
    first = post_json(client, transitions_url(received_dossier), {"to": "returned"}, **headers)
    again = post_json(client, transitions_url(received_dossier), {"to": "returned"}, **headers)
    assert assert_problem(first, 409) == assert_problem(again, 409)
    assert events(received_dossier) == [("received", False), ("returned", True)]


def test_a_key_reused_for_another_change_is_refused(client, world, received_dossier):
    headers = {**bearer(world.counter_a), "Idempotency-Key": "same"}
    url = transitions_url(received_dossier)
    post_json(client, url, {"to": "processing"}, **headers)
    assert_problem(post_json(client, url, {"to": "resolved"}, **headers), 422)
    assert_problem(post_json(client, url, {"to": "processing", "note": "x"}, **headers), 422)


def test_asking_for_the_state_the_dossier_has_changes_nothing(client, world, received_dossier):
    response = post_json(
        client, transitions_url(received_dossier), {"to": "received"}, **bearer(world.counter_a)
    )
    assert response.status_code == 200 and response.json()["replayed"] is True
    assert events(received_dossier) == [("received", False)]


def test_supplements_go_through_their_own_rules(client, world, received_dossier):
    headers = bearer(world.counter_a)
    url = transitions_url(received_dossier)
    nothing = post_json(client, url, {"to": "supplement_requested", "note": "?"}, **headers)
    assert_problem(nothing, 422)
    foreign = post_json(client, url, {"to": "supplement_requested", "components": [9]}, **headers)
    assert_problem(foreign, 422)
    asked = post_json(
        client,
        url,
        {"to": "supplement_requested", "note": "Thiếu giấy 2", "components": [2]},
        **headers,
    )
    assert asked.status_code == 200, asked.content
    detail = client.get(detail_url(received_dossier), headers=headers).json()
    assert detail["supplement"]["components"] == ["Giấy 2"]
    # The dossier was complete at intake, so the papers send it back into processing.
    wrong = post_json(client, url, {"to": "received"}, **headers)
    assert_problem(wrong, 409)
    back = post_json(client, url, {"to": "processing"}, **headers)
    assert back.status_code == 200 and back.json()["event"]["action"] == "supplement_received"
    # A second request after receipt breaks the once-only rule: recorded, never refused.
    twice = post_json(
        client, url, {"to": "supplement_requested", "note": "x", "components": [1]}, **headers
    )
    assert twice.status_code == 200, twice.content
    kinds = list(received_dossier.supplements.order_by("position").values_list("kind", flat=True))
    assert kinds == ["appraisal", "further"]


def test_a_result_collected_at_the_counter_is_one_more_visit(client, world, received_dossier):
    headers = bearer(world.counter_a)
    url = transitions_url(received_dossier)
    for state in ("processing", "resolved"):
        post_json(client, url, {"to": state}, **headers)
    response = post_json(client, url, {"to": "returned", "in_person": True}, **headers)
    assert response.status_code == 200
    received_dossier.refresh_from_db()
    assert received_dossier.visits == 2 and received_dossier.returned_at is not None


# The citizen's lookup


def test_a_citizen_looks_up_a_dossier_without_seeing_personal_data(client, received_dossier):
    response = post_json(client, LOOKUP, {"code": received_dossier.code, "phone_last4": "3456"})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["code"] == received_dossier.code and body["procedure"] == "Đăng ký kết hôn"
    assert body["due_date"] == "2025-04-29" and len(body["steps"]) == 1
    content = response.content.decode()
    for private in ("Trần Thị Bình", "0905123456", "Thôn 3", "1234", "counter_a"):
        assert private not in content


def test_wrong_digits_and_unknown_codes_get_the_same_answer(client, received_dossier):
    wrong = post_json(client, LOOKUP, {"code": received_dossier.code, "phone_last4": "0000"})
    unknown = post_json(client, LOOKUP, {"code": "NO-SUCH-CODE", "phone_last4": "3456"})
    assert assert_problem(wrong, 404) == assert_problem(unknown, 404)


def test_lookups_are_limited_per_connection(client, received_dossier):
    for _attempt in range(LOOKUP_LIMIT.attempts):
        post_json(client, LOOKUP, {"code": "NO-SUCH-CODE", "phone_last4": "0000"})
    response = post_json(client, LOOKUP, {"code": received_dossier.code, "phone_last4": "3456"})
    assert_problem(response, 429)
    assert response["Retry-After"] == str(int(LOOKUP_LIMIT.window.total_seconds()))
    other = client.post(
        LOOKUP,
        {"code": received_dossier.code, "phone_last4": "3456"},
        content_type="application/json",
        REMOTE_ADDR="10.0.0.2",
    )
    assert other.status_code == 200
    assert Attempt.objects.count() == LOOKUP_LIMIT.attempts + 1


def test_a_malformed_lookup_is_invalid_and_not_counted(client, received_dossier):
    response = post_json(client, LOOKUP, {"code": received_dossier.code, "phone_last4": "34"})
    body = assert_problem(response, 422)
    assert body["errors"][0]["location"] == "body.body.phone_last4"
    assert Attempt.objects.count() == 0


def test_the_lookup_path_is_not_taken_for_a_dossier_code(client, world):
    assert client.get(LOOKUP, headers=bearer(world.counter_a)).status_code == 405


# The citizen's rating


RATING = {
    "satisfaction": 4,
    "contacts": "none",
    "agencies": "one_stop",
    "attitude": "courteous",
    "comment": "Nhanh gọn",
}
MAY_2 = dt.datetime(2025, 5, 2, 9, 0, tzinfo=VN)


def resolve(dossier, world):
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING, at=MAY_2)
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED, at=MAY_2)


def test_a_citizen_rates_a_finished_dossier(client, world, received_dossier):
    resolve(received_dossier, world)
    token = rating_token(dossier=received_dossier)
    response = post_json(client, rating_url(received_dossier), {"token": token, **RATING})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["satisfaction"] == 4 and body["comment"] == "Nhanh gọn"
    rating = Rating.objects.get(dossier=received_dossier)
    assert rating.attitude == "courteous"


def test_a_bad_rating_token_is_not_found(client, world, received_dossier):
    resolve(received_dossier, world)
    other = Dossier(code="OTHER-250425-0001")
    for token in ("forged", rating_token(dossier=other)):
        response = post_json(client, rating_url(received_dossier), {"token": token, **RATING})
        assert_problem(response, 404)
    assert not Rating.objects.exists()


def test_an_unfinished_dossier_cannot_be_rated(client, received_dossier):
    token = rating_token(dossier=received_dossier)
    response = post_json(client, rating_url(received_dossier), {"token": token, **RATING})
    assert assert_problem(response, 409)["detail"]
    assert not Rating.objects.exists()


def test_an_invalid_rating_is_refused(client, world, received_dossier):
    resolve(received_dossier, world)
    token = rating_token(dossier=received_dossier)
    response = post_json(
        client, rating_url(received_dossier), {"token": token, **RATING, "satisfaction": 6}
    )
    assert assert_problem(response, 422)["errors"][0]["location"] == "body.body.satisfaction"


def test_a_rating_can_be_changed_for_30_days_only(client, world, received_dossier):
    resolve(received_dossier, world)
    url, token = rating_url(received_dossier), rating_token(dossier=received_dossier)
    with time_machine.travel(MAY_2 + dt.timedelta(hours=1), tick=False):
        assert post_json(client, url, {"token": token, **RATING}).status_code == 200
    with time_machine.travel(MAY_2 + dt.timedelta(days=29), tick=False):
        changed = post_json(client, url, {"token": token, **RATING, "satisfaction": 2})
        assert changed.status_code == 200 and changed.json()["satisfaction"] == 2
    with time_machine.travel(MAY_2 + dt.timedelta(days=31), tick=False):
        late = post_json(client, url, {"token": token, **RATING, "satisfaction": 5})
        assert_problem(late, 409)
    rating = Rating.objects.get(dossier=received_dossier)
    assert rating.satisfaction == 2
