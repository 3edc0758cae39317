"""Every write to the catalogue: procedures, forms, and the import of a procedure list."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django_tasks import task

from motcua.catalogue.conversion import ConversionFailed, office_to_pdf, soffice_path
from motcua.catalogue.models import (
    Component,
    CutoffRule,
    Field,
    Form,
    LegalDocument,
    Level,
    OnlineLevel,
    Procedure,
    Status,
    TimeLimitUnit,
)
from motcua.core.files import file_check
from motcua.core.pagecache import section_changed
from motcua.core.services import audit_record
from motcua.core.tabular import (
    FirstRows,
    ImportResult,
    Problem,
    TableProblems,
    parse_bool,
    parse_date,
    parse_int,
    parse_text,
    read_table,
)
from motcua.core.textfold import fold
from motcua.orgs.access import access_for
from motcua.orgs.models import Role

logger = logging.getLogger(__name__)

FORM_TYPES = ("pdf", "docx", "xlsx")


def form_file_check(*, filename: str, data: bytes) -> str:
    """The content type of an acceptable form file; ValidationError naming what is wrong."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in FORM_TYPES:
        raise ValidationError(
            _("Forms must be DOCX, PDF or XLSX files, not “%s”.") % (extension or filename)
        )
    return file_check(
        filename=filename,
        data=data,
        allowed=tuple(FORM_TYPES),
        limit=settings.MOTCUA_FORM_MAX_BYTES,
    )


def form_attach(
    *,
    procedure: Procedure,
    code: str,
    name: str,
    filename: str,
    data: bytes,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
    published_on: dt.date | None = None,
    is_published: bool = True,
    pdf: bytes | None = None,
) -> Form:
    """Attach a new form file to a procedure, or replace the file of the form with this code.
    Its PDF copy is `pdf` when given (the demo loader has one at hand), else made in the
    background from the file."""
    content_type = form_file_check(filename=filename, data=data)
    if pdf is not None:
        form_file_check(filename=f"{code}.pdf", data=pdf)
    form = Form.objects.filter(procedure=procedure, code=code).first() or Form(
        procedure=procedure, code=code
    )
    form.name = name
    form.valid_from, form.valid_to = valid_from, valid_to
    form.published_on, form.is_published = published_on, is_published
    form.content_type, form.size = content_type, len(data)
    form.full_clean(exclude=["file"])
    form.file.save(filename, ContentFile(data), save=False)
    form.save()
    if pdf is None:
        form_pdf_refresh(form=form)
    else:
        _form_pdf_store(form, pdf)
    return form


def form_pdf_refresh(*, form: Form) -> None:
    """The form's file is new: drop the PDF copy of the file it replaced, and make one of
    the new file in the background once the upload is committed, so that nobody waits for
    LibreOffice (`motcua db_worker` runs it). A form uploaded as a PDF needs no copy."""
    if form.pdf:
        old, storage = form.pdf.name, form.pdf.storage
        form.pdf, form.pdf_size = "", 0
        form.save(update_fields=["pdf", "pdf_size", "updated_at"])
        transaction.on_commit(lambda: storage.delete(old))
    if not form.is_pdf:
        form_id, file_name = form.pk, form.file.name
        transaction.on_commit(lambda: form_pdf_make_later.enqueue(form_id, file_name))


@task()
def form_pdf_make_later(form_id: int, file_name: str) -> None:
    """The background side of `form_pdf_refresh`. A form whose file was replaced again
    since is left to the task of its newer file."""
    form = Form.objects.filter(pk=form_id).first()
    if form is not None and form.file.name == file_name:
        form_pdf_make(form=form)


def form_pdf_make(*, form: Form) -> bool:
    """Convert the form's file to PDF with LibreOffice and store the copy beside it. Returns
    False, with the reason logged, when there is no copy: LibreOffice is not installed, or
    it failed on this file; the form stays downloadable as uploaded either way."""
    if form.is_pdf:
        return False
    soffice = soffice_path()
    if soffice is None:
        logger.info("No PDF copy of form %s: LibreOffice (soffice) is not installed.", form.pk)
        return False
    file_name = form.file.name
    try:
        with form.file.open("rb") as handle:
            data = handle.read()
        pdf = office_to_pdf(
            data=data,
            extension=form.extension,
            soffice=soffice,
            timeout=settings.MOTCUA_SOFFICE_TIMEOUT,
        )
    except (ConversionFailed, OSError) as exc:
        logger.warning("No PDF copy of form %s (%s): %s", form.pk, file_name, exc)
        return False
    with transaction.atomic():
        # Locked so that a file replaced during the conversion does not get this copy.
        current = Form.objects.select_for_update().filter(pk=form.pk).first()
        if current is None or current.file.name != file_name:
            return False
        _form_pdf_store(current, pdf)
    form.pdf, form.pdf_size = current.pdf, current.pdf_size
    return True


