"""Every notice a citizen gets about their feedback, by SMS and by e-mail, carries a link
that works from a phone: the public address and the path, never the path alone (the
background job that sends it has no request to take a host from)."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from motcua.core import messaging
from motcua.feedback.services import NOTICES, feedback_notice_send
from motcua.feedback.tests.factories import FeedbackFactory
from motcua.orgs.tests.factories import AgencyFactory

PUBLIC = "https://motcua.example.gov.vn"
# A path standing on its own: after a space, a colon or the start, not after a host.
RELATIVE = re.compile(r"(?:^|[\s:(])/[\w-]+/")


@pytest.fixture
def senders(settings):
    settings.PUBLIC_URL = PUBLIC
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    messaging.outbox.clear()


@pytest.mark.django_db
@pytest.mark.parametrize("what", sorted(NOTICES))
@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_notice_by_sms_and_e_mail_carries_an_absolute_link(senders, what, language):
    item = FeedbackFactory(contact_email="nam@example.vn", agency=AgencyFactory())
    feedback_notice_send.call(item.pk, what, language)
    texts = [message.text for message in messaging.outbox] + [m.body for m in mail.outbox]
    assert len(texts) == 2
    link = f"{PUBLIC}/feedback/track/{item.tracking_token}/"
    for text in texts:
        assert link in text, text
        assert not RELATIVE.search(text.replace(link, "")), text


def test_the_pattern_catches_a_relative_link():
    assert RELATIVE.search("Theo dõi tại /feedback/track/abc/")
    assert not RELATIVE.search(f"Theo dõi tại {PUBLIC}/feedback/track/abc/")
