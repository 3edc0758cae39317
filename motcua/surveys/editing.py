"""Editing a draft questionnaire version: its languages and labels, and its structure
(questions, sections and choices added, removed and moved).

Every function refuses a published version (`version_ensure_draft`): answers refer to
published versions, so they never change. Positions are renumbered 1..n after each change,
and the invariant the form relies on is kept: items in position order, each section's items
together, pages in the order of their first item (`collection.form_pages`).
"""

from __future__ import annotations

import re
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from motcua.surveys.builtin import SATISFACTION_CHOICES
from motcua.surveys.expressions import ExpressionError, parse
from motcua.surveys.models import (
    Choice,
    Item,
    ItemKind,
    QuestionnaireVersion,
    Section,
)
from motcua.surveys.services import SELECTS, QuestionnaireError, version_ensure_draft

LANGUAGE_CODE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
# XLSForm names become XML element names; ASCII keeps `${name}` references easy to type.
NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,99}$")
_REFERENCE = re.compile(r"\$\{([A-Za-z_][\w.-]*)\}")
SATISFACTION_LIST = "satisfaction"


def _clean_labels(labels: dict[str, str] | None) -> dict[str, str]:
    return {code: text.strip() for code, text in (labels or {}).items() if text and text.strip()}


def _expression_problem(owner: str, text: str) -> str | None:
    try:
        parse(text)
    except ExpressionError as error:
        return _("“%(item)s”: the expression cannot be read (%(error)s).") % {
            "item": owner,
            "error": error,
        }
    return None


@transaction.atomic
def version_edit(
    *,
    version: QuestionnaireVersion,
    languages: list[str],
    items: dict[str, dict[str, Any]],
    sections: dict[str, dict[str, Any]] | None = None,
    choices: dict[tuple[str, str], dict[str, str]] | None = None,
) -> QuestionnaireVersion:
    """Change a draft's wording: its languages; per item its labels, required, show-if and
    whether it counts in the index; per section its labels and whether it is an index
    element; per choice its labels. Nothing is saved when anything is wrong."""
    version_ensure_draft(version)
    problems = []
    codes = list(dict.fromkeys(code.strip() for code in languages if code.strip()))
    bad = [code for code in codes if not LANGUAGE_CODE_PATTERN.match(code)]
    if bad or not codes:
        problems.append(
            _("Language codes are 2 or 3 letters, such as vi, en or hre: %s") % ", ".join(bad)
        )
    known = {item.name: item for item in version.items.all()}
    known_sections = {section.name: section for section in version.sections.all()}
    known_choices = {(c.list_name, c.value): c for c in version.choices.all()}
    for name, change in items.items():
        if name not in known:
            problems.append(_("The questionnaire has no question “%s”.") % name)
            continue
        relevant = (change.get("relevant") or "").strip()
        problem = relevant and _expression_problem(name, relevant)
        if problem:
            problems.append(problem)
    problems += [
        _("The questionnaire has no section “%s”.") % name
        for name in (sections or {})
        if name not in known_sections
    ]
    problems += [
        _("The list “%(list)s” has no choice “%(value)s”.") % {"list": key[0], "value": key[1]}
        for key in (choices or {})
        if key not in known_choices
    ]
    if problems:
        raise QuestionnaireError(problems)
    version.languages = codes
    version.save(update_fields=["languages", "updated_at"])
    for name, change in items.items():
        item = known[name]
        item.labels = _clean_labels(change.get("labels"))
        item.required = bool(change.get("required"))
        item.relevant = (change.get("relevant") or "").strip()
        if "in_index" in change:
            item.in_index = bool(change["in_index"]) and item.kind == ItemKind.SATISFACTION
        item.save(update_fields=["labels", "required", "relevant", "in_index", "updated_at"])
    for name, change in (sections or {}).items():
        section = known_sections[name]
        section.labels = _clean_labels(change.get("labels"))
        section.is_element = bool(change.get("is_element"))
        section.save(update_fields=["labels", "is_element", "updated_at"])
    for key, labels in (choices or {}).items():
        choice = known_choices[key]
        choice.labels = _clean_labels(labels)
        choice.save(update_fields=["labels", "updated_at"])
    return version


