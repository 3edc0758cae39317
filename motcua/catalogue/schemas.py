from __future__ import annotations

import datetime as dt

from ninja import Schema

from motcua.core.api_schemas import PageMeta


class ProcedureSummaryOut(Schema):
    code: str
    name: str
    field: str
    level: str
    online_level: str
    time_limit_value: int | None
    time_limit_unit: str
    url: str


class ProcedureListOut(Schema):
    meta: PageMeta
    items: list[ProcedureSummaryOut]


class ComponentOut(Schema):
    name: str
    originals: int
    copies: int
    required: bool
    form_code: str | None


class FormOut(Schema):
    code: str
    name: str
    file_type: str
    size: int
    valid_from: dt.date | None
    valid_to: dt.date | None
    download_url: str | None


class LegalDocumentOut(Schema):
    number: str
    title: str
    issued_on: dt.date | None
    effective_from: dt.date | None
    expires_on: dt.date | None


class ProcedureOut(Schema):
    code: str
    name: str
    field: str
    level: str
    steps: str
    submission_methods: str
    at_counter: bool
    postal: bool
    online_level: str
    time_limit_value: int | None
    time_limit_unit: str
    time_limit_note: str
    target_group: str
    implementing_agency: str
    result: str
    fees: str
    fee_bearing: bool
    components: list[ComponentOut]
    forms: list[FormOut]
    legal_basis: list[LegalDocumentOut]
    announced_on: dt.date | None
    published_on: dt.date | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    is_demo: bool
    url: str
