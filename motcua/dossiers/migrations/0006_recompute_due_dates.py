"""Due dates counted as the law counts them (DOMAIN.md §1).

Until now a dossier received after 15:00 or on a rest day counted from the next working day
and then excluded that day again, so its due date came one working day late (a Friday 16:30
dossier with 5 working days before Tết 2025 was due 10 Feb; the law gives 7 Feb). The limit
counts from the day after receipt whatever the hour; only a dated cut-off rule moves it.

Each due date motcua computed by the old rule is computed again, with the timeliness of a
finished dossier and of its handed-over steps, and the change is written on the dossier's
timeline. A due date that came from an imported file (it differs from the old rule's) is the
other system's and is left as it was. Nothing else about a dossier changes."""

import datetime as dt
from zoneinfo import ZoneInfo

import holidays
from django.conf import settings
from django.db import migrations
from django.utils import timezone

from motcua.dossiers.timeliness import timeliness
from motcua.workdays.engine import Calendar, Kind

OLD_TRANSFER_CUTOFF = dt.time(15, 0)
CHUNK = 2000
JUDGED = ("early", "on_time", "late")


def _calendar(apps):
    DayOff = apps.get_model("workdays", "DayOff")
    days = {day: Kind(kind) for day, kind in DayOff.objects.values_list("date", "kind")}
    return Calendar(
        days=days,
        loaded_years=frozenset(day.year for day in days),
        fallback=lambda year: frozenset(holidays.country_holidays("VN", years=year)),
    )


def _old_due(cal, local, days):
    """The rule being replaced: after 15:00 or on a rest day, count from the next working
    day, then add the limit on top of it."""
    day = local.date()
    if not cal.is_working_day(day) or local.time() > OLD_TRANSFER_CUTOFF:
        day = cal.next_working_day(day)
    return cal.add_working_days(day, days)


def _cutoffs(apps):
    CutoffRule = apps.get_model("catalogue", "CutoffRule")
    return list(
        CutoffRule.objects.order_by("valid_from", "id").values(
            "procedure_id", "field_id", "within_day_only", "cutoff", "valid_from", "valid_to"
        )
    )


def _cutoff(rules, procedure, day):
    chosen = None
    for rule in rules:
        if rule["valid_from"] and rule["valid_from"] > day:
            continue
        if rule["valid_to"] and rule["valid_to"] < day:
            continue
        if rule["within_day_only"] and procedure["time_limit_unit"] != "within_day":
            continue
        if rule["procedure_id"] is not None and rule["procedure_id"] != procedure["id"]:
            continue
        if rule["procedure_id"] is None and rule["field_id"] != procedure["field_id"]:
            continue
        if chosen is None or rule["procedure_id"] is not None or chosen["procedure_id"] is None:
            chosen = rule
    return chosen["cutoff"] if chosen else None


def _verdict(due, finished, zone):
    day = finished.astimezone(zone).date()
    return str(timeliness(due=due, finished_on=day, as_of=day))


def recompute(apps, schema_editor=None):
    Dossier = apps.get_model("dossiers", "Dossier")
    DossierEvent = apps.get_model("dossiers", "DossierEvent")
    ProcessingStep = apps.get_model("dossiers", "ProcessingStep")
    Procedure = apps.get_model("catalogue", "Procedure")
    zone = ZoneInfo(settings.TIME_ZONE)
    cal = _calendar(apps)
    rules = _cutoffs(apps)
    procedures = {
        p["id"]: p
        for p in Procedure.objects.filter(
            time_limit_unit__in=["working_days", "within_day"]
        ).values("id", "field_id", "time_limit_unit", "time_limit_value")
    }
    now = timezone.now()
    rows = (
        Dossier.objects.filter(
            procedure_id__in=list(procedures), complete_at__isnull=False, due_date__isnull=False
        )
        .values_list("id", "procedure_id", "complete_at", "due_date", "state", "finished_at", "timeliness")
        .order_by("id")
    )
    changed, events = [], []
    for pk, procedure_id, complete_at, due, state, finished_at, verdict in rows.iterator(
        chunk_size=CHUNK
    ):
        procedure = procedures[procedure_id]
        local = complete_at.astimezone(zone)
        limit = procedure["time_limit_value"] or 0
        if due != _old_due(cal, local, limit):
            continue  # not computed by motcua: an imported due date stays the other system's
        new_due = cal.due_date(local, limit, cutoff=_cutoff(rules, procedure, local.date()))
        if new_due == due:
            continue
        new_verdict = verdict
        if finished_at is not None and verdict in JUDGED:
            new_verdict = _verdict(new_due, finished_at, zone)
        changed.append(Dossier(pk=pk, due_date=new_due, timeliness=new_verdict, updated_at=now))
        note = f"{due:%d/%m/%Y} → {new_due:%d/%m/%Y}"
        if new_verdict != verdict:
            note += f"; {verdict} → {new_verdict}"
        events.append(
            DossierEvent(
                dossier_id=pk, at=now, action="due_recomputed", from_state=state, to_state=state, note=note
            )
        )
        if len(changed) >= CHUNK:
            _flush(Dossier, DossierEvent, changed, events)
    _flush(Dossier, DossierEvent, changed, events)
    _steps(ProcessingStep, cal, zone, now)


def _flush(Dossier, DossierEvent, changed, events):
    Dossier.objects.bulk_update(changed, ["due_date", "timeliness", "updated_at"], batch_size=CHUNK)
    DossierEvent.objects.bulk_create(events, batch_size=CHUNK)
    changed.clear()
    events.clear()


def _steps(ProcessingStep, cal, zone, now):
    """A step's due date counted from its hand-over by the same rule; no cut-off applies."""
    changed = []
    steps = ProcessingStep.objects.filter(received_at__isnull=False, due_date__isnull=False)
    for step in steps.only("id", "received_at", "due_date", "allotted_days", "handed_over_at", "timeliness").iterator(chunk_size=CHUNK):
        local = step.received_at.astimezone(zone)
        if step.due_date != _old_due(cal, local, step.allotted_days):
            continue
        new_due = cal.due_date(local, step.allotted_days)
        if new_due == step.due_date:
            continue
        step.due_date = new_due
        if step.handed_over_at is not None and step.timeliness in JUDGED:
            step.timeliness = _verdict(new_due, step.handed_over_at, zone)
        step.updated_at = now
        changed.append(step)
    ProcessingStep.objects.bulk_update(changed, ["due_date", "timeliness", "updated_at"], batch_size=CHUNK)


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0005_open_due_index"),
        ("catalogue", "0003_civil_status_cutoff"),
        ("workdays", "0002_official_days_2023_2026"),
    ]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
