from __future__ import annotations

from django.http import HttpRequest

from motcua.orgs.models import AdministrativeUnit


def demo_data(request: HttpRequest) -> dict[str, bool]:
    """Tell every page whether it shows demo data, so nobody mistakes it for the real thing."""
    return {"demo_data": AdministrativeUnit.objects.filter(is_demo=True).exists()}
