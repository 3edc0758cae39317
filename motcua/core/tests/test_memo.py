"""Configuration kept in memory per process: read once, dropped when its models change."""

import pytest

from motcua.core.memo import memo
from motcua.workdays.models import DayOff

pytestmark = pytest.mark.django_db


def counting_build():
    calls = []

    def build():
        calls.append(1)
        return DayOff.objects.count()

    return calls, build


def test_a_value_is_built_once_and_again_after_its_source_changes():
    calls, build = counting_build()
    before = memo("test.days", build, sources=[DayOff])
    assert memo("test.days", build, sources=[DayOff]) == before and len(calls) == 1
    day = DayOff.objects.create(date="2031-01-01", kind="holiday", name="Tết Dương lịch")
    assert memo("test.days", build, sources=[DayOff]) == before + 1 and len(calls) == 2
    day.delete()
    assert memo("test.days", build, sources=[DayOff]) == before and len(calls) == 3


def test_a_value_expires(settings):
    settings.MOTCUA_CONFIG_SECONDS = 0
    calls, build = counting_build()
    memo("test.expiring", build, sources=[DayOff])
    memo("test.expiring", build, sources=[DayOff])
    assert len(calls) == 2
