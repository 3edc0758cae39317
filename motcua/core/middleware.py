"""Middleware of motcua's own: the language, and the input boundary.

Vietnamese for everyone unless they chose another language.

Django's LocaleMiddleware follows the browser's Accept-Language, so an officer on an
English-language Windows would get English pages. Here only an explicit choice (the language
cookie set by the switcher) changes the language."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import translation

from motcua.core import textinput


class LanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch = response.headers.get("Vary", "")
        if "Cookie" not in patch:
            response.headers["Vary"] = f"{patch}, Cookie" if patch else "Cookie"
        return response


class InputBoundaryMiddleware:
    """Cleans every text a request brings (`motcua.core.textinput`) before any view, form,
    schema or query sees it: query-string values, form fields, uploaded file names and JSON
    bodies. A path with a control character in it can match nothing, so it answers 404 in
    the format of the part of the site it was sent to."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not (request.path_info.isascii() and request.path_info.isprintable()):
            request.path_info = textinput.path_marked(request.path_info)
        if request.GET:
            request.GET = _cleaned(  # type: ignore[assignment]
                request.GET, cut=textinput.MAX_QUERY_VALUE
            )
        if request.method == "POST":
            content_type = request.content_type or ""
            if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                request.POST = _cleaned(request.POST)  # type: ignore[assignment]
                for _field, uploads in request.FILES.lists():
                    for upload in uploads:
                        upload.name = textinput.short_file_name(upload.name or "")
        if request.method in ("POST", "PUT", "PATCH") and request.content_type == (
            "application/json"
        ):
            _clean_json_body(request)
        return self.get_response(request)


def _cleaned(data: QueryDict, *, cut: int | None = None) -> QueryDict:
    cleaned = QueryDict(mutable=True)
    for key, values in data.lists():
        clean_key = textinput.clean_text(key, lines=False)
        for value in values:
            value = textinput.clean_text(value)
            cleaned.appendlist(clean_key, value[:cut] if cut else value)
    cleaned._mutable = False
    return cleaned


def _clean_json_body(request: HttpRequest) -> None:
    length = int(request.META.get("CONTENT_LENGTH") or 0)
    if not length or length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        return  # Django refuses the body when it is read; nothing to clean in an empty one.
    try:
        data = json.loads(request.body)
    except ValueError:
        return  # The API answers a body that is not JSON itself.
    cleaned = textinput.clean_data(data)
    if cleaned != data:
        request._body = json.dumps(cleaned, ensure_ascii=False).encode()
