"""Import of dossiers exported from the National Public Service Portal or a provincial system.

One file is one transaction: every row is checked, and if any row is wrong nothing is written
and every problem is listed with its row and column letter. A file of a million rows is read,
checked and written a chunk at a time, so it never becomes a million model instances in memory
nor a million queries: procedures and agencies are looked up once, due dates come from one
working-day calendar, and each chunk is written with one upsert by dossier code. Re-importing
a file changes only the dossiers whose values changed.

The applicant's ID number is kept only as a keyed hash and its last four digits (Law 91/2025);
it never appears in an error message either.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from django.db import connection, transaction
from django.db.models import FilteredRelation, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.catalogue.models import Procedure, TimeLimitUnit
from motcua.catalogue.selectors import procedure_cutoff
from motcua.core.identity import id_number_hash, phone_clean
from motcua.core.services import audit_record
from motcua.core.tabular import (
    FirstRows,
    ImportResult,
    Problem,
    Table,
    TableProblems,
    parse_int,
    parse_text,
    table_stream,
)
from motcua.core.textfold import fold
from motcua.dossiers.deadlines import dossier_due_date, judged_timeliness
from motcua.dossiers.import_columns import (
    _ALWAYS_FIELDS,
    _CHOICES,
    _FLAGS,
    _FOREIGN_KEYS,
    _MOMENTS,
    _OPTIONAL_FIELDS,
    _ORDER,
    _TEXT_LIMITS,
    CLOCK_SLACK,
    CODE_PATTERN,
    DOSSIER_COLUMNS,
    DOSSIER_LABELS,
    DOSSIER_REQUIRED,
    _parse_choice,
    _parse_day,
    _parse_flag,
    _parse_id_number,
    parse_moment,
)
from motcua.dossiers.models import (
    ApplicantKind,
    Dossier,
    DossierSequence,
    SupplementKind,
    SupplementRequest,
)
from motcua.dossiers.states import FINISHED, State, rule_set_for
from motcua.orgs.access import access_for
from motcua.orgs.models import Agency, Role
from motcua.workdays.selectors import calendar

# Rows checked and written together; every chunk is one query to find the existing
# dossiers and one upsert.
CHUNK_SIZE = 2000
BATCH_SIZE = 1000
# On PostgreSQL chunks are written with COPY and one upsert (`_upsert_by_copy`), about twice
# as fast as bulk_create; the benchmark switches this off to measure both.
COPY_ON_POSTGRESQL = True
_STAGING = "motcua_dossier_import"
# A file wrong in a whole column would otherwise list a million problems.
MAX_PROBLEMS = 1000


# --- the import --------------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    """A checked row: the dossier's field values by attribute name, and its supplement."""

    number: int
    fields: dict[str, Any]
    supplement_requested_at: dt.datetime | None
    supplement_received_at: dt.datetime | None
    supplement_reason: str
    supplement_kind: str = SupplementKind.INTAKE
    pk: int | None = None


class _Bad:
    """A cell that could not be parsed; its problem is already recorded."""


_BAD = _Bad()


