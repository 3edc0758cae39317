"""Links to other apps' pages come from one module (DESIGN.md, "Layout"): every named link
still reaches the page it names, the messages sent with no request carry absolute links, and
no domain module names a portal or dashboard route of its own."""

import ast
import datetime as dt
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.urls import resolve

import motcua
from motcua.core.links import LINKS, absolute_link, link_path
from motcua.directives import reminders
from motcua.feedback import escalation
from motcua.surveys.invitations import InvitationError, campaign_link_for

PUBLIC = "https://motcua.example.gov.vn"

# One example per link: the arguments its route takes.
EXAMPLES: dict[str, dict[str, object]] = {
    "staff_home": {},
    "staff_directives": {},
    "publication_check": {},
    "staff_feedback_item": {"number": "PA-2025-000123"},
    "survey_start": {"slug": "exit-q4"},
    "dossier_rate": {"code": "000.00.09.H55-250703-0001"},
    "dossier_status": {"code": "000.00.09.H55-250703-0001", "token": "k7Yp2QmX9aLr"},
    "dossier_lookup": {},
    "feedback_track": {"token": "k7Yp2QmX9aLr"},
    "procedure_detail": {"code": "1.001234"},
    "form_download": {
        "code": "1.001234",
        "public_id": uuid.UUID("6f1c2a3e-8d4b-4c1e-9f5a-2b7d0e6c4a91"),
    },
}

DOMAIN_APPS = (
    "core",
    "orgs",
    "catalogue",
    "workdays",
    "dossiers",
    "surveys",
    "feedback",
    "directives",
    "metrics",
)
PRESENTATION_ROUTES = ("dashboard:", "portal:")
ROUTE_FUNCTIONS = {"reverse", "reverse_lazy", "redirect", "resolve_url"}
PACKAGE = Path(motcua.__file__).parent


@pytest.fixture
def public(settings):
    settings.PUBLIC_URL = PUBLIC


def test_every_link_has_an_example():
    assert EXAMPLES.keys() == LINKS.keys()


@pytest.mark.parametrize("name", sorted(LINKS))
def test_each_link_reaches_the_route_it_names(name):
    path = link_path(name, **EXAMPLES[name])

    match = resolve(path)

    assert match.view_name == LINKS[name]
    assert match.kwargs == EXAMPLES[name]


def test_an_absolute_link_starts_with_the_public_address(public):
    assert absolute_link("survey_start", slug="exit-q4") == f"{PUBLIC}/surveys/exit-q4/"


def test_without_a_public_address_the_link_is_the_path_alone(settings):
    settings.PUBLIC_URL = ""
    assert absolute_link("staff_home") == link_path("staff_home") == "/staff/"


# The three senders with no request at hand: feedback escalation, directive reminders and
# survey invitations. They sit above core, so pyproject.toml lets this module import them and
# nothing else; stand-ins replace their models, as the links need no database.


def overdue_item() -> SimpleNamespace:
    return SimpleNamespace(
        number="PA-2025-000123",
        category=SimpleNamespace(name="Đường giao thông"),
        unit=SimpleNamespace(name="Xã A"),
        agency=None,
        due_on=dt.date(2025, 9, 22),
    )


def test_the_escalation_e_mail_links_to_the_staff_page_of_the_item(public):
    line = escalation._line(overdue_item())

    assert line.endswith(f" {PUBLIC}/staff/feedback/PA-2025-000123/")


def test_without_a_public_address_the_escalation_e_mail_has_no_link(settings):
    settings.PUBLIC_URL = ""
    assert "/staff/" not in escalation._line(overdue_item())


def head() -> SimpleNamespace:
    return SimpleNamespace(
        email="head.a@xa-a.gov.vn",
        get_full_name=lambda: "Trần Thị Hoa",
        get_username=lambda: "head_a",
    )


def test_the_reminder_e_mail_links_to_the_staff_home(public):
    message = reminders._message(head(), [], dt.date(2025, 9, 22))

    assert f"{PUBLIC}/staff/" in message.body


