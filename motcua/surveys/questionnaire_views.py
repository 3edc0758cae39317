"""Staff pages for questionnaires: the list, a new draft, and the draft editor.

The editor is one form without JavaScript. Every button saves the wording typed so far and
then makes its one structural change (add, remove or move a question, a section or a
choice), so nothing typed is lost by pressing one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf.locale import LANG_INFO
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.orgs.access import request_access, staff_required
from motcua.surveys import editing
from motcua.surveys.models import (
    Choice,
    Item,
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
    Section,
    VersionStatus,
)
from motcua.surveys.selectors import questionnaire_rows
from motcua.surveys.services import QuestionnaireError, version_new_draft, version_publish
from motcua.surveys.views import may_organise


@require_GET
@staff_required
def questionnaire_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "surveys/questionnaires.html",
        {"rows": questionnaire_rows(), "may_edit": may_organise(request_access(request))},
    )


@require_POST
@staff_required
def questionnaire_draft(request: HttpRequest, slug: str) -> HttpResponse:
    """Start editing: a new draft copied from the latest version (or the existing draft)."""
    if not may_organise(request_access(request)):
        raise PermissionDenied(
            _("Only coordinators, administrators and unit heads organise surveys.")
        )
    questionnaire = Questionnaire.objects.filter(slug=slug).first()
    if questionnaire is None:
        raise Http404
    draft = version_new_draft(questionnaire=questionnaire)
    return redirect("surveys:questionnaire_version", slug=slug, number=draft.number)


def _languages(post: QueryDict) -> list[str]:
    return list(dict.fromkeys(post.get("languages", "").replace(",", " ").split()))


def _wording(post: QueryDict, version: QuestionnaireVersion) -> dict[str, Any]:
    """The labels, flags and conditions typed in the form, keyed as `editing.version_edit`
    takes them. Only what the form showed is changed: a question added meanwhile by another
    organiser keeps its wording."""
    languages = _languages(post)

    def labels(prefix: str) -> dict[str, str]:
        return {code: post.get(f"{prefix}:{code}", "") for code in languages}

    return {
        "languages": languages,
        "items": {
            item.name: {
                "labels": labels(f"label:{item.name}"),
                "required": post.get(f"required:{item.name}") == "on",
                "relevant": post.get(f"relevant:{item.name}", ""),
                "in_index": post.get(f"index:{item.name}") == "on",
            }
            for item in version.items.all()
            if f"relevant:{item.name}" in post
        },
        "sections": {
            section.name: {
                "labels": labels(f"section:{section.name}"),
                "is_element": post.get(f"element:{section.name}") == "on",
            }
            for section in version.sections.all()
            if any(key.startswith(f"section:{section.name}:") for key in post)
        },
        "choices": {
            (choice.list_name, choice.value): labels(f"choice:{choice.list_name}:{choice.value}")
            for choice in version.choices.all()
            if any(key.startswith(f"choice:{choice.list_name}:{choice.value}:") for key in post)
        },
    }


def _operation(post: QueryDict, version: QuestionnaireVersion) -> Callable[[], Any] | None:
    """The structural change a button asks for: `op` is `verb` or `verb:name`
    (`verb:list:value` for choices)."""
    verb, _sep, target = post.get("op", "").partition(":")
    up = verb.endswith("-up")
    if verb == "item-add":
        return lambda: editing.item_add(
            version=version,
            name=post.get("new_name", ""),
            kind=post.get("new_kind", ""),
            label=post.get("new_label", ""),
            section=post.get("new_section") or None,
            choice_list=post.get("new_list", ""),
        )
    if verb == "section-add":
        return lambda: editing.section_add(
            version=version,
            name=post.get("new_section_name", ""),
            label=post.get("new_section_label", ""),
            is_element=post.get("new_section_element") == "on",
        )
    if verb == "choice-add":
        return lambda: editing.choice_add(
            version=version,
            list_name=post.get("new_choice_list", ""),
            value=post.get("new_choice_value", ""),
            label=post.get("new_choice_label", ""),
        )
    list_name, _sep, value = target.partition(":")
    operations: dict[str, Callable[[], Any]] = {
        "item-remove": lambda: editing.item_remove(version=version, name=target),
        "item-up": lambda: editing.item_move(version=version, name=target, up=up),
        "item-down": lambda: editing.item_move(version=version, name=target, up=up),
        "section-remove": lambda: editing.section_remove(version=version, name=target),
        "section-up": lambda: editing.section_move(version=version, name=target, up=up),
        "section-down": lambda: editing.section_move(version=version, name=target, up=up),
        "choice-remove": lambda: editing.choice_remove(
            version=version, list_name=list_name, value=value
        ),
        "choice-up": lambda: editing.choice_move(
            version=version, list_name=list_name, value=value, up=up
        ),
        "choice-down": lambda: editing.choice_move(
            version=version, list_name=list_name, value=value, up=up
        ),
    }
    return operations.get(verb)


@dataclass(frozen=True)
class Wording:
    """A label in one language, as typed or as stored."""

    code: str
    text: str


@dataclass(frozen=True)
class QuestionRow:
    item: Item
    labels: list[Wording]
    required: bool
    relevant: str
    in_index: bool


@dataclass(frozen=True)
class SectionGroup:
    section: Section | None
    labels: list[Wording]
    is_element: bool
    rows: list[QuestionRow]


@dataclass(frozen=True)
class ChoiceRow:
    choice: Choice
    labels: list[Wording]


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: list[ChoiceRow]


@dataclass(frozen=True)
class KindOption:
    value: str
    label: str


@dataclass(frozen=True)
class VersionEditor:
    """The editor page: the version's sections, questions and choice lists with their
    wording in every language (as typed when the form came back with errors)."""

    version: QuestionnaireVersion
    title: str
    languages: list[str]
    # Each language's name in itself, for the column headings ("Tiếng Việt (vi)").
    columns: list[Wording]
    outline: list[SectionGroup]
    lists: list[ChoiceList]
    sections: list[Section]
    kinds: list[KindOption]
    editable: bool
    errors: list[str]


def _labels(
    post: QueryDict | None, prefix: str, stored: dict[str, str], codes: list[str]
) -> list[Wording]:
    """Labels per language: as typed when the form comes back with errors, else as stored."""
    return [
        Wording(
            code, post.get(f"{prefix}:{code}", "") if post is not None else stored.get(code, "")
        )
        for code in codes
    ]


def _flag(post: QueryDict | None, name: str, stored: bool) -> bool:
    return post.get(name) == "on" if post is not None else stored


def _outline(
    version: QuestionnaireVersion, post: QueryDict | None, codes: list[str]
) -> list[SectionGroup]:
    """Sections in order, each with its labels and its questions with theirs; a section
    without questions is listed too, so questions can be added to it."""
    groups: list[tuple[Section | None, list[QuestionRow]]] = []
    for item in version.items.select_related("section").order_by("position"):
        if not groups or groups[-1][0] != item.section:
            groups.append((item.section, []))
        groups[-1][1].append(
            QuestionRow(
                item=item,
                labels=_labels(post, f"label:{item.name}", item.labels, codes),
                required=_flag(post, f"required:{item.name}", item.required),
                relevant=post.get(f"relevant:{item.name}", "") if post else item.relevant,
                in_index=_flag(post, f"index:{item.name}", item.in_index),
            )
        )
    filled = {section.pk for section, _rows in groups if section is not None}
    groups += [(s, []) for s in version.sections.order_by("position") if s.pk not in filled]
    return [
        SectionGroup(
            section=section,
            labels=_labels(post, f"section:{section.name}", section.labels, codes)
            if section
            else [],
            is_element=_flag(post, f"element:{section.name}", section.is_element)
            if section
            else False,
            rows=rows,
        )
        for section, rows in groups
    ]


def _editor(
    version: QuestionnaireVersion, post: QueryDict | None, *, editable: bool, errors: list[str]
) -> VersionEditor:
    languages = _languages(post) if post is not None else list(version.languages)
    lists: dict[str, list[ChoiceRow]] = {}
    for choice in version.choices.order_by("list_name", "position"):
        prefix = f"choice:{choice.list_name}:{choice.value}"
        lists.setdefault(choice.list_name, []).append(
            ChoiceRow(choice, _labels(post, prefix, choice.labels, languages))
        )
    return VersionEditor(
        version=version,
        title=_("%(title)s, version %(number)s")
        % {"title": version.questionnaire.title, "number": version.number},
        languages=languages,
        columns=[Wording(code, _language_heading(code)) for code in languages],
        outline=_outline(version, post, languages),
        lists=[ChoiceList(name, rows) for name, rows in lists.items()],
        sections=list(version.sections.order_by("position")),
        kinds=[KindOption(value, str(text)) for value, text in ItemKind.choices],
        editable=editable,
        errors=errors,
    )


def _language_heading(code: str) -> str:
    name = LANG_INFO.get(code, {}).get("name_local")
    return f"{name} ({code})" if name else code


def _save(request: HttpRequest, version: QuestionnaireVersion) -> list[str]:
    """Save the wording typed, make the change a button asks for, and publish when asked;
    the reasons when the rules refuse it."""
    operation = _operation(request.POST, version)
    try:
        with transaction.atomic():
            editing.version_edit(version=version, **_wording(request.POST, version))
            if operation is not None:
                operation()
            if request.POST.get("publish"):
                version_publish(version=version)
    except QuestionnaireError as error:
        return list(error.messages)
    return []


@require_http_methods(["GET", "POST"])
@staff_required
def questionnaire_version(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """A version's sections, questions and choices in every language. Organisers edit a
    draft and publish it; a published version is shown read-only."""
    version = (
        QuestionnaireVersion.objects.select_related("questionnaire")
        .filter(questionnaire__slug=slug, number=number)
        .first()
    )
    if version is None:
        raise Http404
    editable = version.status == VersionStatus.DRAFT and may_organise(request_access(request))
    errors: list[str] = []
    if request.method == "POST":
        if not editable:
            raise PermissionDenied(_("A published version never changes; make a new draft."))
        errors = _save(request, version)
        if not errors:
            if request.POST.get("publish"):
                messages.success(request, _("Version %s is published.") % version.number)
            else:
                messages.success(request, _("Saved."))
            return redirect("surveys:questionnaire_version", slug=slug, number=number)
        version.refresh_from_db()
    post = request.POST if errors else None
    editor = _editor(version, post, editable=editable, errors=errors)
    return render(
        request,
        "surveys/questionnaire_version.html",
        {"editor": editor, "satisfaction": ItemKind.SATISFACTION, "form": post or {}},
    )
