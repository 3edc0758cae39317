"""Survey invitations and reminders sent by SMS to the applicants of the sampled dossiers.

Who gets a message:

- first sending: every unanswered invitation never sent;
- reminder: every unanswered invitation sent at least `after_days` days ago and not reminded
  in the last `after_days` days, so a citizen gets at most one message every `after_days`
  days, however often cron runs the command.

Only a campaign collecting answers sends. An invitation whose dossier has no phone number is
skipped and counted. `sent_at` / `reminded_at` are set only for the messages the gateway took:
a failure loses nothing, the invitation is due again at the next run. The invitations are
sent in small chunks, each marked as soon as it is sent, so that a crash repeats at most one
chunk and two runs started together rarely send the same invitation twice.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from motcua.core.links import absolute_link
from motcua.core.messaging import BaseSmsBackend, SmsMessage, get_backend, send_sms
from motcua.core.services import audit_record
from motcua.dossiers.models import Dossier
from motcua.surveys.models import Campaign, CampaignStatus, Invitation, Stratum

REMINDER_AFTER_DAYS = 3
CHUNK = 20

Progress = Callable[[int, int], None]


class InvitationError(Exception):
    """The invitations cannot be sent at all (campaign not open, no public address)."""


@dataclass
class InvitationSendResult:
    reminder: bool
    dry_run: bool = False
    due: int = 0
    sent: int = 0
    failed: int = 0
    no_phone: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    @property
    def to_send(self) -> int:
        """Due and with a phone number: what a dry run would try to send."""
        return self.due - self.no_phone

    def as_dict(self) -> dict[str, Any]:
        return {
            "reminder": self.reminder,
            "dry_run": self.dry_run,
            "due": self.due,
            "sent": self.sent,
            "failed": self.failed,
            "no_phone": self.no_phone,
            "reasons": dict(self.reasons),
        }


def invitation_text(*, reminder: bool, link: str, token: str) -> str:
    """The SMS text, in the site's default language whatever the sender reads the pages in."""
    with translation.override(settings.LANGUAGE_CODE):
        if reminder:
            text = _("Reminder: please rate the service at %(link)s (code %(code)s).")
        else:
            text = _("Please rate how you were served: %(link)s (code %(code)s). Thank you.")
        return text % {"link": link, "code": token}


def campaign_link_for(campaign: Campaign) -> Callable[[str], str]:
    """Links built on MOTCUA_PUBLIC_URL, for senders with no request (cron)."""
    if not settings.PUBLIC_URL:
        raise InvitationError(
            _("Set MOTCUA_PUBLIC_URL: the messages need the public address of the site.")
        )
    start = absolute_link("survey_start", slug=campaign.slug)
    return lambda token: f"{start}?t={token}"


def invitations_due(
    *,
    campaign: Campaign,
    reminder: bool,
    strata: Iterable[Stratum] | None = None,
    after_days: int = REMINDER_AFTER_DAYS,
    now: dt.datetime | None = None,
) -> QuerySet[Invitation]:
    due = Invitation.objects.filter(campaign=campaign, used=False)
    if strata is not None:
        due = due.filter(stratum__in=[s.pk for s in strata])
    if not reminder:
        return due.filter(sent_at__isnull=True).order_by("pk")
    cutoff = (now or timezone.now()) - dt.timedelta(days=after_days)
    return due.filter(
        Q(reminded_at__isnull=True) | Q(reminded_at__lte=cutoff), sent_at__lte=cutoff
    ).order_by("pk")


def invitations_send(
    *,
    campaign: Campaign,
    strata: Iterable[Stratum] | None = None,
    reminder: bool,
    actor: Any,
    link_for: Callable[[str], str],
    after_days: int = REMINDER_AFTER_DAYS,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> InvitationSendResult:
    """Send the due invitations (or reminders) of the campaign, of `strata` only when given.
    `link_for(token)` is the public link of an invitation. A dry run counts and sends nothing.
    Raises InvitationError, or SmsError when no SMS backend is configured."""
    if campaign.status != CampaignStatus.OPEN:
        raise InvitationError(_("Only a campaign collecting answers sends invitations."))
    if after_days < 0:
        raise InvitationError(_("The reminder interval cannot be negative."))
    strata = list(strata) if strata is not None else None
    backend = get_backend()  # a missing gateway is reported before anything is read
    result = InvitationSendResult(reminder=reminder, dry_run=dry_run)

    def due(now: dt.datetime) -> QuerySet[Invitation]:
        return invitations_due(
            campaign=campaign, reminder=reminder, strata=strata, after_days=after_days, now=now
        )

    ids = list(due(timezone.now()).values_list("pk", flat=True))
    result.due = len(ids)
    try:
        for start in range(0, len(ids), CHUNK):
            # Read again: an invitation answered or sent by another run meanwhile drops out.
            now = timezone.now()
            chunk = list(due(now).filter(pk__in=ids[start : start + CHUNK]))
            stopped = _send_chunk(chunk, result=result, backend=backend, link_for=link_for, now=now)
            if stopped:
                # The gateway is down or refuses the token: the rest would fail the same way.
                rest = len(ids) - start - CHUNK
                if rest > 0:
                    result.failed += rest
                    result.reasons[stopped] += rest
                break
            if progress:
                progress(min(start + CHUNK, len(ids)), len(ids))
    finally:
        if not dry_run:
            audit_record(
                actor=actor,
                action="survey.sms_send",
                object_type="campaign",
                object_id=campaign.pk,
                detail={
                    "campaign": campaign.slug,
                    "strata": None if strata is None else [s.pk for s in strata],
                    **result.as_dict(),
                },
            )
    return result


def _send_chunk(
    chunk: list[Invitation],
    *,
    result: InvitationSendResult,
    backend: BaseSmsBackend,
    link_for: Callable[[str], str],
    now: dt.datetime,
) -> str:
    """Send one chunk and mark what was sent. Returns the reason the gateway stopped, if it
    did, else ''."""
    phones = dict(
        Dossier.objects.filter(pk__in=[i.dossier_id for i in chunk if i.dossier_id]).values_list(
            "pk", "applicant_phone"
        )
    )
    addressed = [
        (i, phones.get(i.dossier_id, ""))
        for i in chunk
        if i.dossier_id and phones.get(i.dossier_id)
    ]
    result.no_phone += len(chunk) - len(addressed)
    if result.dry_run or not addressed:
        return ""
    with_phone = [i for i, _phone in addressed]
    messages = [
        SmsMessage(
            to=phone,
            text=invitation_text(reminder=result.reminder, link=link_for(i.token), token=i.token),
        )
        for i, phone in addressed
    ]
    sent = send_sms(messages, backend=backend)
    # Messages are compared by identity: two invitations may share a phone number.
    sent_ids = {id(m) for m in sent.sent}
    delivered = [i.pk for i, m in zip(with_phone, messages, strict=True) if id(m) in sent_ids]
    if result.reminder:
        Invitation.objects.filter(pk__in=delivered).update(reminded_at=now, updated_at=now)
    else:
        Invitation.objects.filter(pk__in=delivered, sent_at__isnull=True).update(
            sent_at=now, updated_at=now
        )
    result.sent += len(delivered)
    result.failed += sent.failed_count
    result.reasons.update(sent.reasons())
    return sent.failures[-1].reason if sent.stopped else ""
