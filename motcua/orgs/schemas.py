from __future__ import annotations

import datetime as dt

from ninja import Schema

from motcua.core.api_schemas import PageMeta


class UnitRefOut(Schema):
    """A unit named unambiguously: an official code may be re-used by a later unit, so the
    start date tells the versions apart."""

    code: str
    name: str
    valid_from: dt.date | None


class UnitOut(Schema):
    code: str
    name: str
    kind: str
    parent_code: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    successors: list[UnitRefOut]


class UnitListOut(Schema):
    meta: PageMeta
    items: list[UnitOut]