def _ordered_items(version: QuestionnaireVersion) -> list[Item]:
    return list(version.items.order_by("position", "pk"))


def _renumber(items: list[Item]) -> None:
    changed = []
    for number, item in enumerate(items, 1):
        if item.position != number:
            item.position = number
            changed.append(item)
    Item.objects.bulk_update(changed, ["position"])


def _section_or_error(version: QuestionnaireVersion, name: str | None) -> Section | None:
    if not name:
        return None
    section = version.sections.filter(name=name).first()
    if section is None:
        raise QuestionnaireError(_("The questionnaire has no section “%s”.") % name)
    return section


def _name_problem(version: QuestionnaireVersion, name: str) -> str | None:
    if not NAME_PATTERN.match(name):
        return _(
            "“%s” cannot be a name: use letters without accents, digits and _ (at most "
            "100 characters), starting with a letter."
        ) % (name or "—")
    if version.items.filter(name=name).exists() or version.sections.filter(name=name).exists():
        return _("The name “%s” is already used in this version.") % name
    return None


def _ensure_satisfaction_list(version: QuestionnaireVersion) -> None:
    if version.choices.filter(list_name=SATISFACTION_LIST).exists():
        return
    Choice.objects.bulk_create(
        Choice(
            version=version,
            list_name=SATISFACTION_LIST,
            position=number,
            value=value,
            labels={"vi": vi, "en": en},
        )
        for number, (value, vi, en) in enumerate(SATISFACTION_CHOICES, 1)
    )


@transaction.atomic
def item_add(
    *,
    version: QuestionnaireVersion,
    name: str,
    kind: str,
    label: str,
    section: str | None = None,
    choice_list: str = "",
) -> Item:
    """A new question at the end of its section (or of the questionnaire), labelled in the
    version's first language. A satisfaction question uses the 5-level list, made when the
    version has none; a choice question names its list, which may be new (add its choices
    below)."""
    version_ensure_draft(version)
    name, label, choice_list = name.strip(), label.strip(), choice_list.strip()
    problems = []
    problem = _name_problem(version, name)
    if problem:
        problems.append(problem)
    if kind not in ItemKind.values:
        problems.append(_("Choose the kind of question."))
    if not label and kind != ItemKind.NOTE:
        problems.append(_("Write the question's text."))
    if kind in SELECTS and not NAME_PATTERN.match(choice_list):
        problems.append(_("A choice question needs the name of its choice list."))
    if problems:
        raise QuestionnaireError(problems)
    home = _section_or_error(version, section)
    if kind == ItemKind.SATISFACTION:
        choice_list = SATISFACTION_LIST
        _ensure_satisfaction_list(version)
    elif kind not in SELECTS:
        choice_list = ""
    language = (version.languages or ["vi"])[0]
    item = Item(
        version=version,
        section=home,
        position=0,
        name=name,
        kind=kind,
        choice_list=choice_list,
        labels={language: label} if label else {},
        in_index=kind == ItemKind.SATISFACTION and bool(home and home.is_element),
    )
    items = _ordered_items(version)
    last = max(
        (index for index, other in enumerate(items) if other.section_id == (home and home.pk)),
        default=len(items) - 1,
    )
    items.insert(last + 1, item)
    item.save()
    _renumber(items)
    return item


def _referrers(version: QuestionnaireVersion, name: str) -> list[str]:
    """Items and sections whose show-if or constraint refers to `name`."""
    owners: list[Any] = [*version.items.exclude(name=name), *version.sections.all()]
    return [
        owner.name
        for owner in owners
        if name in _REFERENCE.findall(f"{owner.relevant} {getattr(owner, 'constraint', '')}")
    ]


