"""The directive pages: the coordinator drafts and issues, units report with evidence, the
office answers difficulties and follows progress; everyone else is kept out."""

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from motcua.directives import services
from motcua.directives.models import (
    Assignment,
    Difficulty,
    DifficultyStatus,
    Directive,
    Evidence,
    Report,
)
from motcua.directives.services import TaskSpec
from motcua.directives.tests.factories import vi
from motcua.orgs.tests.factories import PASSWORD, UnitFactory

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
# Thursday 28 August 2025, before the National Day holiday of 1-2 September.
ISSUED = dt.date(2025, 8, 28)
PDF = b"%PDF-1.4 bao cao ket qua"


@pytest.fixture(autouse=True)
def wednesday_3_september(settings):
    settings.MOTCUA_REMIND_DAYS_BEFORE = 3
    # Five working days after 28 August: Friday 29, Wednesday 3, Thursday 4, Friday 5 and
    # Monday 8 September, which is within the 3 working days of the reminder: due soon.
    with time_machine.travel(dt.datetime(2025, 9, 3, 9, 0, tzinfo=VN), tick=False):
        yield


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def issue(world, *, title="Niêm yết thủ tục", number="123/UBND-NV", issued_on=ISSUED, **spec):
    directive = services.directive_draft(
        issuer=world.province, subject="Nâng cao chỉ số hài lòng", actor=world.coordinator
    )
    services.task_add(
        directive=directive,
        spec=TaskSpec(title=title, **(spec or {"deadline_days": 5, "all_communes": True})),
    )
    return services.directive_issue(
        directive=directive,
        number=number,
        issued_on=issued_on,
        signer="Nguyễn Văn A, Chủ tịch",
        actor=world.coordinator,
    )


@pytest.fixture
def directive(world):
    return issue(world)


@pytest.fixture
def of_a(directive, world):
    return Assignment.objects.get(task__directive=directive, unit=world.commune_a)


@pytest.fixture
def of_b(directive, world):
    return Assignment.objects.get(task__directive=directive, unit=world.commune_b)


def report(world, assignment, key=None, **extra):
    key = key or f"k-{assignment.pk}"  # a client key belongs to one assignment
    values = {
        "assignment": assignment,
        "actor": world.head_b,
        "status": "in_progress",
        "progress": 40,
        "narrative": "Đã niêm yết 12/30 thủ tục.",
        "client_key": key,
        **extra,
    }
    return services.report_submit(**values)


def client_key(response):
    return re.search(rb'name="client_key" value="([^"]+)"', response.content).group(1).decode()


# --- who sees what --------------------------------------------------------------------------


def test_the_coordinator_reaches_every_page(client, world, directive, of_b):
    report(world, of_b, difficulties=["Thiếu kinh phí in ấn"])
    login(client, world.coordinator)
    pages = [
        "/staff/directives/",
        "/staff/directives/new/",
        f"/staff/directives/{directive.pk}/",
        "/staff/directives/difficulties/",
        "/staff/tasks/",
        f"/staff/tasks/{of_b.pk}/",
        f"/staff/tasks/{of_b.pk}/report/",
    ]
    for page in pages:
        assert client.get(page).status_code == 200, page
    listing = client.get("/staff/directives/").content.decode()
    assert "123/UBND-NV" in listing and "20 %" in listing  # (40 + 0) / 2
    assert 'href="/staff/directives/new/"' in listing


def test_an_outsider_and_a_visitor_are_kept_out(client, world, directive, of_b):
    pages = [
        "/staff/directives/",
        "/staff/directives/new/",
        f"/staff/directives/{directive.pk}/",
        f"/staff/directives/{directive.pk}/edit/",
        "/staff/directives/difficulties/",
        "/staff/tasks/",
        f"/staff/tasks/{of_b.pk}/",
        f"/staff/tasks/{of_b.pk}/report/",
    ]
    for page in pages:
        assert client.get(page).status_code == 302, page  # to the login page
    login(client, world.outsider)
    for page in pages:
        assert client.get(page).status_code == 403, page


