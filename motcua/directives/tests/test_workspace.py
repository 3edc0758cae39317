"""The officer's workspace on directives: the words a commune officer reads (the deadline
for completion, dates dd/mm/yyyy, people by full name and post), what comes prefilled or
unticked, the long pickers grouped and searchable without JavaScript, and what units wrote
they did in the consolidated report."""

import ast
import datetime as dt
import io
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import pytest
import time_machine
from django import forms

from motcua.directives import editor, services, views
from motcua.directives.models import Assignment, Difficulty
from motcua.directives.report import consolidated_docx
from motcua.directives.services import TaskSpec
from motcua.directives.tests.factories import officer, vi
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import PASSWORD, AgencyFactory

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
ISSUED = dt.date(2025, 8, 28)
APP = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def wednesday_3_september():
    with time_machine.travel(dt.datetime(2025, 9, 3, 9, 0, tzinfo=VN), tick=False):
        yield


@pytest.fixture
def people(world):
    """A unit head of commune B and a coordinator of the province, each with a full name
    and a login name nobody should read."""
    world.lan = officer("lan.nt", "Nguyễn Thị Lan", role=Role.UNIT_HEAD, unit=world.commune_b)
    world.hung = officer("hung.tv", "Trần Văn Hùng", role=Role.COORDINATOR, unit=world.province)
    return world


@pytest.fixture
def directive(people):
    """Issued with no description, no attachment and one commune task: empty fields must
    not print as "None"."""
    draft = services.directive_draft(
        issuer=people.province, subject="Nâng cao chỉ số hài lòng", actor=people.hung
    )
    services.task_add(
        directive=draft,
        spec=TaskSpec(title="Niêm yết thủ tục", deadline_days=5, all_communes=True),
    )
    return services.directive_issue(
        directive=draft,
        number="123/UBND-NV",
        issued_on=ISSUED,
        signer="Nguyễn Văn An, Chủ tịch",
        actor=people.hung,
    )


@pytest.fixture
def reported(people, directive):
    """Lan reports for commune B with a difficulty; Hùng answers it."""
    of_b = Assignment.objects.get(task__directive=directive, unit=people.commune_b)
    services.report_submit(
        assignment=of_b,
        actor=people.lan,
        status="in_progress",
        progress=60,
        narrative="Đã niêm yết 18/30 thủ tục tại bộ phận một cửa.",
        difficulties=["Thiếu bảng niêm yết"],
        client_key="lan-1",
    )
    services.difficulty_message(
        difficulty=Difficulty.objects.get(),
        actor=people.hung,
        text="Dùng kinh phí cải cách hành chính.",
        from_office=True,
    )
    return of_b


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def pages_of(directive, assignment):
    return [
        "/staff/directives/",
        f"/staff/directives/{directive.pk}/",
        "/staff/directives/difficulties/",
        "/staff/tasks/",
        f"/staff/tasks/{assignment.pk}/",
        f"/staff/tasks/{assignment.pk}/report/",
    ]


# --- wording ---------------------------------------------------------------------------------


def test_task_pages_say_deadline_for_completion_never_the_dossier_word(
    client, people, directive, reported
):
    # Given the coordinator and the unit head on every directive page
    for user in (people.hung, people.lan):
        login(client, user)
        for url in pages_of(directive, reported):
            response = client.get(url)
            if response.status_code == 403:
                continue
            page = response.content.decode()
            # Then the task's deadline is named as a task's, not as a dossier's return date
            assert "Ngày hẹn trả" not in page, url
            assert "None" not in page, url
            if url.startswith("/staff/tasks/") or url == f"/staff/directives/{directive.pk}/":
                assert vi("Deadline for completion") in page, url


def test_the_draft_editor_says_deadline_for_completion(client, people):
    draft = services.directive_draft(issuer=people.province, subject="Kế hoạch", actor=people.hung)
    login(client, people.hung)
    page = client.get(f"/staff/directives/{draft.pk}/edit/").content.decode()
    assert vi("Deadline for completion") in page and "Ngày hẹn trả" not in page
    assert "None" not in page


