from typing import Any

from motcua.core.importing import ImportCommand
from motcua.orgs.services import units_import


class Command(ImportCommand):
    help = (
        "Import administrative units (code, name, kind, parent_code, valid_from, valid_to, "
        "successors) from CSV or XLSX. On any error nothing is written."
    )
    noun = "units"

    def importer(self, **kwargs: Any) -> Any:
        return units_import(**kwargs)
