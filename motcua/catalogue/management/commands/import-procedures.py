from typing import Any

from motcua.catalogue.services import procedures_import
from motcua.core.importing import ImportCommand


class Command(ImportCommand):
    help = (
        "Import a procedure list (the template's columns) from CSV or XLSX. Every row is "
        "checked first; on any error nothing is written and every problem is listed."
    )
    noun = "procedures"

    def importer(self, **kwargs: Any) -> Any:
        return procedures_import(**kwargs)
