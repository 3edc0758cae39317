"""The officer's workspace: intake outcomes, one form per action, refused attempts kept out
of the legal history, assignment to a named officer, late apologies, and names."""

import ast
import datetime as dt
import inspect
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.models import AuditEvent
from motcua.dossiers import views
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import dossier_hand_over, dossier_receive, dossier_steps_plan
from motcua.dossiers.states import State
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import PASSWORD, AgencyFactory, MembershipFactory, UserFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def named(user, full):
    """ "Trần Thị Lan": family name Trần, given names Thị Lan."""
    user.last_name, user.first_name = full.split(" ", 1)
    user.save(update_fields=["first_name", "last_name"])
    return user


@pytest.fixture
def marriage(db):
    return procedure_make("1.000894", "Đăng ký kết hôn", components=3, time_limit_value=3)


class Office:
    """Commune A's justice office with two officers, and the commune's head."""

    def __init__(self, world):
        self.justice = AgencyFactory(unit=world.commune_a, kind="specialised", name="Tư pháp xã A")
        self.lan = self._member("lan", "Trần Thị Lan", self.justice)
        self.minh = self._member("minh", "Lê Văn Minh", self.justice)
        self.head = named(UserFactory(username="head_a"), "Phạm Văn Hùng")
        MembershipFactory(user=self.head, role=Role.UNIT_HEAD, unit=world.commune_a)
        named(world.counter_a, "Nguyễn Thị Hoa")

    @staticmethod
    def _member(username, full, agency):
        user = named(UserFactory(username=username), full)
        MembershipFactory(user=user, role=Role.PROCESSING_OFFICER, agency=agency)
        return user


@pytest.fixture
def office(world):
    return Office(world)


@pytest.fixture
def september(world, marriage):
    """Received on Monday 22 September 2025 at 09:00, due Thursday 25 September."""
    return dossier_receive(
        procedure=marriage,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Đinh Văn Lực",
        submitted=list(marriage.components.all()),
        received_at=dt.datetime(2025, 9, 22, 9, 0, tzinfo=VN),
    )


def act(client, dossier, action, **data):
    return client.post(f"/staff/dossiers/{dossier.code}/act/", {"action": action, **data})


def page_of(client, dossier):
    return client.get(f"/staff/dossiers/{dossier.code}/").content.decode()


# 1. Thin views -----------------------------------------------------------------------------


def test_every_view_function_is_at_most_50_lines():
    tree = ast.parse(inspect.getsource(views))
    lengths = {
        node.name: node.end_lineno - node.lineno + 1
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
    }
    assert lengths and max(lengths.values()) <= 50, lengths


# 2. Intake ---------------------------------------------------------------------------------


def intake(client, procedure, agency, papers, **extra):
    data = {
        "agency": agency.pk,
        "applicant_kind": "person",
        "applicant_name": "Võ Thị Sen",
        "channel": "counter",
        "components": [c.pk for c in papers],
        "client_key": "k-intake",
        **extra,
    }
    return client.post(f"/staff/dossiers/new/{procedure.code}/", data)


def test_intake_offers_three_outcomes_each_with_its_own_fields(client, world, marriage):
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/new/{marriage.code}/").content.decode()
    for outcome in ("accept", "supplement", "refuse"):
        assert f'name="outcome" value="{outcome}"' in page
    supplement = page.split('id="outcome-supplement"')[1].split("</details>")[0]
    refuse = page.split('id="outcome-refuse"')[1].split("</details>")[0]
    assert 'name="missing_reason"' in supplement and 'name="refusal_reason"' not in supplement
    assert 'name="refusal_reason"' in refuse and 'name="missing_reason"' not in refuse


def test_the_officers_own_agency_is_preselected(client, world, marriage):
    AgencyFactory(unit=world.commune_a, kind="office", name="Văn phòng xã A")
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/new/{marriage.code}/").content.decode()
    assert f'<option value="{world.one_stop_a.pk}" selected>' in page
    book = client.get("/staff/dossiers/book/").content.decode()
    assert f'<option value="{world.one_stop_a.pk}" selected>' in book


def test_accepting_with_a_required_paper_unticked_is_refused(client, world, marriage):
    login(client, world.counter_a)
    papers = list(marriage.components.all())
    response = intake(client, marriage, world.one_stop_a, papers[:2], outcome="accept")
    assert response.status_code == 200 and not Dossier.objects.exists()
    assert "Giấy 3" in response.content.decode()


