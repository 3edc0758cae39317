"""Links to pages, from one place.

Domain code (services, cron commands, the e-mails and SMS they send) points people at pages
that belong to the presentation apps, `portal` and `dashboard`, which it must not import.
Their route names are written here only, under a name that says what the link is for, so a
renamed route breaks one test (`core/tests/test_links.py`) rather than a message nobody
reads; and every absolute address is built on the same public base.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

# Link name -> route name ("namespace:name" in motcua/urls.py).
LINKS: Mapping[str, str] = MappingProxyType(
    {
        # Staff pages, named in escalation and reminder e-mails and behind figures.
        "staff_home": "dashboard:home",
        "staff_feedback_item": "feedback:feedback_detail",
        "staff_directives": "directives:directive_list",
        "publication_check": "dashboard:publication",
        # Citizens' pages, sent by SMS and e-mail or printed.
        "survey_start": "portal:survey_start",
        "dossier_rate": "portal:dossier_rate",
        "dossier_status": "portal:dossier_status",
        "dossier_lookup": "portal:dossier_lookup",
        "feedback_track": "portal:feedback_track",
        "procedure_detail": "portal:procedure_detail",
        "form_download": "portal:form_download",
    }
)


def link_path(name: str, **kwargs: Any) -> str:
    """The site-relative path of the page `name` (a key of `LINKS`), e.g.
    `link_path("survey_start", slug="2025-q3")`."""
    return reverse(LINKS[name], kwargs=kwargs or None)


def absolute_link(name: str, **kwargs: Any) -> str:
    """The address of the page `name` for a message sent with no request at hand (cron, a
    background task): MOTCUA_PUBLIC_URL followed by the path. When MOTCUA_PUBLIC_URL is not
    set there is no public address to give, and the path alone comes back; senders that must
    not send a bare path check `settings.PUBLIC_URL` first."""
    return settings.PUBLIC_URL + link_path(name, **kwargs)


def public_url(request: HttpRequest, path: str) -> str:
    """The address citizens reach: MOTCUA_PUBLIC_URL when set (the server may sit behind a
    proxy on an intranet name), otherwise the host of this request."""
    if settings.PUBLIC_URL:
        return settings.PUBLIC_URL + path
    return request.build_absolute_uri(path)
