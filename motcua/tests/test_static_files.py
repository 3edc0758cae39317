"""Under production settings (DEBUG off) the stylesheet is served under a name with its hash,
cached by browsers for good and compressed when asked, and templates are parsed once per
process. Checked in a process of its own started with those settings, as `motcua serve`
would be: the test settings serve static files unhashed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PRODUCTION = """
import json
import django
django.setup()
from django.core.management import call_command
from django.template import engines
from django.templatetags.static import static
from django.test import Client

# Only motcua's own files: the admin's would take the test ten seconds to compress.
call_command("collectstatic", interactive=False, verbosity=0,
             ignore_patterns=["admin", "django_htmx", "ninja"])
hashed = static("motcua/site.css")
client = Client()
zipped = client.get(hashed, HTTP_ACCEPT_ENCODING="gzip")
plain = client.get(hashed)
unhashed = client.get("/static/motcua/site.css")
loaders = engines["django"].engine.template_loaders
print(json.dumps({
    "url": hashed,
    "status": zipped.status_code,
    "cache_control": zipped["Cache-Control"],
    "encoding": zipped.get("Content-Encoding", ""),
    "zipped_bytes": int(zipped["Content-Length"]),
    "plain_bytes": int(plain["Content-Length"]),
    "vary": zipped.get("Vary", ""),
    "unhashed_cache_control": unhashed["Cache-Control"],
    "loader": f"{type(loaders[0]).__module__}.{type(loaders[0]).__name__}",
}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory) -> dict:
    directory = tmp_path_factory.mktemp("production")
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "STORAGES"}
    }
    out = subprocess.run(
        [sys.executable, "-c", PRODUCTION],
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "motcua.settings",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "testserver",
            "MOTCUA_VAR_DIR": str(directory / "var"),
            "STATIC_ROOT": str(directory / "static"),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_stylesheet_has_its_hash_in_its_name(production):
    assert production["url"].startswith("/static/motcua/site.")
    hash_part = production["url"].removeprefix("/static/motcua/site.").removesuffix(".css")
    assert len(hash_part) == 12 and all(c in "0123456789abcdef" for c in hash_part)
    assert production["status"] == 200


def test_a_hashed_file_is_cached_for_good_and_the_plain_name_briefly(production):
    assert production["cache_control"] == "max-age=315360000, public, immutable"
    assert "immutable" not in production["unhashed_cache_control"]


def test_the_stylesheet_is_compressed_when_the_browser_asks(production):
    assert production["encoding"] == "gzip"
    assert "Accept-Encoding" in production["vary"]
    assert production["zipped_bytes"] < production["plain_bytes"] / 2


def test_templates_are_parsed_once_per_process(production):
    assert production["loader"] == "django.template.loaders.cached.Loader"
