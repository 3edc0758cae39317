"""The PDF copy of each form: made once in the background with LibreOffice, where installed."""

import logging
import shutil
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django_tasks_db.models import DBTaskResult

from motcua.catalogue.conversion import ConversionFailed, office_to_pdf
from motcua.catalogue.demo import form_document
from motcua.catalogue.models import Form
from motcua.catalogue.services import form_attach, form_pdf_make_later
from motcua.catalogue.tests.factories import docx_bytes, form_make, procedure_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def marriage():
    return procedure_make("1.000894", "Đăng ký kết hôn")


@pytest.fixture
def no_libreoffice(settings, tmp_path):
    settings.MOTCUA_SOFFICE = str(tmp_path / "not-installed" / "soffice")


def test_an_uploaded_word_form_gets_its_pdf_copy_once_committed(
    marriage, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        form = form_make(marriage, "TK-KH", name="Tờ khai đăng ký kết hôn")
        assert not Form.objects.get(pk=form.pk).pdf  # nobody waits for LibreOffice

    form.refresh_from_db()
    pdf = form.pdf.read()
    assert pdf.startswith(b"%PDF-")
    assert form.pdf_size == len(pdf)
    assert form.pdf.name.endswith(".pdf") and form.file.name.endswith(".docx")


def test_only_forms_that_are_not_pdf_are_queued_for_conversion(
    marriage, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        as_pdf = form_attach(
            procedure=marriage,
            code="TK",
            name="Tờ khai",
            filename="TK.pdf",
            data=form_document("pdf", "Tờ khai", "TK"),
        )
    assert not DBTaskResult.objects.exists()
    assert as_pdf.is_pdf and not as_pdf.pdf

    with django_capture_on_commit_callbacks(execute=True):
        as_word = form_make(marriage, "TK-KH")
    (queued,) = DBTaskResult.objects.all()
    assert queued.task_path.endswith("form_pdf_make_later")
    assert queued.args_kwargs["args"] == [as_word.pk, as_word.file.name]


def test_without_libreoffice_the_form_stays_as_uploaded(
    marriage, no_libreoffice, django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        form = form_make(marriage, "TK-KH")
    form.refresh_from_db()
    assert not form.pdf and form.file.read().startswith(b"PK")
    assert "not installed" in caplog.text


def test_a_failed_conversion_is_logged_and_leaves_the_form_as_uploaded(
    marriage, settings, django_capture_on_commit_callbacks, caplog
):
    settings.MOTCUA_SOFFICE = shutil.which("false")  # a program that makes no PDF
    with django_capture_on_commit_callbacks(execute=True):
        form = form_make(marriage, "TK-KH")
    form.refresh_from_db()
    assert not form.pdf and form.file.read().startswith(b"PK")
    assert any(
        record.levelno == logging.WARNING and "made no PDF" in record.getMessage()
        for record in caplog.records
    )


def test_replacing_the_file_drops_the_copy_of_the_old_one(
    marriage, no_libreoffice, django_capture_on_commit_callbacks
):
    form = form_attach(
        procedure=marriage,
        code="TK",
        name="Tờ khai",
        filename="TK.docx",
        data=docx_bytes(),
        pdf=form_document("pdf", "Tờ khai", "TK"),
    )
    old_copy = Path(form.pdf.path)
    assert old_copy.is_file() and form.pdf_size == old_copy.stat().st_size

    with django_capture_on_commit_callbacks(execute=True):
        form = form_attach(
            procedure=marriage, code="TK", name="Tờ khai", filename="TK.docx", data=docx_bytes()
        )
    form.refresh_from_db()
    assert not form.pdf and form.pdf_size == 0
    assert not old_copy.exists()


def test_the_task_of_a_file_since_replaced_does_nothing(marriage):
    form = form_make(marriage, "TK")
    form_pdf_make_later.call(form.pk, "forms/2020/an-older-file.docx")
    form.refresh_from_db()
    assert not form.pdf


def test_the_admin_upload_is_converted_too(client, marriage, django_capture_on_commit_callbacks):
    admin = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/catalogue/form/add/",
            {
                "procedure": marriage.pk,
                "code": "TK",
                "name": "Tờ khai",
                "is_published": "on",
                "file": SimpleUploadedFile("to-khai.docx", docx_bytes()),
            },
        )
    assert response.status_code == 302
    assert Form.objects.get().pdf.read().startswith(b"%PDF-")


def test_the_command_converts_forms_uploaded_before(marriage):
    # Outside a committed transaction, so no background copy was made.
    first, second = form_make(marriage, "TK-1"), form_make(marriage, "TK-2")
    assert not first.pdf and not second.pdf

    call_command("convert-forms", verbosity=0)

    assert all(form.pdf.read().startswith(b"%PDF-") for form in Form.objects.all())


def test_the_command_says_when_libreoffice_is_missing(marriage, no_libreoffice):
    form_make(marriage, "TK")
    with pytest.raises(CommandError, match="not installed"):
        call_command("convert-forms", verbosity=0)


def test_a_hung_libreoffice_is_stopped_and_leaves_nothing_behind(tmp_path):
    """Whatever LibreOffice started is killed at the time limit, and its folder removed."""
    trace = tmp_path / "trace"
    hung = tmp_path / "soffice"
    hung.write_text(f'#!/bin/sh\necho "$@" > {trace}\nsleep 300 &\necho $! >> {trace}\nwait\n')
    hung.chmod(0o755)

    with pytest.raises(ConversionFailed, match="took more than"):
        office_to_pdf(data=docx_bytes(), extension="docx", soffice=str(hung), timeout=1)

    arguments, child = trace.read_text().split("\n")[:2]
    work = Path(arguments.split()[-1]).parent
    assert not work.exists()
    status = Path(f"/proc/{child}/status")
    assert not status.exists() or "State:\tZ" in status.read_text()
