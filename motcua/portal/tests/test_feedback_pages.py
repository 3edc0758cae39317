"""The citizen's side of feedback: the form, spam resistance, the published answers without
personal data, the private tracking page and the citizen's word on the answer."""

from __future__ import annotations

import re
import secrets

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.messaging import outbox as sms_outbox
from motcua.core.tests.images import JPEG
from motcua.feedback import services
from motcua.feedback.models import Attachment, Category, Event, Feedback, State
from motcua.feedback.services import Submission
from motcua.orgs.tests.factories import AgencyFactory
from motcua.portal.feedback import SENDING

pytestmark = pytest.mark.django_db

NEW = "/feedback/new/"
PDF = b"%PDF-1.4\n" + b"0" * 64
TEXT = "Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn, rất nguy hiểm."


@pytest.fixture(autouse=True)
def _messages(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sms_outbox.clear()


@pytest.fixture
def citizen() -> Client:
    """A citizen who chose English, so that the assertions read the source strings."""
    client = Client(REMOTE_ADDR="203.0.113.7")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def roads(world) -> Category:
    return Category.objects.get(code="duong-giao-thong")


def form_data(**extra) -> dict:
    values = {
        "key": secrets.token_urlsafe(24),
        "kind": "feedback",
        "category": "duong-giao-thong",
        "unit": "23001",
        "title": "Ổ gà trên đường liên xã",
        "text": TEXT,
        "contact_name": "Nguyễn Văn Nam",
        "consent": True,
        "contact_phone": "0905 123 456",
        "contact_email": "nam@example.vn",
    }
    values.update(extra)
    return {name: value for name, value in values.items() if value is not None}


def registered(world, category, **extra) -> Feedback:
    values = {
        "category": category,
        "unit": world.commune_a,
        "title": "Ổ gà trên đường liên xã",
        "text": TEXT + " Gọi tôi: 0905123456, Nguyễn Văn Nam.",
        "contact_name": "Nguyễn Văn Nam",
        "consent": True,
        "contact_phone": "0905123456",
        "contact_email": "nam@example.vn",
    }
    values.update(extra)
    return services.feedback_register(submission=Submission(**values), channel="web")


def answered_and_published(item: Feedback, answer: str) -> Feedback:
    item = services.feedback_answer(item=item, actor=None, text=answer)
    return services.feedback_publish(
        item=item, actor=None, public_text=item.public_text, public_answer=item.public_answer
    )


# The form ---------------------------------------------------------------------------------


def test_the_form_offers_the_active_categories_by_group_and_the_communes_in_force(citizen, world):
    Category.objects.filter(code="nuoc-sach").update(is_active=False)
    page = citizen.get(NEW).content.decode()
    assert '<optgroup label="Dịch vụ công cộng">' in page
    assert 'value="duong-giao-thong"' in page and 'value="nuoc-sach"' not in page
    assert ">Roads<" in page  # the English name on an English page
    assert 'value="23001"' in page and 'value="23002"' in page
    assert 'value="51"' not in page  # the province is not a commune
    assert re.search(r'name="key" value="[A-Za-z0-9_-]{32}"', page)
    assert 'name="fax_number"' in page and 'aria-hidden="true"' in page
    assert "Up to 5 files, JPG, PNG or PDF, at most 5 MB each" in page
    assert 'enctype="multipart/form-data"' in page
    assert "follow other laws" in page  # complaints and denunciations explained


def test_the_form_ties_hints_to_their_fields(citizen, world):
    page = citizen.get(NEW).content.decode()
    assert 'id="id_procedure_helptext"' in page
    assert re.search(
        r'<input[^>]*name="procedure"[^>]*aria-describedby="id_procedure_helptext"', page
    )


def test_a_procedure_page_can_prefill_the_codes(citizen, world):
    page = citizen.get(NEW, {"procedure": "1.000894", "dossier": "H51.23-250425-0001"})
    assert 'value="1.000894"' in page.content.decode()
    assert 'value="H51.23-250425-0001"' in page.content.decode()


def test_an_anonymous_citizen_sends_feedback_and_lands_on_the_tracking_page(citizen, world):
    response = citizen.post(NEW, form_data(anonymous="on"))
    item = Feedback.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/feedback/track/{item.tracking_token}/"
    assert item.anonymous and item.channel == "web" and item.state == State.RECEIVED
    assert item.contact_name == item.contact_phone == item.contact_email == ""
    assert item.unit == world.commune_a and item.category.code == "duong-giao-thong"
    page = citizen.get(response["Location"]).content.decode()
    assert item.number in page and "Sent anonymously" in page


def test_a_named_citizen_sends_feedback_with_a_procedure_a_map_point_and_a_photo(citizen, world):
    marriage = procedure_make("1.000894", "Đăng ký kết hôn")
    data = form_data(
        procedure="1.000894",
        dossier_code="h51-0001",
        official_name="Anh Bình",
        latitude="16,054407",
        longitude="108.202167",
        address="Thôn 3",
        attachments=[SimpleUploadedFile("o-ga.jpg", JPEG, content_type="image/jpeg")],
    )
    response = citizen.post(NEW, data)
    item = Feedback.objects.get()
    assert response["Location"] == f"/feedback/track/{item.tracking_token}/"
    assert (item.contact_name, item.contact_phone) == ("Nguyễn Văn Nam", "0905123456")
    assert item.procedure == marriage and item.dossier_code == "H51-0001"
    assert str(item.latitude) == "16.054407" and str(item.longitude) == "108.202167"
    # Roads are not about an official's conduct: the name given is not kept.
    assert item.official_name == ""
    attachment = item.attachments.get()
    assert attachment.name == "o-ga.jpg" and attachment.content_type == "image/jpeg"
    assert not attachment.is_public
    assert item.contact_consent_at == item.received_at


def test_a_contact_is_taken_only_with_consent(citizen, world):
    response = citizen.post(NEW, form_data(consent=None))
    assert response.status_code == 200 and not Feedback.objects.exists()
    page = response.content.decode()
    assert "Agree that your name and contact are used" in page
    # What was typed is all there to send again.
    assert 'value="Nguyễn Văn Nam"' in page and escape(TEXT) in page
    # Anonymous feedback needs no consent and keeps no contact.
    assert citizen.post(NEW, form_data(consent=None, anonymous="on")).status_code == 302
    item = Feedback.objects.get()
    assert item.anonymous and item.contact_name == "" and item.contact_consent_at is None


def test_the_form_says_what_the_contact_is_for_and_how_long_it_is_kept(citizen, world, settings):
    settings.MOTCUA_FEEDBACK_CONTACT_DAYS = 200
    page = citizen.get(NEW).content.decode()
    assert 'name="consent"' in page and "Law 91/2025" in page
    assert "erased 200 days after the feedback is closed" in page


def test_the_official_is_kept_for_a_topic_about_conduct(citizen, world):
    citizen.post(NEW, form_data(category="can-bo", official_name="Anh Bình, tư pháp"))
    assert Feedback.objects.get().official_name == "Anh Bình, tư pháp"


def test_a_retried_post_with_the_same_client_key_is_one_item(citizen, world):
    data = form_data()
    first = citizen.post(NEW, data)
    again = citizen.post(NEW, data)
    assert Feedback.objects.count() == 1
    assert first["Location"] == again["Location"]
    assert Feedback.objects.get().client_key == data["key"]


def test_a_filled_honeypot_is_refused_quietly_and_nothing_is_stored(citizen, world):
    response = citizen.post(NEW, form_data(fax_number="http://spam.example"))
    page = response.content.decode()
    assert response.status_code == 400
    assert not Feedback.objects.exists()
    assert "could not be sent" in page
    # What a person typed is all there, and the trap is empty again.
    assert escape(TEXT) in page and 'value="Nguyễn Văn Nam"' in page
    assert "spam.example" not in page


def test_registrations_are_limited_per_connection(citizen, world):
    for n in range(SENDING.attempts):
        text = f"{TEXT} Lần {n}."
        assert citizen.post(NEW, form_data(text=text)).status_code == 302
    response = citizen.post(NEW, form_data(text=TEXT + " Lần cuối."))
    assert response.status_code == 429
    page = response.content.decode()
    assert "Please wait an hour" in page and escape(TEXT + " Lần cuối.") in page
    assert Feedback.objects.count() == SENDING.attempts
    # Another connection is not affected.
    other = Client(REMOTE_ADDR="198.51.100.9")
    assert other.post(NEW, form_data(text=TEXT + " Từ nơi khác.")).status_code == 302


def test_a_retry_after_the_limit_still_finds_its_item(citizen, world):
    data = form_data()
    citizen.post(NEW, data)
    for n in range(SENDING.attempts - 1):
        citizen.post(NEW, form_data(text=f"{TEXT} Lần {n}."))
    assert citizen.post(NEW, data).status_code == 302
    assert Feedback.objects.count() == SENDING.attempts


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ({"text": ""}, "text", "few words"),
        ({"text": "ngắn"}, "text", "few words"),
        ({"title": " "}, "title", "short subject"),
        ({"category": ""}, "category", "Choose a topic"),
        ({"category": "no-such"}, "category", "Select a valid choice"),
        ({"unit": "51"}, "unit", "Select a valid choice"),
        ({"contact_phone": "12ab"}, "contact_phone", "phone number is not valid"),
        ({"contact_name": ""}, "contact_name", "anonymously"),
        ({"contact_phone": "", "contact_email": ""}, "contact_phone", "phone number or an e-mail"),
        ({"contact_email": "nam@"}, "contact_email", "valid email"),
        ({"latitude": "16.05"}, "longitude", "both the latitude and the longitude"),
        ({"latitude": "51.5", "longitude": "-0.1"}, "latitude", "outside Viet Nam"),
        ({"latitude": "abc", "longitude": "108"}, "latitude", "map point is not valid"),
        ({"procedure": "9.999999"}, "procedure", "No published procedure"),
        ({"attachments": [_upload("big.pdf", PDF + b"0" * 2000)]}, "attachments", "limit is"),
        (
            {"attachments": [_upload("anh.jpg", b"MZ\x90\x00 not an image")]},
            "attachments",
            "anh.jpg",
        ),
        ({"attachments": [_upload("virus.exe", b"MZ\x90\x00")]}, "attachments", "virus.exe"),
        ({"attachments": [_upload("don.docx", b"PK\x03\x04")]}, "attachments", "don.docx"),
        (
            {"attachments": [_upload(f"a{n}.jpg", JPEG) for n in range(6)]},
            "attachments",
            "At most 5 files",
        ),
    ],
)
def test_bad_input_is_shown_next_to_its_field_and_nothing_is_stored(
    citizen, world, settings, extra, field, message
):
    settings.MOTCUA_FEEDBACK_FILE_MAX_BYTES = 1000
    response = citizen.post(NEW, form_data(**extra))
    page = response.content.decode()
    assert response.status_code == 200
    error = re.search(rf'<p class="errors" id="id_{field}_error">(.*?)</p>', page, re.S)
    assert error is not None and message in error.group(1)
    assert re.search(rf'aria-describedby="[^"]*id_{field}_error', page)
    assert not Feedback.objects.exists() and not Attachment.objects.exists()


