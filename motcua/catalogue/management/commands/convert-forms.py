from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from motcua.catalogue.conversion import soffice_path
from motcua.catalogue.models import Form
from motcua.catalogue.services import form_pdf_make


class Command(BaseCommand):
    help = (
        "Make the PDF copy of every Word or Excel form that has none: forms uploaded before "
        "copies were made, or whose conversion failed. Uploads made later are converted in "
        "the background (`motcua db_worker`). Needs LibreOffice (soffice, or MOTCUA_SOFFICE)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--again",
            action="store_true",
            help="Convert every Word or Excel form again, also those that have a PDF copy.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if soffice_path() is None:
            raise CommandError(
                "LibreOffice is not installed (no soffice on the PATH, or MOTCUA_SOFFICE "
                "names no program): install libreoffice-writer-nogui and "
                "libreoffice-calc-nogui."
            )
        forms = Form.objects.select_related("procedure").order_by("pk")
        if not options["again"]:
            forms = forms.filter(pdf="")
        pending = [form for form in forms if not form.is_pdf]
        made = 0
        for form in tqdm(
            pending, unit=" forms", disable=options["verbosity"] < 1 or None, file=self.stderr
        ):
            made += form_pdf_make(form=form)
        failed = len(pending) - made
        self.stdout.write(f"{made} PDF copies made, {failed} failed (see the log).")
        if failed:
            raise CommandError(f"{failed} forms could not be converted.")
