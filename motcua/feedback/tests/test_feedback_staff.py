"""The staff side of feedback: queues with masked contacts, entry of feedback received by
phone, the item's page offering only what the user may do, the full handling flow through the
pages, the audited read of personal data, and what others cannot see or do."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.core.messaging import outbox as sms_outbox
from motcua.core.models import AuditEvent
from motcua.core.tests.images import PNG
from motcua.feedback import services
from motcua.feedback.models import (
    AnswerTemplate,
    Attachment,
    Category,
    Event,
    Feedback,
    RoutingRule,
    State,
)
from motcua.feedback.tests.factories import staff_login as login
from motcua.feedback.tests.factories import web_submission
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import AgencyFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
# Thursday 28 August 2025; 1-2 September are the National Day days off. Feedback received
# today is to be transferred by Monday 8 September and handled by Monday 22 September.
AUGUST_28 = dt.datetime(2025, 8, 28, 9, 0, tzinfo=VN)


@pytest.fixture(autouse=True)
def quiet_messages_and_a_fixed_day(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sms_outbox.clear()
    with time_machine.travel(AUGUST_28, tick=False):
        yield


@pytest.fixture
def roads(world):
    """Roads in commune A go to the commune's roads office, elsewhere to the province's
    department; commune A gets a head and commune B an office of its own."""
    category = Category.objects.get(code="duong-giao-thong")
    world.roads_office = AgencyFactory(unit=world.commune_a, name="Ban Giao thông xã A")
    world.province_roads = AgencyFactory(unit=world.province, name="Sở Xây dựng")
    world.office_b = AgencyFactory(unit=world.commune_b, name="Văn phòng xã B")
    RoutingRule.objects.create(category=category, unit=world.commune_a, agency=world.roads_office)
    RoutingRule.objects.create(category=category, agency=world.province_roads)
    world.head_a = UserFactory(username="head_a", email="head.a@xa-a.gov.vn")
    MembershipFactory(user=world.head_a, unit=world.commune_a, role=Role.UNIT_HEAD)
    world.roads = category
    return category


def register(world, **extra):
    return web_submission(world, **{"contact_email": "nam@example.vn", **extra})


def page(response):
    return response.content.decode()


def offered(html):
    """The actions the page offers."""
    return set(re.findall(r'name="action" value="(\w+)"', html))


# --- who sees what ------------------------------------------------------------------------


def test_outsiders_and_anonymous_visitors_see_nothing(client, world, roads):
    item = register(world)
    for url in ["/staff/feedback/", "/staff/feedback/new/", f"/staff/feedback/{item.number}/"]:
        assert client.get(url).status_code == 302
    login(client, world.outsider)
    for url in ["/staff/feedback/", "/staff/feedback/new/", f"/staff/feedback/{item.number}/"]:
        assert client.get(url).status_code == 403
    assert not AuditEvent.objects.filter(action="feedback.read").exists()


def test_the_head_of_commune_b_does_not_see_commune_a_items(client, world, roads):
    item = register(world)
    login(client, world.head_b)
    assert item.number not in page(client.get("/staff/feedback/?queue=all"))
    assert client.get(f"/staff/feedback/{item.number}/").status_code == 404
    assert client.post(f"/staff/feedback/{item.number}/", {"action": "start"}).status_code == 404
    assert not AuditEvent.objects.filter(action="feedback.read").exists()


def test_an_item_routed_to_commune_b_is_seen_and_handled_there(client, world, roads):
    item = register(world)
    services.feedback_transfer(
        item=item, actor=world.head_a, to=world.office_b, reason="Đoạn đường thuộc xã B"
    )
    login(client, world.head_b)
    assert item.number in page(client.get("/staff/feedback/"))
    assert "answer" in offered(page(client.get(f"/staff/feedback/{item.number}/")))

    response = client.post(f"/staff/feedback/{item.number}/", {"action": "start"})

    assert response.status_code == 302
    assert Feedback.objects.get(pk=item.pk).state == State.IN_PROGRESS


def test_the_supervisor_reads_but_cannot_act(client, world, roads):
    item = register(world)
    login(client, world.supervisor)
    detail = client.get(f"/staff/feedback/{item.number}/")
    assert detail.status_code == 200 and "Nguyễn Văn Nam" in page(detail)
    assert offered(page(detail)) == set()
    response = client.post(
        f"/staff/feedback/{item.number}/", {"action": "note", "note-text": "Đã xem"}
    )
    assert response.status_code == 403
    assert client.get("/staff/feedback/new/").status_code == 403
    assert not Event.objects.filter(action="note").exists()


def test_the_counter_officer_sees_the_item_but_only_the_agency_or_a_head_handles_it(
    client, world, roads
):
    item = register(world)  # routed to the roads office, not to the one-stop unit
    login(client, world.counter_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert "Nguyễn Văn Nam" in detail and offered(detail) == set()
    login(client, world.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    # Nothing is answered yet: no review.
    assert offered(detail) == {
        "start",
        "classify",
        "transfer",
        "ask_more",
        "answer",
        "refuse",
        "merge",
        "note",
    }


# --- the queues ---------------------------------------------------------------------------


def test_the_queue_masks_the_contact_and_marks_overdue_and_escalated_items(client, world, roads):
    with time_machine.travel(dt.datetime(2025, 8, 1, 9, tzinfo=VN), tick=False):
        late = register(world, text="Cầu tràn thôn 5 bị sạt lở một bên, xe máy qua rất nguy hiểm.")
    fresh = register(world)
    Feedback.objects.filter(pk=late.pk).update(escalated_at=AUGUST_28)
    login(client, world.head_a)

    listing = page(client.get("/staff/feedback/"))

    assert "0905123456" not in listing and "nam@example.vn" not in listing
    assert "Nguyễn Văn Nam" not in listing
    assert "N.V.N. 090*****56" in listing
    # Overdue first, then by due date.
    assert listing.index(late.number) < listing.index(fresh.number)
    assert listing.count("badge errors") == 1 and "escalated" in listing


def test_the_queue_searches_by_number_or_subject(client, world, roads):
    potholes = register(world)
    water = register(world, title="Mất nước sinh hoạt", text="Khu phố 2 mất nước ba ngày liền.")
    login(client, world.head_a)
    found = page(client.get("/staff/feedback/", {"queue": "all", "q": "nước"}))
    assert water.number in found and potholes.number not in found
    found = page(client.get("/staff/feedback/", {"queue": "all", "q": potholes.number}))
    assert potholes.number in found and water.number not in found


def test_the_review_queue_holds_the_answers_waiting_for_publication(client, world, roads):
    waiting = register(world)
    services.feedback_answer(item=waiting, actor=world.coordinator, text="Sẽ vá ổ gà tuần sau.")
    other = register(world, text="Đèn đường thôn 4 không sáng đã hai tuần nay rồi.")
    login(client, world.coordinator)
    listing = page(client.get("/staff/feedback/?queue=review"))
    assert waiting.number in listing and other.number not in listing
    assert "badge errors" not in listing


def test_an_answer_not_published_in_two_working_days_is_late(client, world, roads):
    answered = register(world)
    services.feedback_answer(item=answered, actor=world.coordinator, text="Sẽ vá ổ gà tuần sau.")
    # Answered Thursday 28 August: to be published by Wednesday 3 September (1-2 off).
    assert answered.publish_due_on == dt.date(2025, 9, 3)
    login(client, world.coordinator)
    with time_machine.travel(dt.datetime(2025, 9, 4, 9, tzinfo=VN), tick=False):
        listing = page(client.get("/staff/feedback/?queue=overdue"))
        assert answered.number in listing and "badge errors" in listing
        services.feedback_publish(
            item=answered,
            actor=world.coordinator,
            public_text="Đường liên xã có nhiều ổ gà.",
            public_answer="Sẽ vá ổ gà tuần sau.",
        )
    assert "after the deadline" in answered.events.get(action="published").text


def test_the_export_is_audited_and_has_no_full_contact(client, world, roads):
    item = register(world)
    login(client, world.head_a)

    response = client.get("/staff/feedback/?queue=all&format=csv")

    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert item.number in text and "N.V.N. 090*****56" in text
    assert "0905123456" not in text and "nam@example.vn" not in text and "Nguyễn" not in text
    assert AuditEvent.objects.filter(action="feedback.export", actor=world.head_a).exists()
    xlsx = client.get("/staff/feedback/?format=xlsx")
    assert xlsx.status_code == 200 and xlsx["Content-Type"].endswith("spreadsheetml.sheet")
    assert client.get("/staff/feedback/?format=pdf").status_code == 404


def test_the_queue_does_not_query_per_item(client, world, roads, django_assert_max_num_queries):
    register(world)
    login(client, world.coordinator)
    with django_assert_max_num_queries(12) as one:
        client.get("/staff/feedback/?queue=all")
    for n in range(5):
        register(world, text=f"Đường thôn {n} hỏng nặng sau mưa lớn, cần sửa ngay.")
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get("/staff/feedback/?queue=all")


# --- staff entry ----------------------------------------------------------------------------


def entry(world, **extra):
    values = {
        "channel": "phone",
        "received_at": "",
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


def test_the_counter_officer_registers_a_phone_call_once(
    client, world, roads, django_capture_on_commit_callbacks
):
    login(client, world.counter_a)
    form = page(client.get("/staff/feedback/new/"))
    assert 'value="reception"' in form and 'value="web"' not in form

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/staff/feedback/new/", entry(world))
        again = client.post("/staff/feedback/new/", entry(world))

    item = Feedback.objects.get()
    assert response.status_code == again.status_code == 302
    assert response["Location"] == f"/staff/feedback/{item.number}/"
    assert item.channel == "phone" and item.received_by == world.counter_a
    assert item.agency == world.roads_office and item.contact_phone == "0912345678"
    assert len(sms_outbox) == 1 and item.number in sms_outbox[0].text


def test_feedback_transferred_in_keeps_its_source_and_the_citizens_first_date(client, world, roads):
    login(client, world.counter_a)
    values = entry(
        world,
        channel="letter",
        received_at="2025-08-26T08:30",
        transferred_from="Văn phòng Chính phủ",
        first_received_at="2025-08-04T10:00",
    )
    client.post("/staff/feedback/new/", values)
    item = Feedback.objects.get()
    assert item.transferred_from == "Văn phòng Chính phủ"
    assert item.first_received_at == dt.datetime(2025, 8, 4, 10, 0, tzinfo=VN)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert "Văn phòng Chính phủ" in detail and "04/08/2025" in detail
    # Without the body it came from, the officer is told and nothing is stored.
    refused = client.post(
        "/staff/feedback/new/", {**values, "transferred_from": "", "client_key": "k2"}
    )
    assert refused.status_code == 200 and Feedback.objects.count() == 1


def test_a_letter_keeps_the_day_it_arrived_and_its_files(client, world, roads):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login(client, world.counter_a)
    photo = SimpleUploadedFile("o-ga.png", PNG, content_type="image/png")
    client.post(
        "/staff/feedback/new/",
        {**entry(world, channel="letter", received_at="2025-08-26T08:30"), "attachments": [photo]},
    )
    item = Feedback.objects.get()
    assert item.received_at == dt.datetime(2025, 8, 26, 8, 30, tzinfo=VN)
    assert item.attachments.get().name == "o-ga.png"


def test_bad_entries_come_back_with_the_reasons_and_the_text_typed(client, world, roads):
    login(client, world.counter_a)
    future = client.post(
        "/staff/feedback/new/", entry(world, received_at="2025-08-29T08:00", client_key="k2")
    )
    assert "cannot be in the future" in page(future)
    refused = client.post(
        "/staff/feedback/new/", entry(world, contact_name="", contact_phone="", client_key="k3")
    )
    assert refused.status_code == 200
    assert "Give your name, or send the feedback anonymously." in page(refused)
    assert "Công dân gọi điện báo đoạn đường thôn 3" in page(refused)
    # The officer asks the caller before writing the contact down.
    values = entry(world, client_key="k4")
    del values["consent"]
    unasked = client.post("/staff/feedback/new/", values)
    assert unasked.status_code == 200 and "Agree that your name and contact" in page(unasked)
    assert "Law 91/2025" in page(unasked)
    assert not Feedback.objects.exists()


def test_the_head_of_commune_b_registers_only_for_commune_b(client, world, roads):
    login(client, world.head_b)
    response = client.post("/staff/feedback/new/", entry(world))
    assert response.status_code == 200 and "Select a valid choice" in page(response)
    assert not Feedback.objects.exists()


# --- the item's page ------------------------------------------------------------------------


def test_reading_an_item_is_audited_and_shows_the_full_contact(client, world, roads):
    item = register(world)
    login(client, world.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert "Nguyễn Văn Nam" in detail and "0905123456" in detail and "nam@example.vn" in detail
    read = AuditEvent.objects.get(action="feedback.read")
    assert read.actor == world.head_a and read.object_id == item.number
    assert "consent given 28/08/2025 09:00" in detail


def test_an_erased_contact_says_so(client, world, roads):
    item = register(world)
    services.feedback_refuse(item=item, actor=world.head_a, reason="Không thuộc phạm vi.")
    with time_machine.travel(dt.datetime(2026, 9, 1, 9, tzinfo=VN), tick=False):
        services.feedback_contacts_erase()
    login(client, world.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert "0905123456" not in detail and "the contact was erased on 01/09/2026" in detail


def test_attachments_are_served_to_those_who_see_the_item(client, world, roads):
    item = register(world, files=[("anh.png", PNG)])
    attachment = item.attachments.get()
    url = f"/staff/feedback/files/{attachment.public_id}/"
    login(client, world.head_b)
    assert client.get(url).status_code == 404
    login(client, world.counter_a)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PNG
    assert AuditEvent.objects.filter(action="feedback.read", actor=world.counter_a).exists()


def test_a_refused_action_shows_its_reason_and_keeps_the_text(client, world, roads):
    item = register(world)
    login(client, world.head_a)
    response = client.post(
        f"/staff/feedback/{item.number}/",
        {"action": "answer", "answer-text": "Ngắn"},
    )
    assert response.status_code == 200
    assert "Write the answer." in page(response) and "Ngắn</textarea>" in page(response)
    response = client.post(
        f"/staff/feedback/{item.number}/",
        {"action": "transfer", "transfer-agency": world.province_roads.pk, "transfer-reason": ""},
    )
    assert "Say why the item goes to another agency." in page(response)
    assert Feedback.objects.get(pk=item.pk).agency == world.roads_office


def test_an_internal_note_is_marked_internal(client, world, roads):
    item = register(world)
    login(client, world.head_a)
    client.post(
        f"/staff/feedback/{item.number}/", {"action": "note", "note-text": "Gọi lại cho dân"}
    )
    note = Event.objects.get(action="note")
    assert not note.public and note.actor == world.head_a
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert "Gọi lại cho dân" in detail and "internal" in detail


def test_duplicates_are_suggested_and_merged_by_a_head(client, world, roads):
    first = register(world)
    again = register(world, contact_name="Trần B")
    login(client, world.head_a)
    detail = page(client.get(f"/staff/feedback/{again.number}/"))
    assert f"/staff/feedback/{first.number}/" in detail

    client.post(f"/staff/feedback/{again.number}/", {"action": "merge", "merge-into": first.number})

    again.refresh_from_db()
    assert again.state == State.MERGED and again.duplicate_of == first
    wrong = client.post(
        f"/staff/feedback/{first.number}/", {"action": "merge", "merge-into": "PA-2025-999999"}
    )
    assert "There is no item PA-2025-999999 you can see." in page(wrong)


def test_conduct_feedback_is_answered_with_substantiated_yes_or_no(client, world, roads):
    conduct = Category.objects.get(code="can-bo")
    item = register(
        world, category=conduct, text="Cán bộ một cửa đòi thêm giấy tờ không có trong quy định."
    )
    login(client, world.head_a)
    assert 'name="answer-substantiated"' in page(client.get(f"/staff/feedback/{item.number}/"))
    client.post(
        f"/staff/feedback/{item.number}/",
        {
            "action": "answer",
            "answer-text": "Đã kiểm điểm cán bộ, nhắc nhở rút kinh nghiệm.",
            "answer-substantiated": "yes",
        },
    )
    item.refresh_from_db()
    assert item.state == State.ANSWERED and item.substantiated is True


# --- the whole flow ---------------------------------------------------------------------------


def test_a_phone_call_is_registered_classified_transferred_answered_and_published(
    client, world, roads
):
    other = Category.objects.get(code="khac")
    template = AnswerTemplate.objects.create(
        category=world.roads,
        title="Sẽ sửa chữa",
        text="Sở Xây dựng đã kiểm tra và sẽ sửa chữa đoạn đường trong tháng này.",
    )
    photo_of_the_road, id_card = ("duong.png", PNG), ("cccd.png", PNG)

    # Given the counter officer writes down a phone call, filed under "Other" by mistake
    login(client, world.counter_a)
    client.post(
        "/staff/feedback/new/",
        entry(
            world,
            category=other.code,
            text="Ông Trần Thị Bình gọi, số 0912345678: đường thôn 3 nhiều ổ gà lớn.",
        ),
    )
    item = Feedback.objects.get()
    for name, data in (photo_of_the_road, id_card):
        Attachment.objects.create(feedback=item, name=name, file=f"feedback/{name}", size=len(data))
    url = f"/staff/feedback/{item.number}/"

    # When the head of commune A classifies it as roads and sends it to the province
    login(client, world.head_a)
    client.post(
        url,
        {
            "action": "classify",
            "classify-category": world.roads.pk,
            "classify-kind": "feedback",
            "classify-unit": world.commune_a.pk,
        },
    )
    item.refresh_from_db()
    assert item.category == world.roads and item.agency == world.roads_office
    client.post(
        url,
        {
            "action": "transfer",
            "transfer-agency": world.province_roads.pk,
            "transfer-reason": "Đường tỉnh lộ do Sở Xây dựng quản lý",
        },
    )
    item.refresh_from_db()
    assert item.agency == world.province_roads
    # ... the head of commune A no longer answers for it
    assert "answer" not in offered(page(client.get(url)))

    # And the coordinator answers from the category's template
    login(client, world.coordinator)
    with_template = page(client.get(url, {"template": template.pk}))
    assert f"{template.text}</textarea>" in with_template
    client.post(url, {"action": "answer", "answer-text": template.text})
    item.refresh_from_db()
    assert item.state == State.ANSWERED and item.answered_on_time

    # Then the review refuses a leftover phone number, keeping the texts typed
    review = page(client.get(url))
    assert "review" in offered(review)
    assert "0912345678" not in item.public_text and "Trần Thị Bình" not in item.public_text
    leftover = client.post(
        url,
        {
            "action": "review",
            "review-public_title": "Ổ gà trên đường thôn 3",
            "review-public_text": "Gọi số 0912 345 678: đường thôn 3 nhiều ổ gà lớn.",
            "review-public_answer": item.public_answer,
        },
    )
    assert "still holds a name, an e-mail, a phone or an ID number" in page(leftover)
    assert "Gọi số 0912 345 678" in page(leftover)

    # And publishes the cleaned texts with the photo of the road but not the ID card
    road_photo = item.attachments.get(name="duong.png")
    response = client.post(
        url,
        {
            "action": "review",
            "review-public_title": "Ổ gà trên đường thôn 3",
            "review-public_text": "Đường thôn 3 nhiều ổ gà lớn.",
            "review-public_answer": item.public_answer,
            "review-attachments": [str(road_photo.public_id)],
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.state == State.PUBLISHED and item.public_text == "Đường thôn 3 nhiều ổ gà lớn."
    assert [a.name for a in item.attachments.filter(is_public=True)] == ["duong.png"]
    actions = list(item.events.values_list("action", flat=True))
    assert actions == ["received", "classified", "transferred", "answered", "published"]
    transfer = item.events.get(action="transferred")
    assert transfer.public and "Sở Xây dựng quản lý" in transfer.text
    assert AuditEvent.objects.filter(action="feedback.publish").exists()
    assert offered(page(client.get(url))) == {"note"}


# --- the admin --------------------------------------------------------------------------------


def test_the_coordinator_sets_up_feedback_in_the_admin_and_only_reads_items(client, world, roads):
    item = register(world)
    login(client, world.coordinator)
    assert client.get("/admin/feedback/category/").status_code == 200
    assert client.get("/admin/feedback/answertemplate/add/").status_code == 200
    assert client.get("/admin/feedback/routingrule/add/").status_code == 200
    assert client.get("/admin/feedback/deadlinerules/add/").status_code == 200
    read_only = page(client.get(f"/admin/feedback/feedback/{item.pk}/change/"))
    assert item.number in read_only and 'name="_save"' not in read_only
    assert "Nguyễn Văn Nam" not in read_only and "0905123456" not in read_only
    assert client.get("/admin/feedback/feedback/add/").status_code == 403
    login(client, world.counter_a)
    assert client.get("/admin/feedback/category/").status_code in (302, 403)


def test_conduct_feedback_names_the_official_and_the_dossier(client, world, roads):
    conduct = Category.objects.get(code="can-bo")
    item = register(world, category=conduct)
    login(client, world.head_a)
    client.post(
        f"/staff/feedback/{item.number}/",
        {
            "action": "classify",
            "classify-category": conduct.pk,
            "classify-kind": "feedback",
            "classify-unit": world.commune_a.pk,
            "classify-official": world.counter_a.pk,
            "classify-dossier_code": "000.00.20.h34-250828-0001",
        },
    )
    item.refresh_from_db()
    assert item.official == world.counter_a
    assert item.dossier_code == "000.00.20.H34-250828-0001"
    # Only the unit's own staff can be named.
    response = client.post(
        f"/staff/feedback/{item.number}/",
        {
            "action": "classify",
            "classify-category": conduct.pk,
            "classify-kind": "feedback",
            "classify-unit": world.commune_a.pk,
            "classify-official": world.outsider.pk,
        },
    )
    item.refresh_from_db()
    assert response.status_code == 200 and item.official == world.counter_a


def test_an_item_waiting_for_the_citizen_shows_its_clock_stopped_and_is_not_overdue(
    client, world, roads
):
    with time_machine.travel(dt.datetime(2025, 8, 1, 9, tzinfo=VN), tick=False):
        waiting = register(world, text="Cầu tràn thôn 5 bị sạt lở một bên, xe máy qua rất nguy.")
        services.feedback_ask_more(item=waiting, actor=world.head_a, question="Thôn nào?")
    login(client, world.head_a)
    listing = page(client.get("/staff/feedback/"))
    assert waiting.number in listing and "badge errors" not in listing
    assert waiting.number not in page(client.get("/staff/feedback/?queue=overdue"))
    detail = page(client.get(f"/staff/feedback/{waiting.number}/"))
    assert "since 01/08/2025: the handling deadline is paused" in detail
    # The head goes on without the answer: 19 working days waited move the deadline.
    client.post(f"/staff/feedback/{waiting.number}/", {"action": "start"})
    detail = page(client.get(f"/staff/feedback/{waiting.number}/"))
    assert "19 working days waited so far" in detail and "Deadline moved" in detail


def test_the_officer_records_the_agency_the_caller_names(client, world, roads):
    login(client, world.counter_a)
    form = page(client.get("/staff/feedback/new/"))
    assert f"Sở Xây dựng ({world.province.name})" in form
    client.post("/staff/feedback/new/", entry(world, agency=world.province_roads.identifier))
    item = Feedback.objects.get()
    assert item.agency_concerned == world.province_roads
    wrong = client.post("/staff/feedback/new/", entry(world, agency="999999", client_key="k9"))
    assert wrong.status_code == 200 and Feedback.objects.count() == 1
    assert "Select a valid choice" in page(wrong)
    assert "Công dân gọi điện báo đoạn đường thôn 3" in page(wrong)
    login(client, world.head_a)
    detail = page(client.get(f"/staff/feedback/{item.number}/"))
    assert "Agency concerned" in detail and "Sở Xây dựng" in detail
