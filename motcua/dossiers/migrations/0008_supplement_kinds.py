"""Name the kind of each stored supplement request: one asked on the day of receipt is the
intake request, a later one the competent agency's return after appraisal (a dossier could
hold only one request until now, so none is a further request)."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import migrations


def forwards(apps, schema_editor):
    SupplementRequest = apps.get_model("dossiers", "SupplementRequest")
    zone = ZoneInfo(settings.TIME_ZONE)
    later = []
    rows = SupplementRequest.objects.values_list("pk", "requested_at", "dossier__received_at")
    for pk, requested_at, received_at in rows.iterator(chunk_size=2000):
        if requested_at.astimezone(zone).date() != received_at.astimezone(zone).date():
            later.append(pk)
    for start in range(0, len(later), 2000):
        SupplementRequest.objects.filter(pk__in=later[start : start + 2000]).update(
            kind="appraisal"
        )


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0007_supplement_requests_recorded")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
