"""The procedure admin: saving as published runs the publication check, and a paper is
linked to its form in the same save that adds the form."""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser

import pytest
from django.contrib.messages import WARNING
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from motcua.catalogue.models import Component, Procedure, Status
from motcua.catalogue.publication import Defect, publication_problems
from motcua.catalogue.tests.factories import (
    FieldFactory,
    LegalDocumentFactory,
    docx_bytes,
    form_make,
    procedure_make,
)

ADD = "/admin/catalogue/procedure/add/"


class _FormValues(HTMLParser):
    """What a browser would send back from the page's form, untouched."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        name = attr.get("name", "")
        if tag == "input" and name and attr.get("type") not in ("submit", "file", "button"):
            if attr.get("type") in ("checkbox", "radio") and "checked" not in attr:
                return
            default = "on" if attr.get("type") in ("checkbox", "radio") else ""
            self.values.setdefault(name, []).append(attr.get("value", default))
        elif tag == "select":
            self._select = name
            self.values.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attr:
            self.values[self._select].append(attr.get("value", ""))
        elif tag == "textarea":
            self._textarea = name
            self.values[name] = [""]

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.values[self._textarea][0] += (
                data.lstrip("\n") if not self.values[self._textarea][0] else data
            )


def page_values(client, path: str) -> dict:
    parser = _FormValues()
    parser.feed(client.get(path).content.decode())
    values = {k: v if len(v) > 1 else v[0] for k, v in parser.values.items() if v}
    values.pop("csrfmiddlewaretoken", None)
    return {k: v for k, v in values.items() if "__prefix__" not in k}


def change_path(procedure: Procedure) -> str:
    return f"/admin/catalogue/procedure/{procedure.pk}/change/"


def vietnamese_messages(procedure: Procedure) -> list[str]:
    with translation.override("vi"):
        return [
            p.message
            for p in publication_problems(on=timezone.localdate())
            if p.procedure_pk == procedure.pk
        ]


@pytest.fixture
def administrator(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "q@example.vn", "x"))
    return client


def test_a_new_procedure_gets_its_form_and_the_paper_linked_to_it_in_one_save(administrator):
    # Given the add page filled in for a complete procedure, with one form and one paper
    # that names the form by its code
    data = page_values(administrator, ADD) | {
        "code": "1.001193",
        "name": "Đăng ký khai sinh",
        "field": FieldFactory().pk,
        "level": "commune",
        "status": Status.PUBLISHED,
        "steps": "Bước 1",
        "submission_methods": "Trực tiếp",
        "online_level": "full",
        "time_limit_value": "1",
        "time_limit_unit": "working_days",
        "target_group": "Công dân",
        "implementing_agency": "UBND xã",
        "result": "Giấy khai sinh",
        "fees": "Miễn lệ phí",
        "legal_basis": LegalDocumentFactory().pk,
        "forms-TOTAL_FORMS": "1",
        "forms-0-code": "TK-01",
        "forms-0-name": "Tờ khai đăng ký khai sinh",
        "forms-0-is_published": "on",
        "forms-0-file": SimpleUploadedFile("tk.docx", docx_bytes()),
        "components-TOTAL_FORMS": "1",
        "components-0-position": "1",
        "components-0-name": "Tờ khai theo mẫu",
        "components-0-originals": "1",
        "components-0-copies": "0",
        "components-0-required": "on",
        "components-0-form_code": "TK-01",
    }

    # When it is saved once
    response = administrator.post(ADD, data, follow=True)

    # Then the procedure, its form and its paper are saved, the paper pointing at the form,
    # and the publication check has nothing to say
    assert response.status_code == 200
    paper = Component.objects.select_related("form", "procedure").get()
    assert paper.form is not None and paper.form.code == "TK-01"
    assert paper.form.procedure == paper.procedure
    assert [m for m in response.context["messages"] if m.level == WARNING] == []
    # and the change page names the linked form by its code
    assert page_values(administrator, change_path(paper.procedure))["components-0-form_code"] == (
        "TK-01"
    )


def test_a_paper_naming_a_form_the_procedure_lacks_is_refused_and_nothing_is_saved(
    administrator,
):
    procedure = procedure_make(status=Status.DRAFT)
    data = page_values(administrator, change_path(procedure)) | {
        "name": "Tên mới",
        "components-0-form_code": "KHONG-CO",
    }

    response = administrator.post(change_path(procedure), data)

    assert response.status_code == 200
    assert "KHONG-CO" in response.content.decode()
    procedure.refresh_from_db()
    assert procedure.name == "Đăng ký khai sinh"


def test_an_existing_paper_is_linked_to_a_form_added_in_the_same_save(administrator):
    procedure = procedure_make(status=Status.DRAFT)
    data = page_values(administrator, change_path(procedure)) | {
        "forms-TOTAL_FORMS": "1",
        "forms-0-code": "TK-02",
        "forms-0-name": "Tờ khai",
        "forms-0-is_published": "on",
        "forms-0-file": SimpleUploadedFile("tk.docx", docx_bytes()),
        "components-1-form_code": "TK-02",
    }

    administrator.post(change_path(procedure), data)

    linked = {c.position: c.form.code if c.form else None for c in procedure.components.all()}
    assert linked == {1: None, 2: "TK-02"}


def test_publishing_with_an_expired_form_is_refused_with_the_checks_own_message(administrator):
    # Given a published procedure whose form expired yesterday and is still shown
    procedure = procedure_make()
    form_make(procedure, "TK", valid_to=timezone.localdate() - dt.timedelta(days=1))
    expected = vietnamese_messages(procedure)
    assert len(expected) == 1
    data = page_values(administrator, change_path(procedure)) | {"fees": "50.000 đồng"}

    # When it is saved again as published
    response = administrator.post(change_path(procedure), data)

    # Then the save is refused with the publication check's message, and nothing changed
    assert response.status_code == 200
    assert html.escape(expected[0]) in response.content.decode()
    procedure.refresh_from_db()
    assert procedure.fees == "Miễn lệ phí"


def test_publishing_a_draft_without_its_mandatory_components_is_refused(administrator):
    procedure = procedure_make(status=Status.DRAFT, result="")
    data = page_values(administrator, change_path(procedure)) | {"status": Status.PUBLISHED}

    response = administrator.post(change_path(procedure), data)

    assert response.status_code == 200
    procedure.refresh_from_db()
    assert procedure.status == Status.DRAFT
    with translation.override("vi"):
        procedure.status = Status.PUBLISHED
        procedure.save(update_fields=["status"])
        expected = vietnamese_messages(procedure)
    assert [
        p
        for p in publication_problems(on=timezone.localdate())
        if p.defect == Defect.MISSING_COMPONENT
    ]
    assert html.escape(expected[0]) in response.content.decode()


def test_publishing_with_an_expired_legal_basis_saves_and_warns(administrator):
    # Given a draft procedure whose legal basis expired last month
    procedure = procedure_make(
        status=Status.DRAFT, legal_expires=timezone.localdate() - dt.timedelta(days=30)
    )
    data = page_values(administrator, change_path(procedure)) | {"status": Status.PUBLISHED}

    # When it is saved as published
    response = administrator.post(change_path(procedure), data, follow=True)

    # Then it is published, with the publication check's warning
    procedure.refresh_from_db()
    assert procedure.status == Status.PUBLISHED
    expected = vietnamese_messages(procedure)
    warnings = [m.message for m in response.context["messages"] if m.level == WARNING]
    assert warnings == expected
    assert "Legal basis no longer in force" not in expected[0]
