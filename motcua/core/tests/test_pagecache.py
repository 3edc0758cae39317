"""Public pages kept whole for visitors without an account (motcua/core/pagecache.py), with the
cache of the settings (local memory unless REDIS_URL is set), and the language links that
let such pages carry no form. Which edits make which pages fresh is checked with real
procedures and feedback in motcua/tests/test_page_freshness.py."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from motcua.core.pagecache import section_changed

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with no page kept: a page kept by another test under the same
    generations would be that test's database, rolled back since."""
    cache.clear()
    yield
    cache.clear()


def queries(client: Client, path: str, method: str = "get") -> int:
    """How many queries the page took: none when it came from the cache."""
    with CaptureQueriesContext(connection) as done:
        assert getattr(client, method)(path).status_code == 200
    return len(done)


@pytest.fixture
def officer(django_user_model) -> Client:
    django_user_model.objects.create_user(username="officer", password="pw-officer-1")
    client = Client()
    assert client.login(username="officer", password="pw-officer-1")
    return client


def test_a_visitor_gets_the_page_kept_from_the_first_visit(client, django_assert_num_queries):
    first = client.get("/")
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second.status_code == 200
    assert second.content == first.content


def test_a_changed_section_renders_its_pages_again(client):
    assert queries(client, "/procedures/?q=ket+hon") > 0
    assert queries(client, "/procedures/?q=ket+hon") == 0
    section_changed("catalogue")
    assert queries(client, "/procedures/?q=ket+hon") > 0


def test_a_page_is_kept_per_address_with_its_query(client):
    client.get("/procedures/?q=khai+sinh")
    page = client.get("/procedures/?q=ket+hon").content.decode()
    assert 'value="ket hon"' in page and "khai sinh" not in page


def test_an_officer_never_gets_the_visitors_page_nor_leaves_one(client, officer):
    staff_page = officer.get("/").content.decode()
    assert "/accounts/logout/" in staff_page
    visitor_page = client.get("/").content.decode()
    assert "/accounts/logout/" not in visitor_page and "/accounts/login/" in visitor_page
    assert "/accounts/logout/" in officer.get("/").content.decode()


def test_languages_are_kept_apart(client):
    assert 'lang="vi"' in client.get("/").content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get("/").content.decode()
    assert 'lang="en"' in english and "Administrative procedures" in english
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert 'lang="vi"' in client.get("/").content.decode()


@pytest.mark.parametrize("path", ["/", "/procedures/?q=ket+hon", "/feedback/"])
def test_a_kept_page_carries_no_csrf_token_and_sets_no_cookie(client, path):
    for _visit in range(2):  # rendered, then from the cache
        response = client.get(path)
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" not in response.content.decode()
        assert not response.cookies


def test_each_visitor_of_a_kept_form_gets_a_token_of_their_own(django_assert_num_queries):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_token = TOKEN.search(first.get("/dossiers/lookup/").content.decode())
    with django_assert_num_queries(0):
        second_page = second.get("/dossiers/lookup/")
    second_token = TOKEN.search(second_page.content.decode())
    assert first_token and second_token
    assert first_token.group(1) != second_token.group(1)
    assert settings.CSRF_COOKIE_NAME in second_page.cookies
    for client, token in ((first, first_token), (second, second_token)):
        posted = client.post(
            "/dossiers/lookup/",
            {"csrfmiddlewaretoken": token.group(1), "code": "X", "phone_last4": "1234"},
        )
        assert posted.status_code != 403


def test_a_head_request_is_answered_from_the_cache(client):
    client.get("/")
    assert queries(client, "/", method="head") == 0


def test_nothing_is_kept_when_the_setting_is_zero(client, settings):
    settings.MOTCUA_PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert queries(client, "/") > 0


# The language links --------------------------------------------------------------------


def test_the_header_offers_each_language_as_a_link(client):
    page = client.get("/procedures/?q=ket+hon").content.decode()
    assert 'href="/lang/en/?next=/procedures/%3Fq%3Dket%2Bhon"' in page
    assert "<select" not in page.split("</header>")[0]


def test_a_language_link_remembers_the_choice_and_goes_back(client):
    response = client.get("/lang/en/", {"next": "/procedures/?q=ket+hon"})
    assert response.status_code == 302
    assert response["Location"] == "/procedures/?q=ket+hon"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert 'lang="en"' in client.get("/").content.decode()


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "", "javascript:x"])
def test_a_language_link_never_leads_to_another_site(client, target):
    response = client.get("/lang/en/", {"next": target})
    assert response["Location"] == "/"


def test_an_unknown_language_is_not_found(client):
    response = client.get("/lang/xx/", {"next": "/"})
    assert response.status_code == 404
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
