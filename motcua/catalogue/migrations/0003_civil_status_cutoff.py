"""The sectoral 15:00 cut-off of civil-status procedures resolved within the day (Civil Status
Law 2014 Art. 5(3); Decree 23/2015 Art. 7), for the field `ho-tich` where it exists. It is the
only cut-off the law sets: the general 15:00 rule moves the transfer, not the time limit."""

import datetime as dt

from django.db import migrations

SOURCE = "Luật Hộ tịch 2014, Điều 5 khoản 3; Nghị định 23/2015/NĐ-CP, Điều 7"


def forwards(apps, schema_editor):
    Field = apps.get_model("catalogue", "Field")
    CutoffRule = apps.get_model("catalogue", "CutoffRule")
    field = Field.objects.filter(code="ho-tich").first()
    if field is not None:
        CutoffRule.objects.get_or_create(
            field=field,
            procedure=None,
            within_day_only=True,
            defaults={"cutoff": dt.time(15, 0), "valid_from": dt.date(2016, 1, 1), "source": SOURCE},
        )


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0002_cutoff_rules_paper_result")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
