from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "motcua.catalogue"
    label = "catalogue"
    verbose_name = _("Procedure catalogue")

    def ready(self) -> None:
        from motcua.catalogue.services import procedures_import
        from motcua.core.imports import importer_register

        importer_register("procedures", procedures_import)
