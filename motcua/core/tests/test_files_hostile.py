"""Uploaded files that could act when opened are refused: PDFs with JavaScript or a launch
action, images that do not decode, and images or PDFs that are also web pages."""

import io
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from motcua.core.files import file_check, pdf_is_active

LIMIT = 5 * 1024 * 1024
ALLOWED = ("pdf", "jpg", "jpeg", "png")


def image(kind: str, size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, kind)
    return out.getvalue()


def pdf(*objects: bytes) -> bytes:
    """A small PDF whose catalog is followed by the given objects."""
    body = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    for number, content in enumerate(objects, start=3):
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    return body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def stream(data: bytes, head: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), head) + data + b"\nendstream"


def check(name: str, data: bytes) -> str:
    return file_check(filename=name, data=data, allowed=ALLOWED, limit=LIMIT)


def refusal(name: str, data: bytes) -> str:
    """The reasons given, in English (the source strings) whatever the site's language."""
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        check(name, data)
    return " ".join(refused.value.messages)


def test_real_images_and_a_plain_pdf_are_accepted():
    assert check("anh.jpg", image("JPEG")) == "image/jpeg"
    assert check("anh.png", image("PNG")) == "image/png"
    assert check("don.pdf", pdf(b"<< /Type /Page /OpenAction [3 0 R /Fit] >>")) == (
        "application/pdf"
    )


@pytest.mark.parametrize(
    "action",
    [
        b"<< /S /JavaScript /JS (app.alert(1)) >>",
        b"<< /OpenAction << /S /JavaScript /JS 4 0 R >> >>",
        b"<< /AA << /O << /S /Launch /F (cmd.exe) >> >> >>",
        b"<< /Names << /J#61vaScript 5 0 R >> >>",
        b"<< /Type /Annot /Subtype /RichMedia >>",
    ],
)
def test_a_pdf_with_javascript_or_a_launch_is_refused(action):
    assert "JavaScript" in refusal("don.pdf", pdf(action))


def test_javascript_hidden_in_a_compressed_object_stream_is_found():
    hidden = zlib.compress(b"4 0 << /S /JavaScript /JS (app.alert(1)) >>")

    assert pdf_is_active(pdf(stream(hidden, b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode")))


def test_chance_bytes_inside_a_picture_stream_are_not_taken_for_javascript():
    picture = b"\x00\x13/JS (\xff\x00/Launch\n"

    assert not pdf_is_active(pdf(stream(picture, b"/Type /XObject /Filter /DCTDecode")))


def test_a_compression_bomb_in_an_object_stream_stops_at_the_limit():
    bomb = zlib.compress(b"\x00" * (64 * 1024 * 1024))

    assert not pdf_is_active(pdf(stream(bomb, b"/Type /ObjStm /Filter /FlateDecode")))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("anh.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        ("anh.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64),
        ("anh.jpg", image("JPEG")[:-40]),
        ("anh.jpg", b"\xff\xd8\xff" + image("PNG")),
    ],
)
def test_an_image_that_does_not_decode_is_refused(name, data):
    assert "cannot be opened" in refusal(name, data)


@pytest.mark.parametrize(
    "markup",
    [
        b"<script>alert(1)</script>",
        b"<HTML><body>",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">',
        b"<!DOCTYPE html>",
        b"<ScRiPt src=//x>",
    ],
)
@pytest.mark.parametrize("kind", ["png", "jpg", "pdf"])
def test_an_image_or_pdf_that_is_also_a_web_page_is_refused(kind, markup):
    data = pdf() if kind == "pdf" else image("PNG" if kind == "png" else "JPEG")
    # Behind the end of the image or the PDF, where viewers do not look but browsers do.
    assert "web page" in refusal(f"tep.{kind}", data + markup)
