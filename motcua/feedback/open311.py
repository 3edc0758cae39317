"""Feedback through Open311 GeoReport v2 (DESIGN.md, Interfaces): the clients' API keys, the
services offered (the categories), and the mapping between a service request and a feedback
item. The HTTP side (formats, status codes) is `motcua.portal.open311`.

A feedback item belongs to a commune, which a point or an address alone does not give here:
every service therefore has one required attribute, `commune`, whose values are the official
codes of the communes in force. Clients may send the code as `address_id` instead. A
second attribute, `consent`, must be `yes` when a name, phone or e-mail is sent: the law on
personal data keeps a contact only with the citizen's consent (the client asks for it).

What the public list shows is what may be published: the reviewed texts once an answer is
published, before that only the subject (with personal data removed) and the place. Items
about an official's conduct, complaints and denunciations show neither subject nor place
until published. Contact data is never shown."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from motcua.core.identity import phone_clean
from motcua.core.services import audit_record
from motcua.feedback.models import (
    CLOSED_STATES,
    OPEN_STATES,
    OUT_OF_SCOPE,
    Category,
    Channel,
    Feedback,
    Kind,
    Open311Key,
    State,
)
from motcua.feedback.redaction import redact
from motcua.feedback.services import (
    MAX_TEXT,
    FeedbackError,
    Submission,
    feedback_register,
)
from motcua.orgs.models import AdministrativeUnit, UnitKind

# Makes a leaked key easy to recognise in logs and for secret scanners.
OPEN311_KEY_MARK = "o311_"
OPEN311_KEY_PREFIX_LENGTH = 12
_OPEN311_KEY_SALT = "motcua.feedback.open311_key"
MAX_KEY_LENGTH = 200
MAX_IDEMPOTENCY_KEY_LENGTH = 200

COMMUNE_ATTRIBUTE = "commune"
CONSENT_ATTRIBUTE = "consent"
KEY_USE_PRECISION = dt.timedelta(minutes=1)
COMMUNE_KINDS = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)
# Without dates the list covers the last 90 days; never more than 1000 requests at once.
DEFAULT_WINDOW = dt.timedelta(days=90)
MAX_REQUESTS = 1000
_SIX_PLACES = Decimal("0.000001")
# The parameters a POST stores, and the field that holds each: a longer value is refused
# with the field's own limit, never cut. The name is the family name and the given name
# together, in one field.
_STORED_IN = {
    "service_code": (Category, "code"),
    f"attribute[{COMMUNE_ATTRIBUTE}]": (AdministrativeUnit, "code"),
    "address_id": (AdministrativeUnit, "code"),
    "address_string": (Feedback, "address"),
    "last_name": (Feedback, "contact_name"),
    "first_name": (Feedback, "contact_name"),
    "phone": (Feedback, "contact_phone"),
    "email": (Feedback, "contact_email"),
}


class Open311Error(Exception):
    """A request the API refuses: the HTTP status and the reasons, one error each."""

    def __init__(self, status: int, descriptions: list[str]) -> None:
        super().__init__("; ".join(descriptions))
        self.status = status
        self.descriptions = descriptions


# Keys ---------------------------------------------------------------------------------


def open311_key_digest(key: str) -> str:
    """The keyed hash stored in place of the key (see `api_token_digest`)."""
    return salted_hmac(_OPEN311_KEY_SALT, key, algorithm="sha256").hexdigest()


def open311_key_create(*, name: str, actor: Any = None) -> tuple[Open311Key, str]:
    """A new key for a client: (the stored record, the key). The key is returned only here."""
    if not name.strip():
        raise ValueError("an Open311 key needs a name")
    plain = OPEN311_KEY_MARK + secrets.token_urlsafe(32)
    with transaction.atomic():
        key = Open311Key.objects.create(
            name=name.strip()[:100],
            key_hash=open311_key_digest(plain),
            prefix=plain[:OPEN311_KEY_PREFIX_LENGTH],
        )
        audit_record(
            actor=actor,
            action="open311_key.create",
            object_type="open311_key",
            object_id=key.pk,
            detail={"name": key.name, "prefix": key.prefix},
        )
    return key, plain


def open311_key_revoke(*, key: Open311Key, actor: Any = None) -> Open311Key:
    """Stop a key from working, at once and for good. Revoking twice changes nothing."""
    if key.revoked_at is not None:
        return key
    with transaction.atomic():
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at", "updated_at"])
        audit_record(
            actor=actor,
            action="open311_key.revoke",
            object_type="open311_key",
            object_id=key.pk,
            detail={"name": key.name, "prefix": key.prefix},
        )
    return key


def open311_key_in_force(key: str) -> Open311Key | None:
    """The record of a presented key that exists and is not revoked, with its use recorded;
    None otherwise."""
    if not key or len(key) > MAX_KEY_LENGTH:
        return None
    record = Open311Key.objects.filter(
        key_hash=open311_key_digest(key), revoked_at__isnull=True
    ).first()
    if record is None:
        return None
    now = timezone.now()
    # Recorded once a minute at most: every request writing the same row would make the
    # client's concurrent requests queue on it.
    if record.last_used_at is None or now - record.last_used_at >= KEY_USE_PRECISION:
        record.last_used_at = now
        Open311Key.objects.filter(pk=record.pk).update(last_used_at=now)
    return record


# Services -----------------------------------------------------------------------------


def services() -> QuerySet[Category]:
    return Category.objects.filter(is_active=True)


def service_get(code: str) -> Category:
    category = services().filter(code=code).first()
    if category is None:
        raise Open311Error(404, [_("There is no service %(code)s.") % {"code": code}])
    return category


def communes(day: dt.date) -> QuerySet[AdministrativeUnit]:
    return AdministrativeUnit.objects.valid_on(day).filter(kind__in=COMMUNE_KINDS)


def service_out(category: Category) -> dict[str, Any]:
    return {
        "service_code": category.code,
        "service_name": category.name,
        "description": category.description,
        "metadata": True,
        "type": "realtime",
        "keywords": category.keywords,
        "group": category.group,
    }


def service_definition(category: Category, *, day: dt.date) -> dict[str, Any]:
    values = [{"key": unit.code, "name": unit.name} for unit in communes(day).order_by("code")]
    return {
        "service_code": category.code,
        "attributes": [
            {
                "variable": True,
                "code": COMMUNE_ATTRIBUTE,
                "datatype": "singlevaluelist",
                "required": True,
                "datatype_description": None,
                "order": 1,
                "description": _("The commune or ward where it happened"),
                "values": values,
            },
            {
                "variable": True,
                "code": CONSENT_ATTRIBUTE,
                "datatype": "singlevaluelist",
                "required": False,
                "datatype_description": _(
                    "Required as yes when a name, phone or e-mail is sent (Law 91/2025)."
                ),
                "order": 2,
                "description": _(
                    "The citizen agrees that their name and contact are used to handle and "
                    "answer this request"
                ),
                "values": [{"key": "yes", "name": _("yes")}],
            },
        ],
    }


# Service requests in ------------------------------------------------------------------


def _decimal(value: str) -> Decimal | str:
    """Six decimal places as stored; what is not a number is left for the feedback rules
    to refuse in their own words."""
    try:
        return Decimal(value).quantize(_SIX_PLACES)
    except InvalidOperation:
        return value


def _limit(model: Any, field: str) -> int:
    limit = model._meta.get_field(field).max_length
    assert limit is not None, field
    return int(limit)


def length_problems(params: Mapping[str, str]) -> list[str]:
    """Each parameter longer than the field that stores it, named with its limit."""

    def too_long(name: str, limit: int) -> str:
        return _("%(name)s is longer than %(limit)s characters.") % {
            "name": name,
            "limit": limit,
        }

    def param(name: str) -> str:
        value = (params.get(name) or "").strip()
        return phone_clean(value) if name == "phone" else value

    problems = [
        too_long(name, _limit(model, field))
        for name, (model, field) in _STORED_IN.items()
        if len(param(name)) > _limit(model, field)
    ]
    name_limit = _limit(Feedback, "contact_name")
    parts = [param("last_name"), param("first_name")]
    if all(len(part) <= name_limit for part in parts) and len(" ".join(parts)) > name_limit:
        problems.append(too_long("last_name + first_name", name_limit))
    if len(param("description")) > MAX_TEXT:
        problems.append(too_long("description", MAX_TEXT))
    return problems


def submission_from(params: Mapping[str, str], *, day: dt.date) -> Submission:
    """The feedback a POST describes. A parameter longer than what stores it is refused
    first (400), then a missing or unknown service (400, 404), then every other problem at
    once (400)."""

    def param(name: str) -> str:
        return (params.get(name) or "").strip()

    too_long = length_problems(params)
    if too_long:
        raise Open311Error(400, too_long)
    code = param("service_code")
    if not code:
        raise Open311Error(400, [_("Send the service_code parameter.")])
    category = service_get(code)
    problems = []
    lat, long, address = param("lat"), param("long"), param("address_string")
    if bool(lat) != bool(long):
        problems.append(_("Send lat and long together."))
    elif not (lat or address):
        problems.append(_("Send the place: lat and long, or address_string."))
    unit = None
    commune = param(f"attribute[{COMMUNE_ATTRIBUTE}]") or param("address_id")
    if not commune:
        problems.append(
            _(
                "Name the commune in attribute[commune], with its code as the service "
                "definition lists it."
            )
        )
    else:
        unit = communes(day).filter(code=commune).first()
        if unit is None:
            problems.append(_("There is no commune %(code)s.") % {"code": commune})
    description = param("description")
    if not description:
        problems.append(_("Send the description parameter."))
    email = param("email")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            problems.append(_("The e-mail address is not valid."))
    if problems or unit is None:
        raise Open311Error(400, problems)
    # Vietnamese order: the family name first.
    name = " ".join(part for part in (param("last_name"), param("first_name")) if part)
    phone = param("phone")
    consent = param(f"attribute[{CONSENT_ATTRIBUTE}]").lower() in {"yes", "true", "1"}
    if (name or phone or email) and not consent:
        raise Open311Error(
            400,
            [
                _(
                    "A name, phone or e-mail is kept only with the citizen's consent: send "
                    "attribute[consent]=yes, or send the request without them."
                )
            ],
        )
    return Submission(
        category=category,
        unit=unit,
        # The client's text is not reviewed yet: the subject, which the public list shows,
        # is the service's name rather than words of the citizen.
        title=category.name,
        text=description,
        kind=Kind.FEEDBACK,
        anonymous=not (name or phone or email),
        contact_name=name,
        contact_phone=phone,
        contact_email=email,
        address=address,
        latitude=_decimal(lat) if lat else None,
        longitude=_decimal(long) if long else None,
        consent=consent,
    )


def idempotency_key(key: Open311Key, given: str) -> str:
    """The feedback client key for a client's idempotency key: one namespace per API key,
    so two clients can never collide, and within the column's 64 characters."""
    if len(given) > MAX_IDEMPOTENCY_KEY_LENGTH:
        raise Open311Error(
            400,
            [
                _("The idempotency key is longer than %(limit)d characters.")
                % {"limit": MAX_IDEMPOTENCY_KEY_LENGTH}
            ],
        )
    return hashlib.sha256(f"open311:{key.pk}:{given}".encode()).hexdigest()


