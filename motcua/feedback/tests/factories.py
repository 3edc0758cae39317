"""Factories of feedback for tests: an item as the service would have stored it, its
history, and officers with a full name (the pages show people by name and title)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import factory
from django.conf import settings as django_settings
from django.utils import timezone

from motcua.feedback import services
from motcua.feedback.models import Category, Channel, Event, Feedback, State
from motcua.feedback.services import Submission
from motcua.orgs.tests.factories import PASSWORD, UnitFactory, UserFactory


class OfficerFactory(UserFactory):
    first_name = factory.Iterator(["Văn An", "Thị Bình", "Văn Cường", "Thị Dung"])
    last_name = factory.Iterator(["Nguyễn", "Trần", "Lê", "Phạm"])


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"chu-de-{n}")
    name = factory.Sequence(lambda n: f"Chủ đề {n}")


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feedback

    number = factory.Sequence(lambda n: f"PA-2025-{n + 1:06d}")
    tracking_token = factory.Sequence(lambda n: f"token-{n:06d}")
    channel = Channel.PHONE
    category = factory.SubFactory(CategoryFactory)
    state = State.RECEIVED
    unit = factory.SubFactory(UnitFactory)
    title = factory.Sequence(lambda n: f"Phản ánh số {n}")
    text = "Đoạn đường thôn 3 có nhiều ổ gà lớn, rất nguy hiểm."
    contact_name = "Nguyễn Văn Nam"
    contact_phone = "0905123456"
    received_at = factory.LazyFunction(timezone.now)
    due_on = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=21))
    fingerprint = factory.Sequence(lambda n: f"{n:064d}")


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    feedback = factory.SubFactory(FeedbackFactory)
    at = factory.LazyFunction(timezone.now)
    action = "note"
    text = "Đã gọi lại cho công dân."


def staff_login(client: Any, user: Any) -> None:
    """Log in as a staff member and read the pages in English, as the page tests assert."""
    assert client.login(username=user.username, password=PASSWORD)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"


def web_submission(world: Any, **extra: Any) -> Feedback:
    """A pothole reported on the web form to commune A, with consent and a phone number."""
    values = {
        "category": world.roads,
        "unit": world.commune_a,
        "title": "Ổ gà trên đường liên xã",
        "text": "Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn, rất nguy hiểm.",
        "contact_name": "Nguyễn Văn Nam",
        "consent": True,
        "contact_phone": "0905 123 456",
    }
    values.update(extra)
    return services.feedback_register(submission=Submission(**values), channel="web")
