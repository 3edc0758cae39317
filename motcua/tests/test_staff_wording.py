"""Every staff page reads as Vietnamese: for each demo role, the staff pages reachable from the
staff home are rendered in Vietnamese and their visible text must hold no English wording from
the translation catalogue, no "None", no unfilled placeholder and no raw key.

The pages are found the way an officer finds them, by following links, so a new page is
checked as soon as something links to it. One page per route and role is enough: the same
template with other data says the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import polib
import pytest
from django.core.management import call_command
from django.urls import Resolver404, resolve

from motcua.orgs.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"
ROLES = [
    "demo_counter",
    "demo_processing",
    "demo_head",
    "demo_coordinator",
    "demo_supervisor",
    "demo_admin",
]
PAGES_PER_ROLE = 120
# Routes that answer with a file, a slip meant for print in another layout, or a change.
SKIPPED_ROUTES = {"logout", "set_language"}
# English words that are also Vietnamese usage or proper names: abbreviations and formats.
ALLOWED = {"CSV", "XLSX", "DOCX", "PDF", "SMS", "Email", "E-mail", "OK", "QR", "ID", "Zalo"}
PLACEHOLDERS = re.compile(r"%\([a-z_]+\)[sd]|%[sd]\b|\{\{|\{%|\[\[|\]\]")
RAW_KEYS = re.compile(r"\d\|\*\|\*|\|\*\||\bexit v\d\b|\b[a-z]+_[a-z_]+\b")
NONE = re.compile(r"\bNone\b")
ADDRESS = re.compile(r"https?://\S+")
# Pages whose subject is identifiers: the questionnaire editor names each question as the
# "show if" expressions refer to it, and the import pages name each column of the file.
IDENTIFIER_ROUTES = {
    "surveys:questionnaire_version",
    "surveys:questionnaire_draft",
    "dashboard:import_start",
    "dashboard:import_status",
}


class _Text(HTMLParser):
    """The words a person sees or hears: text outside scripts and styles, and the attributes
    read aloud or shown in a field. Text marked as code (a command to type) is an identifier
    on purpose, and a text box holds data being edited (a questionnaire's English column):
    both are left out."""

    SPOKEN = ("title", "placeholder", "aria-label", "alt")
    UNREAD = ("script", "style", "code", "kbd", "samp", "textarea")

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.links: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in self.UNREAD:
            self._hidden += 1
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "input" and values.get("type") in ("submit", "button"):
            self.parts.append(values.get("value") or "")
        self.parts.extend(values[name] or "" for name in self.SPOKEN if values.get(name))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.UNREAD and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def page_text(html: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split()), parser.links


@cache
def english_phrases() -> list[re.Pattern[str]]:
    """The catalogue's English texts that have a different Vietnamese translation: seen on a
    Vietnamese page, they mean a string escaped gettext. Texts of one short word are left out
    (they are often codes or names), and texts with placeholders are matched by their pieces,
    each of two words or more with one of five letters or more ("of the" says nothing), or one
    lower-case word of six letters or more."""
    phrases: set[str] = set()
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete or not entry.msgstr or entry.msgstr == entry.msgid:
            continue
        for piece in re.split(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]+\}", entry.msgid):
            piece = piece.strip(" .,:;()·–-")
            words = piece.split()
            if not piece.isascii() or piece in ALLOWED:
                continue
            if len(words) >= 2 and re.search(r"[A-Za-z]{5}", piece):
                phrases.add(piece)
            elif len(words) == 1 and re.fullmatch(r"[a-z]{6,}", piece):
                phrases.add(piece)  # "required": a lower-case English word is never a name
    return [re.compile(rf"(?<![\w-]){re.escape(p)}(?![\w-])") for p in sorted(phrases)]


def staff_links(base: str, links: list[str]) -> Iterator[str]:
    for href in links:
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.netloc or not parts.path.startswith("/staff/"):
            continue
        if "format=" in parts.query or parts.path.endswith((".docx", ".xlsx", ".csv", ".json")):
            continue
        yield parts.path + (f"?{parts.query}" if parts.query else "")


def route_of(url: str) -> str | None:
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return None
    return None if match.url_name in SKIPPED_ROUTES else match.view_name


def problems_on(text: str, *, identifiers: bool = False) -> list[str]:
    # A web address printed for people to type (the lookup's, on a receipt) is not wording.
    text = ADDRESS.sub(" ", text)
    found = [
        f"English: {p.pattern}"
        for p in english_phrases()
        # A column key such as "status" is a word of the file, not of the page.
        if p.search(text) and not (identifiers and "\\ " not in p.pattern)
    ]
    found += [f"None: …{text[max(0, m.start() - 40) : m.end() + 20]}…" for m in NONE.finditer(text)]
    found += [f"placeholder: {m.group(0)}" for m in PLACEHOLDERS.finditer(text)]
    found += [
        f"raw key: {m.group(0)}"
        for m in RAW_KEYS.finditer(text)
        if not identifiers and not m.group(0).startswith(("demo_", "http"))
    ]
    return found


def crawl(client, username: str) -> dict[str, list[str]]:
    """Follow the staff links from the staff home, one page per route; the problems by page."""
    assert client.login(username=username, password=DEMO_PASSWORD)
    client.cookies["django_language"] = "vi"
    queue, seen_routes, found = ["/staff/"], set(), {}
    while queue and len(seen_routes) < PAGES_PER_ROLE:
        url = queue.pop(0)
        route = route_of(url)
        if route is None or route in seen_routes:
            continue
        seen_routes.add(route)
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        text, links = page_text(response.content.decode())
        if problems := problems_on(text, identifiers=route in IDENTIFIER_ROUTES):
            found[url] = problems
        queue.extend(link for link in staff_links(url, links) if route_of(link) not in seen_routes)
    client.logout()
    return found


@pytest.fixture
def demo():
    call_command("demo", "--per-year=60", verbosity=0)


def test_the_checks_catch_english_none_placeholders_and_raw_keys():
    text, links = page_text(
        '<p title="Show">Hạn hoàn thành: None</p><script>var None;</script>'
        '<a href="/staff/dossiers/?q=1">x</a><p>%(count)s hồ sơ · 5|*|* · exit v1</p>'
        "<p><code>unofficial_payment</code> of the</p><textarea>Response rate</textarea>"
        "<p>Evaluation of dossier handling</p><p>Giấy khai sinh (required)</p>"
    )

    found = problems_on(text)

    assert any(p.startswith("None:") for p in found)
    assert "placeholder: %(count)s" in found
    assert any(p.startswith("raw key: 5|*|*") for p in found)
    assert "raw key: exit v1" in found
    assert "English: (?<![\\w-])Evaluation\\ of\\ dossier\\ handling(?![\\w-])" in found
    assert "English: (?<![\\w-])required(?![\\w-])" in found
    assert links == ["/staff/dossiers/?q=1"]
    assert text.count("None") == 1  # the script is not read
    assert "unofficial_payment" not in text  # code is an identifier on purpose
    assert not any("of the" in p for p in found)
    assert not any("Response" in p for p in found)  # a text box holds data, not wording


@pytest.mark.parametrize("username", ROLES)
def test_every_staff_page_reads_as_vietnamese(client, demo, username):
    found = crawl(client, username)

    assert not found, "\n".join(f"{url}: {'; '.join(p)}" for url, p in found.items())