def test_the_supplement_is_confirmed_on_a_page_listing_the_unticked_papers(client, world, marriage):
    login(client, world.counter_a)
    papers = list(marriage.components.all())
    first = intake(client, marriage, world.one_stop_a, papers[:1], outcome="supplement")
    listed = first.content.decode().split('id="missing-papers"')[1].split("</ol>")[0]
    assert "Giấy 2" in listed and "Giấy 3" in listed and "Giấy 1" not in listed
    assert not Dossier.objects.exists()  # nothing is recorded before the confirmation
    back = intake(client, marriage, world.one_stop_a, papers[:1], outcome="edit", confirmed="on")
    assert back.status_code == 200 and "Võ Thị Sen" in back.content.decode()
    assert not Dossier.objects.exists()
    done = intake(
        client, marriage, world.one_stop_a, papers[:1], outcome="supplement", confirmed="on"
    )
    dossier = Dossier.objects.get()
    assert dossier.state == State.SUPPLEMENT_REQUESTED
    assert done["Location"] == f"/staff/dossiers/{dossier.code}/slip/supplement/"


def test_a_supplement_with_every_paper_ticked_is_refused(client, world, marriage):
    login(client, world.counter_a)
    papers = list(marriage.components.all())
    intake(client, marriage, world.one_stop_a, papers, outcome="supplement", confirmed="on")
    assert not Dossier.objects.exists()


def test_refusing_needs_the_reasons(client, world, marriage):
    login(client, world.counter_a)
    response = intake(client, marriage, world.one_stop_a, [], outcome="refuse")
    assert response.status_code == 200 and not Dossier.objects.exists()
    intake(
        client, marriage, world.one_stop_a, [], outcome="refuse", refusal_reason="Sai thẩm quyền"
    )
    assert Dossier.objects.get().state == State.REFUSED


# 3. One form per action; refused attempts are audited, not historic ------------------------


def test_each_action_has_its_own_form_with_only_its_fields(client, world, received_dossier):
    login(client, world.counter_a)
    page = page_of(client, received_dossier)
    forms = {
        chunk.split('value="', 1)[1].split('"', 1)[0]: chunk.split("</form>")[0]
        for chunk in page.split('name="action"')[1:]
    }
    assert {"start", "supplement", "refuse", "withdraw"} <= set(forms)
    assert "resolve" not in forms and "return" not in forms  # not allowed: not offered
    assert 'name="components"' in forms["supplement"] and 'name="note"' in forms["supplement"]
    assert 'name="note"' in forms["refuse"] and 'name="components"' not in forms["refuse"]
    assert 'name="note"' not in forms["start"] and 'name="new_due_date"' not in forms["start"]


def test_a_post_of_an_action_not_offered_is_audited_not_historic(client, world, received_dossier):
    login(client, world.counter_a)
    before = DossierEvent.objects.count()
    act(client, received_dossier, "return", in_person="on")
    act(client, received_dossier, "apologise", note="Chậm", new_due_date="2026-12-31")
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RECEIVED
    assert DossierEvent.objects.count() == before
    refused = AuditEvent.objects.filter(action="dossier.action_refused")
    assert sorted(e.detail["action"] for e in refused) == ["apologise", "return"]


def test_a_rule_the_service_refuses_is_audited_not_historic(client, world, received_dossier):
    login(client, world.counter_a)
    before = DossierEvent.objects.count()
    act(client, received_dossier, "supplement", note="Thiếu")  # no paper named
    assert DossierEvent.objects.count() == before
    audit = AuditEvent.objects.get(action="dossier.action_refused")
    assert audit.detail["action"] == "supplement" and audit.detail["reason"]


# 4. Assignment, inbox, the head's view -----------------------------------------------------


def plan(world, office, dossier, steps=None):
    steps = steps or [(office.justice, "Thẩm định", 2)]
    dossier_steps_plan(dossier=dossier, actor=world.counter_a, steps=steps)


def test_the_hand_over_names_an_officer_of_the_next_agency(client, world, office, received_dossier):
    plan(world, office, received_dossier)
    outsider = named(UserFactory(username="other"), "Ngô Khác")
    login(client, world.counter_a)
    form = page_of(client, received_dossier).split('id="act-hand_over"')[1].split("</form>")[0]
    assert "Trần Thị Lan" in form and "Lê Văn Minh" in form and "Ngô Khác" not in form
    act(client, received_dossier, "hand_over", assignee=outsider.pk)
    act(client, received_dossier, "hand_over")  # no officer named
    assert received_dossier.steps.get().received_at is None
    act(client, received_dossier, "hand_over", assignee=office.lan.pk)
    step = received_dossier.steps.get()
    assert step.assignee == office.lan and step.received_by == office.lan
    assert "Trần Thị Lan" in page_of(client, received_dossier)


