"""The sampling frame and the stratified sample of a campaign (DOMAIN.md §5).

The frame is the dossiers finished in the campaign's period in the units in scope (the units
below them, and the historic units they took over). Strata are the combinations of the
chosen dimensions (unit, procedure field, channel); each stratum's sample size follows
n = N / (1 + N·e²), and the dossiers are drawn with a generator seeded by the campaign's
seed and the stratum's key, so drawing again gives the same sample."""

from __future__ import annotations

import math
import random
import secrets
from collections import defaultdict
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.dossiers.models import Dossier
from motcua.dossiers.states import FINISHED
from motcua.orgs.selectors import unit_scope_ids
from motcua.surveys.models import Campaign, Invitation, Stratum, StratumDimension
from motcua.surveys.services import QuestionnaireError

# Letters and digits a citizen will not confuse when typing the code from a card.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10


def sample_size(population: int, margin_of_error: Decimal | float) -> int:
    """n = N / (1 + N·e²), rounded up, never more than N."""
    if population <= 0:
        return 0
    e = float(margin_of_error)
    return min(population, math.ceil(population / (1 + population * e * e)))


def _token() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def campaign_unit_ids(campaign: Campaign) -> set[int]:
    """The units a campaign covers: those chosen, the units below them, and the historic
    units they took over."""
    reach: set[int] = set()
    for unit in campaign.units.all():
        reach |= unit_scope_ids(unit, on=campaign.ends_on)
    return reach


def campaign_frame(campaign: Campaign) -> dict[tuple[int | None, str, str], list[int]]:
    """Dossier ids of the frame, by stratum (unit, field, channel); dimensions not chosen
    are blank."""
    reach = campaign_unit_ids(campaign)
    rows = (
        Dossier.objects.filter(
            unit_id__in=reach,
            state__in=FINISHED,
            finished_at__date__gte=campaign.starts_on,
            finished_at__date__lte=campaign.ends_on,
        )
        .order_by("pk")
        .values_list("pk", "unit_id", "procedure__field__name", "channel")
    )
    by = set(campaign.strata_by)
    frame: dict[tuple[int | None, str, str], list[int]] = defaultdict(list)
    for pk, unit_id, field_name, channel in rows.iterator(chunk_size=5000):
        key = (
            unit_id if StratumDimension.UNIT in by else None,
            field_name if StratumDimension.FIELD in by else "",
            channel if StratumDimension.CHANNEL in by else "",
        )
        frame[key].append(pk)
    return dict(frame)


@transaction.atomic
def campaign_draw_sample(*, campaign: Campaign) -> list[Stratum]:
    """Build the strata and draw the sample, with one invitation per sampled dossier. A
    campaign whose invitations were already answered is not drawn again."""
    if campaign.invitations.filter(used=True).exists():
        raise QuestionnaireError(
            _("Invitations of this campaign were already answered; the sample cannot change.")
        )
    campaign.invitations.all().delete()
    campaign.strata.all().delete()
    frame = campaign_frame(campaign)
    strata: list[Stratum] = []
    for (unit_id, field_name, channel), ids in sorted(
        frame.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1], kv[0][2])
    ):
        key = "|".join([str(unit_id or "*"), field_name or "*", channel or "*"])
        n = sample_size(len(ids), campaign.margin_of_error)
        stratum = Stratum.objects.create(
            campaign=campaign,
            key=key,
            unit_id=unit_id,
            field_name=field_name,
            channel=channel,
            population=len(ids),
            sample_size=n,
        )
        drawn = random.Random(f"{campaign.seed}:{key}").sample(ids, n)  # noqa: S311 - a sample
        _invite(campaign, stratum, sorted(drawn))
        strata.append(stratum)
    campaign.sampled_at = timezone.now()
    campaign.save(update_fields=["sampled_at", "updated_at"])
    return strata


def _invite(campaign: Campaign, stratum: Stratum, dossier_ids: list[int]) -> None:
    for attempt in range(5):
        try:
            with transaction.atomic():
                Invitation.objects.bulk_create(
                    Invitation(campaign=campaign, stratum=stratum, dossier_id=pk, token=_token())
                    for pk in dossier_ids
                )
            return
        except IntegrityError:
            # A token collided (about 1 in 10^14 per pair): draw new tokens.
            if attempt == 4:
                raise
