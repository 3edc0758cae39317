"""API tokens for staff clients: stored only as a keyed hash, shown once, refused once revoked
or expired; through Django's test client so that the whole request path runs."""

import datetime as dt
import io
import json

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from motcua.core.api_auth import TOKEN_GUESSES
from motcua.core.models import ApiToken, AuditEvent
from motcua.core.services import api_token_create, api_token_digest, api_token_revoke

STAFF_ENDPOINT = "/api/v1/dossiers"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail", "errors"}
    assert body["status"] == status
    return body


def test_only_a_keyed_hash_of_the_token_is_stored(world):
    token, plain = api_token_create(user=world.counter_a, name="Phần mềm một cửa")
    assert plain.startswith("mct_") and len(plain) > 40
    assert token.prefix == plain[:12]
    assert token.key_hash == api_token_digest(plain) != plain
    stored = json.dumps(list(ApiToken.objects.values()), default=str)
    assert plain not in stored
    assert AuditEvent.objects.filter(action="api_token.create", object_id=str(token.pk)).exists()


def test_two_tokens_are_never_the_same(world):
    first = api_token_create(user=world.counter_a, name="a")[1]
    second = api_token_create(user=world.counter_a, name="a")[1]
    assert first != second


def test_a_valid_token_opens_the_staff_endpoints_and_records_its_use(client, world):
    token, plain = api_token_create(user=world.counter_a, name="client")
    response = client.get(STAFF_ENDPOINT, headers=bearer(plain))
    assert response.status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_no_token_is_unauthorised(client, world):
    response = client.get(STAFF_ENDPOINT)
    assert_problem(response, 401)
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("header", ["Bearer mct_nonsense", "Bearer ", "Basic dXNlcjpwYXNz"])
def test_a_wrong_token_is_unauthorised(client, world, header):
    assert_problem(client.get(STAFF_ENDPOINT, headers={"Authorization": header}), 401)


def test_a_revoked_token_is_unauthorised(client, world):
    token, plain = api_token_create(user=world.counter_a, name="client")
    api_token_revoke(token=token, actor=world.administrator)
    assert_problem(client.get(STAFF_ENDPOINT, headers=bearer(plain)), 401)
    assert AuditEvent.objects.filter(action="api_token.revoke", actor=world.administrator).exists()


def test_an_expired_token_is_unauthorised(client, world):
    expires = timezone.now() + dt.timedelta(days=30)
    _token, plain = api_token_create(user=world.counter_a, name="client", expires_at=expires)
    assert client.get(STAFF_ENDPOINT, headers=bearer(plain)).status_code == 200
    with time_machine.travel(expires + dt.timedelta(seconds=1), tick=False):
        assert_problem(client.get(STAFF_ENDPOINT, headers=bearer(plain)), 401)


def test_the_token_of_a_deactivated_user_is_unauthorised(client, world):
    _token, plain = api_token_create(user=world.counter_a, name="client")
    world.counter_a.is_active = False
    world.counter_a.save()
    assert_problem(client.get(STAFF_ENDPOINT, headers=bearer(plain)), 401)


def test_a_valid_token_of_a_user_without_a_role_is_forbidden(client, world):
    _token, plain = api_token_create(user=world.outsider, name="client")
    body = assert_problem(client.get(STAFF_ENDPOINT, headers=bearer(plain)), 403)
    assert body["detail"]


def test_a_wrong_token_does_not_fall_back_to_the_session(client, world):
    client.force_login(world.counter_a)
    assert client.get(STAFF_ENDPOINT).status_code == 200
    assert_problem(client.get(STAFF_ENDPOINT, headers=bearer("mct_wrong")), 401)


def test_public_endpoints_need_no_token(client, db):
    assert client.get("/api/v1/procedures").status_code == 200


