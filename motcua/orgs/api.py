from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from motcua.core.api_schemas import PageMeta, page_bounds
from motcua.orgs.models import AdministrativeUnit, UnitKind
from motcua.orgs.schemas import UnitListOut, UnitOut, UnitRefOut
from motcua.orgs.selectors import today

router = Router(tags=["units"])


class UnitFilter(Schema):
    on: dt.date | None = None
    kind: UnitKind | None = None
    parent: str | None = None
    include_historic: bool = False
    page: int = Field(1, ge=1, le=100_000)
    page_size: int = Field(100, ge=1, le=500)


@router.get("/units", response=UnitListOut, operation_id="units_list")
def units_list(request: HttpRequest, filters: Query[UnitFilter]) -> dict:
    """Administrative units in force on a date (today by default), or all of them with
    `include_historic`, with their successors after a merger or split."""
    units = AdministrativeUnit.objects.select_related("parent").prefetch_related(
        "successions__successor"
    )
    if not filters.include_historic or filters.on:
        units = units.valid_on(filters.on or today())
    if filters.kind:
        units = units.filter(kind=filters.kind)
    if filters.parent:
        units = units.filter(parent__code=filters.parent)
    page_size = filters.page_size
    count = units.count()
    page, pages, start = page_bounds(filters.page, page_size, count)
    items = [
        UnitOut(
            code=u.code,
            name=u.name,
            kind=u.kind,
            parent_code=u.parent.code if u.parent else None,
            valid_from=u.valid_from,
            valid_to=u.valid_to,
            successors=[
                UnitRefOut(
                    code=s.successor.code,
                    name=s.successor.name,
                    valid_from=s.successor.valid_from,
                )
                for s in u.successions.all()
            ],
        )
        for u in units.order_by("code", "valid_from")[start : start + page_size]
    ]
    return {
        "meta": PageMeta(count=count, page=page, page_size=page_size, pages=pages),
        "items": items,
    }
