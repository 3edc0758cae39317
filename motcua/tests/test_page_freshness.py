"""Public pages kept whole (motcua/core/pagecache.py, pages registered in motcua/portal/apps.py)
show every change of what they show at once: a procedure edited, a paper added, a legal
document linked, a feedback answer published, demo data marked. Run with the cache of the
settings (local memory, or Redis when REDIS_URL is set); with Redis, a change made by another
process shows too."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from motcua.catalogue.models import Component, Procedure
from motcua.catalogue.services import procedure_save
from motcua.catalogue.tests.factories import LegalDocumentFactory, procedure_make
from motcua.feedback import services
from motcua.feedback.models import Category
from motcua.feedback.tests.factories import web_submission
from motcua.orgs.models import AdministrativeUnit

pytestmark = pytest.mark.django_db

PROCEDURE = "/procedures/1.001193/"
SEARCH = "/procedures/?q=khai+sinh"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with no page kept: a page kept by another test under the same
    generations would be that test's database, rolled back since."""
    cache.clear()
    yield
    cache.clear()


def queries(client: Client, path: str) -> int:
    """How many queries the page took: none when it came from the cache."""
    with CaptureQueriesContext(connection) as done:
        assert client.get(path).status_code == 200
    return len(done)


def seen(client: Client, path: str) -> str:
    return client.get(path).content.decode()


@pytest.fixture
def procedure() -> Procedure:
    return procedure_make(code="1.001193", name="Đăng ký khai sinh")


@pytest.fixture
def feedback_world(world):
    world.roads = Category.objects.get(code="duong-giao-thong")
    return world


def test_an_edited_procedure_shows_at_once_on_its_page_the_search_and_home(client, procedure):
    assert "Hộ tịch" in seen(client, "/")  # the home page counts procedures by field
    for path in (SEARCH, PROCEDURE):
        assert "Đăng ký khai sinh" in seen(client, path)
    for path in ("/", SEARCH, PROCEDURE):
        assert queries(client, path) == 0  # kept
    procedure.name = "Đăng ký khai sinh lưu động"
    procedure_save(procedure=procedure)
    assert "Đăng ký khai sinh lưu động" in seen(client, PROCEDURE)
    assert "Đăng ký khai sinh lưu động" in seen(client, SEARCH)
    procedure_make(code="2.000001", name="Cấp phép xây dựng", field="Xây dựng")
    assert "Xây dựng" in seen(client, "/")


def test_a_paper_or_a_legal_document_added_shows_at_once(client, procedure):
    seen(client, PROCEDURE)
    Component.objects.create(procedure=procedure, position=3, name="Giấy chứng sinh bản chính")
    assert "Giấy chứng sinh bản chính" in seen(client, PROCEDURE)
    procedure.legal_basis.add(LegalDocumentFactory(number="04/2020/TT-BTP"))  # m2m_changed
    assert "04/2020/TT-BTP" in seen(client, PROCEDURE)


def test_a_withdrawn_procedure_leaves_the_pages_at_once(client, procedure):
    seen(client, PROCEDURE)
    procedure.status = "draft"
    procedure_save(procedure=procedure)
    assert client.get(PROCEDURE).status_code == 404
    assert "Đăng ký khai sinh" not in seen(client, SEARCH)


def test_a_published_answer_shows_at_once_on_the_feedback_list(client, feedback_world):
    item = web_submission(feedback_world)
    assert item.number not in seen(client, "/feedback/")
    item = services.feedback_answer(item=item, actor=None, text="Xã đã vá ổ gà trên đường.")
    item = services.feedback_publish(
        item=item, actor=None, public_text=item.public_text, public_answer=item.public_answer
    )
    page = seen(client, "/feedback/")
    assert item.number in page and escape("Xã đã vá ổ gà trên đường.") in page
    assert escape("Xã đã vá ổ gà trên đường.") in seen(client, f"/feedback/{item.number}/")


def test_new_unpublished_feedback_leaves_the_kept_list_alone(client, feedback_world):
    seen(client, "/feedback/")
    web_submission(feedback_world)
    assert queries(client, "/feedback/") == 0


def test_the_demo_banner_follows_the_units(client, procedure, world):
    assert "demo-banner" not in seen(client, "/")
    unit = AdministrativeUnit.objects.get(pk=world.commune_a.pk)
    unit.is_demo = True
    unit.save()
    assert "demo-banner" in seen(client, "/")


def _caches() -> list[str]:
    """The default cache always; Redis as well when REDIS_URL names one (CI starts it)."""
    return ["default", *(["redis"] if settings.REDIS_URL else [])]


@pytest.mark.parametrize("backend", _caches())
def test_a_change_another_process_makes_shows_with_a_shared_cache(
    client, procedure, settings, backend
):
    """With Redis, every server process sees the section moved on by another one. With the
    default memory cache the other processes only see it when their copy expires, so this
    case checks the change seen by the process that made it."""
    if backend == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": settings.REDIS_URL,
                "KEY_PREFIX": "motcua-test",
            }
        }
    assert "Đăng ký khai sinh" in seen(client, PROCEDURE)
    # A write that sends no signal: only the explicit call below tells the pages.
    Procedure.objects.filter(pk=procedure.pk).update(name="Đăng ký khai sinh có yếu tố nước ngoài")
    assert "có yếu tố nước ngoài" not in seen(client, PROCEDURE)  # still the kept page
    if backend == "redis":
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        subprocess.run(
            [sys.executable, "-c", _OTHER_PROCESS, settings.REDIS_URL], env=env, check=True
        )
    else:
        from motcua.core.pagecache import section_changed

        section_changed("catalogue")
    assert "có yếu tố nước ngoài" in seen(client, PROCEDURE)


# Another server process moving the catalogue on, through Redis with the test's key prefix.
_OTHER_PROCESS = """
import sys
import django
from django.conf import settings
settings.configure(CACHES={"default": {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": sys.argv[1], "KEY_PREFIX": "motcua-test"}})
django.setup()
from motcua.core.pagecache import section_changed
section_changed("catalogue")
"""
