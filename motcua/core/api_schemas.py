"""Shapes shared by every router: problem details and page envelopes."""

from __future__ import annotations

from typing import Any

from ninja import Schema


class ProblemOut(Schema):
    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    errors: list[dict[str, Any]] = []


class PageMeta(Schema):
    count: int
    page: int
    page_size: int
    pages: int


def page_bounds(page: int, page_size: int, count: int) -> tuple[int, int, int]:
    """(page, pages, offset). A page past the last is kept as asked and comes back empty, so a
    client looping until an empty page stops."""
    pages = max(1, -(-count // page_size))
    page = max(1, page)
    return page, pages, (page - 1) * page_size
