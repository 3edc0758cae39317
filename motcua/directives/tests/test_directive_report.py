"""The consolidated report on a directive: a Word document in the administrative layout, with
every organisation's standing task by task, the difficulties quoted with their answers, and
the recipients and the signature at the end."""

import datetime as dt
import io

import docx
import pytest

from motcua.directives import services
from motcua.directives.models import Assignment, Difficulty
from motcua.directives.report import consolidated_docx
from motcua.directives.services import TaskSpec
from motcua.orgs.tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db
ISSUED = dt.date(2025, 8, 28)  # Thursday; the first task is due Monday 8 September
TODAY = dt.date(2025, 10, 10)


@pytest.fixture
def directive(world):
    """Commune B finished the first task on time and asked for guidance, which the office
    gave; commune A never reported and is overdue, and its question is still open. The
    department sent the Q3 report a week late."""
    department = AgencyFactory(unit=world.province, name="Sở Nội vụ")
    draft = services.directive_draft(
        issuer=world.province,
        subject="Khắc phục hạn chế qua khảo sát sự hài lòng",
        actor=world.coordinator,
    )
    services.task_add(
        directive=draft,
        spec=TaskSpec(title="Niêm yết đầy đủ thủ tục", deadline_days=5, all_communes=True),
    )
    services.task_add(
        directive=draft,
        spec=TaskSpec(
            title="Báo cáo kết quả thực hiện",
            recurrence="quarterly",
            report_day=1,
            repeat_until=dt.date(2026, 6, 30),
            agencies=[department],
        ),
    )
    directive = services.directive_issue(
        directive=draft,
        number="123/UBND-NV",
        issued_on=ISSUED,
        signer="Nguyễn Văn A",
        actor=world.coordinator,
    )
    at = dt.datetime(2025, 9, 5, 9, 0, tzinfo=dt.UTC)
    services.report_submit(
        assignment=Assignment.objects.get(task__number=1, unit=world.commune_b),
        actor=world.head_b,
        status="done",
        progress=100,
        narrative="Đã niêm yết 120 thủ tục.",
        client_key="b-done",
        difficulties=["Thiếu kinh phí in ấn bảng niêm yết"],
        at=at,
    )
    services.difficulty_message(
        difficulty=Difficulty.objects.get(),
        actor=world.coordinator,
        text="Sử dụng kinh phí cải cách hành chính năm 2025.",
        from_office=True,
    )
    services.report_submit(
        assignment=Assignment.objects.get(task__number=1, unit=world.commune_a),
        actor=world.coordinator,
        status="not_started",
        progress=0,
        narrative="",
        client_key="a-not-started",
        difficulties=["Chưa có danh mục thủ tục mới"],
        at=at,
    )
    services.report_submit(
        assignment=Assignment.objects.get(task__number=2, period_start=dt.date(2025, 7, 1)),
        actor=world.coordinator,
        status="in_progress",
        progress=50,
        narrative="Báo cáo quý III.",
        client_key="q3",
        at=dt.datetime(2025, 10, 8, 9, 0, tzinfo=dt.UTC),
    )
    return directive


def text_of(document):
    return "\n".join(p.text for p in document.paragraphs)


def test_the_report_is_in_the_administrative_layout(directive, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        data = consolidated_docx(directive, TODAY)

    document = docx.Document(io.BytesIO(data))
    head = document.tables[0].rows[0].cells
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head[1].text
    assert "Độc lập - Tự do - Hạnh phúc" in head[1].text
    assert "ỦY BAN NHÂN DÂN TỈNH THỬ" in head[0].text and "/BC-" in head[0].text
    assert document.styles["Normal"].font.name == "Times New Roman"
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    text = text_of(document)
    assert "BÁO CÁO" in text and "123/UBND-NV" in text
    assert "Thử, ngày 10 tháng 10 năm 2025" in text
    closing = document.tables[-1].rows[0].cells
    assert "Nơi nhận" in closing[0].text and "Lưu: VT." in closing[0].text
    assert "TM. ỦY BAN NHÂN DÂN" in closing[1].text and "CHỦ TỊCH" in closing[1].text


def test_each_task_has_a_row_per_organisation_with_its_standing(directive):
    document = docx.Document(io.BytesIO(consolidated_docx(directive, TODAY)))

    first, second = document.tables[1], document.tables[2]
    rows = [[cell.text for cell in row.cells] for row in first.rows[1:]]
    assert [row[0] for row in rows] == ["Xã A", "Xã B"]
    assert [row[3] for row in rows] == ["08/09/2025", "08/09/2025"]
    assert rows[0][2] == "0 %" and rows[1][2] == "100 %"
    assert rows[0][4] != rows[1][4]  # overdue, done on time
    # The quarterly report: Q3 (reported late) and Q4 (begun, due in January); no later
    # period is listed.
    periods = [[cell.text for cell in row.cells] for row in second.rows[1:]]
    assert len(periods) == 2
    assert "01/07/2025" in periods[0][0] and "Sở Nội vụ" in periods[0][0]
    assert "08/10/2025" in periods[0][1] and periods[1][3] == "05/01/2026"
    text = text_of(document)
    assert "- Xã A: " in text  # overdue
    assert "- Sở Nội vụ: " in text  # late


def test_difficulties_are_quoted_with_the_unit_and_the_answer(directive):
    text = text_of(docx.Document(io.BytesIO(consolidated_docx(directive, TODAY))))
    assert "Xã B" in text and "“Thiếu kinh phí in ấn bảng niêm yết”" in text
    assert "Sử dụng kinh phí cải cách hành chính năm 2025." in text
    assert "“Chưa có danh mục thủ tục mới”" in text
    quote = text.index("Chưa có danh mục")
    assert text.index("Xã A", quote - 60) < quote