def test_the_status_table_writes_dates_dd_mm_yyyy_and_no_none(client, people, directive, reported):
    login(client, people.hung)
    response = client.get(f"/staff/directives/{directive.pk}/?format=csv")
    text = response.content.decode("utf-8-sig")
    assert "08/09/2025" in text and "2025-09-08" not in text
    assert "03/09/2025 " in text  # the last report, local time
    assert "Nguyễn Thị Lan (" in text and "lan.nt" not in text  # and who sent it
    assert "None" not in text and "Ngày hẹn trả" not in text


def test_people_are_shown_by_full_name_and_post_never_by_login(client, people, directive, reported):
    # Given Lan's report and Hùng's answer, read by the office and by the unit
    for user in (people.hung, people.lan):
        login(client, user)
        history = client.get(f"/staff/tasks/{reported.pk}/").content.decode()
        # Then both are named with their post, and their login names appear nowhere
        assert "Nguyễn Thị Lan" in history and vi("Unit head") in history
        assert "Trần Văn Hùng" in history and vi("Coordinator") in history
        assert "lan.nt" not in history and "hung.tv" not in history
    # When Lan replies, the difficulty is back in the office's queue with its thread
    services.difficulty_message(
        difficulty=Difficulty.objects.get(), actor=people.lan, text="Mẫu ở đâu?", from_office=False
    )
    login(client, people.hung)
    queue = client.get("/staff/directives/difficulties/").content.decode()
    assert "Trần Văn Hùng" in queue and "Nguyễn Thị Lan" in queue
    assert "hung.tv" not in queue and "lan.nt" not in queue


def test_an_officer_without_a_full_name_is_shown_by_post(client, world, directive):
    of_b = Assignment.objects.get(task__directive=directive, unit=world.commune_b)
    services.report_submit(
        assignment=of_b,
        actor=world.head_b,  # no first or last name
        status="in_progress",
        progress=10,
        narrative="Bắt đầu rà soát.",
        client_key="head-b",
    )
    login(client, world.coordinator)
    history = client.get(f"/staff/tasks/{of_b.pk}/").content.decode()
    assert "head_b" not in history and vi("Unit head") in history


# --- the consolidated report ---------------------------------------------------------------


def test_the_report_quotes_what_each_unit_wrote_it_did_with_its_author(people, directive, reported):
    # Given a quarterly report task too, reported by the province's department
    department = AgencyFactory(unit=people.province, name="Sở Nội vụ")
    draft = services.directive_draft(issuer=people.province, subject="Báo cáo", actor=people.hung)
    services.task_add(
        directive=draft,
        spec=TaskSpec(
            title="Báo cáo quý",
            recurrence="quarterly",
            report_day=5,
            repeat_until=dt.date(2025, 12, 31),
            agencies=[department],
        ),
    )
    quarterly = services.directive_issue(
        directive=draft,
        number="124/UBND-NV",
        issued_on=ISSUED,
        signer="Nguyễn Văn An, Chủ tịch",
        actor=people.hung,
    )
    services.report_submit(
        assignment=Assignment.objects.get(task__directive=quarterly, period_start__month=7),
        actor=people.hung,
        status="done",
        progress=100,
        narrative="Quý III đã tổ chức 2 hội nghị đối thoại.",
        client_key="q3",
    )
    # When the reports are made
    text = "\n".join(
        p.text for p in docx.Document(io.BytesIO(consolidated_docx(directive, ISSUED))).paragraphs
    )
    quarterly_text = "\n".join(
        p.text for p in docx.Document(io.BytesIO(consolidated_docx(quarterly, ISSUED))).paragraphs
    )
    # Then each task quotes what the units wrote, with who wrote it and when
    line = next(t for t in text.splitlines() if "Đã niêm yết 18/30 thủ tục" in t)
    assert "Xã B" in line and "Nguyễn Thị Lan" in line and "03/09/2025" in line
    assert "lan.nt" not in text
    # Commune A wrote nothing, and the report says so only once per task
    assert text.index("Đã niêm yết 18/30") > text.index("1. Niêm yết thủ tục")
    line = next(t for t in quarterly_text.splitlines() if "2 hội nghị đối thoại" in t)
    assert "Sở Nội vụ" in line and "01/07/2025" in line and "30/09/2025" in line
    # The office's answer names its author too
    answer = next(t for t in text.splitlines() if "Dùng kinh phí cải cách" in t)
    assert "Trần Văn Hùng" in answer and "None" not in text


