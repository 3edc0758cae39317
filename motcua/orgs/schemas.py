from __future__ import annotations

import datetime as dt

from ninja import Schema

from motcua.core.api_schemas import PageMeta


class UnitOut(Schema):
    code: str
    name: str
    kind: str
    parent_code: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    successor_codes: list[str]


class UnitListOut(Schema):
    meta: PageMeta
    items: list[UnitOut]