class _DossierImport:
    def __init__(self, *, table: Table, result: ImportResult, dry_run: bool, is_demo: bool):
        self.result = result
        self.dry_run = dry_run
        self.is_demo = is_demo
        self.present = set(table.headers)
        self.zone = timezone.get_default_timezone()
        self.latest = timezone.now() + CLOCK_SLACK
        self.procedures = {
            procedure.code: procedure
            for procedure in Procedure.objects.only(
                "pk", "code", "field_id", "time_limit_value", "time_limit_unit"
            )
        }
        self.agencies = {
            identifier: (pk, unit_id)
            for pk, identifier, unit_id in Agency.objects.values_list("pk", "identifier", "unit_id")
        }
        self.calendar = calendar()
        self.due_dates: dict[tuple[int, dt.date, dt.time | None], dt.date | None] = {}
        self.first_rows = FirstRows("code", _("the dossier code"))
        self.sequences: dict[tuple[int, dt.date], int] = {}
        self.default_reason = _("Papers were missing (recorded in the imported file).")
        fields = list(_ALWAYS_FIELDS)
        for column, names in _OPTIONAL_FIELDS.items():
            if column in self.present:
                fields += names
        self.update_fields = [*fields, "updated_at"]
        self.compared = [f"{f}_id" if f in _FOREIGN_KEYS else f for f in fields]
        concrete = Dossier._meta.concrete_fields
        self.defaults = {f.attname: f.get_default() for f in concrete if not f.primary_key}
        self.layout = [f.attname for f in concrete]
        self.postgresql = connection.vendor == "postgresql" and COPY_ON_POSTGRESQL
        self.staging = False
        moment = functools.partial(parse_moment, zone=self.zone)
        parsers: dict[str, Callable[[Any], Any]] = {
            column: functools.partial(parse_text, max_length=limit)
            for column, limit in _TEXT_LIMITS.items()
        }
        parsers |= {column: moment for column in _MOMENTS}
        parsers |= {column: _parse_choice(column) for column in _CHOICES}
        parsers |= {column: _parse_flag for column in _FLAGS}
        parsers["due_date"] = _parse_day
        parsers["applicant_id_number"] = _parse_id_number
        parsers["visits"] = functools.partial(parse_int, minimum=0, maximum=100)
        # Every column, present or not, so that a missing one reads as blank.
        self.parsers = [
            (column, parsers[column], column in DOSSIER_REQUIRED) for column in DOSSIER_COLUMNS
        ]
        self.supplements = "supplement_requested_at" in self.present
        self.supplement_fields = ["requested_at", "fulfilled_at", "kind", "updated_at"]
        if "supplement_reason" in self.present:
            self.supplement_fields.append("reason")

    # --- checking one row ----------------------------------------------------------------

    def due(self, procedure: Procedure, complete_at: dt.datetime) -> dt.date | None:
        """`deadlines.dossier_due_date` with one calendar for the whole file, memoised: a
        due date depends only on the procedure, the day, and the time when a cut-off or a
        limit in hours makes the time matter."""
        local = complete_at.astimezone(self.zone)
        moment = None
        if procedure.time_limit_unit == TimeLimitUnit.WORKING_HOURS:
            moment = local.time()
        else:
            cutoff = procedure_cutoff(procedure, local.date())
            moment = cutoff if cutoff is not None and local.time() > cutoff else None
        key = (procedure.pk, local.date(), moment)
        if key not in self.due_dates:
            self.due_dates[key] = dossier_due_date(procedure, local, days_off=self.calendar)
        return self.due_dates[key]

    def check(self, number: int, row: dict[str, Any]) -> tuple[_Row | None, list[Problem]]:
        problems: list[Problem] = []
        values: dict[str, Any] = {}
        for column, parser, required in self.parsers:
            raw = row.get(column)
            if raw is None or raw == "":
                if required:
                    problems.append(Problem(number, column, _("this column is required")))
                    values[column] = _BAD
                else:
                    values[column] = None
                continue
            try:
                values[column] = parser(raw)
            except ValueError as exc:
                problems.append(Problem(number, column, str(exc)))
                values[column] = _BAD
        code = values["code"]
        procedure_code = values["procedure_code"]
        identifier = values["agency_identifier"]
        channel = values["channel"]
        received_at = values["received_at"]
        complete_at = values["complete_at"]
        due_date = values["due_date"]
        finished_at = values["finished_at"]
        returned_at = values["returned_at"]
        state = values["state"]
        kind = values["applicant_kind"]
        name = values["applicant_name"]
        phone = values["applicant_phone"]
        id_number = values["applicant_id_number"]
        address = values["applicant_address"]
        requested_at = values["supplement_requested_at"]
        fulfilled_at = values["supplement_received_at"]
        reason = values["supplement_reason"]
        visits = values["visits"]
        flags = {column: values[column] is True for column in _FLAGS}

        procedure = None
        if isinstance(procedure_code, str):
            procedure = self.procedures.get(procedure_code)
            if procedure is None:
                problems.append(
                    Problem(
                        number,
                        "procedure_code",
                        _("unknown procedure code “%s”; import the procedure list first")
                        % procedure_code,
                    )
                )
        agency, code_day, sequence = None, None, 0
        if isinstance(code, str):
            agency, code_day, sequence = self._check_code(number, code, identifier, problems)
        if isinstance(identifier, str) and agency is None and identifier not in self.agencies:
            problems.append(
                Problem(number, "agency_identifier", _("unknown agency “%s”") % identifier)
            )

        moments_ok = isinstance(received_at, dt.datetime)
        if moments_ok:
            self._check_order(
                number,
                problems,
                received_at=received_at,
                complete_at=complete_at,
                finished_at=finished_at,
                returned_at=returned_at,
                requested_at=requested_at,
                fulfilled_at=fulfilled_at,
            )
            if code_day and code_day > received_at.astimezone(self.zone).date():
                problems.append(
                    Problem(
                        number,
                        "code",
                        _("the date in the code (%(day)s) is after the day of receipt")
                        % {"day": code_day.strftime("%d/%m/%Y")},
                    )
                )
        if state is None and not any(
            isinstance(v, _Bad) for v in (finished_at, returned_at, requested_at, fulfilled_at)
        ):
            state = self._inferred_state(finished_at, returned_at, requested_at, fulfilled_at)
        if isinstance(state, str):
            self._check_state(number, problems, state, finished_at, returned_at)

        if isinstance(code, str) and (repeat := self.first_rows.repeated(number, code)):
            problems.append(repeat)
        if problems:
            return None, problems
        assert procedure is not None and agency is not None and code_day is not None
        key = (agency[0], code_day)
        self.sequences[key] = max(self.sequences.get(key, 0), sequence)

        if complete_at is None:
            if fulfilled_at is not None:
                complete_at = fulfilled_at
            elif requested_at is not None and (
                requested_at.astimezone(self.zone).date()
                == received_at.astimezone(self.zone).date()
            ):
                complete_at = None  # still waiting for papers asked for at intake
            else:
                complete_at = received_at
        if due_date is None and complete_at is not None:
            due_date = self.due(procedure, complete_at)
        hashed, last4 = id_number_hash(id_number or "")
        fields = dict(self.defaults)
        fields |= {
            "code": code,
            "procedure_id": procedure.pk,
            "agency_id": agency[0],
            "unit_id": agency[1],
            "state": str(state),
            "rule_set": str(rule_set_for(received_at.astimezone(self.zone).date())),
            "channel": channel,
            "received_at": received_at,
            "complete_at": complete_at,
            "due_date": due_date,
            "finished_at": finished_at,
            "returned_at": returned_at,
            "applicant_kind": kind or str(ApplicantKind.PERSON),
            "applicant_name": name,
            "applicant_phone": phone_clean(phone or ""),
            "applicant_id_hash": hashed,
            "applicant_id_last4": last4,
            "applicant_address": address or "",
            "visits": 1 if visits is None else visits,
            "is_demo": self.is_demo,
            **flags,
        }
        if state in FINISHED and finished_at is not None:
            fields["timeliness"] = judged_timeliness(
                state=state, due=due_date, finished=finished_at
            )
        kind = SupplementKind.INTAKE
        if requested_at is not None and (
            requested_at.astimezone(self.zone).date() != received_at.astimezone(self.zone).date()
        ):
            kind = SupplementKind.APPRAISAL  # asked after the day of receipt
        return _Row(number, fields, requested_at, fulfilled_at, reason or "", kind), []

    def _check_code(
        self, number: int, code: str, identifier: Any, problems: list[Problem]
    ) -> tuple[tuple[int, int] | None, dt.date | None, int]:
        match = CODE_PATTERN.match(code)
        if match is None:
            problems.append(
                Problem(
                    number,
                    "code",
                    _("“%s” is not a dossier code of the form <agency identifier>-YYMMDD-XXXX")
                    % code,
                )
            )
            return None, None, 0
        prefix, yy, mm, dd, sequence = match.groups()
        if isinstance(identifier, str) and identifier != prefix:
            problems.append(
                Problem(
                    number,
                    "code",
                    _("the code does not start with the agency's identifier %s") % identifier,
                )
            )
            return None, None, 0
        agency = self.agencies.get(prefix)
        if agency is None and not isinstance(identifier, str):
            problems.append(
                Problem(number, "code", _("no agency has the identifier “%s”") % prefix)
            )
        try:
            code_day = dt.date(2000 + int(yy), int(mm), int(dd))
        except ValueError:
            problems.append(
                Problem(
                    number, "code", _("%s in the code is not a date (YYMMDD)") % f"{yy}{mm}{dd}"
                )
            )
            return agency, None, 0
        if sequence == "0000":
            problems.append(Problem(number, "code", _("numbers in a code start at 0001")))
        return agency, code_day, int(sequence)

    def _check_order(
        self,
        number: int,
        problems: list[Problem],
        *,
        received_at: dt.datetime,
        complete_at: Any,
        finished_at: Any,
        returned_at: Any,
        requested_at: Any,
        fulfilled_at: Any,
    ) -> None:
        if received_at > self.latest:
            problems.append(Problem(number, "received_at", _("this moment is in the future")))
        for column, value in (("finished_at", finished_at), ("returned_at", returned_at)):
            if isinstance(value, dt.datetime) and value > self.latest:
                problems.append(Problem(number, column, _("this moment is in the future")))
        for column, later, earlier in (
            ("complete_at", complete_at, received_at),
            ("finished_at", finished_at, received_at),
            ("returned_at", returned_at, finished_at),
            ("supplement_requested_at", requested_at, received_at),
            ("supplement_received_at", fulfilled_at, requested_at),
        ):
            if (
                isinstance(later, dt.datetime)
                and isinstance(earlier, dt.datetime)
                and later < earlier
            ):
                at = earlier.astimezone(self.zone).strftime("%d/%m/%Y %H:%M")
                problems.append(Problem(number, column, str(_ORDER[column]) % {"at": at}))
        if fulfilled_at is not None and requested_at is None:
            problems.append(
                Problem(
                    number,
                    "supplement_received_at",
                    _("a supplement was received but never requested (supplement_requested_at)"),
                )
            )

    def _inferred_state(
        self,
        finished_at: dt.datetime | None,
        returned_at: dt.datetime | None,
        requested_at: dt.datetime | None,
        fulfilled_at: dt.datetime | None,
    ) -> str:
        if returned_at is not None:
            return State.RETURNED
        if finished_at is not None:
            return State.RESOLVED
        if requested_at is not None and fulfilled_at is None:
            return State.SUPPLEMENT_REQUESTED
        return State.RECEIVED

    def _check_state(
        self,
        number: int,
        problems: list[Problem],
        state: str,
        finished_at: Any,
        returned_at: Any,
    ) -> None:
        label = State(state).label
        if state in FINISHED and finished_at is None:
            problems.append(
                Problem(
                    number,
                    "finished_at",
                    _("required: the dossier's state is “%s”") % label,
                )
            )
        if state not in FINISHED and isinstance(finished_at, dt.datetime):
            problems.append(
                Problem(
                    number,
                    "finished_at",
                    _("a dossier that is “%s” cannot have finished yet") % label,
                )
            )
        if state == State.RETURNED and returned_at is None:
            problems.append(
                Problem(number, "returned_at", _("required: the dossier's state is “%s”") % label)
            )
        if state != State.RETURNED and isinstance(returned_at, dt.datetime):
            problems.append(
                Problem(
                    number,
                    "returned_at",
                    _("a dossier that is “%s” has not had its result returned") % label,
                )
            )

    # --- writing a chunk -----------------------------------------------------------------

    def write(self, rows: list[_Row]) -> None:
        """Count what is new and what changed; unless this is a dry run, upsert those."""
        columns = ["code", "pk", *self.compared]
        if self.supplements:
            columns += ["first_supplement__requested_at", "first_supplement__fulfilled_at"]
            if "supplement_reason" in self.present:
                columns.append("first_supplement__reason")
        existing = {
            values[0]: values[1:]
            for values in Dossier.objects.filter(code__in=[r.fields["code"] for r in rows])
            # A file holds a dossier's first request; later ones are motcua's own.
            .annotate(
                first_supplement=FilteredRelation(
                    "supplements", condition=Q(supplements__position=1)
                )
            )
            .order_by()
            .values_list(*columns)
        }
        requested = 1 + len(self.compared)  # where first_supplement__requested_at is in `old`
        changed: list[_Row] = []
        dropped: list[int] = []
        for row in rows:
            old = existing.get(row.fields["code"])
            new = self._comparable(row)
            if old is not None and tuple(old[1:]) == new:
                continue
            if old is None:
                self.result.count(row.fields["code"], created=True)
            else:
                # The file no longer shows a supplement the dossier had: remove it.
                had_supplement = self.supplements and old[requested] is not None
                if had_supplement and row.supplement_requested_at is None:
                    dropped.append(old[0])
                self.result.count(row.fields["code"], created=False)
            changed.append(row)
        if self.dry_run or not changed:
            return
        if self.postgresql:
            self._upsert_by_copy(changed)
        else:
            # Positional arguments take Django's fast path through Model.__init__.
            dossiers = Dossier.objects.bulk_create(
                [Dossier(*[row.fields.get(n) for n in self.layout]) for row in changed],
                batch_size=BATCH_SIZE,
                update_conflicts=True,
                unique_fields=["code"],
                update_fields=self.update_fields,
            )
            for row, dossier in zip(changed, dossiers, strict=True):
                row.pk = dossier.pk
        if not self.supplements:
            return
        if dropped:
            SupplementRequest.objects.filter(dossier_id__in=dropped).delete()
        requests = [
            SupplementRequest(
                dossier_id=row.pk,
                position=1,
                kind=row.supplement_kind,
                reason=row.supplement_reason or self.default_reason,
                requested_at=row.supplement_requested_at,
                fulfilled_at=row.supplement_received_at,
            )
            for row in changed
            if row.supplement_requested_at is not None and row.pk is not None
        ]
        SupplementRequest.objects.bulk_create(
            requests,
            batch_size=BATCH_SIZE,
            update_conflicts=True,
            unique_fields=["dossier", "position"],
            update_fields=self.supplement_fields,
        )

    def _upsert_by_copy(self, rows: list[_Row]) -> None:
        """The PostgreSQL form of `bulk_create(update_conflicts=True)`: COPY the chunk into
        a temporary table, then one INSERT ... ON CONFLICT (code) DO UPDATE of the same
        fields. Building the INSERT's parameters is most of bulk_create's time at this
        volume; COPY takes the values as they are (see benchmarks/dossier_import.py)."""
        quote = connection.ops.quote_name
        concrete = Dossier._meta.concrete_fields
        names = list(self.defaults)
        column = {f.attname: quote(f.column) for f in concrete} | {
            f.name: quote(f.column) for f in concrete
        }
        columns = ", ".join(column[name] for name in names)
        updates = ", ".join(f"{column[n]} = EXCLUDED.{column[n]}" for n in self.update_fields)
        table = quote(Dossier._meta.db_table)
        now = timezone.now()
        with connection.cursor() as cursor:
            if not self.staging:
                cursor.execute(
                    f"CREATE TEMPORARY TABLE {_STAGING} ON COMMIT DROP AS "  # noqa: S608
                    f"SELECT {columns} FROM {table} WITH NO DATA"
                )
                self.staging = True
            else:
                cursor.execute(f"TRUNCATE {_STAGING}")
            with cursor.cursor.copy(f"COPY {_STAGING} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    fields = row.fields
                    fields["created_at"] = fields["updated_at"] = now
                    copy.write_row([fields[name] for name in names])
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {_STAGING} "  # noqa: S608
                f"ON CONFLICT (code) DO UPDATE SET {updates} RETURNING id, code"
            )
            ids = {code: pk for pk, code in cursor.fetchall()}
        for row in rows:
            row.pk = ids[row.fields["code"]]

    def finish(self) -> None:
        if self.staging:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE {_STAGING}")
            self.staging = False

    def _comparable(self, row: _Row) -> tuple[Any, ...]:
        values = [row.fields[name] for name in self.compared]
        if self.supplements:
            values += [row.supplement_requested_at, row.supplement_received_at]
            if "supplement_reason" in self.present:
                values.append(
                    (row.supplement_reason or self.default_reason)
                    if row.supplement_requested_at
                    else None
                )
        return tuple(values)

    def keep_sequences_ahead(self) -> None:
        """Counter intake numbers codes from DossierSequence: raise every (agency, day) the
        file touched to at least its highest imported number, so the next dossier received
        at the counter cannot take an imported code."""
        if not self.sequences:
            return
        agencies = {agency for agency, _day in self.sequences}
        days = [day for _agency, day in self.sequences]
        current = {
            (agency, day): last
            for agency, day, last in DossierSequence.objects.select_for_update()
            .filter(agency_id__in=agencies, day__range=(min(days), max(days)))
            .values_list("agency_id", "day", "last")
        }
        raised = [
            DossierSequence(agency_id=agency, day=day, last=last)
            for (agency, day), last in self.sequences.items()
            if current.get((agency, day), 0) < last
        ]
        DossierSequence.objects.bulk_create(
            raised,
            batch_size=BATCH_SIZE,
            update_conflicts=True,
            unique_fields=["agency", "day"],
            update_fields=["last"],
        )