def test_the_command_prints_the_token_once_and_it_works(client, world):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "api-token", "create", "--user", "counter_a", "--name", "Kiosk", stdout=out, stderr=err
    )
    plain = out.getvalue().strip()
    assert plain.startswith("mct_") and "not shown again" in err.getvalue()
    assert client.get(STAFF_ENDPOINT, headers=bearer(plain)).status_code == 200
    listing = io.StringIO()
    call_command("api-token", "list", "--json", stdout=listing)
    rows = json.loads(listing.getvalue())
    assert [(r["user"], r["name"], r["in_force"]) for r in rows] == [("counter_a", "Kiosk", True)]
    assert plain not in listing.getvalue()


def test_the_command_revokes_by_prefix(client, world):
    token, plain = api_token_create(user=world.counter_a, name="Kiosk")
    out = io.StringIO()
    call_command("api-token", "revoke", token.prefix, stdout=out)
    assert "Revoked" in out.getvalue()
    assert_problem(client.get(STAFF_ENDPOINT, headers=bearer(plain)), 401)
    with pytest.raises(CommandError, match="no token in force"):
        call_command("api-token", "revoke", plain)


def test_the_command_creates_a_token_that_expires(world):
    out = io.StringIO()
    call_command(
        "api-token",
        "create",
        "--user",
        "counter_a",
        "--name",
        "Thử",
        "--expires",
        "2099-12-31",
        "--json",
        stdout=out,
    )
    created = json.loads(out.getvalue())
    token = ApiToken.objects.get(prefix=created["prefix"])
    assert timezone.localtime(token.expires_at).date() == dt.date(2100, 1, 1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--user", "nobody", "--name", "x"], "no user"),
        (["--user", "counter_a", "--name", "x", "--expires", "31/12/2099"], "not a date"),
        (["--user", "counter_a", "--name", "x", "--expires", "2000-01-01"], "already past"),
    ],
)
def test_the_command_refuses_bad_input(world, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("api-token", "create", *args)
    assert not ApiToken.objects.exists()


def test_the_admin_lists_tokens_by_prefix_and_revokes_them(client, world):
    token, plain = api_token_create(user=world.counter_a, name="Kiosk")
    admin = get_user_model().objects.create_superuser("root", password="x")
    client.force_login(admin)
    page = client.get("/admin/core/apitoken/").content.decode()
    assert token.prefix in page and plain not in page
    detail = client.get(f"/admin/core/apitoken/{token.pk}/change/").content.decode()
    assert plain not in detail and token.key_hash not in detail
    assert client.get("/admin/core/apitoken/add/").status_code == 403
    client.post(
        "/admin/core/apitoken/",
        {"action": "revoke", "_selected_action": [token.pk]},
    )
    token.refresh_from_db()
    assert token.revoked_at is not None
    client.logout()
    assert_problem(client.get(STAFF_ENDPOINT, headers=bearer(plain)), 401)


def test_wrong_tokens_are_throttled_per_address_even_before_a_good_one(client, world):
    _token, plain = api_token_create(user=world.counter_a, name="client")
    for _try in range(TOKEN_GUESSES.attempts):
        assert_problem(client.get(STAFF_ENDPOINT, headers=bearer("mct_guess")), 401)
    refused = client.get(STAFF_ENDPOINT, headers=bearer(plain))
    assert_problem(refused, 429)
    assert refused["Retry-After"] == str(int(TOKEN_GUESSES.window.total_seconds()))
    other_address = client.get(STAFF_ENDPOINT, headers=bearer(plain), REMOTE_ADDR="203.0.113.9")
    assert other_address.status_code == 200
    with time_machine.travel(timezone.now() + TOKEN_GUESSES.window, tick=False):
        assert client.get(STAFF_ENDPOINT, headers=bearer(plain)).status_code == 200


def test_good_tokens_are_not_counted(client, world):
    _token, plain = api_token_create(user=world.counter_a, name="client")
    for _try in range(TOKEN_GUESSES.attempts + 1):
        assert client.get(STAFF_ENDPOINT, headers=bearer(plain)).status_code == 200


def test_an_anonymous_post_is_unauthorised_with_a_challenge(world):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(
        "/api/v1/dossiers/X-1/transitions", {"to": "processing"}, content_type="application/json"
    )
    assert_problem(response, 401)
    assert response["WWW-Authenticate"].startswith("Bearer")
