"""The admin speaks Vietnamese: no English a translator has already put into Vietnamese, and
no "None", on the index, any model's list or any model's add page."""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.contrib import admin
from django.urls import reverse

import motcua

PO_FILE = Path(motcua.__file__).parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"
# Attributes a person reads, besides the text between tags ("alt" is left out: Django's
# search form hard-codes alt="Search" on its icon, beside a translated button).
READ_ATTRIBUTES = {"title", "placeholder", "aria-label"}
SKIPPED_TAGS = {"script", "style", "template"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
USERNAME = "quantri"


def _holds_data(tag: str, attrs: dict[str, str]) -> bool:
    """A list's cells and a relation's choices show records, in whatever words they were
    typed: they are checked for "None" only."""
    classes = attrs.get("class", "").split()
    if tag in ("td", "th") and any(c.startswith(("field-", "action-")) for c in classes):
        return True
    return tag == "option" and attrs.get("value", "").isdigit()


class _Text(HTMLParser):
    """The words a person sees on a page, one piece a line, in two heaps: the page's own
    words, and the records it shows."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.data: list[str] = []
        self._open: list[tuple[str, bool]] = []

    def _inside(self, kinds: set[str] | None = None, data: bool = False) -> bool:
        return any((kinds and tag in kinds) or (data and held) for tag, held in self._open)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        heap = self.data if self._inside(data=True) or _holds_data(tag, values) else self.words
        for name, value in values.items():
            if value and (
                name in READ_ATTRIBUTES or (name == "value" and values.get("type") == "submit")
            ):
                heap.append(value)
        if tag not in VOID_TAGS:
            self._open.append((tag, _holds_data(tag, values)))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                return

    def handle_data(self, text: str) -> None:
        if text.strip() and not self._inside(SKIPPED_TAGS):
            (self.data if self._inside(data=True) else self.words).append(text.strip())


def page_text(html: str) -> tuple[str, str]:
    """The page's own words (commands quoted in `backticks` left out) and its records."""
    parser = _Text()
    parser.feed(html)
    words = re.sub(r"`[^`]*`", "", "\n".join(parser.words)).replace(USERNAME, "")
    return words, "\n".join(parser.data)


@cache
def english() -> re.Pattern[str]:
    """Every English message of the catalogue that has a different Vietnamese translation,
    as whole words; messages with placeholders are left out (their fixed words are in other
    messages too), and so are one- or two-letter ones."""
    phrases = {
        entry.msgid
        for entry in polib.pofile(str(PO_FILE)).translated_entries()
        if entry.msgstr.strip() != entry.msgid.strip()
        and "%" not in entry.msgid
        and "{" not in entry.msgid
        and len(re.sub(r"\W", "", entry.msgid)) > 2
        and re.search("[A-Za-z]{3}", entry.msgid)
    }
    phrases.add("None")
    alternatives = "|".join(
        re.escape(p) for p in sorted((p.strip() for p in phrases), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def english_on(html: str) -> list[str]:
    words, data = page_text(html)
    found = {match.group(0) for match in english().finditer(words)}
    return sorted(found | set(re.findall(r"\bNone\b", data)))


def admin_pages() -> list[str]:
    pages = [reverse("admin:index")]
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        pages.append(reverse("admin:{}_{}_changelist".format(*info)))
        pages.append(reverse("admin:{}_{}_add".format(*info)))
    return pages


def test_the_check_finds_english_and_none():
    html = (
        '<p title="Draft">Thủ tục</p><script>var procedure;</script>'
        '<td class="field-name">Labour Code<br>None</td><option value="3">Draft</option>'
        "<p>Chạy lệnh `motcua workdays load FILE`.</p>"
    )

    assert english_on(html) == ["Draft", "None"]


@pytest.mark.parametrize("path", admin_pages())
def test_every_admin_page_is_in_vietnamese(world, client, django_user_model, path):
    superuser = django_user_model.objects.create_superuser(USERNAME, "qt@example.vn", "x")
    client.force_login(superuser)

    response = client.get(path, HTTP_ACCEPT_LANGUAGE="vi")

    assert response.status_code in (200, 403), path
    if response.status_code == 200:
        assert english_on(response.content.decode()) == [], path