# --- defaults and pickers ------------------------------------------------------------------


def test_a_new_directive_starts_with_the_users_own_unit(client, people):
    login(client, people.hung)
    page = client.get("/staff/directives/new/").content.decode()
    chosen = re.search(r'<option value="(\d+)" selected>', page)
    assert chosen is not None and int(chosen.group(1)) == people.province.pk
    assert "---------" not in page


@pytest.fixture
def agencies(people):
    return {
        "noi_vu": AgencyFactory(unit=people.province, name="Sở Nội vụ"),
        "tu_phap": AgencyFactory(unit=people.province, name="Sở Tư pháp"),
        "xa_a": people.one_stop_a,
    }


def options(page, name):
    select = re.search(rf'<select name="task-{name}".*?</select>', page, re.S)
    assert select is not None, name
    return select.group(0)


def test_the_agency_picker_is_grouped_by_unit(client, people, agencies):
    draft = services.directive_draft(issuer=people.province, subject="Kế hoạch", actor=people.hung)
    login(client, people.hung)
    page = client.get(f"/staff/directives/{draft.pk}/edit/").content.decode()
    picker = options(page, "agencies")
    assert '<optgroup label="Tỉnh Thử">' in picker and '<optgroup label="Xã A">' in picker
    # The issuing unit's own agencies come first, then the communes'
    assert picker.index("Sở Nội vụ") < picker.index("Xã A") < picker.index(agencies["xa_a"].name)
    assert 'value="31/12/2025"' in page  # reports until the end of this year


def test_the_find_button_narrows_the_pickers_without_javascript(client, people, agencies):
    draft = services.directive_draft(issuer=people.province, subject="Kế hoạch", actor=people.hung)
    login(client, people.hung)
    # When the coordinator types "tu phap" without accents, having chosen Sở Nội vụ already
    response = client.post(
        f"/staff/directives/{draft.pk}/edit/",
        {
            "subject": "Kế hoạch",
            "task-title": "Rà soát thủ tục",
            "task-timing": "days",
            "task-source": "manual",
            "task-find": "tu phap",
            "task-agencies": [str(agencies["noi_vu"].pk)],
            "action": "find",
        },
    )
    page = response.content.decode()
    picker = options(page, "agencies")
    # Then Sở Tư pháp is offered, Sở Nội vụ stays chosen, the rest are hidden
    assert "Sở Tư pháp" in picker
    assert f'<option value="{agencies["noi_vu"].pk}" selected>Sở Nội vụ' in picker
    assert agencies["xa_a"].name not in picker
    assert "Xã A" not in options(page, "units") and "Xã B" not in options(page, "units")
    # And nothing else changed: no task was added, the typed title is kept
    assert not draft.tasks.exists() and 'value="Rà soát thủ tục"' in page


def test_the_find_box_also_works_with_the_enter_key(client, people, agencies):
    """Enter presses the first button, "save": the page comes back narrowed, not emptied."""
    draft = services.directive_draft(issuer=people.province, subject="Kế hoạch", actor=people.hung)
    login(client, people.hung)
    page = client.post(
        f"/staff/directives/{draft.pk}/edit/",
        {"subject": "Kế hoạch", "task-find": "xa b", "action": "save"},
    ).content.decode()
    assert "Xã B" in options(page, "units") and "Xã A" not in options(page, "units")


# --- the code's shape ------------------------------------------------------------------------


def test_no_module_is_over_800_lines_and_no_view_over_60():
    for path in APP.glob("*.py"):
        lines = path.read_text().splitlines()
        if path.name == "demo.py":
            continue
        assert len(lines) <= 800, path.name
    for name in ("views.py", "editor.py"):
        tree = ast.parse((APP / name).read_text())
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.decorator_list:
                start = min(d.lineno for d in node.decorator_list)
                assert node.end_lineno - start + 1 <= 60, node.name


def test_forms_live_in_forms_py():
    for module in (editor, views):
        defined = [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, forms.BaseForm)
            and value.__module__ == module.__name__
        ]
        assert defined == [], module.__name__


def test_no_template_unpacks_a_tuple():
    for path in (APP / "templates" / "directives").glob("*.html"):
        assert not re.search(r"{% for \w+, ", path.read_text()), path.name
