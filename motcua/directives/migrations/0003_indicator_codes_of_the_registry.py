"""Tasks made from findings name the indicator they should move by the codes of the
metrics registry; the proposals used codes of their own until now."""

from django.db import migrations

RENAMED = {
    "on_time_rate": "on_time",
    "dossier_satisfaction": "rated_satisfied",
    "sipas_item": "sipas_overall",
}


def forwards(apps, schema_editor):
    Task = apps.get_model("directives", "Task")
    for old, new in RENAMED.items():
        Task.objects.filter(indicator=old).update(indicator=new)


def backwards(apps, schema_editor):
    Task = apps.get_model("directives", "Task")
    for old, new in RENAMED.items():
        Task.objects.filter(indicator=new).update(indicator=old)


class Migration(migrations.Migration):
    dependencies = [("directives", "0002_assignment_first_reported_on")]

    operations = [migrations.RunPython(forwards, backwards)]
