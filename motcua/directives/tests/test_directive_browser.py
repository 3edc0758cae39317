"""In Chromium, without JavaScript: the coordinator issues a directive with one task for
every commune, the head of commune B reports on it with a scanned record, and the
coordinator sees commune B's report in the consolidation."""

import pytest

from motcua.directives.models import Assignment, Directive, Report
from motcua.orgs.tests.factories import PASSWORD


def log_in(page, base, user, then):
    page.goto(f"{base}/accounts/login/?next={then}")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"**{then}")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_issue_report_and_consolidate(live_server, browser_page, world):
    page = browser_page
    base = live_server.url

    # The coordinator drafts the directive, adds one task for every commune, and issues it.
    log_in(page, base, world.coordinator, "/staff/directives/")
    page.locator("main a[href='/staff/directives/new/']").click()
    page.wait_for_url("**/staff/directives/new/")
    page.locator("#id_issuer").select_option(str(world.province.pk))
    page.locator("#id_subject").fill("Nâng cao chỉ số hài lòng năm 2025")
    page.locator("#id_signer").fill("Nguyễn Văn A, Chủ tịch")
    page.locator("main form button[type=submit]").click()
    directive = Directive.objects.get()
    page.wait_for_url(f"**/staff/directives/{directive.pk}/edit/")
    page.locator("#id_task-title").fill("Niêm yết đầy đủ thủ tục tại bộ phận một cửa")
    page.locator("#id_task-deadline_days").fill("10")
    page.locator("#id_task-all_communes").check()
    page.locator("button[name=action][value=task_add]").click()
    page.wait_for_url(f"**/staff/directives/{directive.pk}/edit/#tasks")
    assert "Niêm yết đầy đủ thủ tục" in page.locator("#tasks + .table-scroll").inner_text()
    page.locator("#id_issue-number").fill("123/UBND-NV")
    page.locator("button[name=action][value=issue]").click()
    page.wait_for_url(f"**/staff/directives/{directive.pk}/")
    directive.refresh_from_db()
    assert directive.status == "issued" and directive.signer == "Nguyễn Văn A, Chủ tịch"
    assert {a.unit for a in Assignment.objects.all()} == {world.commune_a, world.commune_b}
    of_b = Assignment.objects.get(unit=world.commune_b)

    # The head of commune B, on another computer, finds the task and reports.
    head = page.context.browser.new_context(java_script_enabled=False).new_page()
    log_in(head, base, world.head_b, "/staff/tasks/")
    head.locator(f"a[href='/staff/tasks/{of_b.pk}/report/']").click()
    head.wait_for_url(f"**/staff/tasks/{of_b.pk}/report/")
    head.locator("input[name=status][value=in_progress]").check()
    head.locator("#id_progress").fill("60")
    head.locator("#id_narrative").fill("Đã niêm yết 18/30 thủ tục.")
    head.locator("#id_difficulties").fill("Thiếu kinh phí in bảng niêm yết")
    head.locator("#report-evidence").set_input_files(
        [{"name": "bien-ban.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 bien ban"}]
    )
    head.locator("main form button[type=submit]").click()
    head.wait_for_url(f"**/staff/tasks/{of_b.pk}/")
    assert "Đã niêm yết 18/30 thủ tục." in head.content()
    assert head.locator("a[href^='/staff/directives/evidence/']").inner_text() == "bien-ban.pdf"
    head.context.close()
    assert Report.objects.get().evidence.count() == 1

    # The coordinator sees commune B's report, its difficulty, and the chart.
    page.goto(f"{base}/staff/directives/{directive.pk}/")
    row = page.locator("tr", has=page.locator(f"a[href='/staff/tasks/{of_b.pk}/']"))
    assert "60 %" in row.inner_text()
    assert "Thiếu kinh phí in bảng niêm yết" in page.locator("blockquote").inner_text()
    assert page.locator("figure svg rect").count() == 2
    # Commune B's report history opens from the consolidation.
    row.locator("a").click()
    page.wait_for_url(f"**/staff/tasks/{of_b.pk}/")
    assert "bien-ban.pdf" in page.content()
