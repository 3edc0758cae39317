"""The leaders' dashboard pages: the indicator board and the rows behind one figure (the
figures themselves are built in `dashboard.board`)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from motcua.core.exports import table_response
from motcua.dashboard.board import (
    board_build,
    board_figures,
    board_params,
    board_table,
    board_top,
    board_units,
    drill_page,
)
from motcua.dashboard.forms import BoardForm
from motcua.metrics.indicators import BY_CODE
from motcua.orgs.access import request_access, staff_required


@require_GET
@staff_required
def indicator_board(request: HttpRequest) -> HttpResponse:
    access = request_access(request)
    today = timezone.localdate()
    units = board_units(access, today)
    form = BoardForm(board_params(request.GET, today), units=units)
    if not form.is_valid():
        return render(request, "dashboard/indicators.html", {"form": form}, status=400)
    data = form.cleaned_data
    unit = data["unit"] or board_top(units)
    if unit is None:
        raise PermissionDenied(_("You see no unit."))
    rows = board_figures(
        access=access, units=units, unit=unit, start=data["start"], end=data["end"], today=today
    )
    if request.GET.get("format") in ("xlsx", "csv"):
        headers, table = board_table(rows)
        name = f"indicators-{unit.code}-{data['start']}-{data['end']}"
        return table_response(name=name, fmt=request.GET["format"], headers=headers, rows=table)
    board = board_build(
        rows=rows,
        code=data["indicator"] or "on_time",
        by=data["by"] or "month",
        start=data["start"],
        end=data["end"],
        today=today,
        query=request.GET.urlencode(),
    )
    return render(request, "dashboard/indicators.html", {"form": form, "board": board})


@require_GET
@staff_required
def indicator_rows(request: HttpRequest, code: str) -> HttpResponse:
    """The dossiers (or assignments) behind one figure: those that count and those that do
    not, a page at a time, newest first."""
    indicator = BY_CODE.get(code)
    if indicator is None:
        raise Http404
    access = request_access(request)
    today = timezone.localdate()
    units = board_units(access, today)
    form = BoardForm(board_params(request.GET, today), units=units)
    if not form.is_valid():
        raise Http404
    unit = form.cleaned_data["unit"] or board_top(units)
    if unit is None or not access.can_view(unit):
        raise PermissionDenied(_("You see no unit."))
    page = request.GET.get("page") or "1"
    drill = drill_page(
        indicator=indicator,
        access=access,
        unit=unit,
        start=form.cleaned_data["start"],
        end=form.cleaned_data["end"],
        today=today,
        only={"yes": True, "no": False}.get(request.GET.get("only", "")),
        page=max(1, int(page)) if page.isdigit() else 1,
    )
    context = {"drill": drill, "unit": unit, "form": form, "only": request.GET.get("only", "")}
    return render(
        request, "dashboard/indicator_rows.html", {**context, "query": request.GET.copy()}
    )