def open311_request_create(
    *, params: Mapping[str, str], key: Open311Key, client_key: str = ""
) -> Feedback:
    """Register the feedback a client posts. The same idempotency key from the same client
    gives back the item registered the first time."""
    submission = submission_from(params, day=timezone.localdate())
    try:
        return feedback_register(
            submission=submission,
            channel=Channel.OPEN311,
            client_key=idempotency_key(key, client_key) if client_key else "",
        )
    except FeedbackError as error:
        raise Open311Error(400, list(error.messages)) from error


def request_created_out(item: Feedback) -> dict[str, Any]:
    notice = _("Registered as %(number)s.") % {"number": item.number}
    if item.due_on is not None:
        notice = _("Registered as %(number)s; the answer is due by %(date)s.") % {
            "number": item.number,
            "date": item.due_on.isoformat(),
        }
    return {"service_request_id": item.number, "service_notice": notice, "account_id": None}


# Service requests out -----------------------------------------------------------------


def status_of(item: Feedback) -> str:
    return "open" if item.state in OPEN_STATES else "closed"


def iso(value: dt.datetime | None) -> str | None:
    """ISO 8601 with the local offset, as the standard asks (2025-08-28T09:00:00+07:00)."""
    if value is None:
        return None
    return timezone.localtime(value, timezone.get_default_timezone()).isoformat("T", "seconds")


