"""Each role's day, end to end in Chromium, on the demo province: the pages an officer of that
role opens, in the order of a working day, at a desk (1280 px) and on a phone (390 px).

Every step is kept as a screenshot under var/screenshots/<role>/ (CI keeps them as artefacts),
and at 390 px no page may be wider than the phone: a wide table scrolls inside its own box.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from motcua.catalogue.models import Procedure
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_receive, dossier_transfer
from motcua.orgs.demo import DEMO_PASSWORD
from motcua.orgs.models import Agency

User = get_user_model()

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
WIDTHS = ((1280, 900), (390, 844))

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


class Day:
    """A role's browser session: log in, open pages, and keep a screenshot of each step at
    both widths."""

    def __init__(self, page, base_url: str, role: str) -> None:
        self.page, self.base_url, self.role = page, base_url, role
        self.step = 0
        # Whatever the Content-Security-Policy blocks (an inline style, a script) is lost on
        # the page: Chromium reports it on the console.
        self.blocked: list[str] = []
        page.on(
            "console",
            lambda message: (
                self.blocked.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
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
        assert not self.blocked, (name, self.blocked)
        body_width = self.page.evaluate("document.documentElement.scrollWidth")
        assert body_width <= WIDTHS[1][0] + 1, f"{name} is {body_width} px wide on a phone"
        self.page.set_viewport_size({"width": WIDTHS[0][0], "height": WIDTHS[0][1]})
        # A slip is a printed page of its own, with no site around it.
        where = "main" if self.page.locator("main").count() else "body"
        text = self.page.locator(where).inner_text()
        assert not re.search(r"\bNone\b", text), name


@pytest.fixture
def demo_day(live_server, browser_page, migrated_rows):
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


def test_the_coordinators_day(demo_day):
    day = demo_day("coordinator")

    day.open("/staff/directives/", "directives")
    day.page.locator("main table a[href^='/staff/directives/']").filter(
        has_text=re.compile(r"\d")
    ).first.click()
    day.shoot("a-directive")
    with day.page.expect_download() as report:
        day.page.locator("a[href$='/report.docx']").first.click()
    assert report.value.suggested_filename.endswith(".docx")
    day.open("/staff/tasks/", "tasks")
    day.open("/staff/directives/difficulties/", "difficulties")
    day.open("/staff/directives/proposals/", "proposals")
    assert not day.page.locator("main input[type=checkbox]:checked").count()  # none ticked
    day.open("/staff/indicators/", "indicator-board")


def test_the_counter_officers_day(demo_day):
    day = demo_day("counter")
    assert day.page.locator("main a[href='/staff/dossiers/inbox/?tab=process']").count()

    day.open("/staff/dossiers/new/", "intake-choose")
    day.page.locator("#intake-q").fill("khai sinh")
    day.page.locator("#intake-q").press("Enter")
    day.page.locator("main a[href^='/staff/dossiers/new/']").first.click()
    day.shoot("intake")
    day.page.locator("#id_applicant_name").fill("Hồ Thị Mai")
    day.page.locator("#id_applicant_phone").fill("0978 222 333")
    for box in day.page.locator("input[name=components]").all():
        box.check()
    day.page.locator("button[name=outcome][value=accept]").click()
    day.page.wait_for_url(re.compile(r".*/staff/dossiers/[0-9A-Z.]+-\d{6}-\d{4}/$"))
    day.shoot("received")
    code = day.page.url.rstrip("/").rsplit("/", 1)[1]
    assert Dossier.objects.get(code=code).applicant_name == "Hồ Thị Mai"
    day.open(f"/staff/dossiers/{code}/slip/receipt/", "receipt")
    day.open("/staff/dossiers/inbox/?tab=return", "to-return")
    day.open("/staff/dossiers/?queue=due_soon", "due-soon")
    day.open("/staff/dossiers/book/", "tracking-book")
    with day.page.expect_download() as book:
        day.page.locator("main form button[type=submit]").first.click()
    assert book.value.suggested_filename.endswith(".xlsx")


def test_the_processing_officers_day(demo_day):
    # The counter has just received a dossier and sent it to the officer's department.
    counter = User.objects.get(username="demo_counter")
    officer = User.objects.get(username="demo_processing")
    one_stop = Agency.objects.get(memberships__user=counter)
    department = Agency.objects.get(memberships__user=officer)
    procedure = Procedure.objects.filter(status="published", time_limit_value__gte=5).first()
    dossier = dossier_receive(
        procedure=procedure,
        agency=one_stop,
        actor=counter,
        applicant_name="Y Thị Hơn",
        submitted=list(procedure.components.all()),
    )
    dossier_transfer(dossier=dossier, actor=counter, agency=department, assignee=officer)
    day = demo_day("processing")

    day.open("/staff/dossiers/inbox/", "inbox")
    day.page.locator(f"main table a[href='/staff/dossiers/{dossier.code}/']").click()
    day.shoot("a-dossier-in-hand")
    code = dossier.code
    before = Dossier.objects.get(code=code).events.count()
    for action in ("resolve", "hand_over"):
        if day.page.locator(f"form:has(input[name=action][value={action}])").count():
            if day.page.locator(f"#act-{action}").count():
                day.page.locator(f"#act-{action} summary").click()
                for select in day.page.locator(f"#act-{action} select").all():
                    select.select_option(index=1)
            day.page.locator(
                f"form:has(input[name=action][value={action}]) button[type=submit]"
            ).click()
            break
    day.shoot("after-the-action")
    assert Dossier.objects.get(code=code).events.count() > before


def test_the_unit_heads_day(demo_day):
    day = demo_day("head")

    day.open("/staff/dossiers/workload/", "who-holds-what")
    day.open("/staff/dossiers/inbox/?tab=sign", "to-sign")
    day.open("/staff/dossiers/?queue=overdue", "overdue")
    day.open("/staff/feedback/", "feedback")
    day.open("/staff/evaluation/", "evaluation")
    day.open("/staff/tasks/", "tasks")
