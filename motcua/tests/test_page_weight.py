"""Every public page weighs under 50 kB on first load, its HTML and the stylesheets and
scripts it links counted uncompressed (issue 15: citizens of mountain communes on cheap
phones and weak signals). Measured on the demo data: the home page and a search over the
demo catalogue, its largest procedure (most papers and forms), a full page of published
answers, and the forms a citizen fills in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import transaction
from django.db.models import Count
from django.test import Client

from motcua.catalogue.demo import load_demo_catalogue
from motcua.catalogue.models import Procedure
from motcua.dossiers.demo import demo_dossiers_load
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import rating_token
from motcua.dossiers.states import State as DossierState
from motcua.feedback.demo import feedback_demo
from motcua.orgs.demo import load_demo_orgs
from motcua.surveys.demo import DEMO_CAMPAIGN, demo_survey_load
from motcua.surveys.models import Invitation

LIMIT = 50 * 1024
LINKED = re.compile(r'<(?:link rel="stylesheet" href|script[^>]* src)="([^"]+)"')


@dataclass(frozen=True)
class Demo:
    procedure: str
    rating: str
    survey: str


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[Demo]:
    """The demo's units, catalogue, a year of dossiers, its survey and its feedback, loaded
    once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo_orgs()
        load_demo_catalogue()
        demo_dossiers_load(years=1, per_year=200)
        demo_survey_load(target_responses=20)
        feedback_demo()
        largest = (
            Procedure.objects.public()
            .annotate(papers=Count("components", distinct=True), n=Count("forms", distinct=True))
            .order_by("-papers", "-n", "code")
            .first()
        )
        finished = Dossier.objects.filter(state=DossierState.RETURNED).first()
        invitation = Invitation.objects.filter(campaign__slug=DEMO_CAMPAIGN, used=False).first()
        assert largest and finished and invitation
        yield Demo(
            procedure=f"/procedures/{largest.code}/",
            rating=f"/dossiers/{finished.code}/rate/?t={rating_token(dossier=finished)}",
            survey=f"/surveys/{DEMO_CAMPAIGN}/{invitation.token}/1/",
        )
        transaction.set_rollback(True)


def first_load(path: str) -> tuple[int, dict[str, int]]:
    """The bytes a new visitor downloads: the page, then each stylesheet and script it links
    (none is cached yet)."""
    client = Client()
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content
    parts = {"html": len(html)}
    for url in LINKED.findall(html.decode()):
        assert url.startswith(settings.STATIC_URL), f"{path} links {url} from elsewhere"
        found = finders.find(url.removeprefix(settings.STATIC_URL))
        assert found, url
        with open(found, "rb") as linked:
            parts[url] = len(linked.read())
    return sum(parts.values()), parts


PAGES = {
    "home": lambda demo: "/",
    "search": lambda demo: "/procedures/?q=dang+ky+ket+hon",
    "largest procedure": lambda demo: demo.procedure,
    "dossier lookup": lambda demo: "/dossiers/lookup/",
    "feedback list": lambda demo: "/feedback/",
    "new feedback": lambda demo: "/feedback/new/",
    "feedback lookup": lambda demo: "/feedback/lookup/",
    "survey page": lambda demo: demo.survey,
    "rating": lambda demo: demo.rating,
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES)
def test_a_public_page_weighs_under_50_kb_on_first_load(demo, page):
    total, parts = first_load(PAGES[page](demo))
    assert total < LIMIT, f"{page}: {total} bytes ({parts})"


@pytest.mark.django_db
def test_the_measured_pages_are_full(demo):
    """The weights above are of real pages: a full page of answers, a procedure with papers
    and forms, a search that finds something."""
    client = Client()
    assert client.get("/feedback/").content.decode().count("<article>") >= 10
    procedure = client.get(demo.procedure).content.decode()
    assert procedure.count("/forms/") >= 1
    assert "/procedures/" in client.get("/procedures/?q=dang+ky+ket+hon").content.decode()
