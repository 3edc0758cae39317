"""Feedback: registration with a number and a tracking token, routing, deadlines across
holidays, the transfer rule, answers reviewed before publication without personal data,
duplicates, complaints redirected, notifications, and the citizen's word."""

import datetime as dt
import itertools
import uuid
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.utils import translation

from motcua.core.messaging import outbox as sms_outbox
from motcua.core.tests.images import JPEG
from motcua.feedback import services
from motcua.feedback.models import Category, DeadlineRules, Event, Feedback, RoutingRule, State
from motcua.feedback.services import FeedbackError, Submission
from motcua.orgs.tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
# Thursday 28 August 2025, before the National Day holiday of 1-2 September.
AUGUST_28 = dt.datetime(2025, 8, 28, 9, 0, tzinfo=VN)


@pytest.fixture(autouse=True)
def english_and_sms(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sms_outbox.clear()
    with translation.override("en"), time_machine.travel(AUGUST_28, tick=False):
        yield


@pytest.fixture
def roads(world):
    category = Category.objects.get(code="duong-giao-thong")
    world.roads_office = AgencyFactory(unit=world.commune_a, name="Ban Giao thông xã A")
    world.province_roads = AgencyFactory(unit=world.province, name="Sở Xây dựng")
    RoutingRule.objects.create(category=category, unit=world.commune_a, agency=world.roads_office)
    RoutingRule.objects.create(category=category, agency=world.province_roads)
    return category


def submission(world, category, **extra):
    values = {
        "category": category,
        "unit": world.commune_a,
        "title": "Ổ gà trên đường liên xã",
        "text": "Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn, rất nguy hiểm.",
        "contact_name": "Nguyễn Văn Nam",
        "consent": True,
        "contact_phone": "0905 123 456",
        "contact_email": "nam@example.vn",
    }
    values.update(extra)
    return Submission(**values)


def test_registration_gives_a_number_a_token_the_agency_and_deadlines(world, roads):
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    assert item.number == "PA-2025-000001" and len(item.tracking_token) >= 24
    assert item.agency == world.roads_office and item.state == State.RECEIVED
    # 5 working days to transfer: 29 August, then (1-2 September off) 3, 4 and 5 September,
    # and Monday 8; 15 to handle: on to Monday 22 September.
    assert item.transfer_due_on == dt.date(2025, 9, 8)
    assert item.due_on == dt.date(2025, 9, 22)
    assert item.contact_phone == "0905123456"
    second = services.feedback_register(
        submission=submission(world, roads, unit=world.commune_b, text="Khác hẳn nội dung trước."),
        channel="phone",
    )
    # Commune B has no rule of its own: the category's default, at the province.
    assert second.number == "PA-2025-000002" and second.agency == world.province_roads


def test_the_deadlines_are_configurable(world, roads):
    DeadlineRules.objects.create(valid_from=dt.date(2025, 1, 1), handle_days=10, transfer_days=3)
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    assert item.due_on == dt.date(2025, 9, 15) and item.transfer_due_on == dt.date(2025, 9, 4)


def test_a_retried_submission_is_one_item(world, roads):
    first = services.feedback_register(
        submission=submission(world, roads), channel="web", client_key="abc123"
    )
    again = services.feedback_register(
        submission=submission(world, roads), channel="web", client_key="abc123"
    )
    assert first == again and Feedback.objects.count() == 1


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ({"title": " "}, "subject"),
        ({"text": "ngắn"}, "few words"),
        ({"contact_name": ""}, "anonymously"),
        ({"contact_phone": "", "contact_email": ""}, "phone number or an e-mail"),
        ({"contact_phone": "12ab"}, "phone number is not valid"),
        ({"latitude": "51.5", "longitude": "-0.1"}, "outside Viet Nam"),
        ({"files": [("anh.jpg", b"MZ\x90 not an image")]}, "anh.jpg"),
        ({"files": [("virus.exe", b"MZ")]}, "virus.exe"),
        ({"files": [("big.pdf", b"%PDF-" + b"0" * (6 * 1024 * 1024))]}, "limit is 5"),
        ({"text": "x" * 5001}, "longer than 5000"),
        ({"title": "x" * 201}, "Longer than 200"),
        ({"address": "x" * 301}, "Longer than 300"),
        ({"contact_name": "x" * 201}, "Longer than 200"),
    ],
)
def test_bad_input_is_refused_with_the_reason_and_nothing_is_stored(world, roads, extra, problem):
    with pytest.raises(FeedbackError) as caught:
        services.feedback_register(submission=submission(world, roads, **extra), channel="web")
    assert problem in " ".join(caught.value.messages)
    assert not Feedback.objects.exists()