def _form_pdf_store(form: Form, pdf: bytes) -> None:
    old, storage = form.pdf.name, form.pdf.storage
    form.pdf.save(f"{PurePath(form.file.name).stem}.pdf", ContentFile(pdf), save=False)
    form.pdf_size = len(pdf)
    form.save(update_fields=["pdf", "pdf_size", "updated_at"])
    if old:
        transaction.on_commit(lambda: storage.delete(old))


def field_get_or_create(*, name: str) -> Field:
    name = " ".join(name.split())
    # Compared in Python: SQLite's case-insensitive matching only folds ASCII letters.
    wanted = name.casefold()
    existing = next((f for f in Field.objects.all() if f.name.casefold() == wanted), None)
    if existing:
        return existing
    base = slugify(fold(name))[:60] or "field"
    slug, n = base, 1
    while Field.objects.filter(code=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return Field.objects.create(code=slug, name=name)


def field_save(*, field: Field) -> Field:
    """Save a field and the search keys of its procedures, which include its name."""
    with transaction.atomic():
        field.full_clean()
        field.save()
        procedures = list(field.procedures.select_related("field"))
        for procedure in procedures:
            procedure.field = field
            procedure.refresh_search_keys()
        Procedure.objects.bulk_update(procedures, ["search_text"], batch_size=500)
        section_changed("catalogue")  # bulk_update sends no signal
    return field


def procedure_save(*, procedure: Procedure) -> Procedure:
    """Validate and save a procedure, keeping its folded search text in step."""
    procedure.refresh_search_keys()
    procedure.full_clean(exclude=["field"] if procedure.field_id else None)
    procedure.save()
    return procedure


# --- import of a procedure list -----------------------------------------------------------

PROCEDURE_COLUMNS = [
    "code",
    "name",
    "field",
    "level",
    "steps",
    "submission_methods",
    "at_counter",
    "postal",
    "online_level",
    "time_limit_value",
    "time_limit_unit",
    "time_limit_note",
    "target_group",
    "implementing_agency",
    "result",
    "fees",
    "fee_bearing",
    "paper_result",
    "components",
    "legal_basis",
    "announcement_decision",
    "announced_on",
    "published_on",
    "valid_from",
    "valid_to",
    "status",
]
PROCEDURE_REQUIRED = ["code", "name", "field", "level"]
# Column headers as people write them; the template uses "Label (key)".
PROCEDURE_LABELS: dict[str, list[Any]] = {
    "code": [_l("National code"), "Mã thủ tục"],
    "name": [_l("Name"), "Tên thủ tục"],
    "field": [_l("Field"), "Lĩnh vực"],
    "level": [_l("Level"), "Cấp thực hiện"],
    "steps": [_l("Sequence of steps"), "Trình tự thực hiện"],
    "submission_methods": [_l("Methods of submission"), "Cách thức thực hiện"],
    "at_counter": [_l("At the one-stop counter"), "Nộp trực tiếp"],
    "postal": [_l("Through the public postal service"), "Qua bưu chính"],
    "online_level": [_l("Online level"), "Mức độ trực tuyến"],
    "time_limit_value": [_l("Time limit"), "Thời hạn giải quyết"],
    "time_limit_unit": [_l("Time limit unit"), "Đơn vị thời hạn"],
    "time_limit_note": [_l("Time limit note"), "Ghi chú thời hạn"],
    "target_group": [_l("Target group"), "Đối tượng thực hiện"],
    "implementing_agency": [_l("Implementing agency"), "Cơ quan thực hiện"],
    "result": [_l("Result"), "Kết quả thực hiện"],
    "fees": [_l("Fees and charges"), "Phí, lệ phí"],
    "fee_bearing": [_l("A fee or charge is payable"), "Có thu phí"],
    "paper_result": [_l("The result is a paper document"), "Kết quả bản giấy"],
    "components": [_l("Dossier components"), "Thành phần hồ sơ"],
    "legal_basis": [_l("Legal basis"), "Căn cứ pháp lý"],
    "announcement_decision": [_l("Announcing decision"), "Quyết định công bố"],
    "announced_on": [_l("Announced on"), "Ngày công bố"],
    "published_on": [_l("Published on the national database on"), "Ngày công khai"],
    "valid_from": [_l("Valid from"), "Hiệu lực từ ngày"],
    "valid_to": [_l("Valid to"), "Hiệu lực đến ngày"],
    "status": [_l("Status"), "Trạng thái"],
}

# Vietnamese words officers write in these columns, folded.
_ALIASES = {
    "level": {
        "cap xa": "commune",
        "xa": "commune",
        "cap tinh": "province",
        "tinh": "province",
        "trung uong": "central",
        "cap trung uong": "central",
    },
    "online_level": {
        "toan trinh": "full",
        "mot phan": "partial",
        "khong": "none",
        "truc tuyen toan trinh": "full",
        "truc tuyen mot phan": "partial",
    },
    "time_limit_unit": {
        "ngay lam viec": "working_days",
        "ngay": "working_days",
        "gio lam viec": "working_hours",
        "gio": "working_hours",
        "trong ngay": "within_day",
    },
    "status": {
        "cong khai": "published",
        "da cong bo": "published",
        "du thao": "draft",
        "tam dung": "suspended",
        "bai bo": "abolished",
        "da bai bo": "abolished",
    },
}
_CHOICES: dict[str, Any] = {
    "level": Level,
    "online_level": OnlineLevel,
    "time_limit_unit": TimeLimitUnit,
    "status": Status,
}


def parse_choice(column: str, value: Any) -> str:
    choices = _CHOICES[column]
    text = fold(str(value))
    for choice in choices:
        if text in {choice.value, fold(str(choice.label)), fold(choice.value.replace("_", " "))}:
            return str(choice.value)
    if text in _ALIASES[column]:
        return _ALIASES[column][text]
    raise ValueError(
        _("“%(value)s” is not one of: %(allowed)s")
        % {"value": value, "allowed": ", ".join(f"{c.value} ({c.label})" for c in choices)}
    )


def _lines(value: Any) -> list[str]:
    return [line.strip() for line in str(value or "").splitlines() if line.strip()]


def parse_components(value: Any) -> list[dict[str, Any]]:
    """One component per line: `name | originals | copies | required`; the last three optional."""
    parts_list = []
    for n, line in enumerate(_lines(value), start=1):
        parts = [p.strip() for p in line.split("|")]
        if not parts[0]:
            raise ValueError(_("component %s has no name") % n)
        try:
            originals = parse_int(parts[1], maximum=999) if len(parts) > 1 and parts[1] else 1
            copies = parse_int(parts[2], maximum=999) if len(parts) > 2 and parts[2] else 0
            required = parse_bool(parts[3]) if len(parts) > 3 and parts[3] else True
        except ValueError as exc:
            raise ValueError(_("component %(n)s: %(reason)s") % {"n": n, "reason": exc}) from exc
        parts_list.append(
            {"name": parts[0], "originals": originals, "copies": copies, "required": required}
        )
    return parts_list


def parse_legal_basis(value: Any) -> list[dict[str, Any]]:
    """One document per line: `number | title | issued | effective from | expires on`."""
    documents = []
    for n, line in enumerate(_lines(value), start=1):
        parts = [p.strip() for p in line.split("|")] + [""] * 4
        if not parts[0]:
            raise ValueError(_("legal document %s has no number") % n)
        if len(parts[0]) > 64 or len(parts[1]) > 500:
            raise ValueError(
                _("legal document %s: the number is limited to 64 characters, the title to 500") % n
            )
        try:
            issued, effective, expires = (parse_date(p) for p in parts[2:5])
        except ValueError as exc:
            raise ValueError(
                _("legal document %(n)s: %(reason)s") % {"n": n, "reason": exc}
            ) from exc
        documents.append(
            {
                "number": parts[0],
                "title": parts[1],
                "issued_on": issued,
                "effective_from": effective,
                "expires_on": expires,
            }
        )
    return documents


# Free-text columns and their length limits (None: unlimited).
_TEXT_COLUMNS: dict[str, int | None] = {
    "steps": None,
    "submission_methods": None,
    "time_limit_note": None,
    "target_group": None,
    "implementing_agency": 300,
    "result": None,
    "fees": None,
    "announcement_decision": 64,
}


def _procedure_row(
    number: int, row: dict[str, Any], present: set[str]
) -> tuple[dict[str, Any], list[Problem]]:
    """Parse one row. Only the columns present in the file, and only the cells that are not
    blank, are returned: a file with a few columns, or a row with blank cells, changes those
    and leaves the rest of the procedure as it was (a new procedure takes the defaults)."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}

    def parse(column: str, parser: Callable[[Any], Any]) -> None:
        if column not in present:
            return
        raw = row.get(column, "")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return
        try:
            values[column] = parser(row.get(column, ""))
        except ValueError as exc:
            problems.append(Problem(number, column, str(exc)))

    for column, length in (("code", 32), ("name", 500), ("field", 200)):
        parse(column, partial(parse_text, max_length=length))
        if not values.get(column) and not any(p.column == column for p in problems):
            problems.append(Problem(number, column, _("this column is required")))
        values.setdefault(column, "")
    if values.get("code") and not all(c.isalnum() or c in ".-" for c in values["code"]):
        problems.append(Problem(number, "code", _("use only letters, digits, dots and dashes")))
    for column in ("level", "online_level", "time_limit_unit", "status"):
        parse(column, partial(parse_choice, column))
    if "level" not in values and not any(p.column == "level" for p in problems):
        problems.append(Problem(number, "level", _("this column is required")))
    parse("time_limit_value", parse_int)
    for column in ("at_counter", "postal", "fee_bearing", "paper_result"):
        parse(column, parse_bool)
    for column in ("announced_on", "published_on", "valid_from", "valid_to"):
        parse(column, parse_date)
    parse("components", parse_components)
    parse("legal_basis", parse_legal_basis)
    for column, limit in _TEXT_COLUMNS.items():
        parse(column, partial(_long_text, limit=limit))
    # Rules across columns (a time limit needs its unit, dates in order) are checked by the
    # model on the merged procedure, so a row may change one side of them.
    return values, problems


def _long_text(value: Any, limit: int | None) -> str:
    text = str(value or "").strip()
    if limit is not None and len(text) > limit:
        raise ValueError(
            _("longer than %(max)s characters (%(length)s)") % {"max": limit, "length": len(text)}
        )
    return text


def procedures_import(
    *,
    data: bytes,
    filename: str,
    actor: Any = None,
    is_demo: bool = False,
    progress: Callable[[int, int], None] | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Create or update procedures (by national code) from the import template's columns.
    Every row is checked; if any row is wrong nothing is written and every problem is listed.
    With `dry_run` the rows are written, counted and rolled back: a preview."""
    result = ImportResult(dry_run=dry_run)
    if actor is not None and not access_for(actor).has_top_role(
        Role.ADMINISTRATOR, Role.COORDINATOR
    ):
        message = _("Only province administrators and coordinators may import the catalogue.")
        return result.reject([Problem(0, "", message)])
    try:
        table = read_table(
            data,
            filename,
            columns=PROCEDURE_COLUMNS,
            required=PROCEDURE_REQUIRED,
            labels=PROCEDURE_LABELS,
        )
    except TableProblems as exc:
        return result.reject(exc.problems)
    result.encoding = table.encoding
    parsed: list[tuple[int, dict[str, Any]]] = []
    first_rows = FirstRows("code", _("the procedure code"))
    present = set(table.headers)
    for number, row in table.rows:
        values, problems = _procedure_row(number, row, present)
        code = values["code"]
        if code and (repeat := first_rows.repeated(number, code)):
            problems.append(repeat)
        result.problems.extend(problems)
        parsed.append((number, values))
    if result.problems:
        return result.reject(result.problems, table)
    total = len(parsed)
    with transaction.atomic():
        fields: dict[str, Field] = {}
        for index, (number, values) in enumerate(parsed, start=1):
            try:
                created = procedure_upsert(values=values, fields=fields, is_demo=is_demo)
            except ValidationError as exc:
                for column, messages in exc.message_dict.items():
                    for message in messages:
                        result.problems.append(Problem(number, column, message))
                continue
            result.count(values["code"], created=created)
            if progress:
                progress(index, total)
        if result.problems:
            transaction.set_rollback(True)
            return result.reject(result.problems, table)
        if dry_run:
            transaction.set_rollback(True)
            return result
        audit_record(
            actor=actor,
            action="procedures.import",
            object_type="file",
            object_id=filename[:64],
            detail={"created": result.created, "updated": result.updated},
        )
    return result


def procedure_upsert(
    *, values: dict[str, Any], fields: dict[str, Field], is_demo: bool = False
) -> bool:
    """Create or update one procedure from parsed import values. Keys missing from `values`
    leave the procedure as it was (or at the model's default when it is new); components are
    replaced only when given, keeping the form each kept component was linked to. Returns
    True when the procedure was created."""
    procedure = Procedure.objects.filter(code=values["code"]).first()
    created = procedure is None
    if procedure is None:
        procedure = Procedure(code=values["code"], is_demo=is_demo, status=Status.PUBLISHED)
    if values.get("field"):
        name = values["field"]
        if name not in fields:
            fields[name] = field_get_or_create(name=name)
        procedure.field = fields[name]
    for column in PROCEDURE_COLUMNS:
        if column in values and column not in ("code", "field", "components", "legal_basis"):
            setattr(procedure, column, values[column])
    procedure_save(procedure=procedure)
    if "components" in values:
        linked = {c.name: c.form_id for c in procedure.components.all() if c.form_id}
        procedure.components.all().delete()
        Component.objects.bulk_create(
            Component(procedure=procedure, position=i, form_id=linked.get(c["name"]), **c)
            for i, c in enumerate(values["components"], start=1)
        )
        section_changed("catalogue")  # bulk_create sends no signal
    if "legal_basis" in values:
        documents = []
        for doc in values["legal_basis"]:
            document, _created = LegalDocument.objects.get_or_create(number=doc["number"])
            # A document is shared by many procedures: one row only fills in what is blank.
            changed = [
                k for k, v in doc.items() if k != "number" and v and not getattr(document, k)
            ]
            for key in changed:
                setattr(document, key, doc[key])
            if changed:
                document.save(update_fields=[*changed, "updated_at"])
            documents.append(document)
        procedure.legal_basis.set(documents)
    return created


def procedure_template_rows() -> list[list[Any]]:
    """Header and one example row for the downloadable import template."""
    example = {
        "code": "1.001193",
        "name": "Đăng ký khai sinh",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": "Bước 1: Nộp hồ sơ\nBước 2: Nhận kết quả",
        "submission_methods": "Trực tiếp; bưu chính; trực tuyến",
        "at_counter": "yes",
        "postal": "yes",
        "online_level": "full",
        "time_limit_value": 1,
        "time_limit_unit": "working_days",
        "time_limit_note": "",
        "target_group": "Công dân Việt Nam",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy khai sinh",
        "fees": "Miễn lệ phí",
        "fee_bearing": "no",
        "paper_result": "yes",
        "components": "Tờ khai đăng ký khai sinh | 1 | 0 | yes\nGiấy chứng sinh | 1 | 0 | yes",
        "legal_basis": (
            "04/2020/TT-BTP | Thông tư quy định chi tiết Luật Hộ tịch | 28/05/2020 | 16/07/2020 |"
        ),
        "announcement_decision": "",
        "announced_on": "",
        "published_on": "",
        "valid_from": "",
        "valid_to": "",
        "status": "published",
    }
    return [PROCEDURE_COLUMNS, [example[c] for c in PROCEDURE_COLUMNS]]


CIVIL_STATUS_FIELD = "ho-tich"
CIVIL_STATUS_CUTOFF_SOURCE = "Luật Hộ tịch 2014, Điều 5 khoản 3; Nghị định 23/2015/NĐ-CP, Điều 7"
CIVIL_STATUS_CUTOFF_FROM = dt.date(2016, 1, 1)  # the Civil Status Law's entry into force


def cutoff_rule_civil_status() -> CutoffRule | None:
    """The sectoral 15:00 cut-off of civil-status procedures resolved within the day: received
    after 15:00, the result is given on the next working day. Created once for the field
    `ho-tich` where it exists; the administrator keeps, dates or removes it in the admin."""
    field = Field.objects.filter(code=CIVIL_STATUS_FIELD).first()
    if field is None:
        return None
    rule, _created = CutoffRule.objects.get_or_create(
        field=field,
        procedure=None,
        within_day_only=True,
        defaults={
            "cutoff": dt.time(15, 0),
            "valid_from": CIVIL_STATUS_CUTOFF_FROM,
            "source": CIVIL_STATUS_CUTOFF_SOURCE,
        },
    )
    return rule