def test_the_note_goes_to_the_step_the_officer_is_on(client, world, office, received_dossier):
    land = AgencyFactory(unit=world.commune_a, kind="specialised", name="Địa chính xã A")
    plan(world, office, received_dossier, [(office.justice, "Thẩm định", 1), (land, "Đo", 1)])
    dossier_hand_over(dossier=received_dossier, actor=world.counter_a, assignee=office.lan)
    login(client, office.lan)
    act(client, received_dossier, "hand_over", note="Hồ sơ hợp lệ")
    first, second = received_dossier.steps.order_by("position")
    assert first.result == "Hồ sơ hợp lệ" and second.result == ""
    assert first.handed_over_by == office.lan and second.received_at is not None


def test_the_head_reassigns_a_step_to_a_colleague(client, world, office, received_dossier):
    plan(world, office, received_dossier)
    dossier_hand_over(dossier=received_dossier, actor=world.counter_a, assignee=office.lan)
    login(client, office.head)
    act(client, received_dossier, "assign", assignee=office.minh.pk)
    assert received_dossier.steps.get().assignee == office.minh
    assert DossierEvent.objects.filter(dossier=received_dossier, action="assign").exists()


def inbox(client, tab):
    return client.get("/staff/dossiers/inbox/", {"tab": tab}).content.decode()


def test_each_officer_sees_their_own_trays(client, world, office, received_dossier):
    plan(world, office, received_dossier)
    dossier_hand_over(dossier=received_dossier, actor=world.counter_a, assignee=office.lan)
    login(client, office.lan)
    assert received_dossier.code in inbox(client, "process")
    client.logout()
    login(client, office.minh)
    assert received_dossier.code not in inbox(client, "process")
    # Lan hands the result back: the head has it to sign, then the counter to return.
    dossier_hand_over(dossier=received_dossier, actor=office.lan, result="Đạt")
    client.logout()
    login(client, office.head)
    assert received_dossier.code in inbox(client, "sign")
    from motcua.dossiers.services import dossier_transition

    dossier_transition(dossier=received_dossier, actor=office.head, to=State.RESOLVED)
    client.logout()
    login(client, world.counter_a)
    assert received_dossier.code in inbox(client, "return")
    assert received_dossier.code not in inbox(client, "sign")


@time_machine.travel(dt.datetime(2025, 9, 29, 9, 0, tzinfo=VN), tick=False)
def test_the_head_sees_who_holds_what_and_for_how_long(client, world, office, september):
    plan(world, office, september)
    dossier_hand_over(
        dossier=september,
        actor=world.counter_a,
        assignee=office.lan,
        at=dt.datetime(2025, 9, 22, 10, 0, tzinfo=VN),
    )
    login(client, office.head)
    page = client.get("/staff/dossiers/workload/").content.decode()
    row = page.split("Trần Thị Lan")[1].split("</tr>")[0]
    assert "22/09/2025 10:00" in row and "<strong" in row  # the step was due 24/09
    assert "/staff/dossiers/workload/" in inbox(client, "sign")
    client.logout()
    login(client, office.lan)
    assert client.get("/staff/dossiers/workload/").status_code == 403
    assert "/staff/dossiers/workload/" not in inbox(client, "process")


# 5. Late dossiers --------------------------------------------------------------------------


@time_machine.travel(dt.datetime(2025, 9, 25, 9, 0, tzinfo=VN), tick=False)
def test_a_late_dossier_offers_a_late_apology_instead_of_a_refusal(client, world, september):
    # Due Thursday 25 September: the apology had to go out by Wednesday 24.
    login(client, world.counter_a)
    page = page_of(client, september)
    assert 'id="late-notice"' in page and "25/09/2025" in page
    assert 'value="apologise_late"' in page and 'value="apologise"' not in page
    act(client, september, "apologise_late", note="Chờ xác minh", new_due_date="2025-10-02")
    september.refresh_from_db()
    assert september.new_due_date == dt.date(2025, 10, 2)
    event = DossierEvent.objects.get(dossier=september, action="apologise_late")
    assert not event.refused and "02/10/2025" in event.note
    assert AuditEvent.objects.filter(action="dossier.apology_late").exists()
    assert client.get(f"/staff/dossiers/{september.code}/slip/apology/").status_code == 200
    assert 'value="apologise_late"' not in page_of(client, september)  # only once


@time_machine.travel(dt.datetime(2025, 9, 24, 9, 0, tzinfo=VN), tick=False)
def test_an_apology_in_time_is_offered_as_such(client, world, september):
    login(client, world.counter_a)
    page = page_of(client, september)
    assert 'value="apologise"' in page and 'value="apologise_late"' not in page
    assert 'id="late-notice"' not in page


