"""Vietnamese for everyone unless they chose another language.

Django's LocaleMiddleware follows the browser's Accept-Language, so an officer on an
English-language Windows would get English pages. Here only an explicit choice (the language
cookie set by the switcher) changes the language."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


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
