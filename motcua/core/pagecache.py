"""Whole public pages kept in Django's cache for visitors without an account.

A catalogue page or the list of published answers costs 10 to 40 ms to render and is the same
for every citizen; served from the cache it costs about what a hello-world view does. A page
is kept when an app registers its URL name (`pages_register`, from the portal's `ready()`)
with the sections of data it shows, and is looked up under a key made of:

- the generation of each of its sections: a counter in the cache that `section_changed`
  moves on. `section_sources` connects it to the models a section is built from (post_save,
  post_delete, and m2m_changed for their many-to-many fields), so that an edit shows at once;
- the date (what is in force changes at midnight), the language, the scheme, the host and the
  full path with its query string.

Only GET and HEAD requests with neither a session cookie nor a messages cookie are served
from the cache or stored in it: a logged-in officer, or a visitor who has just been told
something, always gets a page rendered for them. A response is stored only when it is a
plain 200 that sets no cookie and left the session and the messages untouched.

A page with a POST form carries a CSRF token: it is stored with a placeholder instead, and each
visitor gets their own token put in (which also sets their CSRF cookie, as rendering would).
Pages that carry anything else made for one visitor must not be registered.

With the default local-memory cache each server process has its own copy: a change shows at
once in the process that made it and in the others when their copies expire
(`MOTCUA_PAGE_CACHE_SECONDS`). With Redis (`REDIS_URL`) every process sees it at once.

Writes that send no signals (`QuerySet.update`, `bulk_create`, `bulk_update`) must call
`section_changed` themselves.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve
from django.utils import timezone

_GENERATION = "pagecache:generation:"
_PAGE = "pagecache:page:"
# What `{% csrf_token %}` writes (django/template/defaulttags.py, CsrfTokenNode).
_CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')
_CSRF_PLACEHOLDER = b"\x00csrf-token\x00"
# Headers that describe the page itself; the outer middleware adds the rest on every answer.
_KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Vary")


@dataclass(frozen=True)
class _Page:
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    has_csrf: bool


_pages: dict[str, tuple[str, ...]] = {}


def pages_register(pages: dict[str, Iterable[str]]) -> None:
    """Keep these pages (URL name, with its namespace → the sections of data it shows)."""
    _pages.update({name: tuple(sections) for name, sections in pages.items()})


def section_changed(*sections: str) -> None:
    """Every kept page that shows one of these sections is rendered again on its next visit.

    Inside a transaction the sections move on now and again when it commits: a page another
    process renders in between still reads the old rows, and must not stay kept."""
    _move_on(sections)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _move_on(sections))


def _move_on(sections: Iterable[str]) -> None:
    for section in sections:
        try:
            cache.incr(_GENERATION + section)
        except ValueError:
            _generation_start(section)


def _generation_start(section: str) -> int:
    # Never 0 again after an eviction: pages kept under an older counter stay unreachable.
    start = time.time_ns()
    cache.set(_GENERATION + section, start, timeout=None)
    return start


def section_sources(
    section: str,
    sources: Iterable[type[models.Model]],
    *,
    when: Callable[[Any], bool] | None = None,
) -> None:
    """Move `section` on whenever a row of one of `sources` is saved or deleted, or one of
    their many-to-many relations changes; with `when`, only for rows it accepts."""

    def changed(sender: Any, instance: Any = None, action: str = "", **_kwargs: Any) -> None:
        if action.startswith("pre_"):
            return  # m2m_changed: the post_ signal follows
        if when is None or instance is None or when(instance):
            section_changed(section)

    for model in sources:
        # weak=False: the receiver is a closure that nothing else holds.
        post_save.connect(changed, sender=model, weak=False)
        post_delete.connect(changed, sender=model, weak=False)
        for field in model._meta.local_many_to_many:
            through = getattr(model, field.name).through
            m2m_changed.connect(changed, sender=through, weak=False)


def _generations(sections: tuple[str, ...]) -> list[int]:
    found = cache.get_many([_GENERATION + section for section in sections])
    return [found.get(_GENERATION + section) or _generation_start(section) for section in sections]


def _sections_for(request: HttpRequest) -> tuple[str, ...] | None:
    """The sections of the page asked for, when it may come from the cache."""
    if request.method not in ("GET", "HEAD") or not _pages:
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    if request.headers.get("HX-Request"):
        return None  # a fragment of the page, not the page
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    return _pages.get(match.view_name)


def _key(request: HttpRequest, sections: tuple[str, ...]) -> str:
    generations = ".".join(str(n) for n in _generations(sections))
    # The date: what is in force (procedures, forms) changes at midnight.
    when = timezone.localdate().isoformat()
    where = f"{request.LANGUAGE_CODE}|{request.build_absolute_uri()}"
    return _PAGE + hashlib.sha256(f"{generations}|{when}|{where}".encode()).hexdigest()


def _storable(request: HttpRequest, response: HttpResponseBase) -> bool:
    if request.method != "GET" or response.status_code != 200:
        return False
    if not isinstance(response, HttpResponse) or response.cookies:
        return False
    # Reading the (empty) session is fine: every page asks whether someone is logged in.
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and messages.added_new:
        return False
    control = response.get("Cache-Control", "")
    return "private" not in control and "no-store" not in control


def _kept(response: HttpResponse) -> _Page:
    content = response.content
    tokens = set(_CSRF_INPUT.findall(content))
    for token in tokens:
        content = content.replace(token, _CSRF_PLACEHOLDER)
    headers = tuple((name, response[name]) for name in _KEPT_HEADERS if response.has_header(name))
    return _Page(response.status_code, headers, content, bool(tokens))


def _served(request: HttpRequest, page: _Page) -> HttpResponse:
    content = page.content
    if page.has_csrf:
        content = content.replace(_CSRF_PLACEHOLDER, get_token(request).encode())
    response = HttpResponse(content, status=page.status)
    for name, value in page.headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Serves and stores the registered pages (see the module's docstring). It sits after the
    language, session, CSRF and messages middleware, whose answers it relies on."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        sections = _sections_for(request)
        if sections is None or settings.MOTCUA_PAGE_CACHE_SECONDS <= 0:
            return self.get_response(request)
        key = _key(request, sections)
        page = cache.get(key)
        if page is not None:
            return _served(request, page)
        response = self.get_response(request)
        if _storable(request, response):
            cache.set(key, _kept(response), settings.MOTCUA_PAGE_CACHE_SECONDS)  # type: ignore[arg-type]
        return response
