"""Staff pages for citizens' feedback and petitions: the queues with search and export, the
entry of feedback received by phone, by letter, in person or at a citizen reception session,
and the item's page with its history and the actions the user may take, down to the review
that publishes the answer without personal data.

Who may do what, and what a page shows, is decided by `motcua.feedback.selectors`; every
write goes through `motcua.feedback.services`; the forms are in `motcua.feedback.forms`.
Nothing needs JavaScript: an answer template is chosen with a small GET form that reloads the
page with the template's text in the answer box, and a refused action comes back with
everything typed still in its form.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from motcua.core.exports import table_response
from motcua.core.services import audit_record
from motcua.feedback import selectors, services
from motcua.feedback.forms import (
    ActionForm,
    EntryForm,
    action_form,
    action_initial,
)
from motcua.feedback.models import Attachment, Feedback, Kind
from motcua.feedback.services import FeedbackError
from motcua.orgs.access import Access, request_access, staff_required
from motcua.orgs.models import AdministrativeUnit

EXPORT_FORMATS = ("csv", "xlsx")


def _item_or_404(access: Access, number: str) -> Feedback:
    item = selectors.item_for(access, number)
    if item is None:
        raise Http404
    return item


def _audit_read(request: HttpRequest, item: Feedback, **detail: Any) -> None:
    """The item's text and contact are a citizen's personal data: every read is logged."""
    audit_record(
        actor=request.user,
        action="feedback.read",
        object_type="feedback",
        object_id=item.number,
        detail=detail or None,
    )


# --- queues ----------------------------------------------------------------------------------


@require_GET
@staff_required
def feedback_list(request: HttpRequest) -> HttpResponse:
    """Open items (overdue first, then by due date), answers waiting for review, overdue
    items, or all; with a search by number or subject and a masked contact."""
    access = request_access(request)
    which = request.GET.get("queue", "open")
    query = request.GET.get("q", "").strip()[:100]
    today = timezone.localdate()
    fmt = request.GET.get("format", "")
    if fmt:
        return _export(request, access, which=which, query=query, fmt=fmt)
    listing = selectors.feedback_queue(
        access, which=which, query=query, page_number=request.GET.get("page"), today=today
    )
    context = {"listing": listing, "may_register": selectors.may_register(access)}
    return render(request, "feedback/list.html", context)


def _export(request: HttpRequest, access: Access, *, which: str, query: str, fmt: str) -> Any:
    if fmt not in EXPORT_FORMATS or which not in selectors.QUEUES:
        raise Http404
    audit_record(
        actor=request.user,
        action="feedback.export",
        object_type="feedback",
        detail={"queue": which, "q": query, "format": fmt},
    )
    today = timezone.localdate()
    items = selectors.queue_items(access, which=which, query=query, today=today)[:50_000]
    return table_response(
        name=f"feedback-{which}-{today:%d-%m-%Y}",
        fmt=fmt,
        headers=selectors.export_headers(),
        rows=selectors.export_rows(items, today),
    )


# --- staff entry -----------------------------------------------------------------------------


def _entry_units(access: Access) -> QuerySet[AdministrativeUnit]:
    """The units where the user may write: they record feedback about those communes."""
    return access.changeable(AdministrativeUnit.objects.all(), "pk")


@require_http_methods(["GET", "POST"])
@staff_required
def feedback_new(request: HttpRequest) -> HttpResponse:
    """Staff entry. A hidden key made with the form makes a double submit one item."""
    access = request_access(request)
    if not selectors.may_register(access):
        raise PermissionDenied(_("You cannot register feedback in any unit."))
    units, home = _entry_units(access), selectors.home_unit_ids(request.user)
    if request.method != "POST":
        initial = {"client_key": uuid.uuid4().hex, "kind": Kind.FEEDBACK}
        form = EntryForm(initial=initial, units=units, home_unit_ids=home)
    else:
        form = EntryForm(request.POST, request.FILES, units=units, home_unit_ids=home)
        if form.is_valid():
            key = f"staff:{request.user.pk}:{form.cleaned_data['client_key']}"
            try:
                item = services.feedback_register(
                    submission=form.submission(),
                    channel=form.cleaned_data["channel"],
                    actor=request.user,
                    client_key=key,
                    received_at=form.cleaned_data["received_at"],
                )
            except FeedbackError as error:
                form.add_service_error(error)
            else:
                done = _("Feedback %(number)s registered.") % {"number": item.number}
                messages.success(request, done)
                return redirect("feedback:feedback_detail", number=item.number)
    files_lost = request.method == "POST" and bool(request.FILES.getlist("attachments"))
    return render(request, "feedback/new.html", {"form": form, "files_lost": files_lost})


# --- the item's page -------------------------------------------------------------------------


def _apply(name: str, item: Feedback, data: dict[str, Any], request: HttpRequest) -> str:
    """Do the action through its service; the message to show when it is done."""
    actor = request.user
    if name == "start":
        services.feedback_start(item=item, actor=actor)
        return _("Handling started.")
    if name == "classify":
        services.feedback_classify(item=item, actor=actor, **data)
        return _("Classification saved.")
    if name == "transfer":
        services.feedback_transfer(item=item, actor=actor, to=data["agency"], reason=data["reason"])
        return _("Transferred to %(agency)s.") % {"agency": data["agency"].name}
    if name == "ask_more":
        services.feedback_ask_more(item=item, actor=actor, question=data["question"])
        return _("The citizen is asked for more information.")
    if name == "answer":
        substantiated = data.get("substantiated")
        services.feedback_answer(
            item=item, actor=actor, text=data["text"], substantiated=substantiated
        )
        return _("Answer saved; it is published after the review.")
    if name == "refuse":
        services.feedback_refuse(item=item, actor=actor, reason=data["reason"])
        return _("The item is not accepted.")
    if name == "merge":
        number = data["into"].strip().upper()
        into = selectors.visible(request_access(request)).filter(number=number).first()
        if into is None:
            raise FeedbackError(_("There is no item %(number)s you can see.") % {"number": number})
        services.feedback_merge(item=item, into=into, actor=actor)
        return _("Merged into %(number)s.") % {"number": into.number}
    if name == "review":
        services.feedback_publish(
            item=item,
            actor=actor,
            public_title=data["public_title"],
            public_text=data["public_text"],
            public_answer=data["public_answer"],
            shown_files=data.get("attachments") or [],
        )
        return _("Published.")
    services.feedback_note(item=item, actor=actor, text=data["text"])
    return _("Note saved.")


@require_http_methods(["GET", "POST"])
@staff_required
def feedback_detail(request: HttpRequest, number: str) -> HttpResponse:
    """The item with its full text and contact (the read is audited), its files, its
    history and the forms of the actions the user may take now. A refused action comes
    back with its reason and the text typed."""
    access = request_access(request)
    item = _item_or_404(access, number)
    bound: dict[str, ActionForm] = {}
    problems: list[str] = []
    if request.method == "POST":
        allowed = selectors.feedback_actions(access, item)
        if not allowed:
            raise PermissionDenied(_("You may only read this item."))
        name = request.POST.get("action", "")
        if name not in allowed:
            messages.error(request, _("This action is not possible for the item now."))
            return redirect("feedback:feedback_detail", number=item.number)
        form = bound[name] = action_form(name, item, data=request.POST)
        if form.is_valid():
            try:
                done = _apply(name, item, form.cleaned_data, request)
            except FeedbackError as error:
                problems = error.messages
                # The service changed nothing; start again from what is stored.
                item = _item_or_404(access, number)
            else:
                messages.success(request, done)
                return redirect("feedback:feedback_detail", number=item.number)
    shown = selectors.feedback_page(
        access, item, template_id=request.GET.get("template", ""), today=timezone.localdate()
    )
    text = shown.template.text if shown.template else None
    action_forms = {
        name: bound.get(name) or action_form(name, item, initial=action_initial(name, item, text))
        for name in shown.actions
    }
    _audit_read(request, item)
    context = {"page": shown, "item": item, "forms": action_forms, "problems": problems}
    return render(request, "feedback/detail.html", {**context, "failed": next(iter(bound), "")})


@require_GET
# `staff_required` is typed for HttpResponse; a file is streamed.
@staff_required  # type: ignore[arg-type]
def feedback_attachment(request: HttpRequest, public_id: uuid.UUID) -> FileResponse:
    """A file the citizen attached, by its random id, for those who may see the item."""
    attachment = Attachment.objects.filter(public_id=public_id).first()
    if attachment is None:
        raise Http404
    item = selectors.visible(request_access(request)).filter(pk=attachment.feedback_id).first()
    if item is None:
        raise Http404
    _audit_read(request, item, attachment=str(attachment.public_id))
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The file is missing.")) from exc
    return FileResponse(
        handle, as_attachment=True, filename=attachment.name, content_type=attachment.content_type
    )
