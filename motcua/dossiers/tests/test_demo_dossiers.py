"""Demo dossiers: a realistic mix, valid codes, and a second load that changes nothing."""

import datetime as dt
import re
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.catalogue.demo import load_demo_catalogue
from motcua.dossiers.demo import demo_dossiers_load
from motcua.dossiers.models import (
    Dossier,
    ProcessingStep,
    Rating,
    SupplementRequest,
)
from motcua.dossiers.states import FINISHED, State
from motcua.dossiers.timeliness import Timeliness
from motcua.orgs.demo import load_demo_orgs
from motcua.orgs.models import Membership

VN = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = dt.date(2026, 11, 20)
JUDGED = [Timeliness.EARLY, Timeliness.ON_TIME, Timeliness.LATE]


@pytest.fixture
def demo(db):
    load_demo_orgs()
    load_demo_catalogue()
    with time_machine.travel(dt.datetime(2026, 11, 20, 18, 0, tzinfo=VN), tick=False):
        yield lambda: demo_dossiers_load(per_year=300, today=TODAY)


def counts() -> tuple[int, ...]:
    return (
        Dossier.objects.count(),
        Rating.objects.count(),
        SupplementRequest.objects.count(),
        ProcessingStep.objects.count(),
    )


def test_a_small_demo_has_the_mix_the_dashboards_need(demo):
    assert demo() == 900
    dossiers = list(Dossier.objects.select_related("agency"))
    assert len(dossiers) == 900 and all(d.is_demo for d in dossiers)
    assert min(d.received_at for d in dossiers).date() >= TODAY - dt.timedelta(days=3 * 365)

    judged = [d for d in dossiers if d.timeliness in JUDGED]
    late = [d for d in judged if d.timeliness == Timeliness.LATE]
    assert 0.05 <= len(late) / len(judged) <= 0.15
    assert Counter(d.timeliness for d in judged).most_common(1)[0][0] != Timeliness.LATE
    by_unit = Counter(d.agency_id for d in judged)
    late_by_unit = Counter(d.agency_id for d in late)
    rates = [late_by_unit[a] / n for a, n in by_unit.items() if n >= 30]
    assert max(rates) - min(rates) > 0.05  # units differ, so rankings mean something

    states = Counter(d.state for d in dossiers)
    assert states[State.RETURNED] > 600
    assert states[State.REFUSED] and states[State.WITHDRAWN] and states[State.STOPPED]
    open_ones = [d for d in dossiers if d.state not in FINISHED]
    assert open_ones and any(d.due_date and d.due_date < TODAY for d in open_ones)

    assert 0.05 <= SupplementRequest.objects.count() / len(dossiers) <= 0.15
    assert set(Counter(d.channel for d in dossiers)) == {"counter", "postal", "online"}
    assert 0 < sum(d.digitised for d in dossiers) < len(dossiers)
    assert 0 < sum(d.paid_online for d in dossiers) < len(dossiers)

    returned = [d for d in dossiers if d.state == State.RETURNED]
    ratings = list(Rating.objects.select_related("dossier"))
    assert 0.3 <= len(ratings) / len(returned) <= 0.5
    satisfied = [r for r in ratings if r.satisfaction >= 4]
    assert 0.7 <= len(satisfied) / len(ratings) < 1
    assert all(r.created_at > r.dossier.returned_at for r in ratings)
    assert {r.attitude for r in ratings} >= {"courteous", "acceptable"}
    assert ProcessingStep.objects.filter(position=2).exists()

    for dossier in dossiers:
        pattern = rf"{re.escape(dossier.agency.identifier)}-(\d{{6}})-\d{{4}}"
        match = re.fullmatch(pattern, dossier.code)
        assert match, dossier.code
        assert match.group(1) == f"{dossier.received_at.astimezone(VN):%y%m%d}"


def test_loading_the_demo_again_duplicates_nothing(demo):
    demo()
    before = counts()
    assert demo() == 900
    assert counts() == before


def test_the_demo_processing_officer_has_dossiers_in_hand_and_every_step_an_officer(demo):
    demo()
    held = ProcessingStep.objects.filter(
        assignee__username="demo_processing",
        received_at__isnull=False,
        handed_over_at__isnull=True,
    )
    assert held.exists()
    staffed = Membership.objects.filter(agency__isnull=False).values("agency_id")
    assert not ProcessingStep.objects.filter(assignee__isnull=True, agency_id__in=staffed)
    before = counts()
    demo()
    assert counts() == before
