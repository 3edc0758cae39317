"""The draft editor: a new draft, then one page with its details and attachments, its tasks
(add, remove) and the issue.

The page is one form whose buttons all save the details typed so far before making their
own change, so it works without JavaScript; a refusal comes back with everything as typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from motcua.directives import selectors, services
from motcua.directives.forms import DirectiveForm, IssueForm, TaskForm
from motcua.directives.models import Directive, DirectiveStatus
from motcua.directives.services import DirectiveError
from motcua.directives.uploads import uploads, uploads_refused
from motcua.directives.views import directive_or_404
from motcua.orgs.access import request_access, staff_required


@require_http_methods(["GET", "POST"])
@staff_required
def directive_new(request: HttpRequest) -> HttpResponse:
    """A new draft: who issues it, its subject and text; tasks are added on the next page."""
    issuers = selectors.issuing_units(request_access(request))
    if not issuers.exists():
        raise PermissionDenied(
            _("Only coordinators, unit heads and administrators issue directives.")
        )
    form = DirectiveForm(request.POST or None, issuers=issuers)
    files = uploads(request, "attachments")
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        problems = uploads_refused(files, services.ATTACHMENT_TYPES)
        if not problems:
            try:
                directive = services.directive_draft(**form.cleaned_data, actor=request.user)
            except DirectiveError as error:
                problems = error.messages
            else:
                for name, content in files:
                    services.directive_attach(directive=directive, filename=name, data=content)
                messages.success(request, _("Draft saved. Add its tasks."))
                return redirect("directives:directive_edit", pk=directive.pk)
    context = {"form": form, "problems": problems, "files_dropped": bool(files)}
    return render(request, "directives/new.html", context)


def _details_form(directive: Directive, data: QueryDict | None = None) -> DirectiveForm:
    initial = {name: getattr(directive, name) for name in ("subject", "body", "signer")}
    return DirectiveForm(
        data, issuers=None, initial={**initial, "recipients": directive.recipients}
    )


@dataclass
class Editor:
    """The editor's forms as posted (or fresh), and what to show about them."""

    details: DirectiveForm
    task_form: TaskForm
    issue_form: IssueForm
    files: list[tuple[str, bytes]]

    @classmethod
    def posted(cls, request: HttpRequest, directive: Directive) -> Editor:
        post = request.POST
        return cls(
            details=_details_form(directive, post),
            task_form=TaskForm(post, issuer=directive.issuer, prefix="task"),
            issue_form=IssueForm(post, prefix="issue"),
            files=uploads(request, "attachments"),
        )

    @classmethod
    def fresh(cls, request: HttpRequest, directive: Directive) -> Editor:
        issue_initial = {
            "number": request.GET.get("number", ""),
            "issued_on": request.GET.get("issued_on") or timezone.localdate(),
        }
        return cls(
            details=_details_form(directive),
            task_form=TaskForm(issuer=directive.issuer, prefix="task"),
            issue_form=IssueForm(prefix="issue", initial=issue_initial),
            files=[],
        )


def _render_editor(
    request: HttpRequest,
    directive: Directive,
    editor: Editor,
    *,
    problems: Iterable[str] = (),
    errors_in: str = "",
) -> HttpResponse:
    context = {
        "directive": directive,
        "editor": editor,
        "tasks": selectors.draft_tasks(directive),
        "attachments": directive.attachments.all(),
        "problems": list(problems),
        "show": {part: errors_in == part for part in ("details", "task", "issue")},
        "files_dropped": bool(editor.files) and errors_in in ("details", "attachments"),
    }
    return render(request, "directives/edit.html", context)


def _save_details(directive: Directive, editor: Editor) -> tuple[list[str], str]:
    """The details and attachments typed, saved first by every button; the problems and
    the part of the page they are in when refused."""
    if not editor.details.is_valid():
        return [], "details"
    problems = uploads_refused(editor.files, services.ATTACHMENT_TYPES)
    if problems:
        return problems, "attachments"
    try:
        services.directive_update(directive=directive, **editor.details.cleaned_data)
    except DirectiveError as error:
        return error.messages, "details"
    for name, content in editor.files:
        services.directive_attach(directive=directive, filename=name, data=content)
    return [], ""


def _task_add(request: HttpRequest, directive: Directive, editor: Editor) -> HttpResponse:
    if not editor.task_form.is_valid():
        return _render_editor(request, directive, editor, errors_in="task")
    try:
        task = services.task_add(directive=directive, spec=editor.task_form.spec())
    except DirectiveError as error:
        return _render_editor(request, directive, editor, problems=error.messages, errors_in="task")
    messages.success(request, _("Task %s added.") % task.number)
    # The number and date typed for the issue come back with the page.
    keep = {k: request.POST.get(f"issue-{k}", "") for k in ("number", "issued_on")}
    query = urlencode(keep) if keep["number"].strip() else ""
    url = reverse("directives:directive_edit", kwargs={"pk": directive.pk})
    return redirect(f"{url}?{query}#tasks" if query else f"{url}#tasks")


def _issue(request: HttpRequest, directive: Directive, editor: Editor) -> HttpResponse:
    form = editor.issue_form
    if not form.is_valid():
        return _render_editor(request, directive, editor, errors_in="issue")
    try:
        services.directive_issue(
            directive=directive,
            number=form.cleaned_data["number"],
            issued_on=form.cleaned_data["issued_on"],
            signer=directive.signer,
            actor=request.user,
        )
    except DirectiveError as error:
        return _render_editor(
            request, directive, editor, problems=error.messages, errors_in="issue"
        )
    messages.success(request, _("Directive %s issued; its tasks are assigned.") % directive.number)
    return redirect("directives:directive_detail", pk=directive.pk)


def _typed(post: QueryDict, *names: str) -> bool:
    return any(post.get(name, "").strip() for name in names)


@require_http_methods(["GET", "POST"])
@staff_required
def directive_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft: its details and attachments, its tasks (add, find an organisation,
    remove) and the issue. Every button first saves the details typed."""
    directive = directive_or_404(request, pk)
    # A draft reaches here only for those who may issue it (`directive_or_404`).
    if directive.status != DirectiveStatus.DRAFT:
        return redirect("directives:directive_detail", pk=directive.pk)
    if request.method == "GET":
        return _render_editor(request, directive, Editor.fresh(request, directive))
    editor = Editor.posted(request, directive)
    problems, errors_in = _save_details(directive, editor)
    if errors_in:
        return _render_editor(request, directive, editor, problems=problems, errors_in=errors_in)
    action = request.POST.get("action", "save")
    if action == "task_add":
        return _task_add(request, directive, editor)
    if action == "issue":
        return _issue(request, directive, editor)
    if action == "find":  # the pickers narrowed to the name typed; nothing else changes
        return _render_editor(request, directive, editor)
    if action.startswith("remove:"):
        number = action.removeprefix("remove:")
        removed = directive.tasks.filter(pk=number).first() if number.isdigit() else None
        if removed is not None:
            services.task_remove(task=removed)
            messages.success(request, _("Task removed; the others are renumbered."))
    else:
        messages.success(request, _("Draft saved."))
    typed = ("task-title", "task-description", "task-source_detail", "task-find", "issue-number")
    if _typed(request.POST, *typed):
        # A task, a search or a number half typed stays on the page (Enter in the search
        # box presses the first button, "save").
        editor.details = _details_form(directive)
        return _render_editor(request, directive, editor)
    return redirect("directives:directive_edit", pk=directive.pk)
