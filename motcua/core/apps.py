from django.apps import AppConfig
from django.http import multipartparser
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "motcua.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from motcua.core import checks  # noqa: F401  (registers motcua's system checks)

        # A browser sends an uploaded file's whole name in the part's header, and Django
        # refuses part headers over 1 KiB before InputBoundaryMiddleware can shorten the name
        # (a photo named by a phone in Vietnamese reaches that): the citizen's whole form was
        # lost with a bare 400. 8 KiB still bounds what a header may cost.
        multipartparser.MAX_TOTAL_HEADER_SIZE = 8 * 1024  # type: ignore[attr-defined]