@transaction.atomic
def item_remove(*, version: QuestionnaireVersion, name: str) -> None:
    """Remove a question, unless another question's show-if or constraint refers to it."""
    version_ensure_draft(version)
    item = version.items.filter(name=name).first()
    if item is None:
        raise QuestionnaireError(_("The questionnaire has no question “%s”.") % name)
    referrers = _referrers(version, name)
    if referrers:
        raise QuestionnaireError(
            _("“%(item)s” is used in the conditions of %(others)s; change those first.")
            % {"item": name, "others": ", ".join(referrers)}
        )
    item.delete()
    _renumber(_ordered_items(version))


@transaction.atomic
def item_move(*, version: QuestionnaireVersion, name: str, up: bool) -> None:
    """One step up or down. At the edge of its section a question crosses into the
    neighbouring section instead of changing places with that section's question."""
    version_ensure_draft(version)
    items = _ordered_items(version)
    index = next((i for i, item in enumerate(items) if item.name == name), None)
    if index is None:
        raise QuestionnaireError(_("The questionnaire has no question “%s”.") % name)
    other = index - 1 if up else index + 1
    if not 0 <= other < len(items):
        return
    item, neighbour = items[index], items[other]
    if item.section_id != neighbour.section_id:
        item.section_id = neighbour.section_id
        item.save(update_fields=["section", "updated_at"])
        return
    items[index], items[other] = neighbour, item
    _renumber(items)


def _subtree(section: Section, sections: list[Section]) -> set[int]:
    ids, grew = {section.pk}, True
    while grew:
        more = {s.pk for s in sections if s.parent_id in ids} - ids
        ids |= more
        grew = bool(more)
    return ids


@transaction.atomic
def section_add(
    *, version: QuestionnaireVersion, name: str, label: str, is_element: bool = False
) -> Section:
    """A new, empty section at the end; questions are added to it or moved into it."""
    version_ensure_draft(version)
    name, label = name.strip(), label.strip()
    problems = [p for p in [_name_problem(version, name)] if p]
    if not label:
        problems.append(_("Write the section's title."))
    if problems:
        raise QuestionnaireError(problems)
    top = version.sections.aggregate(top=Max("position"))["top"] or 0
    return Section.objects.create(
        version=version,
        position=top + 1,
        name=name,
        labels={(version.languages or ["vi"])[0]: label},
        is_element=is_element,
    )


@transaction.atomic
def section_remove(*, version: QuestionnaireVersion, name: str) -> None:
    """Remove a section that holds no question (move or remove its questions first)."""
    version_ensure_draft(version)
    section = _section_or_error(version, name)
    assert section is not None
    sections = list(version.sections.all())
    if version.items.filter(section__in=_subtree(section, sections)).exists():
        raise QuestionnaireError(
            _("The section “%s” still has questions: move or remove them first.") % name
        )
    referrers = _referrers(version, name)
    if referrers:
        raise QuestionnaireError(
            _("“%(item)s” is used in the conditions of %(others)s; change those first.")
            % {"item": name, "others": ", ".join(referrers)}
        )
    section.delete()


@transaction.atomic
def section_move(*, version: QuestionnaireVersion, name: str, up: bool) -> None:
    """Swap a section, with its questions, and its neighbour under the same parent."""
    version_ensure_draft(version)
    section = _section_or_error(version, name)
    assert section is not None
    sections = list(version.sections.order_by("position", "pk"))
    siblings = [s for s in sections if s.parent_id == section.parent_id]
    index = siblings.index(section)
    other = index - 1 if up else index + 1
    if not 0 <= other < len(siblings):
        return
    neighbour = siblings[other]
    section.position, neighbour.position = neighbour.position, section.position
    if section.position == neighbour.position:
        section.position += -1 if up else 1
    Section.objects.bulk_update([section, neighbour], ["position"])
    # The questions follow: the moved block goes before (or after) the neighbour's block.
    items = _ordered_items(version)
    moving = _subtree(section, sections)
    beside = _subtree(neighbour, sections)
    block = [item for item in items if item.section_id in moving]
    rest = [item for item in items if item.section_id not in moving]
    anchors = [i for i, item in enumerate(rest) if item.section_id in beside]
    if block and anchors:
        at = anchors[0] if up else anchors[-1] + 1
        rest[at:at] = block
        _renumber(rest)


