"""Form files: only real DOCX, PDF and XLSX, within the size limit."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError

from motcua.catalogue.demo import form_document
from motcua.catalogue.services import form_file_check


@pytest.mark.parametrize("kind", ["docx", "pdf", "xlsx"])
def test_genuine_office_and_pdf_files_are_accepted(kind):
    content_type = form_file_check(filename=f"mau.{kind}", data=form_document(kind, "Tờ", "X"))
    assert content_type.startswith("application/")


@pytest.mark.parametrize(
    ("filename", "data", "fragment"),
    [
        ("virus.exe", b"MZ\x90\x00", "DOCX"),
        ("mau.doc", b"\xd0\xcf\x11\xe0", "DOCX"),
        ("mau.pdf", b"MZ\x90\x00 not a pdf", "PDF"),
        ("mau.docx", b"%PDF-1.4", "Office"),
        ("mau.pdf", b"", "empty"),
    ],
)
def test_wrong_or_disguised_files_are_refused(filename, data, fragment, settings):
    settings.LANGUAGE_CODE = "en"
    from django.utils import translation

    with translation.override("en"), pytest.raises(ValidationError) as error:
        form_file_check(filename=filename, data=data)
    assert fragment in str(error.value)


def test_an_xlsx_renamed_to_docx_is_refused():
    from django.utils import translation

    with translation.override("en"), pytest.raises(ValidationError, match="another kind"):
        form_file_check(filename="mau.docx", data=form_document("xlsx", "Tờ", "X"))


def test_oversized_files_are_refused(settings):
    from django.utils import translation

    settings.MOTCUA_FORM_MAX_BYTES = 1000
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "x" * 5000)
        archive.writestr("word/document.xml", "x" * 5000)
    with translation.override("en"), pytest.raises(ValidationError, match="limit"):
        form_file_check(filename="big.docx", data=out.getvalue() + b"\0" * 2000)


@pytest.mark.django_db
def test_the_admin_refuses_a_disguised_form_file(client):
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile

    from motcua.catalogue.models import Form
    from motcua.catalogue.tests.factories import procedure_make

    procedure = procedure_make()
    admin = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(admin)
    response = client.post(
        "/admin/catalogue/form/add/",
        {
            "procedure": procedure.pk,
            "code": "X",
            "name": "Giả",
            "is_published": "on",
            "file": SimpleUploadedFile("mau.pdf", b"MZ\x90\x00 not a pdf"),
        },
    )
    assert response.status_code == 200
    assert "PDF" in response.content.decode()
    assert Form.objects.count() == 0
    good = SimpleUploadedFile("mau.pdf", form_document("pdf", "Tờ", "X"))
    client.post(
        "/admin/catalogue/form/add/",
        {
            "procedure": procedure.pk,
            "code": "X",
            "name": "Thật",
            "is_published": "on",
            "file": good,
        },
    )
    form = Form.objects.get()
    assert form.content_type == "application/pdf" and form.size > 0


@pytest.mark.django_db
def test_the_admin_offers_a_component_only_its_own_procedures_forms(client):
    from django.contrib.auth import get_user_model

    from motcua.catalogue.tests.factories import form_make, procedure_make

    mine, other = procedure_make("1.000001"), procedure_make("1.000002", "Khác")
    form_make(mine, "MINE", name="Mẫu của tôi")
    form_make(other, "OTHER", name="Mẫu thủ tục khác")
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "pw"))
    page = client.get(f"/admin/catalogue/procedure/{mine.pk}/change/").content.decode()
    assert "Mẫu của tôi" in page and "Mẫu thủ tục khác" not in page


@pytest.mark.django_db
def test_a_component_cannot_point_at_another_procedures_form():
    from motcua.catalogue.tests.factories import form_make, procedure_make

    mine, other = procedure_make("1.000001"), procedure_make("1.000002", "Khác")
    component = mine.components.first()
    component.form = form_make(other, "OTHER")
    with pytest.raises(ValidationError):
        component.full_clean()