def test_the_supervisor_reads_but_neither_issues_nor_reports(client, world, directive, of_b):
    report(world, of_b, difficulties=["Thiếu kinh phí in ấn"])
    difficulty = Difficulty.objects.get()
    login(client, world.supervisor)
    assert 'href="/staff/directives/new/"' not in client.get("/staff/directives/").content.decode()
    assert client.get(f"/staff/directives/{directive.pk}/").status_code == 200
    assert client.get(f"/staff/tasks/{of_b.pk}/").status_code == 200
    queue = client.get("/staff/directives/difficulties/").content.decode()
    assert "Thiếu kinh phí in ấn" in queue and 'name="side" value="office"' not in queue
    assert client.get("/staff/directives/new/").status_code == 403
    assert client.get(f"/staff/tasks/{of_b.pk}/report/").status_code == 403
    answer = {"side": "office", "text": "Dùng mẫu số 2", "action": "answer"}
    assert (
        client.post(f"/staff/directives/difficulties/{difficulty.pk}/message/", answer).status_code
        == 403
    )
    assert not difficulty.messages.exists()


def test_the_head_of_commune_b_sees_only_commune_b(client, world, directive, of_a, of_b):
    login(client, world.head_b)
    assert client.get(f"/staff/tasks/{of_b.pk}/").status_code == 200
    assert client.get(f"/staff/tasks/{of_b.pk}/report/").status_code == 200
    assert client.get(f"/staff/tasks/{of_a.pk}/").status_code == 403
    assert client.get(f"/staff/tasks/{of_a.pk}/report/").status_code == 403
    assert client.get(f"/staff/directives/{directive.pk}/").status_code == 403
    assert client.get(f"/staff/directives/{directive.pk}/?format=xlsx").status_code == 403
    assert client.get(f"/staff/directives/{directive.pk}/report.docx").status_code == 403
    queue = client.get("/staff/tasks/").content.decode()
    assert f"/staff/tasks/{of_b.pk}/report/" in queue and f"/staff/tasks/{of_a.pk}/" not in queue


def test_a_counter_officer_cannot_report_for_the_commune(client, world, of_a):
    login(client, world.counter_a)
    assert client.get(f"/staff/tasks/{of_a.pk}/report/").status_code == 403
    response = client.post(
        f"/staff/tasks/{of_a.pk}/report/",
        {"status": "done", "progress": "100", "narrative": "x", "client_key": "abc"},
    )
    assert response.status_code == 403 and not Report.objects.exists()
    # The commune's staff still see the commune's tasks, without a way to report.
    queue = client.get("/staff/tasks/").content.decode()
    assert f"/staff/tasks/{of_a.pk}/" in queue and f"/staff/tasks/{of_a.pk}/report/" not in queue


def test_a_draft_is_seen_only_by_those_who_may_issue_it(client, world):
    draft = services.directive_draft(
        issuer=world.province, subject="Dự thảo kế hoạch", actor=world.coordinator
    )
    login(client, world.supervisor)
    assert "Dự thảo kế hoạch" not in client.get("/staff/directives/").content.decode()
    assert client.get(f"/staff/directives/{draft.pk}/edit/").status_code == 404
    login(client, world.coordinator)
    assert "Dự thảo kế hoạch" in client.get("/staff/directives/").content.decode()
    assert client.get(f"/staff/directives/{draft.pk}/").status_code == 302  # to the editor


def test_the_list_costs_the_same_queries_for_one_or_many_directives(
    client, world, directive, django_assert_max_num_queries
):
    login(client, world.coordinator)
    client.get("/staff/directives/")  # sessions and the calendar warm up
    with django_assert_max_num_queries(14) as one:
        client.get("/staff/directives/")
    for number in ("124/UBND-NV", "125/UBND-NV", "126/UBND-NV"):
        issue(world, number=number)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get("/staff/directives/")
    assert response.content.decode().count("/staff/directives/") >= 4


