from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from motcua.catalogue.models import Procedure
from motcua.core.pagecache import section_changed


class Command(BaseCommand):
    help = (
        "Recompute every procedure's search keys (after an upgrade that changes how text is "
        "folded for search, or after editing names directly in the database)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        procedures = Procedure.objects.select_related("field").order_by("pk")
        batch: list[Procedure] = []
        fields = ["search_text", "name_folded", "name_casefold"]
        with transaction.atomic():
            for procedure in tqdm(
                procedures.iterator(chunk_size=500),
                total=procedures.count(),
                unit="proc",
                disable=options["verbosity"] < 1,
            ):
                procedure.refresh_search_keys()
                batch.append(procedure)
                if len(batch) == 500:
                    Procedure.objects.bulk_update(batch, fields)
                    batch = []
            Procedure.objects.bulk_update(batch, fields)
        section_changed("catalogue")  # bulk_update sends no signal
        self.stdout.write(self.style.SUCCESS(f"{procedures.count()} procedures reindexed."))
