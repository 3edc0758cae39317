"""The language switch: a plain link per language (`/lang/en/?next=/procedures/`), so that the
header of a page kept whole for every visitor (motcua/core/pagecache.py) carries no form and
no CSRF token. The choice is a display preference kept in the language cookie, which
motcua.core.middleware.LanguageMiddleware reads; changing it through GET harms nobody."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET


@require_GET
def language_choose(request: HttpRequest, code: str) -> HttpResponseRedirect:
    """Remember the language `code` and go back to `next`, a page of this site (the home page
    when it is missing or points elsewhere)."""
    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response