def test_errors_keep_every_typed_value_and_ask_for_the_files_again(citizen, world):
    data = form_data(
        contact_phone="12ab",
        address="Thôn 3, xã A",
        latitude="16.05",
        longitude="108.2",
        dossier_code="H51-0001",
        kind="petition",
        attachments=[SimpleUploadedFile("o-ga.jpg", JPEG, content_type="image/jpeg")],
    )
    page = citizen.post(NEW, data).content.decode()
    for value in ("Ổ gà trên đường liên xã", "Thôn 3, xã A", "16.05", "108.2", "H51-0001"):
        assert f'value="{value}"' in page
    assert escape(TEXT) in page
    assert 'value="duong-giao-thong" selected' in page and 'value="23001" selected' in page
    assert re.search(r'value="petition"[^>]*checked', page)
    assert f'name="key" value="{data["key"]}"' in page
    assert "choose your files again" in page


def test_a_complaint_is_recorded_and_the_tracking_page_says_where_to_turn(citizen, world):
    response = citizen.post(NEW, form_data(kind="complaint"))
    item = Feedback.objects.get()
    assert item.state == State.REDIRECTED
    page = citizen.get(response["Location"]).content.decode()
    advice = Event.objects.get(feedback=item, action="redirected").text
    assert "Law on Complaints" in advice
    assert escape(advice) in page and "Where to turn" in page


