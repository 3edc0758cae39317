"""The publication check: what a citizen would see that is wrong or missing.

The founding directive asks every unit to find and remove expired forms and regulations still
posted, and to keep procedures complete. This lists exactly those defects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Component, Form, LegalDocument, Procedure, Status
from motcua.core.textfold import search_key


class Defect:
    EXPIRED_FORM = "expired_form"
    FORM_PUBLISHED_AFTER_EXPIRY = "form_published_after_expiry"
    EXPIRED_LEGAL_BASIS = "expired_legal_basis"
    MISSING_COMPONENT = "missing_component"
    FORM_NOT_ATTACHED = "form_not_attached"
    PROCEDURE_EXPIRED = "procedure_expired"


DEFECT_LABELS = {
    Defect.EXPIRED_FORM: _("Expired form still published"),
    Defect.FORM_PUBLISHED_AFTER_EXPIRY: _("Form published after its expiry"),
    Defect.EXPIRED_LEGAL_BASIS: _("Legal basis no longer in force"),
    Defect.MISSING_COMPONENT: _("Mandatory component missing"),
    Defect.FORM_NOT_ATTACHED: _("A paper must follow a form that citizens cannot download"),
    Defect.PROCEDURE_EXPIRED: _("Procedure past its validity still published"),
}

# What is never published: a procedure past its validity, an expired form offered for
# download, a procedure without the components Decree 63/2010 Art. 8 requires. Saving a
# procedure as published with one of these is refused; the other defects are warnings (an
# expired legal basis waits for the province's new announcement, and a paper "theo mẫu"
# without a form is a guess from its name).
BLOCKING = frozenset({Defect.PROCEDURE_EXPIRED, Defect.EXPIRED_FORM, Defect.MISSING_COMPONENT})

# Decree 63/2010 Art. 8 mandatory components, as (field, label).
MANDATORY = [
    ("name", _("name")),
    ("steps", _("sequence of steps")),
    ("submission_methods", _("methods of submission")),
    ("components", _("dossier components")),
    ("time_limit", _("time limit")),
    ("target_group", _("target group")),
    ("implementing_agency", _("implementing agency")),
    ("result", _("result")),
    ("fees", _("fees and charges")),
    ("legal_basis", _("legal basis")),
]


@dataclass(frozen=True)
class PublicationProblem:
    procedure_code: str
    procedure_name: str
    defect: str
    detail: str
    since: dt.date | None = None
    procedure_pk: int = 0  # for the staff's edit link (admin URLs are not public)

    @property
    def label(self) -> str:
        return str(DEFECT_LABELS[self.defect])

    @property
    def blocks_publication(self) -> bool:
        return self.defect in BLOCKING

    @property
    def message(self) -> str:
        """The label and the detail, as the publication page shows them."""
        return str(_("%(label)s: %(detail)s")) % {"label": self.label, "detail": self.detail}

    def as_dict(self) -> dict[str, Any]:
        return {
            "procedure": self.procedure_code,
            "procedure_name": self.procedure_name,
            "defect": self.defect,
            "label": self.label,
            "detail": self.detail,
            "since": self.since.isoformat() if self.since else None,
        }


def missing_components(procedure: Procedure) -> list[str]:
    """Labels of the mandatory components a procedure lacks; needs components and legal
    basis prefetched to avoid a query per procedure."""
    missing = []
    for name, label in MANDATORY:
        if name == "components":
            absent = not procedure.components.all()
        elif name == "legal_basis":
            absent = not procedure.legal_basis.all()
        elif name == "time_limit":
            absent = not procedure.time_limit_unit or (
                procedure.time_limit_unit != "within_day" and not procedure.time_limit_value
            )
        else:
            absent = not str(getattr(procedure, name) or "").strip()
        if absent:
            missing.append(str(label))
    return missing


def asks_for_a_form(name: str) -> bool:
    """A component filled in on a prescribed form: `... theo mẫu`, `Mẫu số 02`, `Tờ khai ...`
    (but not `giấy tờ khai sinh`)."""
    words = search_key(name)
    return " theo mau " in words or " mau so " in words or words.startswith(" to khai ")


def published_procedures() -> QuerySet[Procedure]:
    return (
        Procedure.objects.filter(status=Status.PUBLISHED)
        .prefetch_related(
            Prefetch("components", queryset=Component.objects.select_related("form")),
            Prefetch("legal_basis", queryset=LegalDocument.objects.order_by("number")),
            Prefetch("forms", queryset=Form.objects.order_by("code")),
        )
        .order_by("code")
    )


def publication_problems(
    *, on: dt.date, procedures: QuerySet[Procedure] | None = None
) -> list[PublicationProblem]:
    problems: list[PublicationProblem] = []
    for procedure in procedures if procedures is not None else published_procedures():

        def add(defect: str, detail: str, since: dt.date | None = None, p: Procedure = procedure):
            problems.append(PublicationProblem(p.code, p.name, defect, detail, since, p.pk))

        if procedure.valid_to and procedure.valid_to < on:
            add(
                Defect.PROCEDURE_EXPIRED,
                str(_("valid to %s")) % procedure.valid_to,
                procedure.valid_to,
            )
        for form in procedure.forms.all():
            if form.is_published and form.valid_to and form.valid_to < on:
                add(Defect.EXPIRED_FORM, f"{form.code} · {form.name}", form.valid_to)
            if form.published_on and form.valid_to and form.published_on > form.valid_to:
                add(
                    Defect.FORM_PUBLISHED_AFTER_EXPIRY,
                    f"{form.code} · {form.name}",
                    form.published_on,
                )
        for document in procedure.legal_basis.all():
            if document.expires_on and document.expires_on < on:
                add(
                    Defect.EXPIRED_LEGAL_BASIS,
                    f"{document.number} {document.title}".strip(),
                    document.expires_on,
                )
        for label in missing_components(procedure):
            add(Defect.MISSING_COMPONENT, label)
        for component in procedure.components.all():
            if asks_for_a_form(component.name) and (
                component.form is None or not component.form.is_published
            ):
                add(Defect.FORM_NOT_ATTACHED, component.name)
    return problems


def procedure_publication_problems(
    procedure: Procedure, *, on: dt.date
) -> list[PublicationProblem]:
    """The publication check of one procedure as saved (none while it is not published)."""
    return publication_problems(on=on, procedures=published_procedures().filter(pk=procedure.pk))
