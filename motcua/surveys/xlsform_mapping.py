"""The mapping of an XLSForm's rows onto a questionnaire's sections, items and choices."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings as django_settings
from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter

from motcua.core.textfold import fold
from motcua.surveys.models import (
    ItemKind,
)
from motcua.surveys.xlsform_sheets import (
    _BEGIN_END,
    _CALCULATED,
    _CHOICES_COLUMNS,
    _DISSATISFIED,
    _FROM_FILE,
    _KIND_SATISFACTION,
    _MAX_EXPRESSION,
    _MAX_NAME,
    _METADATA,
    _REFERENCE,
    _SATISFIED,
    _SELECT,
    _SIMPLE_KINDS,
    _SURVEY_COLUMNS,
    _TRANSLATED,
    _TYPOGRAPHIC_QUOTES,
    _XML_NAME,
    CHOICES,
    INDEX_COLUMN,
    KIND_COLUMN,
    SETTINGS,
    SURVEY,
    Finding,
    _Column,
    _Languages,
    _note_unmapped_columns,
    _read_header,
    _Sheet,
    _split_header,
    _text,
    _value,
    _yes_no,
)

# The mapping ----------------------------------------------------------------------------


@dataclass
class _SectionPlan:
    row: int
    name: str
    labels: dict[str, str]
    relevant: str
    parent: _SectionPlan | None
    position: int
    is_element: bool = False


@dataclass
class _ItemPlan:
    row: int
    name: str
    kind: str
    choice_list: str
    labels: dict[str, str]
    hints: dict[str, str]
    required: bool
    relevant: str
    constraint: str
    constraint_messages: dict[str, str]
    section: _SectionPlan | None
    position: int
    in_index: bool = False
    marked_scale: bool = False  # `motcua_kind` says satisfaction


@dataclass
class _ChoicePlan:
    row: int
    list_name: str
    value: str
    labels: dict[str, str]


@dataclass
class _Plan:
    sections: list[_SectionPlan] = field(default_factory=list)
    items: list[_ItemPlan] = field(default_factory=list)
    choices: list[_ChoicePlan] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    languages: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # names not imported, by row


class _Reader:
    def __init__(self, sheets: dict[str, _Sheet], notes: list[Finding]) -> None:
        self.sheets = sheets
        self.notes = notes
        self.problems: list[Finding] = []
        self.languages = _Languages()
        self.plan = _Plan()
        self.default_language = ""

    def problem(self, sheet: str, row: int, column: _Column | None, text: str) -> None:
        letter, header = (column.letter, column.header) if column else ("", "")
        self.problems.append(Finding(sheet, row, letter, text, header))

    def note(self, sheet: str, row: int, column: _Column | None, text: str) -> None:
        letter, header = (column.letter, column.header) if column else ("", "")
        self.notes.append(Finding(sheet, row, letter, text, header))

    def read(self) -> _Plan:
        survey = self.sheets.get(SURVEY)
        if survey is None:
            self.problem(SURVEY, 0, None, _("the workbook has no “survey” sheet."))
            return self.plan
        for key, sheet in self.sheets.items():
            if key not in (SURVEY, CHOICES, SETTINGS):
                self.note(sheet.title, 0, None, _("this sheet is not read."))
        choices = self.sheets.get(CHOICES)
        settings = self.sheets.get(SETTINGS)
        self.problems += _read_header(survey, self.languages, _SURVEY_COLUMNS, self.notes)
        if choices is not None:
            self.problems += _read_header(choices, self.languages, _CHOICES_COLUMNS, self.notes)
        if settings is not None:
            self._read_settings(settings)
        self._choose_languages(survey, choices)
        for checked, needed in ((survey, ("type", "name")), (choices, ("list_name", "name"))):
            if checked is None:
                continue
            for base in needed:
                if checked.column(base) is None:
                    self.problem(
                        checked.title,
                        checked.header_row or 1,
                        None,
                        _("the column “%(column)s” is missing.") % {"column": base},
                    )
        if self.problems:
            return self.plan
        if choices is not None:
            self._read_choices(choices)
        self._read_survey(survey)
        if not self.problems:
            self._drop_references()
        return self.plan

    def _read_settings(self, sheet: _Sheet) -> None:
        if not sheet.rows:
            return
        header_row, header = sheet.rows[0]
        values = sheet.rows[1][1] if len(sheet.rows) > 1 else []
        keys = [_split_header(_text(cell))[0] for cell in header]
        for index, key in enumerate(keys):
            value = _text(values[index]) if index < len(values) else ""
            if key and value:
                self.plan.settings[key] = value
        for number, _cells in sheet.rows[2:]:
            self.note(sheet.title, number, None, _("only the first row of settings is read."))
        if spec := self.plan.settings.get("default_language"):
            letter = get_column_letter(keys.index("default_language") + 1)
            where = Finding(sheet.title, header_row + 1, letter, "", "default_language")
            self.default_language = self.languages.code(spec, where, self.notes)

    def _choose_languages(self, survey: _Sheet, choices: _Sheet | None) -> None:
        """The language of columns without one (`label`): the form's default language, else
        its first declared language, else the site's language, said in a note."""
        declared = list(self.languages.order)
        plain = [
            column
            for sheet in (survey, choices)
            if sheet is not None
            for column in sheet.columns
            if column.base in _TRANSLATED and not column.language
        ]
        if self.default_language:
            fallback = self.default_language
        elif declared:
            fallback = declared[0]
        else:
            fallback = django_settings.LANGUAGE_CODE.split("-")[0]
        for sheet in (survey, choices):
            columns = [c for c in plain if sheet is not None and any(c is x for x in sheet.columns)]
            if sheet is None or not columns or self.default_language:
                continue
            self.note(
                sheet.title,
                sheet.header_row,
                None,
                _(
                    "columns without a language (%(columns)s) are read as “%(code)s”; "
                    "write “label::Language (code)” headers to say which language they are."
                )
                % {
                    "columns": ", ".join(f"{c.letter} {c.header}" for c in columns),
                    "code": fallback,
                },
            )
        for column in plain:
            column.language, column.plain = fallback, True
        order = [fallback] if (self.default_language or plain) else []
        self.plan.languages = order + [c for c in declared if c not in order]

    def _texts(self, sheet: _Sheet, base: str, number: int, cells: list[Any]) -> dict[str, str]:
        """Texts by language; a column naming its language wins over one that does not."""
        texts: dict[str, str] = {}
        for column in sorted(sheet.columns, key=lambda c: not c.plain):
            text = _text(_value(cells, column)) if column.base == base else ""
            if not text:
                continue
            if column.language in texts and texts[column.language] != text:
                self.note(
                    sheet.title,
                    number,
                    column,
                    _("two columns give the “%(language)s” text; this one is kept.")
                    % {"language": column.language},
                )
            texts[column.language] = text
        return texts

    def _read_choices(self, sheet: _Sheet) -> None:
        _note_unmapped_columns(sheet, _CHOICES_COLUMNS, self.notes)
        list_column, name_column = sheet.column("list_name"), sheet.column("name")
        seen: dict[tuple[str, str], int] = {}
        for number, cells in sheet.rows:
            list_name = _text(_value(cells, list_column))
            value = _text(_value(cells, name_column))
            if not list_name and not value:
                continue  # a row with only media or filter values
            if not list_name:
                self.problem(sheet.title, number, list_column, _("the choice has no list name."))
                continue
            if not value:
                self.problem(sheet.title, number, name_column, _("the choice has no name."))
                continue
            if len(value) > _MAX_NAME or len(list_name) > _MAX_NAME:
                self.problem(
                    sheet.title,
                    number,
                    name_column,
                    _("longer than %(max)s characters.") % {"max": _MAX_NAME},
                )
                continue
            if (list_name, value) in seen:
                self.problem(
                    sheet.title,
                    number,
                    name_column,
                    _("the choice “%(value)s” is already in the list “%(list)s” (row %(row)s).")
                    % {"value": value, "list": list_name, "row": seen[list_name, value]},
                )
                continue
            seen[list_name, value] = number
            labels = self._texts(sheet, "label", number, cells)
            self.plan.choices.append(_ChoicePlan(number, list_name, value, labels))

    def _expression(self, sheet: _Sheet, base: str, number: int, cells: list[Any]) -> str:
        column = sheet.column(base)
        text = _text(_value(cells, column))
        fixed = text.translate(_TYPOGRAPHIC_QUOTES)
        if fixed != text:
            self.note(
                sheet.title,
                number,
                column,
                _("typographic quotes in the expression are read as straight quotes."),
            )
        if len(fixed) > _MAX_EXPRESSION:
            self.problem(
                sheet.title,
                number,
                column,
                _("longer than %(max)s characters.") % {"max": _MAX_EXPRESSION},
            )
        return fixed

    def _required(self, sheet: _Sheet, number: int, cells: list[Any]) -> bool:
        column = sheet.column("required")
        value = _value(cells, column)
        flag = _yes_no(value)
        if flag is None:
            self.note(
                sheet.title,
                number,
                column,
                _("“required” only under a condition (%(expression)s) is not kept; ")
                % {"expression": _text(value)}
                + _("the question is stored as not required."),
            )
            return False
        return flag

    def _in_index(self, sheet: _Sheet, number: int, cells: list[Any]) -> bool:
        """The `motcua_index` cell, read as `required` is; no column or a blank is no."""
        column = sheet.column(INDEX_COLUMN)
        value = _value(cells, column)
        flag = _yes_no(value)
        if flag is None:
            self.note(
                sheet.title,
                number,
                column,
                _("“%(value)s” is not yes or no; read as no.") % {"value": _text(value)},
            )
            return False
        return flag

    def _marked_scale(self, sheet: _Sheet, number: int, cells: list[Any]) -> bool:
        """Whether the `motcua_kind` cell says `satisfaction`."""
        column = sheet.column(KIND_COLUMN)
        text = _text(_value(cells, column))
        if text.casefold() == _KIND_SATISFACTION:
            return True
        if text:
            self.note(
                sheet.title,
                number,
                column,
                _("“%(value)s” is not a kind motcua knows (only “%(known)s”); the type is used.")
                % {"value": text, "known": _KIND_SATISFACTION},
            )
        return False

    def _read_survey(self, sheet: _Sheet) -> None:
        _note_unmapped_columns(sheet, _SURVEY_COLUMNS, self.notes)
        lists = {c.list_name for c in self.plan.choices}
        type_column, name_column = sheet.column("type"), sheet.column("name")
        # Open groups and repeats; a repeat (and all inside it) is not imported.
        stack: list[tuple[str, int, _SectionPlan | None]] = []
        repeat_depth = 0
        skipped_in_repeat: list[str] = []
        names: dict[str, int] = {}  # questions
        group_names: dict[str, int] = {}  # groups: a separate namespace, as in the models
        position = 0
        for number, cells in sheet.rows:
            raw_type = " ".join(_text(_value(cells, type_column)).split())
            kind_text = raw_type.casefold()
            name = _text(_value(cells, name_column))
            if not raw_type:
                self.note(sheet.title, number, type_column, _("the row has no type; skipped."))
                continue
            if edge := _BEGIN_END.match(kind_text):
                if edge.group("edge") == "end":
                    if not stack or stack[-1][0] != edge.group("what"):
                        self.problem(
                            sheet.title,
                            number,
                            type_column,
                            _("“%(type)s” closes nothing that is open.") % {"type": raw_type},
                        )
                        continue
                    what, begun, _section = stack.pop()
                    if what != "group":
                        repeat_depth -= 1
                        if repeat_depth == 0:
                            shown = ", ".join(skipped_in_repeat) or "-"
                            self.note(
                                sheet.title,
                                begun,
                                type_column,
                                _(
                                    "repeats are not supported: rows %(first)s–%(last)s are "
                                    "not imported (%(names)s)."
                                )
                                % {"first": begun, "last": number, "names": shown},
                            )
                            skipped_in_repeat = []
                    continue
                what = edge.group("what")
                if repeat_depth or what != "group":
                    if name:
                        skipped_in_repeat.append(name)
                        self.plan.dropped.setdefault(name, number)
                    if what != "group":
                        repeat_depth += 1
                    stack.append((what, number, None))
                    continue
                if not self._check_name(sheet, number, name_column, name, group_names):
                    stack.append((what, number, None))
                    continue
                position += 1
                parent = next((s for _w, _n, s in reversed(stack) if s is not None), None)
                section = _SectionPlan(
                    row=number,
                    name=name,
                    labels=self._texts(sheet, "label", number, cells),
                    relevant=self._expression(sheet, "relevant", number, cells),
                    parent=parent,
                    position=position,
                    is_element=self._in_index(sheet, number, cells),
                )
                self.plan.sections.append(section)
                stack.append((what, number, section))
                continue
            if repeat_depth:
                if name:
                    skipped_in_repeat.append(name)
                    self.plan.dropped.setdefault(name, number)
                continue
            labels = self._texts(sheet, "label", number, cells)
            hints = self._texts(sheet, "hint", number, cells)
            kind, choice_list = self._kind(sheet, number, type_column, raw_type, lists)
            if kind and not labels and not hints:
                self.note(
                    sheet.title,
                    number,
                    type_column,
                    _("“%(name)s” has no label or hint (only media); not imported.")
                    % {"name": name},
                )
                kind = ""
            if not kind:
                if name:
                    self.plan.dropped.setdefault(name, number)
                continue
            if not self._check_name(sheet, number, name_column, name, names):
                continue
            position += 1
            self.plan.items.append(
                _ItemPlan(
                    row=number,
                    name=name,
                    kind=kind,
                    choice_list=choice_list,
                    labels=labels,
                    hints=hints,
                    required=self._required(sheet, number, cells),
                    relevant=self._expression(sheet, "relevant", number, cells),
                    constraint=self._expression(sheet, "constraint", number, cells),
                    constraint_messages=self._texts(sheet, "constraint_message", number, cells),
                    section=next((s for _w, _n, s in reversed(stack) if s is not None), None),
                    position=position,
                    in_index=self._in_index(sheet, number, cells),
                    marked_scale=self._marked_scale(sheet, number, cells),
                )
            )
        for what, begun, _section in stack:
            self.problem(
                sheet.title,
                begun,
                type_column,
                _("this %(what)s is never closed with “end %(what)s”.") % {"what": what},
            )
        if sheet.column(KIND_COLUMN) is None:
            self._use_satisfaction_scale()
        else:
            self._use_marked_scale()

    def _check_name(
        self, sheet: _Sheet, number: int, column: _Column | None, name: str, seen: dict[str, int]
    ) -> bool:
        if not name:
            self.problem(sheet.title, number, column, _("the row has no name."))
            return False
        if not _XML_NAME.match(name) or len(name) > _MAX_NAME:
            self.problem(
                sheet.title,
                number,
                column,
                _(
                    "“%(name)s” is not a valid name: use letters, digits, _ . - (at most "
                    "%(max)s), starting with a letter or _."
                )
                % {"name": name, "max": _MAX_NAME},
            )
            return False
        if name in seen:
            self.problem(
                sheet.title,
                number,
                column,
                _("the name “%(name)s” is already used on row %(row)s.")
                % {"name": name, "row": seen[name]},
            )
            return False
        seen[name] = number
        return True

    def _kind(
        self, sheet: _Sheet, number: int, column: _Column | None, raw_type: str, lists: set[str]
    ) -> tuple[str, str]:
        """The item kind and choice list of a type cell; ("", "") with a note or problem
        when the row is not imported."""
        lowered = raw_type.casefold()
        if lowered in _SIMPLE_KINDS:
            return _SIMPLE_KINDS[lowered], ""
        if _FROM_FILE.match(lowered) or lowered.startswith("select_one_external"):
            self.note(
                sheet.title,
                number,
                column,
                _("choices from an external file (%(type)s) are not supported; not imported.")
                % {"type": raw_type},
            )
            return "", ""
        if select := _SELECT.match(raw_type):
            list_name = select.group("list")
            multiple = select.group("kind").casefold() in (
                "select_multiple",
                "select all that apply",
            )
            if select.group("rest"):
                self.note(
                    sheet.title,
                    number,
                    column,
                    _("“%(rest)s” after the list name is not kept.")
                    % {"rest": select.group("rest")},
                )
            if list_name not in lists:
                self.problem(
                    sheet.title,
                    number,
                    column,
                    _("the choice list “%(list)s” is not on the “choices” sheet.")
                    % {"list": list_name},
                )
                return "", ""
            return (ItemKind.SELECT_MULTIPLE if multiple else ItemKind.SELECT_ONE), list_name
        if lowered in _METADATA or lowered.startswith("uri:"):
            text = _("metadata the phone records (%(type)s) is not imported.")
        elif lowered in _CALCULATED:
            text = _("calculations (%(type)s) are not imported.")
        else:
            text = _("the question type “%(type)s” is not supported; not imported.")
        self.note(sheet.title, number, column, text % {"type": raw_type})
        return "", ""

    def _use_satisfaction_scale(self) -> None:
        """A single choice on a 1..5 list whose labels read as satisfaction in one language
        becomes the 5-level satisfaction scale; any doubt leaves it a single choice."""
        by_list: dict[str, dict[str, dict[str, str]]] = {}
        for choice in self.plan.choices:
            by_list.setdefault(choice.list_name, {})[choice.value] = choice.labels
        scales = {name for name, options in by_list.items() if _is_satisfaction(options)}
        for item in self.plan.items:
            if item.kind == ItemKind.SELECT_ONE and item.choice_list in scales:
                item.kind = ItemKind.SATISFACTION
                self.note(
                    SURVEY,
                    item.row,
                    None,
                    _(
                        "“%(name)s” uses the list “%(list)s”, read as the 5-level "
                        "satisfaction scale."
                    )
                    % {"name": item.name, "list": item.choice_list},
                )

    def _use_marked_scale(self) -> None:
        """With a `motcua_kind` column, the satisfaction items are the ones it marks: a
        single choice on a list whose values are 1 to 5."""
        values: dict[str, set[str]] = {}
        for choice in self.plan.choices:
            values.setdefault(choice.list_name, set()).add(choice.value)
        for item in self.plan.items:
            if not item.marked_scale:
                continue
            if item.kind == ItemKind.SELECT_ONE and values.get(item.choice_list) == set("12345"):
                item.kind = ItemKind.SATISFACTION
                continue
            self.note(
                SURVEY,
                item.row,
                None,
                _(
                    "“%(name)s” is marked as the 5-level satisfaction scale but is not a single "
                    "choice on a list with the values 1 to 5; kept as it is."
                )
                % {"name": item.name},
            )

    def _drop_references(self) -> None:
        """What refers to a question that was not imported cannot work: a condition on it is
        left out, and a question that shows its value is not imported either."""
        dropped = dict(self.plan.dropped)
        changed = True
        while changed:
            changed = False
            kept = []
            for item in self.plan.items:
                texts = [*item.labels.values(), *item.hints.values()]
                texts += list(item.constraint_messages.values())
                missing = sorted({r for t in texts for r in _REFERENCE.findall(t)} & set(dropped))
                if missing:
                    self.note(
                        SURVEY,
                        item.row,
                        None,
                        _("“%(name)s” shows %(refs)s, which is not imported; not imported either.")
                        % {"name": item.name, "refs": ", ".join(missing)},
                    )
                    dropped[item.name] = item.row
                    changed = True
                    continue
                kept.append(item)
            self.plan.items = kept
        targets: list[_ItemPlan | _SectionPlan] = [*self.plan.items, *self.plan.sections]
        for plan in targets:
            for attribute in ("relevant", "constraint"):
                expression = getattr(plan, attribute, "")
                missing = sorted(set(_REFERENCE.findall(expression)) & set(dropped))
                if missing:
                    self.note(
                        SURVEY,
                        plan.row,
                        None,
                        _(
                            "the %(column)s of “%(name)s” refers to %(refs)s, which is not "
                            "imported; left out: %(expression)s"
                        )
                        % {
                            "column": attribute,
                            "name": plan.name,
                            "refs": ", ".join(missing),
                            "expression": expression,
                        },
                    )
                    setattr(plan, attribute, "")
        for section in self.plan.sections:
            for code, label in section.labels.items():
                section.labels[code] = _REFERENCE.sub(
                    lambda m: m.group(1) if m.group(1) in dropped else m.group(0), label
                )
        for choice in self.plan.choices:
            for code, label in choice.labels.items():
                choice.labels[code] = _REFERENCE.sub(
                    lambda m: m.group(1) if m.group(1) in dropped else m.group(0), label
                )
        for key, value in list(self.plan.settings.items()):
            missing = sorted(set(_REFERENCE.findall(value)) & set(dropped))
            if missing:
                self.note(
                    SETTINGS,
                    0,
                    None,
                    _("the setting %(key)s refers to %(refs)s, which is not imported; left out.")
                    % {"key": key, "refs": ", ".join(missing)},
                )
                del self.plan.settings[key]


def _is_satisfaction(options: dict[str, dict[str, str]]) -> bool:
    if set(options) != {"1", "2", "3", "4", "5"}:
        return False
    languages = set().union(*(labels.keys() for labels in options.values()))
    for code in languages:
        folded = {value: fold(labels.get(code, "")) for value, labels in options.items()}

        def satisfied(text: str) -> bool:
            return any(stem in text for stem in _SATISFIED)

        def dissatisfied(text: str) -> bool:
            return any(stem in text for stem in _DISSATISFIED)

        if (
            all(satisfied(folded[v]) for v in ("1", "2", "4", "5"))
            and all(dissatisfied(folded[v]) for v in ("1", "2"))
            and not any(dissatisfied(folded[v]) for v in ("4", "5"))
        ):
            return True
    return False