# The published answers ----------------------------------------------------------------------


def test_the_list_shows_only_published_answers_without_personal_data(citizen, world, roads):
    shown = answered_and_published(
        registered(world, roads),
        "Đã vá ổ gà. Ông Nguyễn Văn Nam liên hệ 0905123456 nếu còn hỏng.",
    )
    waiting = registered(world, roads, text="Nước sinh hoạt bị đục nhiều ngày nay ở thôn 5.")
    services.feedback_answer(item=waiting, actor=None, text="Đang kiểm tra đường ống nước.")
    registered(world, roads, text="Rác thải không được thu gom đúng lịch ở thôn 2.")

    page = citizen.get("/feedback/").content.decode()
    assert shown.number in page and escape(shown.public_text) in page
    assert "Đã vá ổ gà" in page and "Ông [...]" not in page and "Ông […]" in page
    assert "Xã A" in page and "Roads" in page
    for secret in ("Nguyễn Văn Nam", "0905123456", "nam@example.vn"):
        assert secret not in page
    assert "Nước sinh hoạt" not in page and "Rác thải" not in page
    assert "Đang kiểm tra" not in page
    assert 'href="/feedback/new/"' in page


def test_only_attachments_chosen_by_staff_are_published(citizen, world, roads):
    item = registered(world, roads, files=[("mat-nguoi.jpg", JPEG), ("bien-ban.pdf", PDF)])
    answered_and_published(item, "Đã vá ổ gà trên đường liên xã.")
    Attachment.objects.filter(feedback=item, name="bien-ban.pdf").update(is_public=True)
    shown = Attachment.objects.get(name="bien-ban.pdf")
    hidden = Attachment.objects.get(name="mat-nguoi.jpg")

    page = citizen.get("/feedback/").content.decode()
    assert "bien-ban.pdf" in page and "mat-nguoi.jpg" not in page
    download = citizen.get(f"/feedback/{item.number}/files/{shown.public_id}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert download["Content-Security-Policy"] == "sandbox"
    assert citizen.get(f"/feedback/{item.number}/files/{hidden.public_id}/").status_code == 404


def test_the_search_ignores_accents(citizen, world, roads):
    roads_item = answered_and_published(registered(world, roads), "Đã vá ổ gà liên xã.")
    water = answered_and_published(
        registered(
            world,
            roads,
            title="Nước đục",
            text="Nước sạch bị đục nhiều ngày nay ở thôn 5.",
        ),
        "Đã thay đường ống nước.",
    )
    page = citizen.get("/feedback/", {"q": "o ga lien xa"}).content.decode()
    assert roads_item.number in page and water.number not in page
    page = citizen.get("/feedback/", {"q": "NUOC SACH"}).content.decode()
    assert water.number in page and roads_item.number not in page


def test_the_list_pages_and_reads_a_fixed_number_of_queries(
    citizen, world, roads, django_assert_max_num_queries
):
    for n in range(22):
        item = registered(
            world, roads, text=f"Ổ gà số {n} trên đường liên xã, thôn {n}.", files=[("a.jpg", JPEG)]
        )
        answered_and_published(item, f"Đã vá ổ gà số {n}.")
    Attachment.objects.update(is_public=True)
    with django_assert_max_num_queries(4):
        first = citizen.get("/feedback/").content.decode()
    second = citizen.get("/feedback/", {"page": 2}).content.decode()
    assert "PA-" in first and 'rel="next"' in first
    assert len(re.findall(r"<article>", first)) == 20
    assert len(re.findall(r"<article>", second)) == 2
    assert first.count("a.jpg</a>") == 20


def test_one_published_answer_has_its_page_and_others_are_not_found(citizen, world, roads):
    shown = answered_and_published(registered(world, roads), "Đã vá ổ gà liên xã.")
    waiting = registered(world, roads, text="Nước sạch bị đục nhiều ngày nay ở thôn 5.")
    page = citizen.get(f"/feedback/{shown.number}/").content.decode()
    assert shown.number in page and "Đã vá ổ gà" in page and "0905123456" not in page
    assert citizen.get(f"/feedback/{waiting.number}/").status_code == 404
    assert citizen.get("/feedback/PA-2000-000001/").status_code == 404


# The private tracking page --------------------------------------------------------------------


def test_the_tracking_page_shows_public_steps_but_not_internal_notes(citizen, world, roads):
    item = registered(world, roads)
    water = AgencyFactory(unit=world.commune_a, name="Ban Giao thông xã A")
    services.feedback_transfer(
        item=item, actor=world.coordinator, to=water, reason="Đường liên xã do Ban quản lý."
    )
    services.feedback_note(item=item, actor=world.coordinator, text="Ghi chú nội bộ: gọi lại.")
    services.feedback_ask_more(item=item, actor=world.coordinator, question="Ổ gà ở km nào?")

    response = citizen.get(f"/feedback/track/{item.tracking_token}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert item.number in page and "Transferred to Ban Giao thông xã A" in page
    assert "Đường liên xã do Ban quản lý." in page
    assert "More information is needed" in page and "Ổ gà ở km nào?" in page
    assert "the deadline is paused until you send the information" in page
    assert "Ghi chú nội bộ" not in page
    # The holder of the link wrote the text; the contact is not repeated on the page.
    assert "Gọi tôi: 0905123456" in page and "nam@example.vn" not in page
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex' in page
    assert "no-store" in response["Cache-Control"]
    assert "<svg" in page and f"/feedback/track/{item.tracking_token}/" in page


def test_a_wrong_tracking_token_is_not_found(citizen, world, roads):
    registered(world, roads)
    assert citizen.get("/feedback/track/not-the-token-at-all/").status_code == 404


def test_the_citizen_gives_their_word_only_once_the_answer_is_published(citizen, world, roads):
    item = registered(world, roads)
    url = f"/feedback/track/{item.tracking_token}/"
    assert 'name="resolved"' not in citizen.get(url).content.decode()
    early = citizen.post(url, {"resolved": "yes", "rating": "5"})
    assert early.status_code == 400 and "not published yet" in early.content.decode()
    item.refresh_from_db()
    assert item.resolved is None

    services.feedback_answer(item=item, actor=None, text="Đã vá ổ gà trên đường liên xã.")
    item.refresh_from_db()
    page = citizen.get(url).content.decode()
    assert "The answer" not in page and 'name="resolved"' not in page
    item = services.feedback_publish(
        item=item, actor=None, public_text=item.public_text, public_answer=item.public_answer
    )
    page = citizen.get(url).content.decode()
    assert "Đã vá ổ gà trên đường liên xã." in page and 'name="resolved"' in page

    response = citizen.post(url, {"resolved": "yes", "rating": "4"})
    assert response.status_code == 302 and response["Location"] == f"{url}?saved=1#confirm"
    item.refresh_from_db()
    assert (item.resolved, item.rating) == (True, 4)
    assert "your word on the answer is recorded" in citizen.get(f"{url}?saved=1").content.decode()

    # Changing the choice later updates it; sending the same again changes nothing.
    citizen.post(url, {"resolved": "no", "rating": "2"})
    citizen.post(url, {"resolved": "no", "rating": "2"})
    item.refresh_from_db()
    assert (item.resolved, item.rating) == (False, 2)
    assert (
        Event.objects.filter(feedback=item, action__in=["confirmed", "not_resolved"]).count() == 2
    )
    assert re.search(r'value="no"[^>]*checked', citizen.get(url).content.decode())


def test_the_word_on_the_answer_needs_a_yes_or_no(citizen, world, roads):
    item = answered_and_published(registered(world, roads), "Đã vá ổ gà liên xã.")
    url = f"/feedback/track/{item.tracking_token}/"
    page = citizen.post(url, {"rating": "9"}).content.decode()
    assert 'id="id_resolved_error"' in page and 'id="id_rating_error"' in page
    item.refresh_from_db()
    assert item.resolved is None and item.rating is None


def test_the_pages_open_in_vietnamese_by_default(client, world, roads):
    item = answered_and_published(registered(world, roads), "Đã vá ổ gà liên xã.")
    for url in ("/feedback/", "/feedback/new/", f"/feedback/{item.number}/"):
        response = client.get(url)
        assert response.status_code == 200 and 'lang="vi"' in response.content.decode()
    tracking = client.get(f"/feedback/track/{item.tracking_token}/")
    assert tracking.status_code == 200 and item.number in tracking.content.decode()


def test_the_citizen_answers_a_request_for_more_information_on_the_tracking_page(client, world):
    from motcua.feedback.models import Category, Event, State
    from motcua.feedback.services import Submission, feedback_ask_more, feedback_register

    item = feedback_register(
        submission=Submission(
            category=Category.objects.get(code="rac-thai"),
            unit=world.commune_a,
            title="Rác",
            text="Điểm tập kết rác không được thu gom đúng lịch.",
            anonymous=True,
        ),
        channel="web",
    )
    url = f"/feedback/track/{item.tracking_token}/"
    assert 'id="reply"' not in client.get(url).content.decode()
    feedback_ask_more(item=item, actor=None, question="Điểm tập kết ở thôn nào?")
    page = client.get(url).content.decode()
    assert 'id="reply"' in page and "Điểm tập kết ở thôn nào?" in page
    assert client.post(url, {"reply": " "}).status_code == 400
    response = client.post(url, {"reply": "Thôn 4, cạnh nhà văn hóa."})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.state == State.IN_PROGRESS
    assert (
        Event.objects.get(feedback=item, action="citizen_replied").text
        == "Thôn 4, cạnh nhà văn hóa."
    )
    assert client.post(url, {"reply": "Lần nữa"}).status_code == 400  # nothing is asked now


def test_behind_a_proxy_each_citizen_has_a_limit_of_their_own(world, settings):
    """Every request arrives from nginx; the limit follows the address nginx forwards, and
    a client cannot escape it by writing its own X-Forwarded-For."""
    settings.PROXY_COUNT = 1
    first = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.7")
    for n in range(SENDING.attempts):
        assert first.post(NEW, form_data(text=f"{TEXT} Lần {n}.")).status_code == 302
    spoofing = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7")
    assert spoofing.post(NEW, form_data(text=TEXT + " Giả mạo.")).status_code == 429
    other = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert other.post(NEW, form_data(text=TEXT + " Từ nơi khác.")).status_code == 302


def test_the_citizen_may_name_the_agency_concerned(citizen, world):
    office = AgencyFactory(unit=world.commune_a, name="Văn phòng HĐND và UBND xã A")
    form = citizen.get(NEW).content.decode()
    assert f'<optgroup label="{world.commune_a.name}">' in form
    assert f'value="{office.identifier}"' in form
    wrong = citizen.post(NEW, form_data(agency="000.00.99.Z99"))
    assert wrong.status_code == 200 and not Feedback.objects.exists()
    assert "Select a valid choice" in wrong.content.decode()
    assert citizen.post(NEW, form_data(agency=office.identifier)).status_code == 302
    assert Feedback.objects.get().agency_concerned == office


def test_the_public_form_shares_the_staff_base_and_leaves_the_map_rule_to_the_service(
    citizen, world, settings
):
    from motcua.feedback.forms import FeedbackBaseForm
    from motcua.portal.forms import FeedbackForm

    assert issubclass(FeedbackForm, FeedbackBaseForm)
    # Given a province that narrowed the map to its own territory
    settings.MOTCUA_FEEDBACK_MAP_BOUNDS = (15.8, 107.8, 16.3, 108.4)
    # When a citizen sends a point in Ha Noi, the form takes it and the service refuses it,
    # by the latitude box
    response = citizen.post(NEW, form_data(latitude="21.03", longitude="105.85"))
    error = re.search(
        r'<p class="errors" id="id_latitude_error">(.*?)</p>', response.content.decode()
    )
    assert error is not None and "outside the province" in error.group(1)
    assert not Feedback.objects.exists()
    # And a point inside is taken
    assert citizen.post(NEW, form_data(latitude="16.05", longitude="108.2")).status_code == 302


def test_the_communes_and_agencies_can_be_found_by_typing(citizen, world):
    office = AgencyFactory(unit=world.commune_b, name="Văn phòng HĐND và UBND xã B")
    form = citizen.get(NEW).content.decode()
    assert 'list="id_unit_find_list"' in form and 'list="id_agency_find_list"' in form
    response = citizen.post(NEW, form_data(unit="", unit_find="xa b", agency_find="hdnd"))
    assert response.status_code == 302
    item = Feedback.objects.get()
    assert item.unit == world.commune_b and item.agency_concerned == office
