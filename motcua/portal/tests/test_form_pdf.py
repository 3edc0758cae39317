"""Forms offered as PDF beside the uploaded file, and a page to print each form."""

import datetime as dt

import pytest
from django.conf import settings as django_settings
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from motcua.catalogue.demo import form_document
from motcua.catalogue.services import form_attach
from motcua.catalogue.tests.factories import docx_bytes, form_make, procedure_make

pytestmark = pytest.mark.django_db


def form_with_copy(procedure, code="TK-KH", **kwargs):
    """A Word form whose PDF copy is already stored (the conversion has its own tests)."""
    return form_attach(
        procedure=procedure,
        code=code,
        name=kwargs.pop("name", "Tờ khai đăng ký kết hôn"),
        filename=f"{code}.docx",
        data=docx_bytes(),
        pdf=form_document("pdf", "Tờ khai", code),
        **kwargs,
    )


@pytest.fixture
def marriage():
    return procedure_make("1.000894", "Đăng ký kết hôn")


@pytest.fixture
def english(client):
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def test_the_procedure_page_offers_the_pdf_first_and_the_word_file_beside_it(english, marriage):
    form = form_with_copy(marriage)
    page = english.get("/procedures/1.000894/").content.decode()
    with translation.override("en"):
        pdf_size, word_size = filesizeformat(form.pdf_size), filesizeformat(form.size)
    assert f'<a href="{form.get_pdf_url()}" download>Download the form' in page
    assert f"(PDF, {pdf_size})</a>" in page
    assert f'<a href="{form.get_absolute_url()}" download>Word, {word_size}</a>' in page
    assert "No PDF copy" not in page


def test_without_a_pdf_copy_the_page_says_so(english, marriage):
    form = form_make(marriage, "TK-KH")
    page = english.get("/procedures/1.000894/").content.decode()
    assert f'<a href="{form.get_absolute_url()}" download>Download the form' in page
    assert "No PDF copy yet: download the Word form." in page
    assert form.get_pdf_url() not in page


def test_a_form_uploaded_as_pdf_needs_no_note(english, marriage):
    form_attach(
        procedure=marriage,
        code="TK",
        name="Tờ khai",
        filename="TK.pdf",
        data=form_document("pdf", "Tờ khai", "TK"),
    )
    page = english.get("/procedures/1.000894/").content.decode()
    assert "(PDF, " in page and "No PDF copy" not in page


def test_the_pdf_copy_opens_in_the_browser(client, marriage):
    form = form_with_copy(marriage)
    response = client.get(form.get_pdf_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="1.000894-TK-KH.pdf"'
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    # Chromium's PDF viewer refuses a document whose policy forbids plugins.
    assert "Content-Security-Policy" not in response
    assert "Content-Security-Policy" in client.get("/procedures/1.000894/")


def test_the_word_file_is_still_saved_as_uploaded(client, marriage):
    form = form_with_copy(marriage)
    response = client.get(form.get_absolute_url())
    assert response["Content-Disposition"] == 'attachment; filename="1.000894-TK-KH.docx"'


def test_a_form_without_a_copy_has_no_pdf_to_serve(client, marriage):
    form = form_make(marriage, "TK-KH")
    assert client.get(form.get_pdf_url()).status_code == 404


def test_expired_and_withdrawn_forms_are_never_served_as_pdf(client, marriage):
    expired = form_with_copy(marriage, "TK-CU", valid_to=dt.date(2024, 12, 31))
    withdrawn = form_with_copy(marriage, "TK-RUT", is_published=False)
    assert expired.pdf and withdrawn.pdf

    gone = client.get(expired.get_pdf_url())
    assert gone.status_code == 410 and "không còn hiệu lực" in gone.content.decode()
    assert client.get(withdrawn.get_pdf_url()).status_code == 404
    for form in (expired, withdrawn):
        assert client.get(f"{form.get_absolute_url()}print/").status_code in (404, 410)


def test_each_paper_links_the_form_it_is_filled_on(english, marriage):
    form = form_with_copy(marriage)
    expired = form_with_copy(marriage, "TK-CU", valid_to=dt.date(2024, 12, 31))
    first, second = marriage.components.order_by("position")
    first.form, second.form = form, expired
    first.save()
    second.save()

    page = english.get("/procedures/1.000894/").content.decode()
    papers = page.split('<ol class="papers">', 1)[1].split("</ol>", 1)[0]
    assert papers.count("<li>") == 2
    assert f'href="{form.get_pdf_url()}"' in papers  # the PDF copy first
    assert expired.get_absolute_url() not in papers


def test_the_print_page_carries_the_form_the_procedure_and_its_papers(english, marriage):
    form = form_with_copy(marriage)
    page = english.get(f"/procedures/1.000894/forms/{form.public_id}/print/").content.decode()
    assert "<h1>Tờ khai đăng ký kết hôn</h1>" in page
    assert "Đăng ký kết hôn" in page and "1.000894" in page
    assert f'<a class="button" href="{form.get_pdf_url()}">Open the PDF form to print it' in page
    assert "Giấy 1" in page and "Giấy 2" in page
    assert "<script" not in page and "<iframe" not in page and "<object" not in page


def test_the_print_page_of_a_word_only_form_says_to_print_the_word_file(english, marriage):
    form = form_make(marriage, "TK-KH")
    page = english.get(f"/procedures/1.000894/forms/{form.public_id}/print/").content.decode()
    assert "No PDF copy yet: download the Word form and print it." in page
    assert 'class="button"' not in page


def test_the_procedure_page_links_each_form_to_its_print_page(client, marriage):
    form = form_make(marriage, "TK-KH")
    page = client.get("/procedures/1.000894/").content.decode()
    assert f"/procedures/1.000894/forms/{form.public_id}/print/" in page
