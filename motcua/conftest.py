"""Shared fixtures: settings for tests and the named personas of permission tests."""

from __future__ import annotations

import datetime as dt
import shutil
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.core.cache import cache

from motcua.core.memo import memo_clear
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import (
    AgencyFactory,
    MembershipFactory,
    UnitFactory,
    UserFactory,
)

# Hand-counted dossiers, ratings and a directive for the indicator tests (`data`).
pytest_plugins = ["motcua.metrics.tests.fixtures"]


@pytest.fixture(autouse=True)
def _fresh_configuration():
    """Each test reads the calendar and rules its own database holds: a rolled-back test
    sends no signal to drop what it left in the memo, nor in the page cache
    (motcua/core/pagecache.py)."""
    memo_clear()
    cache.clear()
    yield
    memo_clear()
    cache.clear()


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.LANGUAGE_CODE = "vi"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The login throttle needs the request, which `client.login` does not pass; its own test
    # switches it on and logs in through the page.
    settings.AXES_ENABLED = False


class World:
    """A province with two communes, A and B, and a person in every seat."""

    def __init__(self) -> None:
        start = dt.date(2025, 7, 1)
        self.province = UnitFactory(kind="province", code="51", name="Tỉnh Thử", valid_from=start)
        self.commune_a = UnitFactory(
            kind="commune", code="23001", name="Xã A", parent=self.province, valid_from=start
        )
        self.commune_b = UnitFactory(
            kind="commune", code="23002", name="Xã B", parent=self.province, valid_from=start
        )
        self.one_stop_a = AgencyFactory(unit=self.commune_a, kind="one_stop")
        self.counter_a = _staff("counter_a", Role.COUNTER_OFFICER, agency=self.one_stop_a)
        self.head_b = _staff("head_b", Role.UNIT_HEAD, unit=self.commune_b)
        self.coordinator = _staff("coordinator", Role.COORDINATOR, unit=self.province)
        self.supervisor = _staff("supervisor", Role.SUPERVISOR, unit=self.province)
        self.administrator = _staff("administrator", Role.ADMINISTRATOR, unit=self.province)
        self.outsider = UserFactory(username="outsider")


def _staff(username: str, role: str, **where):
    user = UserFactory(username=username)
    MembershipFactory(user=user, role=role, **where)
    return user


@pytest.fixture
def world(db) -> World:
    return World()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The live server of the browser test keeps a PostgreSQL session open in its own thread,
    which would stop the test database from being dropped; end such sessions first."""
    yield
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


@pytest.fixture
def received_dossier(world):
    """A marriage registration received at commune A's one-stop unit on Friday 25 April 2025
    at 10:00, due Tuesday 29 April."""
    from zoneinfo import ZoneInfo

    from motcua.catalogue.tests.factories import procedure_make
    from motcua.dossiers.services import dossier_receive

    procedure = procedure_make("1.000894", "Đăng ký kết hôn", time_limit_value=3)
    return dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Trần Thị Bình",
        submitted=list(procedure.components.all()),
        received_at=dt.datetime(2025, 4, 25, 10, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        applicant_phone="0905123456",
        applicant_address="Thôn 3",
        applicant_id_number="064095001234",
    )


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def browser_page(monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the test
    # itself are still synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        context = browser.new_context(accept_downloads=True, java_script_enabled=False)
        yield context.new_page()
        context.close()
        browser.close()


# The rows data migrations seed (official days off, feedback topics, the civil-status cut-off):
# a transactional test starts from a database emptied by the flush of the one before.
# (serialized_rollback would restore them, but fails when that flush re-created the content
# types first.)
SEEDS = (
    ("motcua.workdays.migrations.0002_official_days_2023_2026", "load"),
    ("motcua.feedback.migrations.0002_default_categories", "install"),
    ("motcua.catalogue.migrations.0003_civil_status_cutoff", "forwards"),
)


@pytest.fixture
def migrated_rows(transactional_db):
    """The data migrations' rows, seeded again as `migrate` wrote them."""
    for module, function in SEEDS:
        getattr(import_module(module), function)(django_apps, None)
