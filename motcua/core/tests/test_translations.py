"""Vietnamese is the default language: every message must have a Vietnamese translation.

CI extracts the messages again (`makemessages`) before the tests, so a new string without a
translation fails here."""

from pathlib import Path

import polib

import motcua

PO_FILE = Path(motcua.__file__).parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"


def test_every_message_has_a_vietnamese_translation():
    catalogue = polib.pofile(str(PO_FILE))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert len(catalogue) > 100
    assert missing == []
    assert fuzzy == []


def test_pages_render_in_vietnamese_by_default(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert 'lang="vi"' in response.content.decode()
    assert "Thủ tục hành chính" in response.content.decode()


def test_english_is_selectable(client, db):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"}, follow=True)
    assert 'lang="en"' in response.content.decode()
    assert "Administrative procedures" in response.content.decode()


def test_an_english_browser_still_gets_vietnamese_until_english_is_chosen(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert 'lang="vi"' in response.content.decode()
    client.cookies["django_language"] = "en"
    assert 'lang="en"' in client.get("/").content.decode()
    client.cookies["django_language"] = "xx"
    assert 'lang="vi"' in client.get("/").content.decode()


def test_error_pages_are_in_vietnamese_with_the_site_layout(client, db, settings):
    settings.DEBUG = False
    page = client.get("/procedures/khong-co/")
    assert page.status_code == 404
    assert "Không tìm thấy trang" in page.content.decode()
    assert 'class="site"' in page.content.decode()


def test_the_forbidden_page_is_in_vietnamese(client, db):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_user("nobody"))
    page = client.get("/staff/")
    assert page.status_code == 403
    assert "Không được phép" in page.content.decode()