@transaction.atomic
def choice_add(*, version: QuestionnaireVersion, list_name: str, value: str, label: str) -> Choice:
    """A choice at the end of its list; a new list name makes a new list."""
    version_ensure_draft(version)
    list_name, value, label = list_name.strip(), value.strip(), label.strip()
    problems = []
    if not NAME_PATTERN.match(list_name):
        problems.append(_("“%s” cannot be the name of a choice list.") % (list_name or "—"))
    if not value or len(value) > 100 or re.search(r"\s", value):
        problems.append(_("A choice's value is a short code without spaces, such as 1 or yes."))
    elif version.choices.filter(list_name=list_name, value=value).exists():
        problems.append(
            _("The list “%(list)s” already has the value “%(value)s”.")
            % {"list": list_name, "value": value}
        )
    if not label:
        problems.append(_("Write the choice's text."))
    if problems:
        raise QuestionnaireError(problems)
    top = version.choices.filter(list_name=list_name).aggregate(top=Max("position"))["top"]
    return Choice.objects.create(
        version=version,
        list_name=list_name,
        position=(top or 0) + 1,
        value=value,
        labels={(version.languages or ["vi"])[0]: label},
    )


@transaction.atomic
def choice_remove(*, version: QuestionnaireVersion, list_name: str, value: str) -> None:
    """Remove a choice, unless a condition tests for it (`selected(${q}, 'value')`,
    `${q} = 'value'`) on a question that uses its list."""
    version_ensure_draft(version)
    choice = version.choices.filter(list_name=list_name, value=value).first()
    if choice is None:
        raise QuestionnaireError(
            _("The list “%(list)s” has no choice “%(value)s”.")
            % {"list": list_name, "value": value}
        )
    users = set(version.items.filter(choice_list=list_name).values_list("name", flat=True))
    quoted = re.compile("['\"]" + re.escape(value) + "['\"]")
    owners: list[Any] = [*version.items.all(), *version.sections.all()]
    referrers = [
        owner.name
        for owner in owners
        for text in [f"{owner.relevant} {getattr(owner, 'constraint', '')}"]
        if quoted.search(text) and users & set(_REFERENCE.findall(text))
    ]
    if referrers:
        raise QuestionnaireError(
            _("“%(item)s” is used in the conditions of %(others)s; change those first.")
            % {"item": value, "others": ", ".join(referrers)}
        )
    choice.delete()
    remaining = list(version.choices.filter(list_name=list_name).order_by("position", "pk"))
    for number, other in enumerate(remaining, 1):
        other.position = number
    Choice.objects.bulk_update(remaining, ["position"])


@transaction.atomic
def choice_move(*, version: QuestionnaireVersion, list_name: str, value: str, up: bool) -> None:
    version_ensure_draft(version)
    choices = list(version.choices.filter(list_name=list_name).order_by("position", "pk"))
    index = next((i for i, c in enumerate(choices) if c.value == value), None)
    if index is None:
        raise QuestionnaireError(
            _("The list “%(list)s” has no choice “%(value)s”.")
            % {"list": list_name, "value": value}
        )
    other = index - 1 if up else index + 1
    if not 0 <= other < len(choices):
        return
    choices[index], choices[other] = choices[other], choices[index]
    for number, choice in enumerate(choices, 1):
        choice.position = number
    Choice.objects.bulk_update(choices, ["position"])
