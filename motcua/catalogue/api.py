from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Path, Query, Router, Schema
from ninja.errors import HttpError

from motcua.catalogue.models import Level, OnlineLevel, Procedure
from motcua.catalogue.schemas import (
    ComponentOut,
    FormOut,
    LegalDocumentOut,
    ProcedureListOut,
    ProcedureOut,
    ProcedureSummaryOut,
)
from motcua.catalogue.selectors import (
    form_is_downloadable,
    procedure_public_detail,
    procedure_search,
)
from motcua.core.api_schemas import PageMeta, ProblemOut, page_bounds

router = Router(tags=["procedures"])


class ProcedureFilter(Schema):
    q: str = ""
    field: str = ""
    level: Level | None = None
    online_level: OnlineLevel | None = None
    page: int = Field(1, ge=1, le=100_000)
    page_size: int = Field(20, ge=1, le=100)


@router.get("/procedures", response=ProcedureListOut, operation_id="procedures_list")
def procedures_list(request: HttpRequest, filters: Query[ProcedureFilter]) -> dict:
    """Published procedures, searched accent-insensitively like the public search page."""
    results = procedure_search(
        query=filters.q[:200],
        field=filters.field,
        level=filters.level or "",
        online_level=filters.online_level or "",
    )
    page_size = filters.page_size
    count = results.count()
    page, pages, start = page_bounds(filters.page, page_size, count)
    items = [
        ProcedureSummaryOut(
            code=p.code,
            name=p.name,
            field=p.field.name,
            level=p.level,
            online_level=p.online_level,
            time_limit_value=p.time_limit_value,
            time_limit_unit=p.time_limit_unit,
            url=request.build_absolute_uri(p.get_absolute_url()),
        )
        for p in results[start : start + page_size]
    ]
    return {
        "meta": PageMeta(count=count, page=page, page_size=page_size, pages=pages),
        "items": items,
    }


@router.get(
    "/procedures/{code}",
    response={200: ProcedureOut, 404: ProblemOut},
    operation_id="procedures_get",
)
def procedures_get(
    request: HttpRequest,
    code: str = Path(..., max_length=Procedure._meta.get_field("code").max_length),
) -> ProcedureOut:
    procedure = procedure_public_detail(code=code)
    if procedure is None:
        raise HttpError(404, "No published procedure has this code.")
    today = timezone.localdate()
    return ProcedureOut(
        code=procedure.code,
        name=procedure.name,
        field=procedure.field.name,
        level=procedure.level,
        steps=procedure.steps,
        submission_methods=procedure.submission_methods,
        at_counter=procedure.at_counter,
        postal=procedure.postal,
        online_level=procedure.online_level,
        time_limit_value=procedure.time_limit_value,
        time_limit_unit=procedure.time_limit_unit,
        time_limit_note=procedure.time_limit_note,
        target_group=procedure.target_group,
        implementing_agency=procedure.implementing_agency,
        result=procedure.result,
        fees=procedure.fees,
        fee_bearing=procedure.fee_bearing,
        components=[_component_out(c) for c in procedure.components.all()],
        forms=[_form_out(request, f, today) for f in procedure.forms.all()],
        legal_basis=[
            LegalDocumentOut.model_validate(d, from_attributes=True)
            for d in procedure.legal_basis.all()
        ],
        announced_on=procedure.announced_on,
        published_on=procedure.published_on,
        valid_from=procedure.valid_from,
        valid_to=procedure.valid_to,
        is_demo=procedure.is_demo,
        url=request.build_absolute_uri(procedure.get_absolute_url()),
    )


def _component_out(component: Any) -> ComponentOut:
    return ComponentOut(
        name=component.name,
        originals=component.originals,
        copies=component.copies,
        required=component.required,
        form_code=component.form.code if component.form else None,
    )


def _form_out(request: HttpRequest, form: Any, today: dt.date) -> FormOut:
    """A form with its download address while it may be downloaded (in force, file present)."""
    downloadable = form_is_downloadable(form, on=today)
    return FormOut(
        code=form.code,
        name=form.name,
        file_type=form.extension,
        size=form.size,
        valid_from=form.valid_from,
        valid_to=form.valid_to,
        download_url=request.build_absolute_uri(form.get_absolute_url()) if downloadable else None,
    )