def _discreet(item: Feedback) -> bool:
    """Conduct of officials, complaints, denunciations: the subject and the place may name
    people, so nothing of them is public before the reviewed publication."""
    return item.kind in OUT_OF_SCOPE or item.category.about_conduct


def request_out(item: Feedback) -> dict[str, Any]:
    """A service request as the public sees it. Select `category`, `agency` and `unit`."""
    published = item.state == State.PUBLISHED
    expected = None
    if item.is_open and item.due_on is not None and item.waiting_since is None:
        # Due by the end of that day (none while the clock waits for the citizen).
        expected = dt.datetime.combine(
            item.due_on, dt.time(23, 59, 59), tzinfo=timezone.get_default_timezone()
        )
    out: dict[str, Any] = {
        "service_request_id": item.number,
        "status": status_of(item),
        "status_notes": item.public_answer if published else None,
        "service_name": item.category.name,
        "service_code": item.category.code,
        "description": item.public_text if published else redact(item.title, item),
        "agency_responsible": item.agency.name if item.agency is not None else None,
        "service_notice": None,
        "requested_datetime": iso(item.received_at),
        "updated_datetime": iso(item.updated_at),
        "expected_datetime": iso(expected),
        "address": redact(item.address, item) or None,
        "address_id": item.unit.code,
        "zipcode": None,
        "lat": float(item.latitude) if item.latitude is not None else None,
        "long": float(item.longitude) if item.longitude is not None else None,
        "media_url": None,
    }
    if _discreet(item) and not published:
        out.update(description=None, address=None, lat=None, long=None)
    return out


