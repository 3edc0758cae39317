"""Reads over the catalogue that citizens and other programs use."""

from __future__ import annotations

import datetime as dt

from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When

from motcua.catalogue.models import Component, CutoffRule, Field, Form, LegalDocument, Procedure
from motcua.core.memo import memo
from motcua.core.textfold import casefold_name, collation_key, fold_terms


def procedure_search(
    *,
    query: str = "",
    field: str = "",
    level: str = "",
    online_level: str = "",
) -> QuerySet[Procedure]:
    """Public procedures with every word of the query, accent-insensitively (`dang ky ket hon`
    finds `Đăng ký kết hôn`, `đ` matches `d`). Words match whole syllables, except the last,
    which may be the start of one (people type `dang ky ket h`).

    Ranking: the exact code; the name as typed (with its accents: `đất` before `đặt`), whole,
    at its start, anywhere; then the folded phrase, whole, at the start, anywhere; then the
    words scattered. Ties sort by folded name, so Đ sits with D."""
    procedures = Procedure.objects.public().select_related("field")
    if field:
        procedures = procedures.filter(field__code=field)
    if level:
        procedures = procedures.filter(level=level)
    if online_level:
        procedures = procedures.filter(online_level=online_level)
    terms = fold_terms(query)
    if not terms:
        return procedures.order_by("name_folded", "code")
    # The last word may be unfinished: `quy` (folded to `qui`) must still start `quyết`.
    unfinished = fold_terms(query, final_y=False)[-1]
    matches = _all_words(terms, unfinished)
    official = _official_terms(terms)
    if official != terms:  # `sổ đỏ` finds what it says and what the catalogue calls it
        matches |= _all_words(official, official[-1])
    procedures = procedures.filter(matches)
    typed = casefold_name(query)
    phrase = " ".join(terms)
    return procedures.annotate(
        rank=Case(
            When(code=query.strip(), then=Value(0)),
            When(name_casefold=typed, then=Value(1)),
            When(name_casefold__startswith=typed, then=Value(2)),
            When(name_casefold__contains=typed, then=Value(3)),
            When(name_folded=phrase, then=Value(4)),
            When(name_folded__startswith=phrase, then=Value(5)),
            When(search_text__contains=f" {phrase} ", then=Value(6)),
            default=Value(7),
            output_field=IntegerField(),
        )
    ).order_by("rank", "name_folded", "code")


# What citizens say for what the catalogue calls by its legal name (folded words).
COLLOQUIAL = {
    ("so", "do"): ("quyen", "su", "dung", "dat"),
    ("so", "hong"): ("quyen", "su", "dung", "dat"),
    ("lam", "giay", "khai", "sinh"): ("dang", "ki", "khai", "sinh"),
    ("cong", "chung"): ("chung", "thuc"),
}


def _all_words(terms: list[str], unfinished: str) -> Q:
    condition = Q()
    for term in terms[:-1]:
        condition &= Q(search_text__contains=f" {term} ")
    last = terms[-1]
    return condition & (
        Q(search_text__contains=f" {last}") | Q(search_text__contains=f" {unfinished}")
    )


def _official_terms(terms: list[str]) -> list[str]:
    for said, official in COLLOQUIAL.items():
        size = len(said)
        for start in range(len(terms) - size + 1):
            if tuple(terms[start : start + size]) == said:
                return [*terms[:start], *official, *terms[start + size :]]
    return terms


def procedure_public_detail(*, code: str) -> Procedure | None:
    return (
        Procedure.objects.public()
        .select_related("field")
        .prefetch_related(
            Prefetch("components", queryset=Component.objects.select_related("form__procedure")),
            Prefetch("legal_basis", queryset=LegalDocument.objects.order_by("issued_on")),
            # Forms withdrawn by the office are not mentioned to citizens at all.
            Prefetch("forms", queryset=Form.objects.filter(is_published=True).order_by("code")),
        )
        .filter(code=code)
        .first()
    )


def form_is_downloadable(form: Form, *, on: dt.date) -> bool:
    """Citizens get a form only while it is published and in force."""
    return form.is_published and form.is_valid_on(on)


def field_options() -> list[Field]:
    """Fields that have at least one public procedure (a semi-join, not a DISTINCT join), in
    Vietnamese alphabetical order."""
    public = Procedure.objects.public().values("field_id")
    return sorted(Field.objects.filter(pk__in=public), key=lambda f: collation_key(f.name))


def field_counts() -> list[tuple[Field, int]]:
    """Each field with its number of public procedures, for the home page."""
    counts = dict(
        Procedure.objects.public()
        .values_list("field_id")
        .annotate(n=Count("id"))
        .values_list("field_id", "n")
    )
    fields = sorted(Field.objects.filter(pk__in=counts), key=lambda f: collation_key(f.name))
    return [(f, counts[f.pk]) for f in fields]


def _cutoff_rules() -> list[CutoffRule]:
    return list(CutoffRule.objects.order_by("valid_from", "id"))


def procedure_cutoff(procedure: Procedure, day: dt.date) -> dt.time | None:
    """The cut-off time in force for a procedure on the day of receipt, or None: most
    procedures have none (see `CutoffRule`). A rule for the procedure itself wins over one
    for its field; the latest in force wins among equals. The rules are read once a minute
    per process (core.memo), since intake and the import ask for every dossier."""
    rules = memo("catalogue.cutoff_rules", _cutoff_rules, sources=[CutoffRule])
    chosen: CutoffRule | None = None
    for rule in rules:
        if rule.applies_to(procedure, day) and (
            chosen is None or rule.procedure_id is not None or chosen.procedure_id is None
        ):
            chosen = rule
    return chosen.cutoff if chosen else None