# --- drafting and issuing ----------------------------------------------------------------


def editor(client, directive, action, **fields):
    data = {
        "subject": directive.subject,
        "body": "",
        "signer": "Nguyễn Văn A, Chủ tịch",
        "recipients": "",
        "task-timing": "days",
        "task-report_day": "5",
        "task-source": "manual",
        "action": action,
        **fields,
    }
    return client.post(f"/staff/directives/{directive.pk}/edit/", data)


def test_the_coordinator_drafts_adds_tasks_and_issues(client, world):
    login(client, world.coordinator)
    response = client.post(
        "/staff/directives/new/",
        {
            "issuer": world.province.pk,
            "subject": "Nâng cao chỉ số SIPAS năm 2025",
            "body": "Yêu cầu các xã thực hiện.",
            "signer": "",
            "recipients": "Như trên;\nLưu: VT.",
            "attachments": [SimpleUploadedFile("chi-thi.pdf", PDF)],
        },
    )
    directive = Directive.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(
        f"/staff/directives/{directive.pk}/edit/"
    )
    assert directive.status == "draft" and directive.attachments.get().name == "chi-thi.pdf"

    response = editor(
        client,
        directive,
        "task_add",
        **{
            "task-title": "Rà soát biểu mẫu",
            "task-deadline_days": "5",
            "task-all_communes": "on",
        },
    )
    assert response.status_code == 302
    response = editor(
        client,
        directive,
        "task_add",
        **{
            "task-title": "Báo cáo quý",
            "task-timing": "recurring",
            "task-recurrence": "quarterly",
            "task-report_day": "10",
            "task-repeat_until": "2025-12-31",
            "task-units": [str(world.commune_a.pk)],
            "task-source": "survey",
            "task-source_detail": "Chỉ số tiếp cận dịch vụ 78 %",
            "issue-number": "45/CT-UBND",
            "issue-issued_on": "2025-09-03",
        },
    )
    # The number typed for the issue comes back with the page.
    assert response.status_code == 302 and "number=45%2FCT-UBND" in response["Location"]
    assert 'value="45/CT-UBND"' in client.get(response["Location"]).content.decode()
    assert [t.title for t in directive.tasks.all()] == ["Rà soát biểu mẫu", "Báo cáo quý"]
    page = client.get(f"/staff/directives/{directive.pk}/edit/").content.decode()
    assert "Rà soát biểu mẫu" in page and "Báo cáo quý" in page

    response = editor(
        client,
        directive,
        "issue",
        **{"issue-number": "45/CT-UBND", "issue-issued_on": "2025-09-03"},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/staff/directives/{directive.pk}/")
    directive.refresh_from_db()
    assert directive.status == "issued" and directive.number == "45/CT-UBND"
    assert directive.signer == "Nguyễn Văn A, Chủ tịch"
    # Task 1 for both communes; task 2 for commune A, the third and fourth quarters.
    assert Assignment.objects.filter(task__number=1).count() == 2
    assert Assignment.objects.filter(task__number=2, unit=world.commune_a).count() == 2
    assert client.get(f"/staff/directives/{directive.pk}/").status_code == 200


def test_removing_a_task_renumbers_the_rest(client, world):
    directive = services.directive_draft(
        issuer=world.province, subject="Kế hoạch", actor=world.coordinator
    )
    for title in ("Một", "Hai"):
        services.task_add(
            directive=directive, spec=TaskSpec(title=title, deadline_days=3, all_communes=True)
        )
    first = directive.tasks.get(number=1)
    login(client, world.coordinator)
    assert editor(client, directive, f"remove:{first.pk}").status_code == 302
    assert [(t.number, t.title) for t in directive.tasks.all()] == [(1, "Hai")]


def test_a_refused_task_or_issue_shows_why_and_keeps_what_was_typed(client, world):
    directive = services.directive_draft(
        issuer=world.province, subject="Kế hoạch cải cách", actor=world.coordinator
    )
    login(client, world.coordinator)
    # A task assigned to nobody, with a new subject typed above it.
    response = editor(
        client,
        directive,
        "task_add",
        subject="Kế hoạch cải cách hành chính 2025",
        **{"task-title": "Công khai số điện thoại đường dây nóng", "task-deadline_days": "4"},
    )
    page = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in page
    assert "Công khai số điện thoại đường dây nóng" in page and 'value="4"' in page
    assert not directive.tasks.exists()
    directive.refresh_from_db()
    assert directive.subject == "Kế hoạch cải cách hành chính 2025"  # the details are saved

    # A recurring report without its kind: the form says so.
    response = editor(
        client, directive, "task_add", **{"task-title": "Báo cáo", "task-timing": "recurring"}
    )
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()

    # An issue with a malformed number and no task: refused, the number kept.
    response = editor(
        client,
        directive,
        "issue",
        **{"issue-number": "công văn 5", "issue-issued_on": "2025-09-03"},
    )
    page = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in page
    assert 'value="công văn 5"' in page and "123/UBND-NV" in page
    directive.refresh_from_db()
    assert directive.status == "draft" and not Assignment.objects.exists()


def test_a_refused_attachment_is_named_and_the_draft_not_created(client, world):
    login(client, world.coordinator)
    response = client.post(
        "/staff/directives/new/",
        {
            "issuer": world.province.pk,
            "subject": "Chỉ thị về kỷ cương hành chính",
            "attachments": [SimpleUploadedFile("chi-thi.exe", b"MZ\x90\x00")],
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in page
    assert "chi-thi.exe" in page and "Chỉ thị về kỷ cương hành chính" in page
    assert not Directive.objects.exists()


def test_only_issuers_may_edit_a_draft(client, world):
    draft = services.directive_draft(
        issuer=world.province, subject="Dự thảo", actor=world.coordinator
    )
    login(client, world.head_b)
    assert client.post(f"/staff/directives/{draft.pk}/edit/", {"subject": "x"}).status_code == 404
    login(client, world.supervisor)
    assert client.get(f"/staff/directives/{draft.pk}/edit/").status_code == 404
    draft.refresh_from_db()
    assert draft.subject == "Dự thảo"


# --- reports and evidence ----------------------------------------------------------------


def test_a_report_with_evidence_sent_twice_is_one_report(client, world, of_b):
    login(client, world.head_b)
    form = client.get(f"/staff/tasks/{of_b.pk}/report/")
    data = {
        "status": "in_progress",
        "progress": "60",
        "narrative": "Đã niêm yết 18/30 thủ tục.",
        "difficulties": "Thiếu kinh phí in ấn\n\nChưa có mẫu bảng niêm yết",
        "client_key": client_key(form),
    }
    for _ in range(2):
        response = client.post(
            f"/staff/tasks/{of_b.pk}/report/",
            {**data, "evidence": [SimpleUploadedFile("anh-niem-yet.pdf", PDF)]},
        )
        assert response.status_code == 302
        assert response["Location"].endswith(f"/staff/tasks/{of_b.pk}/")
    stored = Report.objects.get()
    assert stored.assignment == of_b and stored.progress == 60
    assert [e.name for e in stored.evidence.all()] == ["anh-niem-yet.pdf"]
    assert [d.text for d in Difficulty.objects.order_by("pk")] == [
        "Thiếu kinh phí in ấn",
        "Chưa có mẫu bảng niêm yết",
    ]
    of_b.refresh_from_db()
    assert of_b.progress == 60
    history = client.get(f"/staff/tasks/{of_b.pk}/").content.decode()
    evidence = stored.evidence.get()
    assert "Đã niêm yết 18/30 thủ tục." in history
    assert f"/staff/directives/evidence/{evidence.public_id}/" in history
    assert "/media/" not in history


def test_a_bad_file_is_refused_by_name_and_the_text_kept(client, world, of_b):
    login(client, world.head_b)
    key = client_key(client.get(f"/staff/tasks/{of_b.pk}/report/"))
    response = client.post(
        f"/staff/tasks/{of_b.pk}/report/",
        {
            "status": "in_progress",
            "progress": "30",
            "narrative": "Đã rà soát một phần thủ tục.",
            "client_key": key,
            "evidence": [
                SimpleUploadedFile("bien-ban.pdf", PDF),
                SimpleUploadedFile("anh.jpg", b"MZ not a jpeg"),
            ],
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in page
    assert "anh.jpg" in page and "bien-ban.pdf" not in page.split('role="alert"')[1][:400]
    assert "Đã rà soát một phần thủ tục." in page and f'value="{key}"' in page
    assert not Report.objects.exists() and not Evidence.objects.exists()


def test_an_impossible_report_says_why(client, world, of_b):
    login(client, world.head_b)
    key = client_key(client.get(f"/staff/tasks/{of_b.pk}/report/"))
    response = client.post(
        f"/staff/tasks/{of_b.pk}/report/",
        {"status": "done", "progress": "80", "narrative": "Gần xong", "client_key": key},
    )
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert "Gần xong" in response.content.decode() and not Report.objects.exists()


def test_evidence_is_served_only_to_those_who_may_read_the_report(client, world, of_a, of_b):
    stored = report(world, of_b, files=[("bien-ban.pdf", PDF)])
    url = f"/staff/directives/evidence/{stored.evidence.get().public_id}/"
    for user in (world.head_b, world.coordinator, world.supervisor):
        login(client, user)
        response = client.get(url)
        assert response.status_code == 200, user
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Type"] == "application/pdf"
    # Commune A's staff and outsiders do not read commune B's evidence.
    for user in (world.counter_a, world.outsider):
        login(client, user)
        assert client.get(url).status_code == 403, user
    login(client, world.coordinator)
    assert (
        client.get("/staff/directives/evidence/00000000-0000-4000-8000-000000000000/").status_code
        == 404
    )


def test_an_attachment_is_served_to_the_units_tasked(client, world, directive):
    attachment = services.directive_attach(directive=directive, filename="chi-thi.pdf", data=PDF)
    url = f"/staff/directives/{directive.pk}/attachments/{attachment.pk}/"
    for user in (world.coordinator, world.head_b):
        login(client, user)
        assert client.get(url).status_code == 200, user
    login(client, world.outsider)
    assert client.get(url).status_code == 403


# --- difficulties ------------------------------------------------------------------------


def test_a_difficulty_is_answered_by_the_office_and_seen_by_the_unit(client, world, of_b):
    login(client, world.head_b)
    key = client_key(client.get(f"/staff/tasks/{of_b.pk}/report/"))
    client.post(
        f"/staff/tasks/{of_b.pk}/report/",
        {
            "status": "in_progress",
            "progress": "20",
            "narrative": "Đang rà soát.",
            "difficulties": "Chưa có hướng dẫn về mẫu niêm yết",
            "client_key": key,
        },
    )
    difficulty = Difficulty.objects.get()

    login(client, world.coordinator)
    queue = client.get("/staff/directives/difficulties/").content.decode()
    assert "Chưa có hướng dẫn về mẫu niêm yết" in queue and "Xã B" in queue
    consolidation = client.get(f"/staff/directives/{of_b.task.directive_id}/").content.decode()
    assert "Chưa có hướng dẫn về mẫu niêm yết" in consolidation
    response = client.post(
        f"/staff/directives/difficulties/{difficulty.pk}/message/",
        {
            "side": "office",
            "text": "Áp dụng mẫu số 2 của Văn phòng.",
            "action": "answer",
            "back": "queue",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith(
        "/staff/directives/difficulties/"
    )
    difficulty.refresh_from_db()
    assert difficulty.status == DifficultyStatus.ANSWERED
    assert "Chưa có hướng dẫn" not in client.get("/staff/directives/difficulties/").content.decode()

    login(client, world.head_b)
    history = client.get(f"/staff/tasks/{of_b.pk}/").content.decode()
    assert "Áp dụng mẫu số 2 của Văn phòng." in history
    assert 'name="side" value="unit"' in history and 'name="side" value="office"' not in history
    client.post(
        f"/staff/directives/difficulties/{difficulty.pk}/message/",
        {"side": "unit", "text": "Mẫu số 2 tải ở đâu?"},
    )
    difficulty.refresh_from_db()
    assert difficulty.status == DifficultyStatus.OPEN
    # The unit may not answer as the office.
    response = client.post(
        f"/staff/directives/difficulties/{difficulty.pk}/message/",
        {"side": "office", "text": "Tự trả lời", "action": "close"},
    )
    assert response.status_code == 403

    login(client, world.coordinator)
    client.post(
        f"/staff/directives/difficulties/{difficulty.pk}/message/",
        {"side": "office", "text": "Tại trang của Văn phòng.", "action": "close"},
    )
    difficulty.refresh_from_db()
    assert difficulty.status == DifficultyStatus.CLOSED
    assert [m.from_office for m in difficulty.messages.all()] == [True, False, True]


# --- consolidation and downloads ---------------------------------------------------------


def section(page, heading):
    """The part of the page from a heading to the end of the next table."""
    start = page.index(heading)
    return page[start : page.index("</table>", start)]


def test_the_consolidation_shows_standing_filters_and_overdue_units(client, world, of_a, of_b):
    late = issue(
        world,
        title="Báo cáo tự kiểm tra",
        number="99/UBND-NV",
        issued_on=dt.date(2025, 8, 1),
        deadline_days=3,
        all_communes=True,
    )
    late_b = Assignment.objects.get(task__directive=late, unit=world.commune_b)
    report(world, late_b, key="late", status="done", progress=100)
    report(world, of_b, progress=50)
    login(client, world.coordinator)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(f"/staff/directives/{of_a.task.directive_id}/").content.decode()
    assert "<svg" in page and 'scope="row"' in page
    assert "25 %" in page  # (50 + 0) / 2
    assert f"/staff/tasks/{of_b.pk}/" in page
    # Due on Monday 8 September: within three working days.
    assert page.count("Due soon</span>") == 2
    assert "Organisations with overdue tasks" not in page

    page = client.get(f"/staff/directives/{late.pk}/").content.decode()
    # Commune A never reported and is overdue; commune B reported done, late.
    overdue = section(page, "Organisations with overdue tasks")
    assert "Xã A" in overdue and "Xã B" not in overdue
    assert "Done late</span>" in page
    filtered = client.get(f"/staff/directives/{late.pk}/?standing=overdue").content.decode()
    assert f"/staff/tasks/{late_b.pk}/" not in filtered
    filtered = client.get(
        f"/staff/directives/{late.pk}/?unit={world.commune_b.pk}"
    ).content.decode()
    assert f"/staff/tasks/{late_b.pk}/" in filtered and "Xã A</a>" not in filtered


def test_the_status_table_downloads_as_xlsx_and_csv(client, world, directive, of_b):
    report(world, of_b, progress=50)
    login(client, world.coordinator)
    response = client.get(f"/staff/directives/{directive.pk}/?format=xlsx")
    assert response.status_code == 200
    assert 'filename="tien-do-123-ubnd-nv.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3
    by_organisation = {row[2]: row for row in rows[1:]}
    assert set(by_organisation) == {"Xã A", "Xã B"}
    assert by_organisation["Xã B"][7] == 50 and by_organisation["Xã A"][7] == 0
    # Dates as the officers write them, never "None" for a one-off task's empty period.
    assert by_organisation["Xã B"][5] == "08/09/2025"
    assert by_organisation["Xã B"][3] in ("", None) and rows[0][5] == vi("Deadline for completion")
    response = client.get(f"/staff/directives/{directive.pk}/?format=csv&unit={world.commune_b.pk}")
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 2 and "Xã B" in lines[1]


def test_the_consolidated_report_downloads_as_docx(client, world, directive, of_b):
    report(world, of_b, progress=50)
    login(client, world.coordinator)
    response = client.get(f"/staff/directives/{directive.pk}/report.docx")
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-123-ubnd-nv.docx"'
    assert response.content[:2] == b"PK"
    login(client, world.supervisor)
    assert client.get(f"/staff/directives/{directive.pk}/report.docx").status_code == 200


# --- the unit's queue --------------------------------------------------------------------


def test_the_queue_puts_overdue_tasks_first_then_those_due_soon(client, world, directive):
    issue(
        world,
        title="Nhiệm vụ còn xa",
        number="130/UBND-NV",
        deadline=dt.date(2025, 10, 15),
        units=[world.commune_b],
    )
    issue(
        world,
        title="Nhiệm vụ quá hạn",
        number="98/UBND-NV",
        issued_on=dt.date(2025, 8, 1),
        deadline_days=3,
        units=[world.commune_b],
    )
    issue(
        world,
        title="Nhiệm vụ đã xong",
        number="97/UBND-NV",
        issued_on=dt.date(2025, 8, 1),
        deadline_days=10,
        units=[world.commune_b],
    )
    done = Assignment.objects.get(task__title="Nhiệm vụ đã xong")
    report(world, done, key="done", status="done", progress=100)
    login(client, world.head_b)
    page = client.get("/staff/tasks/").content.decode()
    positions = [page.index(t) for t in ("Nhiệm vụ quá hạn", "Niêm yết thủ tục", "Nhiệm vụ còn xa")]
    assert positions == sorted(positions)
    assert "Nhiệm vụ đã xong" not in page
    assert "Nhiệm vụ đã xong" in client.get("/staff/tasks/?show=done").content.decode()


def test_the_queues_and_the_consolidation_cost_no_query_per_row(
    client, world, directive, of_b, django_assert_max_num_queries
):
    report(world, of_b, difficulties=["Một"], files=[("a.pdf", PDF)])
    login(client, world.coordinator)

    def queries(page):
        client.get(page)
        with django_assert_max_num_queries(25) as measured:
            client.get(page)
        return len(measured.captured_queries)

    queues = ["/staff/tasks/", "/staff/directives/difficulties/"]
    before = {page: queries(page) for page in queues}
    consolidation = queries(f"/staff/directives/{directive.pk}/")
    # Ten more communes, tasked by a second directive, each reporting with evidence and a
    # difficulty.
    communes = [
        UnitFactory(kind="commune", parent=world.province, valid_from=dt.date(2025, 7, 1))
        for _ in range(10)
    ]
    bigger = issue(world, number="200/UBND-NV", deadline_days=5, units=communes)
    for n, assignment in enumerate(Assignment.objects.filter(task__directive=bigger)):
        report(world, assignment, key=f"k{n}", difficulties=["Hai"], files=[("b.pdf", PDF)])
    for page in queues:
        with django_assert_max_num_queries(before[page]):
            client.get(page)
    with django_assert_max_num_queries(consolidation):
        response = client.get(f"/staff/directives/{bigger.pk}/")
    assert response.content.decode().count('scope="row"') == 10


def test_the_staff_home_page_warns_of_tasks_due_soon_or_overdue(client, world, of_b):
    login(client, world.head_b)
    with time_machine.travel(dt.datetime.combine(of_b.due_on, dt.time(9), tzinfo=VN), tick=False):
        page = client.get("/staff/").content.decode()
    assert 'role="status"' in page and "/staff/tasks/" in page
    with time_machine.travel(
        dt.datetime.combine(of_b.due_on + dt.timedelta(days=3), dt.time(9), tzinfo=VN), tick=False
    ):
        page = client.get("/staff/").content.decode()
    assert "<strong>1 " in page  # one overdue
    login(client, world.supervisor)
    assert 'role="status"' not in client.get("/staff/").content.decode()