IGNORE = "-"


def _labels(
    mapping: dict[str, str] | None,
) -> tuple[dict[str, list[Any]], list[str], list[Problem]]:
    """Our header labels plus the file's own names from `mapping` (file header -> key). A
    mapped name is taken away from any other key it is a label of, so the mapping wins. A
    header mapped to "-" is a column of the export to skip (a row number, a note)."""
    labels = {key: list(names) for key, names in DOSSIER_LABELS.items()}
    ignored: list[str] = []
    problems = []
    for header, key in (mapping or {}).items():
        if key == IGNORE:
            ignored.append(header)
            continue
        if key not in labels:
            problems.append(
                Problem(
                    0,
                    "",
                    _("column mapping “%(header)s=%(key)s”: “%(key)s” is not one of: %(known)s")
                    % {"header": header, "key": key, "known": ", ".join(DOSSIER_COLUMNS)},
                )
            )
            continue
        folded = fold(header)
        for other, names in labels.items():
            labels[other] = [n for n in names if fold(str(n)) != folded]
        labels[key].append(header)
    return labels, ignored, problems


def _rows_expected(data: bytes, filename: str) -> int:
    """About how many rows the file has, for the progress bar."""
    if filename.lower().endswith(".xlsx") or data.startswith(b"PK\x03\x04"):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True)
            rows = workbook.worksheets[0].max_row or 0
            workbook.close()
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            return 0
        return max(rows - 1, 0)
    return max(data.count(b"\n") - 1, 1)


