"""Configuration kept in memory per process: read once, dropped when its models change."""

import pytest
from django.utils import timezone

from motcua.core.memo import memo
from motcua.core.models import Attempt

pytestmark = pytest.mark.django_db


def counting_build():
    calls = []

    def build():
        calls.append(1)
        return Attempt.objects.count()

    return calls, build


def test_a_value_is_built_once_and_again_after_its_source_changes():
    calls, build = counting_build()
    assert memo("test.tries", build, sources=[Attempt]) == 0
    assert memo("test.tries", build, sources=[Attempt]) == 0 and len(calls) == 1
    attempt = Attempt.objects.create(scope="test", client="x", at=timezone.now())
    assert memo("test.tries", build, sources=[Attempt]) == 1 and len(calls) == 2
    attempt.delete()
    assert memo("test.tries", build, sources=[Attempt]) == 0 and len(calls) == 3


def test_a_value_expires(settings):
    settings.MOTCUA_CONFIG_SECONDS = 0
    calls, build = counting_build()
    memo("test.expiring", build, sources=[Attempt])
    memo("test.expiring", build, sources=[Attempt])
    assert len(calls) == 2
