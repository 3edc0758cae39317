"""Staff pages for citizens' feedback and petitions: the queues with search and export, the
entry of feedback received by phone, by letter, in person or at a citizen reception session,
and the item's page with its history and the actions the user may take, down to the review
that publishes the answer without personal data.

Who may do what is decided by `motcua.feedback.selectors`; every write goes through
`motcua.feedback.services`. Nothing needs JavaScript: an answer template is chosen with a
small GET form that reloads the page with the template's text in the answer box, and a
refused action comes back with everything typed still in its form.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from motcua.catalogue.models import Procedure
from motcua.core.exports import table_response
from motcua.core.identity import contact_mask as identity_contact_mask
from motcua.core.services import audit_record
from motcua.feedback import selectors, services
from motcua.feedback.models import (
    HANDLING_STATES,
    AnswerTemplate,
    Attachment,
    Category,
    Channel,
    Event,
    Feedback,
    Kind,
    State,
)
from motcua.feedback.services import FeedbackError, Submission
from motcua.orgs.access import Access, request_access, staff_required
from motcua.orgs.models import AdministrativeUnit, Agency, UnitKind

PAGE_SIZE = 50
QUEUES = {
    "open": gettext_lazy("Open"),
    "review": gettext_lazy("Waiting for review"),
    "overdue": gettext_lazy("Overdue"),
    "all": gettext_lazy("All"),
}
# Still to be handled (the clock stops while waiting for the citizen).
COMMUNE_KINDS = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)
STAFF_CHANNELS = (Channel.PHONE, Channel.LETTER, Channel.IN_PERSON, Channel.RECEPTION)
EVENT_LABELS = {
    "received": gettext_lazy("Received"),
    "redirected": gettext_lazy("Recorded; the citizen was told where to turn"),
    "duplicate_suspected": gettext_lazy("Possible duplicate"),
    "classified": gettext_lazy("Classified"),
    "transferred": gettext_lazy("Transferred"),
    "started": gettext_lazy("Handling started"),
    "note": gettext_lazy("Note"),
    "more_info": gettext_lazy("More information asked for"),
    "citizen_replied": gettext_lazy("The citizen sent the information asked for"),
    "deadline_moved": gettext_lazy("Deadline moved"),
    "answered": gettext_lazy("Answered"),
    "published": gettext_lazy("Published"),
    "refused": gettext_lazy("Not accepted"),
    "merged": gettext_lazy("Merged into another item"),
    "duplicate_merged": gettext_lazy("A duplicate was merged into this item"),
    "notice_failed": gettext_lazy("The citizen could not be told"),
    "confirmed": gettext_lazy("The citizen says it is resolved"),
    "not_resolved": gettext_lazy("The citizen says it is not resolved"),
    "escalated": gettext_lazy("Escalated to the heads"),
}


# --- helpers -------------------------------------------------------------------------------


def _item_or_404(access: Access, number: str) -> Feedback:
    item = selectors.visible(access).filter(number=number).first()
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


def contact_mask(item: Feedback) -> str:
    """The contact as lists show it (`core.identity.contact_mask`)."""
    if item.anonymous:
        return _("anonymous")
    return identity_contact_mask(item.contact_name, item.contact_phone) or "—"


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(value).replace(tzinfo=None) if value else None


def _uploads(request: HttpRequest, name: str) -> list[tuple[str, bytes]]:
    files: list[UploadedFile] = request.FILES.getlist(name)
    return [(upload.name or "", upload.read()) for upload in files if upload.name]


# --- queues ----------------------------------------------------------------------------------


@require_GET
@staff_required
def feedback_list(request: HttpRequest) -> HttpResponse:
    """Open items (overdue first, then by due date), answers waiting for review, overdue
    items, or all; with a search by number or subject and a masked contact."""
    access = request_access(request)
    queue = request.GET.get("queue", "open")
    if queue not in QUEUES:
        queue = "open"
    query = request.GET.get("q", "").strip()[:100]
    today = timezone.localdate()
    items = selectors.queue(access, today=today, which=queue)
    if query:
        items = items.filter(Q(number__icontains=query) | Q(title__icontains=query))
    fmt = request.GET.get("format", "")
    if fmt:
        if fmt not in ("csv", "xlsx"):
            raise Http404
        audit_record(
            actor=request.user,
            action="feedback.export",
            object_type="feedback",
            detail={"queue": queue, "q": query, "format": fmt},
        )
        return table_response(
            name=f"feedback-{queue}-{today}",
            fmt=fmt,
            headers=_list_headers(),
            rows=(_list_row(item, today) for item in items[:50_000]),
        )
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "feedback/list.html",
        {
            "page": page,
            "rows": [(item, contact_mask(item), item.is_overdue(today)) for item in page],
            "queue": queue,
            "queues": list(QUEUES.items()),
            "query": query,
            "may_register": selectors.may_register(access),
        },
    )


def _list_headers() -> list[str]:
    return [
        _("Number"),
        _("Received"),
        _("Category"),
        _("Commune"),
        _("Agency"),
        _("State"),
        _("Due date"),
        _("Overdue"),
        _("Escalated"),
        _("Contact"),
    ]


def _list_row(item: Feedback, today: dt.date) -> list[Any]:
    return [
        item.number,
        _local(item.received_at),
        item.category.name,
        item.unit.name,
        item.agency.name if item.agency else "",
        item.get_state_display(),
        item.due_on,
        _("yes") if item.is_overdue(today) else "",
        _local(item.escalated_at),
        contact_mask(item),
    ]


# --- staff entry -----------------------------------------------------------------------------


class AgencyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} ({obj.unit.name})"


class EntryForm(forms.Form):
    """Feedback a citizen gave by phone, letter, in person or at a reception session,
    written down by an officer: the citizen form's questions, plus how and when it came."""

    use_required_attribute = False
    channel = forms.ChoiceField(
        label=gettext_lazy("Received by"), choices=[(c.value, c.label) for c in STAFF_CHANNELS]
    )
    received_at = forms.DateTimeField(
        label=gettext_lazy("Received at"),
        required=False,
        help_text=gettext_lazy("Leave empty for now. A letter counts from the day it arrived."),
        input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    transferred_from = forms.CharField(
        label=gettext_lazy("Transferred in from"),
        max_length=200,
        required=False,
        help_text=gettext_lazy(
            "For feedback another body passed on (the Government Office, a ministry, another "
            "province, the national portal): its deadlines run from the time received here."
        ),
    )
    first_received_at = forms.DateTimeField(
        label=gettext_lazy("First sent by the citizen at"),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=Kind.choices)
    category = forms.ModelChoiceField(
        label=gettext_lazy("Category"), queryset=Category.objects.filter(is_active=True)
    )
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Commune or ward where it happened"),
        queryset=AdministrativeUnit.objects.none(),
    )
    title = forms.CharField(label=gettext_lazy("Subject"), max_length=200, required=False)
    text = forms.CharField(
        label=gettext_lazy("What the citizen says"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    address = forms.CharField(
        label=gettext_lazy("Address or place"), max_length=300, required=False
    )
    latitude = forms.DecimalField(
        label=gettext_lazy("Latitude"), max_digits=9, decimal_places=6, required=False
    )
    longitude = forms.DecimalField(
        label=gettext_lazy("Longitude"), max_digits=9, decimal_places=6, required=False
    )
    procedure_code = forms.CharField(
        label=gettext_lazy("Code of the procedure concerned"), max_length=32, required=False
    )
    dossier_code = forms.CharField(
        label=gettext_lazy("Dossier code"), max_length=48, required=False
    )
    agency_concerned = AgencyChoiceField(
        label=gettext_lazy("Agency concerned"), queryset=Agency.objects.none(), required=False
    )
    official_name = forms.CharField(
        label=gettext_lazy("Official concerned"), max_length=200, required=False
    )
    anonymous = forms.BooleanField(
        label=gettext_lazy("The citizen does not give a name (anonymous)"), required=False
    )
    contact_name = forms.CharField(label=gettext_lazy("Name"), max_length=200, required=False)
    contact_phone = forms.CharField(
        label=gettext_lazy("Phone"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
    )
    contact_email = forms.EmailField(label=gettext_lazy("E-mail"), required=False)
    consent = forms.BooleanField(
        label=gettext_lazy(
            "The citizen agreed that their name and contact are used to handle and answer "
            "this feedback"
        ),
        required=False,
        help_text=gettext_lazy(
            "Ask before writing them down (Law 91/2025 on personal data protection); without "
            "consent, register the feedback as anonymous."
        ),
    )
    client_key = forms.CharField(widget=forms.HiddenInput, max_length=40)

    def __init__(self, *args: Any, units: QuerySet[AdministrativeUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["unit"]).queryset = units
        cast(AgencyChoiceField, self.fields["agency_concerned"]).queryset = (
            Agency.objects.valid_on(timezone.localdate())
            .select_related("unit")
            .order_by("unit__code", "name")
        )
        if len(units) == 1:
            self.fields["unit"].initial = units[0]

    def clean_received_at(self) -> dt.datetime | None:
        value = self.cleaned_data.get("received_at")
        if value is not None and value > timezone.now():
            raise forms.ValidationError(_("The time received cannot be in the future."))
        return value

    def clean_procedure_code(self) -> Procedure | None:
        code = self.cleaned_data.get("procedure_code", "").strip()
        if not code:
            return None
        procedure = Procedure.objects.filter(code=code).first()
        if procedure is None:
            raise forms.ValidationError(_("No procedure has this code."))
        return procedure


def _communes() -> QuerySet[AdministrativeUnit]:
    """The communes, wards and special zones in force, as on the citizen form."""
    return AdministrativeUnit.objects.valid_on(timezone.localdate()).filter(kind__in=COMMUNE_KINDS)


def _entry_units(access: Access) -> QuerySet[AdministrativeUnit]:
    """The communes where the user works: they record feedback about those."""
    return access.changeable(_communes(), "pk").order_by("name", "code")


@require_http_methods(["GET", "POST"])
@staff_required
def feedback_new(request: HttpRequest) -> HttpResponse:
    """Staff entry. A hidden key made with the form makes a double submit one item."""
    access = request_access(request)
    if not selectors.may_register(access):
        raise PermissionDenied(_("You cannot register feedback in any unit."))
    units = _entry_units(access)
    problems: list[str] = []
    files: list[tuple[str, bytes]] = []
    if request.method == "POST":
        form = EntryForm(request.POST, units=units)
        files = _uploads(request, "files")
        if form.is_valid():
            data = form.cleaned_data
            submission = Submission(
                category=data["category"],
                unit=data["unit"],
                title=data["title"],
                text=data["text"],
                kind=data["kind"],
                anonymous=data["anonymous"],
                contact_name=data["contact_name"],
                contact_phone=data["contact_phone"],
                contact_email=data["contact_email"],
                address=data["address"],
                latitude=data["latitude"],
                longitude=data["longitude"],
                procedure=data["procedure_code"],
                dossier_code=data["dossier_code"],
                agency_concerned=data["agency_concerned"],
                official_name=data["official_name"],
                files=files,
                consent=data["consent"],
                transferred_from=data["transferred_from"],
                first_received_at=data["first_received_at"],
            )
            try:
                item = services.feedback_register(
                    submission=submission,
                    channel=data["channel"],
                    actor=request.user,
                    client_key=f"staff:{request.user.pk}:{data['client_key']}",
                    received_at=data["received_at"],
                )
            except FeedbackError as error:
                problems = error.messages
            else:
                messages.success(
                    request, _("Feedback %(number)s registered.") % {"number": item.number}
                )
                return redirect("feedback:feedback_detail", number=item.number)
    else:
        form = EntryForm(
            units=units,
            initial={"client_key": uuid.uuid4().hex, "kind": Kind.FEEDBACK},
        )
    return render(
        request,
        "feedback/new.html",
        {
            "form": form,
            "problems": problems,
            "files_dropped": bool(files),
            "accept": ",".join(f".{kind}" for kind in services.ATTACHMENT_TYPES),
            "max_files": services.MAX_ATTACHMENTS,
        },
    )


# --- the item's page -------------------------------------------------------------------------


class ActionForm(forms.Form):
    use_required_attribute = False


class StartForm(ActionForm):
    pass


class ClassifyForm(ActionForm):
    category = forms.ModelChoiceField(
        label=gettext_lazy("Category"), queryset=Category.objects.all()
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=Kind.choices)
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Commune"), queryset=AdministrativeUnit.objects.none()
    )
    official = forms.ModelChoiceField(
        label=gettext_lazy("Official concerned (for feedback about conduct)"),
        queryset=get_user_model().objects.none(),
        required=False,
    )
    dossier_code = forms.CharField(
        label=gettext_lazy("Dossier concerned"), max_length=48, required=False
    )

    def __init__(self, *args: Any, item: Feedback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        places = {item.unit_id} | ({item.agency.unit_id} if item.agency else set())
        staff = (
            get_user_model()
            .objects.filter(
                Q(memberships__unit_id__in=places) | Q(memberships__agency__unit_id__in=places)
            )
            .distinct()
            .order_by("last_name", "first_name", "username")
        )
        cast(forms.ModelChoiceField, self.fields["official"]).queryset = staff
        categories = Category.objects.filter(Q(is_active=True) | Q(pk=item.category_id))
        cast(forms.ModelChoiceField, self.fields["category"]).queryset = categories
        units = AdministrativeUnit.objects.filter(
            Q(pk=item.unit_id) | Q(pk__in=_communes())
        ).order_by("name", "code")
        cast(forms.ModelChoiceField, self.fields["unit"]).queryset = units


class TransferForm(ActionForm):
    agency = AgencyChoiceField(label=gettext_lazy("To the agency"), queryset=Agency.objects.none())
    reason = forms.CharField(
        label=gettext_lazy("Why it goes there (the citizen sees this)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, item: Feedback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agencies = (
            Agency.objects.valid_on(timezone.localdate())
            .exclude(pk=item.agency_id)
            .select_related("unit")
            .order_by("unit__code", "name")
        )
        cast(AgencyChoiceField, self.fields["agency"]).queryset = agencies


class NoteForm(ActionForm):
    text = forms.CharField(
        label=gettext_lazy("Internal note (never shown to the citizen)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AskMoreForm(ActionForm):
    question = forms.CharField(
        label=gettext_lazy("What information is needed (the citizen sees this)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


SUBSTANTIATED = {"": None, "yes": True, "no": False}


class AnswerForm(ActionForm):
    text = forms.CharField(
        label=gettext_lazy("Answer"),
        required=False,
        max_length=services.MAX_TEXT * 2,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    substantiated = forms.ChoiceField(
        label=gettext_lazy("Was the feedback about the conduct found true?"),
        required=False,
        choices=[
            ("", gettext_lazy("Not decided")),
            ("yes", gettext_lazy("Yes, substantiated")),
            ("no", gettext_lazy("No, not substantiated")),
        ],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, item: Feedback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not item.category.about_conduct:
            del self.fields["substantiated"]


class RefuseForm(ActionForm):
    reason = forms.CharField(
        label=gettext_lazy("Why it is not accepted (the citizen sees this)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class MergeForm(ActionForm):
    into = forms.CharField(
        label=gettext_lazy("Number of the item it repeats"),
        max_length=32,
        required=False,
        help_text=gettext_lazy("For example PA-2025-000012."),
    )


class ReviewForm(ActionForm):
    public_text = forms.CharField(
        label=gettext_lazy("Published text of the feedback"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    public_answer = forms.CharField(
        label=gettext_lazy("Published answer"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    attachments = forms.MultipleChoiceField(
        label=gettext_lazy("Show with the published answer"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Only files without faces, number plates or personal papers."),
    )

    def __init__(self, *args: Any, item: Feedback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(str(a.public_id), a.name) for a in item.attachments.all()]
        if choices:
            cast(forms.MultipleChoiceField, self.fields["attachments"]).choices = choices
        else:
            del self.fields["attachments"]


FORMS: dict[str, type[ActionForm]] = {
    "start": StartForm,
    "classify": ClassifyForm,
    "transfer": TransferForm,
    "ask_more": AskMoreForm,
    "answer": AnswerForm,
    "refuse": RefuseForm,
    "merge": MergeForm,
    "review": ReviewForm,
    "note": NoteForm,
}
NEEDS_ITEM = (ClassifyForm, TransferForm, AnswerForm, ReviewForm)


def _actions(access: Access, item: Feedback) -> list[str]:
    """What this user may do now, in the order of the page."""
    handle = selectors.may_handle(access, item)
    review = selectors.may_review(access, item)
    possible = {
        "start": handle and item.state in (State.RECEIVED, State.MORE_INFO),
        "classify": handle and item.is_open,
        "transfer": handle and item.is_open,
        "ask_more": handle and item.state in (State.RECEIVED, State.IN_PROGRESS),
        "answer": handle and item.is_open,
        "refuse": handle and item.state in HANDLING_STATES,
        "merge": review and item.is_open,
        "review": review and item.state == State.ANSWERED,
        "note": handle or review,
    }
    return [name for name in FORMS if possible[name]]


def _form(name: str, item: Feedback, data: Any = None, initial: Any = None) -> ActionForm:
    form_class = FORMS[name]
    kwargs: dict[str, Any] = {"prefix": name, "initial": initial}
    if issubclass(form_class, NEEDS_ITEM):
        kwargs["item"] = item
    return form_class(data, **kwargs)


def _initial(name: str, item: Feedback, template: AnswerTemplate | None) -> dict[str, Any]:
    if name == "classify":
        return {
            "category": item.category_id,
            "kind": item.kind,
            "unit": item.unit_id,
            "official": item.official_id,
            "dossier_code": item.dossier_code,
        }
    if name == "answer":
        text = template.text if template is not None else item.answer
        substantiated = "" if item.substantiated is None else "yes" if item.substantiated else "no"
        return {"text": text, "substantiated": substantiated}
    if name == "review":
        return {
            "public_text": item.public_text,
            "public_answer": item.public_answer,
            "attachments": [str(a.public_id) for a in item.attachments.all() if a.is_public],
        }
    return {}


def _templates(item: Feedback) -> QuerySet[AnswerTemplate]:
    return AnswerTemplate.objects.filter(Q(category=item.category) | Q(category__isnull=True))


def _chosen_template(request: HttpRequest, item: Feedback) -> AnswerTemplate | None:
    chosen = request.GET.get("template", "")
    if not chosen.isdigit():
        return None
    return _templates(item).filter(pk=int(chosen)).first()


def _apply(name: str, item: Feedback, data: dict[str, Any], request: HttpRequest) -> str:
    """Do the action through its service; the message to show when it is done."""
    actor = request.user
    if name == "start":
        services.feedback_start(item=item, actor=actor)
        return _("Handling started.")
    if name == "classify":
        services.feedback_classify(
            item=item,
            actor=actor,
            category=data["category"],
            kind=data["kind"],
            unit=data["unit"],
            official=data.get("official"),
            dossier_code=data.get("dossier_code", ""),
        )
        return _("Classification saved.")
    if name == "transfer":
        services.feedback_transfer(item=item, actor=actor, to=data["agency"], reason=data["reason"])
        return _("Transferred to %(agency)s.") % {"agency": data["agency"].name}
    if name == "ask_more":
        services.feedback_ask_more(item=item, actor=actor, question=data["question"])
        return _("The citizen is asked for more information.")
    if name == "answer":
        services.feedback_answer(
            item=item,
            actor=actor,
            text=data["text"],
            substantiated=SUBSTANTIATED.get(data.get("substantiated") or ""),
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
        return _publish(item, data, request)
    services.feedback_note(item=item, actor=actor, text=data["text"])
    return _("Note saved.")


def _publish(item: Feedback, data: dict[str, Any], request: HttpRequest) -> str:
    services.feedback_publish(
        item=item,
        actor=request.user,
        public_text=data["public_text"],
        public_answer=data["public_answer"],
        shown_files=data.get("attachments") or [],
    )
    return _("Published.")


@require_http_methods(["GET", "POST"])
@staff_required
def feedback_detail(request: HttpRequest, number: str) -> HttpResponse:
    """The item with its full text and contact (the read is audited), its files, its
    history and the forms of the actions the user may take now. A refused action comes
    back with its reason and the text typed."""
    access = request_access(request)
    item = _item_or_404(access, number)
    allowed = _actions(access, item)
    bound: dict[str, ActionForm] = {}
    problems: list[str] = []
    if request.method == "POST":
        if not allowed:
            raise PermissionDenied(_("You may only read this item."))
        name = request.POST.get("action", "")
        if name not in allowed:
            messages.error(request, _("This action is not possible for the item now."))
            return redirect("feedback:feedback_detail", number=item.number)
        form = _form(name, item, data=request.POST)
        if form.is_valid():
            try:
                done = _apply(name, item, form.cleaned_data, request)
            except FeedbackError as error:
                problems = error.messages
                # The service changed nothing; start again from what is stored.
                item = _item_or_404(access, number)
                allowed = _actions(access, item)
            else:
                messages.success(request, done)
                return redirect("feedback:feedback_detail", number=item.number)
        bound[name] = form
    template = _chosen_template(request, item)
    action_forms = {
        name: bound.get(name) or _form(name, item, initial=_initial(name, item, template))
        for name in allowed
    }
    _audit_read(request, item)
    return render(
        request,
        "feedback/detail.html",
        {
            "item": item,
            "forms": action_forms,
            "problems": problems,
            "failed": next(iter(bound), ""),
            "events": _history(item),
            "attachments": list(item.attachments.all()),
            "templates": list(_templates(item)) if "answer" in allowed else [],
            "template": template,
            "duplicates": _duplicates(access, item) if "merge" in allowed else [],
            "overdue": item.is_overdue(timezone.localdate()),
        },
    )


def _history(item: Feedback) -> list[tuple[Event, str]]:
    events = item.events.select_related("actor", "from_agency", "to_agency")
    return [(e, str(EVENT_LABELS.get(e.action, e.action))) for e in events]


def _duplicates(access: Access, item: Feedback) -> list[Feedback]:
    """Items with the same text (the same fingerprint) that it could be merged into."""
    return list(
        selectors.visible(access)
        .filter(fingerprint=item.fingerprint)
        .exclude(pk=item.pk)
        .exclude(state=State.MERGED)
        .order_by("received_at")[:10]
    )


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