def test_anonymous_feedback_keeps_no_contact_and_sends_no_notice(world, roads):
    item = services.feedback_register(
        submission=submission(world, roads, anonymous=True), channel="web"
    )
    assert item.anonymous and item.contact_name == item.contact_phone == item.contact_email == ""
    assert mail.outbox == [] and sms_outbox == []


def test_the_citizen_is_told_by_e_mail_and_sms_at_registration_transfer_and_answer(
    world, roads, django_capture_on_commit_callbacks
):
    # Notices go once each step is committed.
    with django_capture_on_commit_callbacks(execute=True):
        item = services.feedback_register(submission=submission(world, roads), channel="web")
    with django_capture_on_commit_callbacks(execute=True):
        services.feedback_transfer(
            item=item, actor=world.coordinator, to=world.province_roads, reason="Tỉnh quản lý"
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.feedback_answer(item=item, actor=world.coordinator, text="Sẽ vá ổ gà.")
    with django_capture_on_commit_callbacks(execute=False) as pending:
        services.feedback_note(item=item, actor=None, text="Nội bộ")
    assert pending == []  # an internal note tells the citizen nothing
    assert [m.subject for m in mail.outbox] == ["Feedback PA-2025-000001"] * 3
    assert len(sms_outbox) == 3 and sms_outbox[0].to == "0905123456"
    assert item.tracking_token in sms_outbox[0].text
    assert "Sở Xây dựng" in sms_outbox[1].text


def test_a_transfer_needs_a_reason_and_a_late_one_is_recorded_as_late(world, roads):
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    with pytest.raises(FeedbackError, match="why"):
        services.feedback_transfer(item=item, actor=None, to=world.province_roads, reason=" ")
    with time_machine.travel(dt.datetime(2025, 9, 9, 9, tzinfo=VN), tick=False):
        services.feedback_transfer(item=item, actor=None, to=world.province_roads, reason="Tỉnh")
    event = Event.objects.get(action="transferred")
    assert "after the deadline" in event.text and event.public
    assert event.from_agency == world.roads_office and event.to_agency == world.province_roads


def test_an_answer_is_judged_on_time_and_published_only_without_personal_data(world, roads):
    item = services.feedback_register(
        submission=submission(
            world,
            roads,
            text="Tôi là Nguyễn Văn Nam, số điện thoại 0905123456, CCCD 001085012345: đường hỏng.",
            files=[("o-ga.jpg", JPEG), ("cccd.jpg", JPEG)],
        ),
        channel="web",
    )
    photo, id_card = item.attachments.order_by("name").reverse()
    with pytest.raises(FeedbackError, match="Only an answered item"):
        services.feedback_publish(item=item, actor=None, public_text="x", public_answer="y")
    with time_machine.travel(dt.datetime(2025, 9, 19, 16, tzinfo=VN), tick=False):
        services.feedback_answer(item=item, actor=world.coordinator, text="Đã sửa xong đoạn đường.")
    assert item.answered_on_time is True and item.state == State.ANSWERED
    # The proposal for publication has the personal data taken out ...
    assert "Nguyễn Văn Nam" not in item.public_text and "0905123456" not in item.public_text
    assert "001085012345" not in item.public_text
    # ... and the review refuses a text that still has any.
    with pytest.raises(FeedbackError, match="still holds"):
        services.feedback_publish(
            item=item,
            actor=None,
            public_text="Gọi 0905 123 456",
            public_answer="Đã sửa.",
            shown_files=[str(id_card.public_id)],
        )
    # A refused review shows no file.
    assert not item.attachments.filter(is_public=True).exists()
    services.feedback_publish(
        item=item,
        actor=world.coordinator,
        public_text=item.public_text,
        public_answer="Đã sửa.",
        shown_files=[str(photo.public_id)],
    )
    assert item.state == State.PUBLISHED and item.published_at is not None
    # Only the photo the reviewer chose goes with the answer; the ID card stays private.
    assert [a.name for a in item.attachments.filter(is_public=True)] == ["o-ga.jpg"]
    services.feedback_confirm(item=item, resolved=False, rating=2)
    item.refresh_from_db()
    assert item.resolved is False and item.rating == 2


def test_a_late_answer_is_recorded_as_late(world, roads):
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    with time_machine.travel(dt.datetime(2025, 9, 23, 9, tzinfo=VN), tick=False):
        services.feedback_answer(item=item, actor=None, text="Đã sửa xong đoạn đường.")
    assert item.answered_on_time is False


def test_the_same_text_again_is_flagged_and_can_be_merged(world, roads):
    first = services.feedback_register(submission=submission(world, roads), channel="web")
    again = services.feedback_register(
        submission=submission(
            world,
            roads,
            text="đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn rất nguy hiểm",
            contact_name="Trần B",
            consent=True,
        ),
        channel="web",
    )
    assert Event.objects.filter(feedback=again, action="duplicate_suspected").exists()
    services.feedback_merge(item=again, into=first, actor=world.coordinator)
    assert again.state == State.MERGED and again.duplicate_of == first
    with pytest.raises(FeedbackError):
        services.feedback_merge(item=first, into=again, actor=None)


@pytest.mark.parametrize(
    ("kind", "law"), [("complaint", "Complaints"), ("denunciation", "Denunciations")]
)
def test_complaints_and_denunciations_are_recorded_and_the_citizen_told_where_to_turn(
    world, roads, kind, law
):
    item = services.feedback_register(submission=submission(world, roads, kind=kind), channel="web")
    assert item.state == State.REDIRECTED and item.due_on is None
    advice = Event.objects.get(feedback=item, action="redirected")
    assert law in advice.text and advice.public


def test_overdue_items_are_listed_for_escalation(world, roads):
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    assert list(services.overdue(dt.date(2025, 9, 22))) == []
    assert list(services.overdue(dt.date(2025, 9, 23))) == [item]


def test_published_answers_are_found_without_accents(world, roads):
    from motcua.feedback.selectors import published

    item = services.feedback_register(submission=submission(world, roads), channel="web")
    services.feedback_answer(item=item, actor=None, text="Đã vá ổ gà đoạn đường liên xã.")
    services.feedback_publish(
        item=item, actor=None, public_text=item.public_text, public_answer=item.public_answer
    )
    assert list(published("o ga lien xa")) == [item]
    assert list(published("nuoc sach")) == []


def test_a_substantiated_complaint_about_conduct_names_its_dossier_for_indicator_7(world):
    from motcua.feedback.selectors import substantiated_dossier_codes

    conduct = Category.objects.get(code="can-bo")
    item = services.feedback_register(
        submission=submission(world, conduct, dossier_code="000.00.20.H34-250828-0001"),
        channel="web",
    )
    services.feedback_answer(
        item=item, actor=None, text="Đã kiểm tra, phản ánh đúng.", substantiated=True
    )
    other = services.feedback_register(
        submission=submission(world, conduct, text="Một phản ánh khác, không đúng sự thật."),
        channel="web",
    )
    services.feedback_answer(
        item=other, actor=None, text="Đã kiểm tra, không đúng.", substantiated=False
    )
    codes = substantiated_dossier_codes(dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    assert codes == {"000.00.20.H34-250828-0001"}


def _on(*args):
    return time_machine.travel(dt.datetime(*args, tzinfo=VN), tick=False)


def test_the_clock_stops_while_the_citizen_is_asked_for_information(world, roads):
    """Received Thursday 28 August, due Monday 22 September. Asked the next day; the
    citizen answers on 4 September: the working days waited (3 and 4 September, after the
    weekend and the National Day holiday) are added to the deadline."""
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    with _on(2025, 8, 29, 10):
        services.feedback_ask_more(item=item, actor=world.coordinator, question="Km số mấy?")
    assert item.state == State.MORE_INFO and item.waiting_since == dt.date(2025, 8, 29)
    with pytest.raises(FeedbackError, match="not answered the last request"):
        services.feedback_ask_more(item=item, actor=world.coordinator, question="Lại hỏi?")
    with _on(2025, 9, 4, 15):
        services.feedback_citizen_reply(item=item, text="Km 12, gần cầu.")
    item.refresh_from_db()
    assert item.state == State.IN_PROGRESS and item.waiting_since is None
    assert item.waited_days == 2 and item.due_on == dt.date(2025, 9, 24)
    moved = item.events.get(action="deadline_moved")
    assert moved.public and "24/09/2025" in moved.text
    # Answered on the new deadline: on time, though after the first one.
    with _on(2025, 9, 24, 16):
        services.feedback_answer(item=item, actor=world.coordinator, text="Đã vá xong km 12.")
    assert item.answered_on_time is True


def test_a_paused_item_is_not_overdue_and_going_on_without_an_answer_ends_the_pause(world, roads):
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    with _on(2025, 9, 3, 10):
        services.feedback_ask_more(item=item, actor=world.coordinator, question="Km số mấy?")
    assert list(services.overdue(dt.date(2025, 9, 30))) == []
    # The agency goes on without the answer on 30 September: 19 working days waited.
    with _on(2025, 9, 30, 10):
        services.feedback_start(item=item, actor=world.coordinator)
    item.refresh_from_db()
    assert item.waited_days == 19 and item.due_on == dt.date(2025, 10, 17)
    assert list(services.overdue(dt.date(2025, 10, 20))) == [item]


def test_a_late_request_for_information_stops_no_clock(world, roads):
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    # The request is due by Monday 8 September (5 working days after the 28 August).
    with _on(2025, 9, 9, 10):
        services.feedback_ask_more(item=item, actor=world.coordinator, question="Km số mấy?")
    assert item.waiting_since is None
    assert "after the deadline" in item.events.get(action="more_info").text
    assert list(services.overdue(dt.date(2025, 9, 23))) == [item]
    with _on(2025, 9, 25, 10):
        services.feedback_citizen_reply(item=item, text="Km 12, gần cầu.")
    item.refresh_from_db()
    assert item.due_on == dt.date(2025, 9, 22) and item.waited_days == 0


def test_a_refusal_after_two_working_days_is_recorded_as_late(world, roads):
    in_time = services.feedback_register(submission=submission(world, roads), channel="web")
    late = services.feedback_register(
        submission=submission(world, roads, text="Một nội dung khác hẳn, không trùng lặp."),
        channel="web",
    )
    unanswered = services.feedback_register(
        submission=submission(world, roads, text="Nội dung thứ ba, cũng không trùng lặp."),
        channel="web",
    )
    with _on(2025, 8, 29, 10):
        services.feedback_ask_more(item=unanswered, actor=None, question="Ở thôn nào?")
    # Due by Wednesday 3 September: 29 August, then 3 September after the holiday.
    with _on(2025, 9, 3, 16):
        services.feedback_refuse(item=in_time, actor=None, reason="Không thuộc phạm vi.")
    with _on(2025, 9, 4, 9):
        services.feedback_refuse(item=late, actor=None, reason="Không thuộc phạm vi.")
        services.feedback_refuse(item=unanswered, actor=None, reason="Không trả lời.")
    texts = {
        item.pk: item.events.get(action="refused").text for item in (in_time, late, unanswered)
    }
    assert "after the deadline" not in texts[in_time.pk]
    assert "after the deadline" in texts[late.pk]
    assert "after the deadline" not in texts[unanswered.pk]


def test_contacts_of_items_closed_long_ago_are_erased_and_the_erasure_audited(
    world, roads, settings
):
    from django.core.management import call_command

    from motcua.core.models import AuditEvent

    settings.MOTCUA_FEEDBACK_CONTACT_DAYS = 30
    closed = services.feedback_register(submission=submission(world, roads), channel="web")
    services.feedback_refuse(item=closed, actor=None, reason="Không thuộc phạm vi.")
    still_open = services.feedback_register(
        submission=submission(world, roads, text="Một nội dung khác, vẫn đang xử lý."),
        channel="web",
    )
    assert closed.contact_consent_at == closed.received_at
    # 30 days later nothing has been closed long enough.
    with _on(2025, 9, 26, 9):
        assert services.feedback_contacts_erase() == 0
    with _on(2025, 9, 28, 9):
        call_command("feedback", "erase-contacts")
    closed.refresh_from_db()
    still_open.refresh_from_db()
    assert (closed.contact_name, closed.contact_phone, closed.contact_email) == ("", "", "")
    assert closed.contact_erased_at is not None and closed.text  # the record stays
    assert still_open.contact_phone == "0905123456"
    audit = AuditEvent.objects.get(action="feedback.contacts_erase")
    assert audit.detail["items"] == 1 and "0905" not in str(audit.detail)
    # Once only.
    with _on(2025, 10, 28, 9):
        assert services.feedback_contacts_erase() == 0


def test_a_changed_routing_rule_applies_to_the_next_item_at_once(world, roads):
    first = services.feedback_register(submission=submission(world, roads), channel="web")
    assert first.agency == world.roads_office
    rule = RoutingRule.objects.get(category=roads, unit=world.commune_a)
    rule.agency = world.province_roads
    rule.save()
    second = services.feedback_register(
        submission=submission(world, roads, text="Cống thoát nước thôn 2 bị tắc nghẽn."),
        channel="web",
    )
    assert second.agency == world.province_roads
    DeadlineRules.objects.create(valid_from=dt.date(2025, 1, 1), handle_days=10)
    third = services.feedback_register(
        submission=submission(world, roads, text="Đèn tín hiệu ngã ba bị hỏng."),
        channel="web",
    )
    assert third.due_on == dt.date(2025, 9, 15)


@pytest.mark.django_db(transaction=True)
def test_notices_wait_for_the_worker_and_speak_the_citizens_language(world, settings):
    """A slow SMS gateway holds no request: the notice is queued with the registration and
    sent by `motcua db_worker`, in the language the citizen used."""
    from django.core.management import call_command

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # A transactional test starts without the data migration's categories.
    roads, _created = Category.objects.get_or_create(
        code="duong-giao-thong", defaults={"name": "Đường giao thông"}
    )
    with translation.override("vi"):
        item = services.feedback_register(submission=submission(world, roads), channel="web")
    assert sms_outbox == [] and mail.outbox == []
    call_command("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0)
    (sms,) = sms_outbox
    assert item.number in sms.text and "đã được tiếp nhận" in sms.text
    assert len(mail.outbox) == 1


def test_overdue_is_one_rule_for_the_queryset_and_the_model(world, roads):
    """Every state, with a handling and a publication deadline before, on and after today,
    with the clock running or stopped: the queryset picks exactly the items the model's
    rule calls overdue."""
    today = dt.date(2025, 9, 10)
    item = services.feedback_register(submission=submission(world, roads), channel="web")
    items = []
    dates = (None, today - dt.timedelta(days=1), today, today + dt.timedelta(days=2))
    for number, (state, due, publish_due, waiting) in enumerate(
        itertools.product(State, dates, dates[:2], (None, today))
    ):
        item.pk, item.number, item.tracking_token = None, f"PA-T-{number}", f"token-{number}"
        item.state, item.due_on, item.publish_due_on, item.waiting_since = (
            state,
            due,
            publish_due,
            waiting,
        )
        item.client_key, item.public_id = "", uuid.uuid4()
        item.save()
        items.append(item.pk)
    stored = Feedback.objects.filter(pk__in=items)
    by_model = {i.pk for i in stored if i.is_overdue(today)}
    assert by_model == set(stored.overdue(today).values_list("pk", flat=True))
    assert by_model  # the rule finds some, so the comparison is not vacuous


def test_feedback_transferred_in_runs_its_clocks_from_the_latest_transfer(world, roads):
    """Given feedback the citizen sent to the national portal on 4 August, transferred here
    on 28 August, its transfer (5) and handling (15 working days) clocks run from 28 August,
    while the citizen's tracking page keeps 4 August."""
    first = dt.datetime(2025, 8, 4, 10, 0, tzinfo=VN)
    item = services.feedback_register(
        submission=submission(
            world, roads, transferred_from="Cổng Dịch vụ công quốc gia", first_received_at=first
        ),
        channel="letter",
    )
    assert item.received_at == AUGUST_28 and item.citizen_received_at == first
    assert item.transfer_due_on == dt.date(2025, 9, 8)  # 1-2 September are days off
    assert item.due_on == dt.date(2025, 9, 22)
    plain = services.feedback_register(submission=submission(world, roads), channel="web")
    assert plain.citizen_received_at == plain.received_at and not plain.transferred_from


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ({"first_received_at": AUGUST_28 - dt.timedelta(days=3)}, "transferred from"),
        (
            {
                "transferred_from": "Văn phòng Chính phủ",
                "first_received_at": AUGUST_28.replace(hour=11),
            },
            "after it was received",
        ),
    ],
)
def test_a_transfer_in_needs_its_source_and_a_first_date_before_receipt(
    world, roads, extra, problem
):
    with pytest.raises(FeedbackError, match=problem):
        services.feedback_register(submission=submission(world, roads, **extra), channel="letter")
    assert not Feedback.objects.exists()
