"""Demo targets (the founding directive's: more than 90 % satisfied by the end of 2025, and
the usual on-time and online goals) and the roll-ups built once, so the dashboard shows
figures right after `motcua demo`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from motcua.metrics.models import Target
from motcua.metrics.rollups import rollups_refresh
from motcua.orgs.models import AdministrativeUnit

DEMO_TARGETS = (
    ("rated_satisfied", Decimal(90)),
    ("satisfaction_766", Decimal(90)),
    ("sipas_overall", Decimal(90)),
    ("on_time", Decimal(95)),
    ("on_time_766", Decimal(95)),
    ("online_share", Decimal(50)),
    ("tasks_on_time", Decimal(100)),
    ("tasks_overdue", Decimal(0)),
    ("index_766", Decimal(80)),
)


@transaction.atomic
def metrics_demo(*, today: dt.date | None = None) -> int:
    """Targets for the demo province from 2023 to the end of next year, then the roll-ups."""
    day = today or timezone.localdate()
    province = (
        AdministrativeUnit.objects.valid_on(day).filter(is_demo=True, kind="province").first()
    )
    if province is None:
        return 0
    year = day.year
    for indicator, value in DEMO_TARGETS:
        Target.objects.update_or_create(
            indicator=indicator,
            unit=province,
            starts_on=dt.date(2023, 1, 1),
            defaults={
                "ends_on": dt.date(year + 1, 12, 31),
                "value": value,
                "note": "[Dữ liệu mẫu]",
            },
        )
    return rollups_refresh(full=True).rows
