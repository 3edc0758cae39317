"""Content-Security-Policy: every answer carries it, and no template needs it loosened (no
inline script, no event-handler attribute, no inline style), checked on the templates
themselves and in Chromium, whose console reports every violation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from motcua.core.models import ImportJob

PASSWORD = "csp-test-password"
ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = sorted(
    path
    for path in ROOT.glob("motcua/**/templates/**/*.html")
    if ".venv" not in path.parts and "node_modules" not in path.parts
)

# An HTML start tag, up to its end; Django tags inside it are kept whole.
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\{%.*?%\}|\{\{.*?\}\}|[^<>{])*)>", re.S)
_HANDLER = re.compile(r"(?:^|\s)on[a-z]+\s*=", re.I)
_STYLE_ATTRIBUTE = re.compile(r"(?:^|\s)style\s*=", re.I)
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)

POLICY = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
}


def template_faults(text: str) -> list[str]:
    """What in one template the policy would block."""
    faults = []
    for match in _SCRIPT.finditer(text):
        attributes, body = match.groups()
        data = re.search(r"type=[\"']application/(ld\+)?json", attributes)
        if body.strip() and not data:
            faults.append(f"inline <script>: {body.strip()[:60]}")
    if re.search(r"<style\b", text, re.I):
        faults.append("a <style> element")
    for tag in _TAG.finditer(text):
        # Django's own tags are left out: `{% blocktranslate with online=… %}` is no handler.
        attributes = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", " ", tag.group(2), flags=re.S)
        if _HANDLER.search(attributes):
            faults.append(f"an event-handler attribute in <{tag.group(1)}{tag.group(2)[:60]}>")
        if _STYLE_ATTRIBUTE.search(attributes):
            faults.append(f"a style attribute in <{tag.group(1)}{tag.group(2)[:60]}>")
        if re.search(r"=\s*[\"']?\s*javascript:", attributes, re.I):
            faults.append(f"a javascript: URL in <{tag.group(1)}>")
    return faults


def test_the_scan_finds_what_the_policy_blocks():
    assert template_faults('<td style="padding:1rem">x</td>')
    assert template_faults('<button onclick="go()">x</button>')
    assert template_faults("<script>alert(1)</script>")
    assert template_faults("<style>p{}</style>")
    assert template_faults('<a href="javascript:go()">x</a>')
    assert not template_faults('<script src="/static/x.js"></script>')
    assert not template_faults('<script type="application/json" id="d">{"a": 1}</script>')
    assert not template_faults(
        "<dd>{% blocktranslate with online=n %}{{ online }} online{% endblocktranslate %}</dd>"
    )
    assert not template_faults('<svg width="10" fill="#000" class="chart"></svg>')


def test_no_template_needs_an_unsafe_policy():
    assert len(TEMPLATES) > 50
    faults = {
        str(path.relative_to(ROOT)): found
        for path in TEMPLATES
        if (found := template_faults(path.read_text(encoding="utf-8")))
    }
    assert faults == {}


def directives(response) -> set[str]:
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


@pytest.mark.parametrize("url", ["/", "/procedures/", "/accounts/login/", "/no-such-page/"])
def test_public_answers_carry_the_policy(client, world, url):
    assert directives(client.get(url)) >= POLICY


def test_staff_api_open311_and_admin_answers_carry_the_policy(client, world):
    superuser = world.administrator
    superuser.is_staff = superuser.is_superuser = True
    superuser.save()
    client.force_login(superuser)
    for url in [
        "/staff/",
        "/staff/units/",
        "/admin/",
        "/api/v1/units",
        "/open311/v2/services.json",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert directives(response) >= POLICY, url


def log_in(page, base, username, then):
    page.goto(f"{base}/accounts/login/?next={then}")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**{then}")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_public_staff_and_admin_pages_show_no_violation_in_chromium(
    live_server, browser_page, world
):
    superuser = world.administrator
    superuser.is_staff = superuser.is_superuser = True
    superuser.set_password(PASSWORD)
    superuser.save()
    # The shared fixture runs without JavaScript; the scripts are what is checked here.
    page = browser_page.context.browser.new_context(java_script_enabled=True).new_page()
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    base = live_server.url
    for url in ["/", "/procedures/", "/feedback/"]:
        page.goto(base + url)
    log_in(page, base, superuser.username, "/staff/")
    # A running import's page refreshes itself with htmx, which must not add its own styles.
    job = ImportJob.objects.create(
        created_by=superuser, kind="units", filename="u.csv", data=b"", status="running"
    )
    staff_pages = [
        "/staff/units/",
        "/staff/imports/units/",
        f"/staff/imports/job/{job.public_id}/",
        "/admin/",
        "/admin/orgs/administrativeunit/",
        "/admin/orgs/administrativeunit/add/",
    ]
    for url in staff_pages:
        page.goto(base + url)
        assert page.locator("h1").count() >= 1, url
    assert page.evaluate("() => typeof django") == "object"  # the admin's scripts ran
    violations = [m for m in messages if "Content Security Policy" in m]
    assert violations == []
    # The policy is really in force: a script written into the page is refused.
    page.goto(base + "/")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
        " document.body.append(s); }"
    )
    assert page.evaluate("() => window.ran") is None
    assert any("Content Security Policy" in m for m in messages)
    page.context.close()