@time_machine.travel(dt.datetime(2025, 9, 15, 9, 0, tzinfo=VN), tick=False)
def test_due_soon_separates_apology_possible_from_already_late(client, world, marriage):
    def received(day, name):
        return dossier_receive(
            procedure=marriage,
            agency=world.one_stop_a,
            actor=world.counter_a,
            applicant_name=name,
            submitted=list(marriage.components.all()),
            received_at=dt.datetime(2025, 9, day, 9, 0, tzinfo=VN),
        )

    today = received(10, "Hạn Hôm Nay")  # due Monday 15: too late to apologise
    tomorrow = received(11, "Hạn Ngày Mai")  # due Tuesday 16: still in time
    login(client, world.counter_a)
    page = client.get("/staff/dossiers/", {"queue": "due_soon"}).content.decode()
    in_time, late = page.split('id="group-1"')[1].split('id="group-2"')
    assert tomorrow.code in in_time and today.code not in in_time
    assert today.code in late and tomorrow.code not in late


# 6. Names ----------------------------------------------------------------------------------


def test_names_are_full_names_and_titles_never_logins(client, world, office, received_dossier):
    login(client, world.counter_a)
    page = page_of(client, received_dossier)
    history = page.split("<caption")[1]
    assert "Nguyễn Thị Hoa" in history and "counter_a" not in page
    receipt = client.get(f"/staff/dossiers/{received_dossier.code}/slip/receipt/")
    assert "Nguyễn Thị Hoa" in receipt.content.decode()
    assert "counter_a" not in receipt.content.decode()


def test_an_officer_without_a_name_is_not_shown_by_login(client, world, received_dossier):
    login(client, world.counter_a)
    page = page_of(client, received_dossier)
    assert "counter_a" not in page


def test_a_dossier_without_steps_is_transferred_to_a_department_and_an_officer(
    client, world, office, received_dossier
):
    login(client, world.counter_a)
    form = page_of(client, received_dossier).split('id="act-transfer"')[1].split("</form>")[0]
    assert f'<optgroup label="{office.justice.name}">' in form
    choice = f"{office.justice.pk}:{office.minh.pk}"
    assert f'value="{choice}"' in form
    act(client, received_dossier, "transfer", destination=f"{office.justice.pk}:{world.head_b.pk}")
    assert not received_dossier.steps.exists()  # an officer of another agency is refused
    act(client, received_dossier, "transfer", destination=choice, note="Thẩm định")
    step = received_dossier.steps.get()
    assert step.agency == office.justice and step.assignee == office.minh
    assert step.received_at is not None and step.task == "Thẩm định"
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.PROCESSING
    assert 'id="act-transfer"' not in page_of(client, received_dossier)


def _tuples_in(value, depth=0):
    """Anonymous tuples anywhere in what a template receives (dataclasses walked)."""
    import dataclasses

    if depth > 4:
        return []
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return [value]
    if isinstance(value, list):
        return [t for item in value for t in _tuples_in(item, depth + 1)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            t
            for f in dataclasses.fields(value)
            if not isinstance(getattr(value, f.name), str | tuple)  # tuple fields: names
            for t in _tuples_in(getattr(value, f.name), depth + 1)
        ]
    return []


# What the views pass (the context processors' values are the base template's business).
VIEW_KEYS = {"listing", "inbox", "workload", "page", "steps_form", "slip", "form", "missing"}


def test_no_page_hands_its_template_anonymous_tuples(client, world, office, received_dossier):
    from django.test.signals import template_rendered
    from django.test.utils import ContextList

    plan(world, office, received_dossier)
    dossier_hand_over(dossier=received_dossier, actor=world.counter_a, assignee=office.lan)
    seen = []

    def capture(sender, template, context, **kwargs):
        if (template.name or "").startswith("dossiers/") and not isinstance(context, ContextList):
            seen.append({k: v for k, v in context.flatten().items() if k in VIEW_KEYS})

    template_rendered.connect(capture)
    try:
        login(client, office.head)
        for url in [
            "/staff/dossiers/",
            "/staff/dossiers/?queue=due_soon",
            "/staff/dossiers/inbox/",
            "/staff/dossiers/workload/",
            f"/staff/dossiers/{received_dossier.code}/",
            f"/staff/dossiers/{received_dossier.code}/slip/receipt/",
        ]:
            assert client.get(url).status_code == 200, url
    finally:
        template_rendered.disconnect(capture)
    found = [t for context in seen for value in context.values() for t in _tuples_in(value)]
    assert seen and not found, found[:3]