def _checked_chunks(
    work: _DossierImport, rows: Iterator[tuple[int, dict[str, Any]]]
) -> Iterator[tuple[list[_Row], list[Problem], int, int]]:
    """The rows checked a chunk at a time: (checked rows, problems, rows read, last row)."""
    while chunk := list(islice(rows, CHUNK_SIZE)):
        checked, problems = [], []
        for number, row in chunk:
            parsed, row_problems = work.check(number, row)
            problems += row_problems
            if parsed is not None:
                checked.append(parsed)
        yield checked, problems, len(chunk), chunk[-1][0]


def dossiers_import(
    *,
    data: bytes,
    filename: str,
    actor: Any = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    mapping: dict[str, str] | None = None,
    is_demo: bool = False,
) -> ImportResult:
    """Create or update dossiers (by dossier code) from a CSV or XLSX export. `mapping` maps
    the file's own header names to our column keys. Every row is checked; if any is wrong
    nothing is written and every problem is listed. With `dry_run` nothing is written: the
    rows are checked and the dossiers that would be created or updated are counted."""
    result = ImportResult(dry_run=dry_run)
    if actor is not None and not access_for(actor).has_top_role(
        Role.ADMINISTRATOR, Role.COORDINATOR
    ):
        message = _("Only province administrators and coordinators may import dossiers.")
        return result.reject([Problem(0, "", message)])
    labels, ignored, problems = _labels(mapping)
    if problems:
        return result.reject(problems)
    try:
        table, rows = table_stream(
            data,
            filename,
            columns=DOSSIER_COLUMNS,
            required=DOSSIER_REQUIRED,
            labels=labels,
            ignore=ignored,
        )
    except TableProblems as exc:
        return result.reject(exc.problems)
    result.encoding = table.encoding
    expected = _rows_expected(data, filename)
    done = 0
    with transaction.atomic():
        work = _DossierImport(table=table, result=result, dry_run=dry_run, is_demo=is_demo)
        try:
            for checked, problems, size, last_row in _checked_chunks(work, rows):
                result.problems.extend(problems)
                done += size
                if len(result.problems) >= MAX_PROBLEMS:
                    result.problems.append(
                        Problem(
                            0,
                            "",
                            _("More than %(max)s problems: checking stopped at row %(row)s.")
                            % {"max": MAX_PROBLEMS, "row": last_row},
                        )
                    )
                    break
                # Once a row is wrong nothing will be kept: go on checking, stop writing.
                if not result.problems:
                    work.write(checked)
                if progress:
                    progress(done, max(expected, done))
        except TableProblems as exc:
            result.problems.extend(exc.problems)
        if not result.problems and done == 0:
            result.problems.append(Problem(0, "", _("The file has a header but no data rows.")))
        if result.problems:
            transaction.set_rollback(True)
            return result.reject(result.problems, table)
        if progress:
            progress(done, done)
        if dry_run:
            transaction.set_rollback(True)
            return result
        work.finish()
        work.keep_sequences_ahead()
        audit_record(
            actor=actor,
            action="dossiers.import",
            object_type="file",
            object_id=filename[:64],
            detail={"created": result.created, "updated": result.updated, "rows": done},
        )
    return result
