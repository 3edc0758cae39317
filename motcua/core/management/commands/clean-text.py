"""`motcua clean-text [--dry-run]`: clean the text stored before the input boundary existed.

Every CharField and TextField of every motcua model is read in batches and each value is
passed through `clean_text`, the boundary's own rule (NFC; NUL, other controls,
bidirectional overrides and lone surrogates removed). Run it on a SQLite database before
moving it to PostgreSQL, which refuses NUL in text, and after upgrading an old installation.

A value whose cleaned form would collide with another row's under a unique constraint is
left as it is and listed, for a person to decide. The summary gives, per model and field,
how many values were (or, with --dry-run, would be) changed; a real run is recorded in the
audit log."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandParser
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _
from tqdm import tqdm

from motcua.core.services import audit_record
from motcua.core.textinput import clean_text

BATCH = 1000


def text_fields(model: type[models.Model]) -> list[str]:
    """The names of the model's own stored text columns."""
    return [
        field.attname
        for field in model._meta.local_concrete_fields
        if isinstance(field, models.CharField | models.TextField) and not field.primary_key
    ]


def motcua_models() -> list[type[models.Model]]:
    return [
        model
        for config in apps.get_app_configs()
        if config.name.startswith("motcua.")
        for model in config.get_models()
        if model._meta.managed and not model._meta.proxy and text_fields(model)
    ]


class Command(BaseCommand):
    help = (
        "Clean the text stored before the input boundary (control characters, NUL, "
        "bidirectional overrides, decomposed Unicode) in every text field of motcua."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would change without changing anything.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        dry_run = bool(options["dry_run"])
        changed: Counter[str] = Counter()
        conflicts: list[str] = []
        for model in motcua_models():
            self._clean_model(model, dry_run=dry_run, changed=changed, conflicts=conflicts)
        for column, count in sorted(changed.items()):
            self.stdout.write(f"{column}: {count}")
        total = sum(changed.values())
        if dry_run:
            self.stdout.write(_("%(count)s values would be cleaned.") % {"count": total})
        else:
            self.stdout.write(_("%(count)s values cleaned.") % {"count": total})
        for conflict in conflicts:
            self.stdout.write(
                _("Left as it is, its cleaned text is another row's: %(row)s") % {"row": conflict}
            )
        if not dry_run and (total or conflicts):
            audit_record(
                actor=None,
                action="text.clean",
                object_type="database",
                detail={"changed": dict(changed), "conflicts": conflicts},
            )

    def _clean_model(
        self,
        model: type[models.Model],
        *,
        dry_run: bool,
        changed: Counter[str],
        conflicts: list[str],
    ) -> None:
        label = model._meta.label
        fields = text_fields(model)
        rows = model._base_manager.order_by("pk")
        last: Any = None
        with tqdm(
            total=rows.count(), desc=label, unit=" rows", disable=None, file=self.stderr
        ) as bar:
            while True:
                batch = rows.filter(pk__gt=last) if last is not None else rows
                values = list(batch.values_list("pk", *fields)[:BATCH])
                if not values:
                    break
                for pk, *texts in values:
                    changes = {
                        name: clean_text(text)
                        for name, text in zip(fields, texts, strict=True)
                        if text and clean_text(text) != text
                    }
                    if not changes:
                        continue
                    if not dry_run and not _update(model, pk, changes):
                        conflicts.append(f"{label} {pk}")
                        continue
                    changed.update(f"{label}.{name}" for name in changes)
                bar.update(len(values))
                last = values[-1][0]


def _update(model: type[models.Model], pk: Any, changes: dict[str, str]) -> bool:
    """Store the cleaned values of one row; False when a unique constraint refuses them.
    `update()` leaves `updated_at` alone: the content has not changed for a reader."""
    try:
        with transaction.atomic():
            model._base_manager.filter(pk=pk).update(**changes)
    except IntegrityError:
        return False
    return True