def test_without_a_public_address_the_reminder_e_mail_has_no_link(settings):
    settings.PUBLIC_URL = ""
    assert "/staff/" not in reminders._message(head(), [], dt.date(2025, 9, 22)).body


def test_the_survey_invitation_links_to_the_start_page_with_the_token(public):
    link = campaign_link_for(SimpleNamespace(slug="exit-q4"))

    assert link("k7Yp2QmX9aLr") == f"{PUBLIC}/surveys/exit-q4/?t=k7Yp2QmX9aLr"


def test_without_a_public_address_no_invitation_is_built(settings):
    settings.PUBLIC_URL = ""
    with pytest.raises(InvitationError, match="MOTCUA_PUBLIC_URL"):
        campaign_link_for(SimpleNamespace(slug="exit-q4"))


# No domain module names a presentation route: it asks motcua.core.links instead.


def presentation_routes(source: str, filename: str) -> list[str]:
    """`line: route` for each portal or dashboard route named in `source`, except in the
    `get_absolute_url` of a models module: Django's convention for "the page of this row"
    (the admin's "view on site" button reads it), tolerated there until the model asks
    `link_path` for its page."""
    found: list[str] = []
    is_models = Path(filename).name == "models.py"

    class Finder(ast.NodeVisitor):
        def __init__(self) -> None:
            self.functions: list[str] = []

        def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
            self.functions.append(node.name)
            self.generic_visit(node)
            self.functions.pop()

        visit_AsyncFunctionDef = visit_FunctionDef

        def visit_Call(self, node: ast.Call) -> None:
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called in ROUTE_FUNCTIONS and node.args:
                route = route_text(node.args[0])
                allowed = is_models and "get_absolute_url" in self.functions
                if route.startswith(PRESENTATION_ROUTES) and not allowed:
                    found.append(f"{node.lineno}: {route}")
            self.generic_visit(node)

    Finder().visit(ast.parse(source, filename=filename))
    return found


def route_text(node: ast.expr) -> str:
    """The route name given literally, or the literal start of an f-string."""
    if isinstance(node, ast.JoinedStr) and node.values:
        node = node.values[0]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ""


def domain_sources() -> list[Path]:
    sources = []
    for app in DOMAIN_APPS:
        for path in sorted((PACKAGE / app).rglob("*.py")):
            relative = path.relative_to(PACKAGE)
            if {"tests", "migrations"} & set(relative.parts):
                continue
            if relative == Path("core", "links.py"):
                continue
            sources.append(path)
    return sources


def test_the_finder_sees_routes_named_in_any_form():
    source = (
        "from django import urls\n"
        "from django.urls import reverse\n"
        "a = reverse('dashboard:home')\n"
        'b = urls.reverse_lazy("portal:survey_start", kwargs={"slug": s})\n'
        'c = reverse(f"portal:{name}")\n'
        'd = reverse("api-v1:dossiers_get")\n'
        "class Procedure:\n"
        "    def get_absolute_url(self):\n"
        '        return reverse("portal:procedure_detail")\n'
    )

    assert presentation_routes(source, "services.py") == [
        "3: dashboard:home",
        "4: portal:survey_start",
        "5: portal:",
        "9: portal:procedure_detail",
    ]
    assert presentation_routes(source, "models.py") == [
        "3: dashboard:home",
        "4: portal:survey_start",
        "5: portal:",
    ]


def test_the_scan_covers_every_domain_app():
    sources = domain_sources()

    assert {path.relative_to(PACKAGE).parts[0] for path in sources} == set(DOMAIN_APPS)
    assert PACKAGE / "feedback" / "escalation.py" in sources


def test_no_domain_module_names_a_portal_or_dashboard_route():
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{where}"
        for path in domain_sources()
        for where in presentation_routes(path.read_text(encoding="utf-8"), str(path))
    ]

    assert not offenders, (
        "Domain code links to portal or dashboard pages through motcua.core.links "
        "(add the route to LINKS, then call absolute_link or link_path): " + ", ".join(offenders)
    )
