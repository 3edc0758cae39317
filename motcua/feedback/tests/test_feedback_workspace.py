"""The officer's workspace for feedback: people by full name and title, words instead of
keys, dates as dd/mm/yyyy, the form starting at the officer's commune, grouped pickers that
can be searched without JavaScript, the map rule kept in the service, and a fixed number of
queries on every page and selector."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from motcua.core.messaging import outbox as sms_outbox
from motcua.feedback import selectors, services
from motcua.feedback.forms import EntryForm, FeedbackBaseForm
from motcua.feedback.models import Category, Feedback, RoutingRule
from motcua.feedback.tests.factories import (
    EventFactory,
    FeedbackFactory,
    OfficerFactory,
    web_submission,
)
from motcua.feedback.tests.factories import staff_login as login
from motcua.orgs.access import access_for
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import AgencyFactory, MembershipFactory

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
AUGUST_28 = dt.datetime(2025, 8, 28, 9, 0, tzinfo=VN)


@pytest.fixture(autouse=True)
def quiet_messages_and_a_fixed_day(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sms_outbox.clear()
    with time_machine.travel(AUGUST_28, tick=False):
        yield


@pytest.fixture
def office(world):
    """Commune A's roads office and the province's department; a named head of commune A."""
    world.roads = Category.objects.get(code="duong-giao-thong")
    world.roads_office = AgencyFactory(unit=world.commune_a, name="Ban Giao thông xã A")
    world.province_roads = AgencyFactory(unit=world.province, name="Sở Xây dựng")
    RoutingRule.objects.create(
        category=world.roads, unit=world.commune_a, agency=world.roads_office
    )
    world.head_a = OfficerFactory(username="head_a", first_name="Văn Hải", last_name="Trần")
    MembershipFactory(user=world.head_a, unit=world.commune_a, role=Role.UNIT_HEAD)
    world.counter_a.first_name, world.counter_a.last_name = "Thị Lan", "Lê"
    world.counter_a.save()
    return world


register = web_submission


def entry(world, **extra):
    values = {
        "channel": "phone",
        "kind": "feedback",
        "category": world.roads.code,
        "unit": world.commune_a.code,
        "title": "Ổ gà trên đường liên xã",
        "text": "Công dân gọi điện báo đoạn đường thôn 3 có nhiều ổ gà lớn.",
        "contact_name": "Trần Thị Bình",
        "consent": True,
        "contact_phone": "0912 345 678",
        "client_key": "k1",
    }
    values.update(extra)
    return values


def page(response):
    return response.content.decode()


# --- people and words ----------------------------------------------------------------------


def test_the_history_names_officers_by_full_name_and_title_never_by_login(client, office):
    # Given an item a counter officer registered and the head of commune A noted
    login(client, office.counter_a)
    client.post("/staff/feedback/new/", entry(office))
    item = Feedback.objects.get()
    services.feedback_note(item=item, actor=office.head_a, text="Gọi lại cho dân")

    # When the head opens it
    login(client, office.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))

    # Then both are shown by full name and title
    assert "Trần Văn Hải (Unit head, Xã A)" in detail
    assert f"Lê Thị Lan (Counter officer, {office.one_stop_a.name})" in detail
    assert ">head_a<" not in detail and "counter_a" not in detail


def test_an_officer_without_a_name_is_shown_by_title(client, office):
    item = register(office)
    services.feedback_note(item=item, actor=office.coordinator, text="Theo dõi")
    login(client, office.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert "Coordinator, Tỉnh Thử" in detail and "coordinator<" not in detail


def test_an_unknown_step_shows_words_not_its_key(client, office):
    item = register(office)
    EventFactory(feedback=item, action="imported_from_old_system", actor=None)
    login(client, office.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert "imported_from_old_system" not in detail and "Step recorded" in detail
    assert "None" not in detail
    # Steps without an officer say whose they were
    history = detail[detail.index("<tbody>", detail.index("History")) :]
    assert "<td>the citizen</td>" in history and "<td>the system, automatically</td>" in history


def test_the_official_concerned_is_picked_by_name_and_title(client, office):
    conduct = Category.objects.get(code="can-bo")
    item = register(office, category=conduct)
    login(client, office.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    options = re.search(r'<select name="classify-official".*?</select>', detail, re.S)
    assert options is not None
    assert f"Lê Thị Lan (Counter officer, {office.one_stop_a.name})" in options.group(0)
    assert "counter_a" not in options.group(0)


def test_the_export_writes_dates_as_day_month_year_words_and_the_officers_name(client, office):
    register(office)
    login(client, office.counter_a)
    client.post("/staff/feedback/new/", entry(office))
    login(client, office.head_a)
    text = client.get("/staff/feedback/?queue=all&format=csv").content.decode("utf-8-sig")
    lines = text.splitlines()
    assert "28/08/2025 09:00" in lines[1] and "22/09/2025" in lines[1]
    assert "2025-08-28" not in text and "None" not in text
    assert "Web form" in text and ",web," not in text
    assert f"Lê Thị Lan (Counter officer, {office.one_stop_a.name})" in text
    assert "counter_a" not in text


# --- defaults and pickers ------------------------------------------------------------------


def test_the_entry_form_starts_at_the_officers_commune(client, office):
    office.head_a.memberships.all().delete()
    MembershipFactory(user=office.head_a, unit=office.province, role=Role.UNIT_HEAD)
    MembershipFactory(user=office.head_a, unit=office.commune_b, role=Role.COUNTER_OFFICER)
    login(client, office.head_a)
    form = page(client.get("/staff/feedback/new/"))
    # The province's head may write for every commune, and starts at the one she works in.
    assert 'value="23002" selected' in form and 'value="23001"' in form
    assert 'value="23001" selected' not in form


def test_agencies_are_grouped_by_committee_and_found_by_typing(client, office):
    login(client, office.counter_a)
    form = page(client.get("/staff/feedback/new/"))
    assert '<optgroup label="Tỉnh Thử">' in form and '<optgroup label="Xã A">' in form
    assert 'list="id_agency_find_list"' in form
    assert '<option value="Sở Xây dựng (Tỉnh Thử)">' in form

    # Typing part of a name, without accents, finds the one agency
    client.post("/staff/feedback/new/", entry(office, agency_find="so xay"))
    assert Feedback.objects.get().agency_concerned == office.province_roads

    # Text matching several agencies is refused with the typed text kept
    response = client.post("/staff/feedback/new/", entry(office, agency_find="a", client_key="k2"))
    assert "Several choices match “a”" in page(response)
    assert 'name="agency_find" value="a"' in page(response)
    assert Feedback.objects.count() == 1


def test_the_transfer_finds_the_agency_typed(client, office):
    item = register(office)
    login(client, office.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert '<optgroup label="Tỉnh Thử">' in detail
    client.post(
        f"/staff/feedback/{item.number}/",
        {"action": "transfer", "transfer-agency_find": "Sở Xây dựng", "transfer-reason": "Tỉnh lộ"},
    )
    assert Feedback.objects.get().agency == office.province_roads


# --- the map rule lives in the service -----------------------------------------------------


def test_the_forms_leave_the_map_rule_to_the_service(office):
    # The staff form (and the public one, see portal's tests) accepts any readable point
    assert issubclass(EntryForm, FeedbackBaseForm)
    data = {**entry(office), "latitude": "51.5", "longitude": "-0.1"}
    form = EntryForm(data, units=None)
    assert form.is_valid(), form.errors
    with pytest.raises(services.FeedbackError) as refused, translation.override("en"):
        services.feedback_register(submission=form.submission(), channel="phone")
    assert refused.value.error_dict["latitude"][0].message == "The map point is outside Viet Nam."


def test_a_point_outside_the_province_is_shown_by_the_latitude_box(client, office, settings):
    settings.MOTCUA_FEEDBACK_MAP_BOUNDS = (15.8, 107.8, 16.3, 108.4)
    login(client, office.counter_a)
    response = client.post(
        "/staff/feedback/new/", entry(office, latitude="21.03", longitude="105.85")
    )
    error = re.search(r"Latitude.*?<span class=\"errors\"[^>]*>(.*?)</span>", page(response), re.S)
    assert error is not None and "outside the province" in error.group(1)
    assert not Feedback.objects.exists()
    client.post("/staff/feedback/new/", entry(office, latitude="16.05", longitude="108.2"))
    assert Feedback.objects.get().latitude is not None


# --- queries -------------------------------------------------------------------------------


def _named_notes(item, count):
    for n in range(count):
        officer = OfficerFactory()
        MembershipFactory(user=officer, unit=item.unit, role=Role.PROCESSING_OFFICER)
        EventFactory(feedback=item, actor=officer, text=f"Ghi chú {n}")


def test_the_list_page_reads_a_fixed_number_of_queries(client, office, django_assert_num_queries):
    FeedbackFactory(unit=office.commune_a, category=office.roads, agency=office.roads_office)
    login(client, office.head_a)
    assert client.get("/staff/feedback/?queue=all").status_code == 200
    with CaptureQueriesContext(connection) as first:
        client.get("/staff/feedback/?queue=all")
    FeedbackFactory.create_batch(
        6, unit=office.commune_a, category=office.roads, agency=office.province_roads
    )
    with django_assert_num_queries(len(first.captured_queries)):
        listing = page(client.get("/staff/feedback/?queue=all"))
    assert listing.count("/staff/feedback/PA-") == 7


def test_the_detail_page_reads_a_fixed_number_of_queries(client, office, django_assert_num_queries):
    item = register(office)
    _named_notes(item, 1)
    login(client, office.head_a)
    client.get(f"/staff/feedback/{item.number}/")
    with CaptureQueriesContext(connection) as first:
        client.get(f"/staff/feedback/{item.number}/")
    _named_notes(item, 5)
    with django_assert_num_queries(len(first.captured_queries)):
        client.get(f"/staff/feedback/{item.number}/")


def test_the_selectors_read_a_fixed_number_of_queries(office, django_assert_num_queries):
    item = register(office)
    _named_notes(item, 4)
    FeedbackFactory.create_batch(
        3, unit=office.commune_a, category=office.roads, received_by=office.counter_a
    )
    access = access_for(office.head_a)
    today = timezone.localdate()
    item = selectors.item_for(access, item.number)
    assert item is not None
    with django_assert_num_queries(1):
        assert len(selectors.agency_picker(on=today).by_key) >= 3
    with django_assert_num_queries(1):
        assert "23001" in selectors.commune_picker(on=today).by_key
    with django_assert_num_queries(1):
        assert "duong-giao-thong" in selectors.category_picker().by_key
    with django_assert_num_queries(2):  # the events, then the actors' memberships
        assert len(selectors.feedback_history(item)) == 5
    with django_assert_num_queries(1), translation.override("en"):
        labels = selectors.people_labels([office.head_a, office.counter_a])
    assert labels[office.head_a.pk] == "Trần Văn Hải (Unit head, Xã A)"
    with django_assert_num_queries(2):  # the count, then the page
        listing = selectors.feedback_queue(
            access, which="all", query="", page_number=1, today=today
        )
    assert len(listing.rows) == 4
    with django_assert_num_queries(2):  # the items, then the memberships of who registered
        rows = list(
            selectors.export_rows(
                selectors.queue_items(access, which="all", query="", today=today), today
            )
        )
    assert len(rows) == 4
    # The page: answer templates, the history (2) and the duplicates; nobody else is named.
    with django_assert_num_queries(4):
        shown = selectors.feedback_page(access, item, template_id="", today=today)
    assert shown.received_by == "" and len(shown.history) == 5
