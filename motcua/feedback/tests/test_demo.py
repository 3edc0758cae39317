"""Demo feedback: a year across the demo communes, with every state a real year has."""

import datetime as dt

import pytest
from django.core import mail

from motcua.feedback.demo import feedback_demo
from motcua.feedback.models import Feedback, State
from motcua.orgs.demo import load_demo_orgs

pytestmark = pytest.mark.django_db


def test_a_year_of_feedback_in_every_state_loaded_once(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    load_demo_orgs()
    today = dt.date(2026, 3, 16)
    count = feedback_demo(today=today)
    assert count > 150 and feedback_demo(today=today) == count
    states = set(Feedback.objects.values_list("state", flat=True))
    assert {State.PUBLISHED, State.REDIRECTED, State.MERGED, State.ANSWERED} <= states
    open_late = Feedback.objects.filter(state=State.RECEIVED, due_on__lt=today, is_demo=True)
    assert open_late.exists()
    published = Feedback.objects.filter(state=State.PUBLISHED)
    assert published.filter(answered_on_time=False).exists()
    assert published.filter(resolved=False).exists() and published.filter(resolved=True).exists()
    # The invented subjects hold no personal data: each is the reviewed public title.
    assert all(item.public_title and item.public_title == item.title for item in published)
    assert Feedback.objects.filter(agency__isnull=False).count() > count * 0.9
    assert mail.outbox == []  # no notice goes to invented people
