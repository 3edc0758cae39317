"""Each role's day, end to end in Chromium, on the demo province: the pages an officer of that
role opens, in the order of a working day, at a desk (1280 px) and on a phone (390 px).

Every step is kept as a screenshot under var/screenshots/<role>/ (CI keeps them as artefacts),
and at 390 px no page may be wider than the phone: a wide table scrolls inside its own box.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core.management import call_command

from motcua.dossiers.models import Dossier
from motcua.orgs.demo import DEMO_PASSWORD

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
WIDTHS = ((1280, 900), (390, 844))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class Day:
    """A role's browser session: log in, open pages, and keep a screenshot of each step at
    both widths."""

    def __init__(self, page, base_url: str, role: str) -> None:
        self.page, self.base_url, self.role = page, base_url, role
        self.step = 0
        (SHOTS / role).mkdir(parents=True, exist_ok=True)

    def log_in(self) -> None:
        self.page.goto(self.base_url + "/accounts/login/?next=/staff/")
        self.page.locator("#id_username").fill(f"demo_{self.role}")
        self.page.locator("#id_password").fill(DEMO_PASSWORD)
        self.page.locator("#id_password").press("Enter")
        self.page.wait_for_url("**/staff/")
        self.shoot("home")

    def open(self, path: str, name: str) -> None:
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.status == 200, (path, response)
        self.shoot(name)

    def shoot(self, name: str) -> None:
        """A screenshot at each width; at the phone's width nothing sticks out sideways."""
        self.step += 1
        for width, height in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": height})
            path = SHOTS / self.role / f"{self.step:02d}-{name}-{width}.png"
            self.page.screenshot(path=str(path), full_page=True)
        body_width = self.page.evaluate("document.documentElement.scrollWidth")
        assert body_width <= WIDTHS[1][0] + 1, f"{name} is {body_width} px wide on a phone"
        self.page.set_viewport_size({"width": WIDTHS[0][0], "height": WIDTHS[0][1]})
        text = self.page.locator("main").inner_text()
        assert not re.search(r"\bNone\b", text), name


@pytest.fixture
def demo_day(live_server, browser_page):
    call_command("demo", "--per-year=40", verbosity=0)
    call_command("metrics", "refresh", "--full", verbosity=0)

    def start(role: str) -> Day:
        day = Day(browser_page, live_server.url, role)
        day.log_in()
        return day

    return start


def test_the_supervisors_day(demo_day):
    day = demo_day("supervisor")

    day.open("/staff/indicators/", "indicator-board")
    drill = day.page.locator("table.stack a[href*='/staff/indicators/']").first
    drill.click()
    day.shoot("rows-behind-a-figure")
    day.open("/staff/evaluation/", "evaluation")
    day.page.get_by_role("link", name=re.compile("Lĩnh vực")).first.click()
    day.shoot("evaluation-by-field")
    day.open("/staff/postings/", "postings")


def test_the_administrators_day(demo_day, tmp_path):
    day = demo_day("admin")

    day.open("/staff/units/", "unit-tree")
    day.open("/staff/imports/units/", "import-units")
    upload = tmp_path / "don-vi.csv"
    upload.write_text("code,name,kind,parent_code\n", encoding="utf-8")
    day.page.locator("input[type=file]").set_input_files(str(upload))
    day.page.locator("main form button[type=submit]").click()
    day.shoot("import-checked")
    day.open("/admin/", "administration")
    day.open("/admin/catalogue/procedure/", "procedures-in-admin")
    assert Dossier.objects.exists()
