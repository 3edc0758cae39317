from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.workdays.models import DayOff
from motcua.workdays.selectors import unconfirmed_years


@admin.register(DayOff)
class DayOffAdmin(admin.ModelAdmin):
    list_display = ["date", "kind", "name", "source"]
    list_filter = ["kind"]
    date_hierarchy = "date"
    search_fields = ["name", "source"]

    def changelist_view(self, request, extra_context=None):
        year = timezone.localdate().year
        missing = unconfirmed_years(range(year, year + 2))
        if missing:
            messages.warning(
                request,
                _(
                    "No official days off are loaded for %(years)s: deadlines in those years "
                    "use statutory holidays only and are unconfirmed. Load the Government's "
                    "notice with `motcua workdays load FILE`."
                )
                % {"years": ", ".join(str(y) for y in missing)},
            )
        return super().changelist_view(request, extra_context)
