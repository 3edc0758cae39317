"""The reviewed public title of a published answer: proposed from the citizen's subject with
personal data removed, edited and required in the review, shown as the heading of the public
list and page (the number as meta), searched, and never replaced by the citizen's own subject:
an answer published before titles were reviewed is headed by its category."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from motcua.feedback import services
from motcua.feedback.models import Category, Feedback, State
from motcua.feedback.open311 import request_out
from motcua.feedback.services import FeedbackError, Submission
from motcua.feedback.tests.factories import staff_login
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

# The citizen's subject names them and gives their phone: it must never reach a public page.
SUBJECT = "Nguyễn Văn Nam báo ổ gà, gọi 0905123456"


@pytest.fixture
def roads(world) -> Category:
    return Category.objects.get(code="duong-giao-thong")


@pytest.fixture
def citizen() -> Client:
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def answered(world, roads, **extra) -> Feedback:
    submission = Submission(
        category=roads,
        unit=world.commune_a,
        title=extra.pop("title", SUBJECT),
        text="Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn, rất nguy hiểm.",
        contact_name="Nguyễn Văn Nam",
        consent=True,
        contact_phone="0905123456",
        **extra,
    )
    item = services.feedback_register(submission=submission, channel="web")
    return services.feedback_answer(item=item, actor=None, text="Đã vá ổ gà trong tuần.")


def publish(item: Feedback, title: str | None) -> Feedback:
    return services.feedback_publish(
        item=item,
        actor=None,
        public_title=title,
        public_text=item.public_text,
        public_answer=item.public_answer,
    )


def test_the_answer_proposes_the_subject_without_personal_data(world, roads):
    item = answered(world, roads)
    assert item.public_title == "[…] báo ổ gà, gọi […]"


def test_the_review_requires_a_title_without_personal_data(world, roads):
    item = answered(world, roads)
    with translation.override("en"):
        with pytest.raises(FeedbackError, match="heading is empty"):
            publish(item, "  ")
        with pytest.raises(FeedbackError, match="heading still holds a name"):
            publish(item, "Ổ gà, gọi 0905 123 456")
    assert Feedback.objects.get(pk=item.pk).state == State.ANSWERED


def test_the_reviewed_title_is_published_and_searched_the_subject_is_not(world, roads):
    item = publish(answered(world, roads), " Ổ gà trên đường liên thôn 3 ")
    assert item.public_title == "Ổ gà trên đường liên thôn 3"
    assert " lien thon 3" in item.search_text
    assert "bao" not in item.search_text.split()  # a word only the citizen's subject holds


def test_the_reviewer_sees_the_proposal_and_publishes_an_edited_title(client, world, roads):
    head = UserFactory(username="head_a")
    MembershipFactory(user=head, unit=world.commune_a, role=Role.UNIT_HEAD)
    item = answered(world, roads)
    # Answered before titles were reviewed: the form proposes the redacted subject anyway.
    Feedback.objects.filter(pk=item.pk).update(public_title="")
    staff_login(client, head)
    url = f"/staff/feedback/{item.number}/"
    page = client.get(url).content.decode()
    assert 'name="review-public_title"' in page and "[…] báo ổ gà, gọi […]" in page

    missing = client.post(
        url,
        {
            "action": "review",
            "review-public_text": item.public_text,
            "review-public_answer": item.public_answer,
        },
    )
    assert "Give the published answer a title." in missing.content.decode()
    assert Feedback.objects.get(pk=item.pk).state == State.ANSWERED

    response = client.post(
        url,
        {
            "action": "review",
            "review-public_title": "Ổ gà trên đường thôn 3",
            "review-public_text": item.public_text,
            "review-public_answer": item.public_answer,
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.state == State.PUBLISHED and item.public_title == "Ổ gà trên đường thôn 3"


def test_the_public_list_and_page_are_headed_by_the_reviewed_title(citizen, world, roads):
    item = publish(answered(world, roads), "Ổ gà trên đường thôn 3")
    listing = citizen.get("/feedback/").content.decode()
    heading = f'<h2><a href="/feedback/{item.number}/">Ổ gà trên đường thôn 3</a></h2>'
    assert heading in listing
    assert f'<span class="feedback-number">{item.number}</span>' in listing
    detail = citizen.get(f"/feedback/{item.number}/").content.decode()
    assert "<h1>Ổ gà trên đường thôn 3</h1>" in detail and item.number in detail
    for page in (listing, detail):
        assert "Nguyễn Văn Nam" not in page and "0905123456" not in page
    found = citizen.get("/feedback/", {"q": "duong thon 3"}).content.decode()
    assert heading in found


def test_an_answer_published_without_a_title_is_headed_by_its_category(citizen, world, roads):
    item = publish(answered(world, roads, title="Ổ gà chỗ nhà ông Tư"), "Ổ gà")
    Feedback.objects.filter(pk=item.pk).update(public_title="")  # as the migration leaves it
    listing = citizen.get("/feedback/").content.decode()
    assert f'<h2><a href="/feedback/{item.number}/">Roads</a></h2>' in listing
    detail = citizen.get(f"/feedback/{item.number}/").content.decode()
    assert "<h1>Roads</h1>" in detail
    for page in (listing, detail):
        assert "nhà ông Tư" not in page


def test_open311_shows_only_reviewed_text_of_a_published_item(world, roads):
    item = publish(answered(world, roads), "Ổ gà trên đường thôn 3")
    item = Feedback.objects.select_related("category", "agency", "unit").get(pk=item.pk)
    out = request_out(item)
    assert out["description"] == item.public_text
    assert "báo ổ gà" not in str(out) and "Nguyễn Văn Nam" not in str(out)
