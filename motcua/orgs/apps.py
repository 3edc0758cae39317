from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "motcua.orgs"
    label = "orgs"
    verbose_name = _("Organisation")

    def ready(self) -> None:
        from motcua.core.imports import importer_register
        from motcua.orgs.services import units_import

        importer_register("units", units_import)
