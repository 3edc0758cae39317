"""From findings to tasks on the staff pages: the coordinator ticks and rewords proposed
tasks and gets a draft directive; nobody else may."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.directives.models import Directive
from motcua.metrics.rollups import rollups_refresh
from motcua.metrics.tests.test_findings import dossiers
from motcua.orgs.tests.factories import PASSWORD

VN = ZoneInfo("Asia/Ho_Chi_Minh")
Q3 = {"start": "2025-07-01", "end": "2025-09-30"}


@pytest.fixture(autouse=True)
def _in_october():
    with time_machine.travel(dt.datetime(2025, 10, 20, 9, tzinfo=VN), tick=False):
        yield


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


@pytest.fixture
def late_commune(world):
    dossiers(world, world.commune_b, late=6, on_time=24)
    rollups_refresh()  # the findings read the indicator board's roll-ups
    return world


def test_the_coordinator_turns_a_finding_into_a_draft_directive(client, late_commune):
    world = late_commune
    login(client, world.coordinator)
    page = client.get("/staff/directives/proposals/").content.decode()  # last quarter: Q3
    assert "Xã B" in page and "80,0 %" in page
    response = client.post(
        "/staff/directives/proposals/",
        {
            **Q3,
            "issuer": world.province.pk,
            "subject": "Khắc phục tồn tại quý III",
            "take:on_time": "on",
            "title:on_time": "Giảm hồ sơ trễ hạn tại Xã B",
            "days:on_time": "15",
        },
    )
    directive = Directive.objects.get()
    assert response["Location"] == f"/staff/directives/{directive.pk}/edit/"
    task = directive.tasks.get()
    assert directive.subject == "Khắc phục tồn tại quý III" and directive.status == "draft"
    assert task.title == "Giảm hồ sơ trễ hạn tại Xã B" and task.deadline_days == 15
    assert list(task.units.all()) == [world.commune_b]


def test_nothing_ticked_or_a_bad_deadline_keeps_the_page_and_says_why(client, late_commune):
    world = late_commune
    login(client, world.coordinator)
    data = {**Q3, "issuer": world.province.pk, "title:on_time": "Sửa lại", "days:on_time": "0"}
    page = client.post("/staff/directives/proposals/", data).content.decode()
    assert 'role="alert"' in page and "Sửa lại" in page
    page = client.post(
        "/staff/directives/proposals/", {**data, "take:on_time": "on"}
    ).content.decode()
    assert 'role="alert"' in page and not Directive.objects.exists()


@pytest.mark.parametrize("persona", ["supervisor", "counter_a", "outsider"])
def test_only_those_who_issue_see_the_proposals(client, late_commune, persona):
    login(client, getattr(late_commune, persona))
    assert client.get("/staff/directives/proposals/").status_code == 403
    response = client.post("/staff/directives/proposals/", {**Q3, "take:on_time": "on"})
    assert response.status_code == 403 and not Directive.objects.exists()


def test_the_proposals_start_unticked_for_the_users_unit_and_last_quarter(client, late_commune):
    world = late_commune
    login(client, world.coordinator)
    page = client.get("/staff/directives/proposals/").content.decode()
    # Nothing is ticked: a finding becomes a task only when the coordinator chooses it
    assert 'name="take:on_time"' in page
    assert not re.search(r'name="take:[^"]*" checked', page)
    # The issuing unit and the period come prefilled: the province and the last quarter
    assert f'<option value="{world.province.pk}" selected>' in page
    assert 'value="2025-07-01"' in page and 'value="2025-09-30"' in page
    # Sending the page untouched makes nothing and says why
    response = client.post("/staff/directives/proposals/", {**Q3, "issuer": world.province.pk})
    assert 'role="alert"' in response.content.decode() and not Directive.objects.exists()


def test_a_refused_page_keeps_the_ticks_and_the_words_typed(client, late_commune):
    world = late_commune
    login(client, world.coordinator)
    data = {
        **Q3,
        "issuer": world.province.pk,
        "subject": "Khắc phục quý III",
        "take:on_time": "on",
        "title:on_time": "Giảm trễ hạn",
        "days:on_time": "400",
    }
    page = client.post("/staff/directives/proposals/", data).content.decode()
    assert re.search(r'name="take:on_time" checked', page)
    assert 'value="Giảm trễ hạn"' in page and 'value="Khắc phục quý III"' in page
    assert 'value="400"' in page and not Directive.objects.exists()