def request_get(number: str) -> Feedback:
    item = (
        Feedback.objects.select_related("category", "agency", "unit").filter(number=number).first()
    )
    if item is None:
        raise Open311Error(404, [_("There is no service request %(id)s.") % {"id": number}])
    return item


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


# A "+" left unencoded in a query string arrives as a space.
_SPACED_OFFSET = re.compile(r" (\d\d:?\d\d)$")


def _when(params: Mapping[str, str], name: str, problems: list[str]) -> dt.datetime | None:
    given = (params.get(name) or "").strip()
    if not given:
        return None
    try:
        value = parse_datetime(_SPACED_OFFSET.sub(r"+\1", given))
    except ValueError:
        value = None
    if value is None:
        problems.append(
            _("%(name)s is not a date and time in ISO 8601, e.g. 2025-08-28T09:00:00+07:00.")
            % {"name": name}
        )
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value, timezone.get_default_timezone())
    return value


def request_list(params: Mapping[str, str], *, now: dt.datetime) -> list[Feedback]:
    """The requests a GET asks for, newest first: by number (which overrides every other
    parameter), or by service, dates (the last 90 days by default) and status."""
    items = Feedback.objects.select_related("category", "agency", "unit")
    numbers = _split(params.get("service_request_id"))
    if numbers:
        items = items.filter(number__in=numbers[:MAX_REQUESTS])
    else:
        problems: list[str] = []
        start = _when(params, "start_date", problems)
        end = _when(params, "end_date", problems)
        statuses = {status.lower() for status in _split(params.get("status"))}
        if not statuses <= {"open", "closed"}:
            problems.append(_("status is open or closed, or both separated by a comma."))
        if start is not None and end is not None and start > end:
            problems.append(_("start_date is after end_date."))
        if problems:
            raise Open311Error(400, problems)
        items = items.filter(received_at__gte=start or (end or now) - DEFAULT_WINDOW)
        if end is not None:
            items = items.filter(received_at__lte=end)
        codes = _split(params.get("service_code"))
        if codes:
            items = items.filter(category__code__in=codes)
        if statuses == {"open"}:
            items = items.filter(state__in=OPEN_STATES)
        elif statuses == {"closed"}:
            items = items.filter(state__in=CLOSED_STATES)
    return list(items.order_by("-received_at", "-pk")[:MAX_REQUESTS])
