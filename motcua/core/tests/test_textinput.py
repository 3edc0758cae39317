"""The input boundary: what is removed from text, what is kept, and that the middleware
applies it to every way text enters a request."""

from __future__ import annotations

import io
import json
import unicodedata

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.test import RequestFactory

from motcua.core.middleware import InputBoundaryMiddleware
from motcua.core.textinput import (
    clean_data,
    clean_text,
    path_marked,
    short_file_name,
    text_problem,
)


def test_controls_nul_and_bidi_overrides_are_removed():
    assert clean_text("ab\x00cd\x01\x7f\x85e\u202ef\u2066g\ud800") == "abcdefg"


def test_line_breaks_are_kept_in_text_with_lines_and_become_spaces_elsewhere():
    assert clean_text("một\r\nhai\tba") == "một\r\nhai\tba"
    assert clean_text("một\r\nhai\tba", lines=False) == "một  hai ba"


def test_decomposed_vietnamese_becomes_composed():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hòa")
    assert decomposed != "Nguyễn Thị Hòa"
    assert clean_text(decomposed) == "Nguyễn Thị Hòa"


def test_emoji_other_scripts_and_direction_marks_stay():
    text = "Cảm ơn 👍🏽 مرحبا \u200f שלום \u200d"
    assert clean_text(text) == text


def test_text_problem_names_the_character():
    assert text_problem("Hà Nội") is None
    assert "NUL" in text_problem("a\x00b")
    assert "U+0001" in text_problem("\x01Nguyen")


def test_json_strings_and_keys_are_cleaned_and_other_values_kept():
    assert clean_data({"a\x00": ["x\x01y", 3, None, {"k": "v\u202e"}]}) == {
        "a": ["xy", 3, None, {"k": "v"}]
    }


def test_long_file_names_keep_their_extension():
    name = short_file_name("ả" * 1000 + ".jpeg")
    assert len(name) == 100
    assert name.endswith(".jpeg")
    assert short_file_name("\x00") == "file"


def test_a_path_with_a_control_character_can_match_nothing():
    assert path_marked("/procedures/1.0\x00") == "/procedures/1.0\ufffd"


def _echo(request: HttpRequest) -> HttpResponse:
    body = json.loads(request.body) if request.content_type == "application/json" else None
    return JsonResponse(
        {
            "path": request.path_info,
            "get": request.GET.getlist("q"),
            "post": request.POST.getlist("name"),
            "files": [upload.name for upload in request.FILES.values()],
            "json": body,
        }
    )


def _through(request: HttpRequest) -> dict:
    return json.loads(InputBoundaryMiddleware(_echo)(request).content)


def test_the_middleware_cleans_query_strings_and_cuts_long_values():
    seen = _through(RequestFactory().get("/feedback/", {"q": ["ab\x00cd", "x" * 100_000]}))
    assert seen["get"] == ["abcd", "x" * 500]


def test_the_middleware_cleans_form_fields_and_file_names():
    # A BytesIO keeps the whole name (Django's SimpleUploadedFile cuts it to 255), so the
    # multipart header is over Django's default 1 KiB limit, raised in CoreConfig.ready.
    upload = io.BytesIO(b"\x89PNG\r\n\x1a\n")
    upload.name = "ả" * 1000 + ".png"
    seen = _through(
        RequestFactory().post("/feedback/new/", {"name": "\x01\x02Nguyen", "photo": upload})
    )
    assert seen["post"] == ["Nguyen"]
    assert seen["files"] == ["ả" * 96 + ".png"]


def test_the_middleware_cleans_json_bodies():
    request = RequestFactory().post(
        "/api/v1/x", data=json.dumps({"note": "a\u0000b"}), content_type="application/json"
    )
    assert _through(request)["json"] == {"note": "ab"}


def test_the_middleware_marks_a_path_with_a_nul():
    assert _through(RequestFactory().get("/api/v1/units/a%00"))["path"] == "/api/v1/units/a\ufffd"
