"""Published demo items get a public title: their subjects are invented and hold no personal
data. Real items published before titles were reviewed keep none (the public pages show their
category): a citizen's own subject is never published without a review."""

from django.db import migrations

from motcua.core.textfold import fold


def demo_titles(apps, schema_editor):
    Feedback = apps.get_model("feedback", "Feedback")
    items = Feedback.objects.filter(is_demo=True, state="published", public_title="")
    for item in items.only("pk", "number", "title", "public_text", "public_answer"):
        item.public_title = item.title
        reviewed = [item.number, item.public_title, item.public_text, item.public_answer]
        item.search_text = fold(" ".join(reviewed))
        item.save(update_fields=["public_title", "search_text"])


def demo_titles_undo(apps, schema_editor):
    Feedback = apps.get_model("feedback", "Feedback")
    for item in Feedback.objects.filter(is_demo=True, state="published").only(
        "pk", "number", "public_text", "public_answer"
    ):
        item.public_title = ""
        item.search_text = fold(" ".join([item.number, item.public_text, item.public_answer]))
        item.save(update_fields=["public_title", "search_text"])


class Migration(migrations.Migration):
    dependencies = [("feedback", "0010_public_title")]

    operations = [migrations.RunPython(demo_titles, demo_titles_undo)]
