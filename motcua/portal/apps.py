from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "motcua.portal"
    label = "portal"
    verbose_name = _("Public portal")

    def ready(self) -> None:
        _pages_cached()


def _pages_cached() -> None:
    """The public pages kept whole for visitors without an account (motcua/core/pagecache.py),
    each with the data it shows: "catalogue" (procedures, their papers, forms and fields),
    "feedback" (published answers, their categories and public files) and "orgs" (the names
    of units and agencies, and whether they are demo data: the banner on every page).

    Pages with a form are kept with their CSRF token put in per visitor; the new feedback form
    is not kept at all, since each carries a client key of its own."""
    from django.apps import apps

    from motcua.core import pagecache
    from motcua.feedback.models import Attachment, Category, Feedback, State
    from motcua.orgs.models import AdministrativeUnit, Agency

    catalogue = ("catalogue", "orgs")
    pagecache.pages_register(
        {
            "portal:home": catalogue,
            "portal:procedure_search": catalogue,
            "portal:procedure_detail": catalogue,
            "portal:procedure_poster": catalogue,
            "portal:form_print": catalogue,
            "portal:feedback_list": ("feedback", "orgs"),
            "portal:feedback_detail": ("feedback", "orgs"),
            "portal:dossier_lookup": ("orgs",),
            "portal:feedback_lookup": ("orgs",),
        }
    )
    pagecache.section_sources("catalogue", apps.get_app_config("catalogue").get_models())
    pagecache.section_sources("orgs", [AdministrativeUnit, Agency])
    pagecache.section_sources("feedback", [Category])
    # Feedback is written all day long; only published items (and ones taken back after
    # publication, which keep their date) are on the public pages.
    pagecache.section_sources(
        "feedback",
        [Feedback],
        when=lambda item: item.state == State.PUBLISHED or item.published_at is not None,
    )
    pagecache.section_sources(
        "feedback",
        [Attachment],
        when=lambda attachment: (
            attachment.is_public
            or Feedback.objects.filter(pk=attachment.feedback_id, state=State.PUBLISHED).exists()
        ),
    )
