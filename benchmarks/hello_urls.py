"""motcua's pages plus `/_hello/`, the hello-world baseline of `benchmarks/public_pages.py`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from motcua.urls import handler400, handler403, handler404, handler500  # noqa: F401
from motcua.urls import urlpatterns as motcua_urlpatterns


def hello(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Hello, world!", content_type="text/plain")


urlpatterns = [path("_hello/", hello), *motcua_urlpatterns]
