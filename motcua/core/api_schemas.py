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
    pages = max(1, -(-count // page_size))
    page = min(max(1, page), pages)
    start = (page - 1) * page_size
    return page, pages, start
