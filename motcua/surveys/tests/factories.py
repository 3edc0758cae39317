"""Campaigns with answers whose design-based figures can be counted by hand, and a
three-page questionnaire with skip logic for the answering tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Choice,
    Invitation,
    Item,
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
    Response,
    Section,
    Stratum,
)
from motcua.surveys.services import questionnaire_install_builtin, version_publish


def exit_campaign(
    world: Any,
    *,
    slug: str = "exit-2025",
    starts_on: dt.date = dt.date(2025, 1, 1),
    ends_on: dt.date = dt.date(2025, 12, 31),
    status: str = CampaignStatus.OPEN,
) -> Campaign:
    """The exit questionnaire (one element: overall, officials, time) over the province,
    with commune A's 30 sheets and commune B's 20, each commune standing for 200 dossiers.

    By hand: overall is satisfied everywhere; officials in A only; time in 20 of A's 30
    sheets and 13 of B's 20. Weighted by population, officials is 50 %, time
    (200·20/30 + 200·13/20) / 400 = 65.83 %, and the index (100 + 50 + 65.83) / 3 = 71.94 %;
    counting sheets instead gives 60 %, 66 % and 75.33 %. Commune A's index is
    (100 + 100 + 66.67) / 3 = 88.89 %, commune B's (100 + 0 + 65) / 3 = 55 %."""
    questionnaire_install_builtin(slugs=["exit"])
    version = Questionnaire.objects.get(slug="exit").versions.get()
    campaign = Campaign.objects.create(
        slug=slug,
        title=f"Lấy ý kiến {slug}",
        version=version,
        starts_on=starts_on,
        ends_on=ends_on,
        status=status,
        target=90,
    )
    campaign.units.add(world.province)
    for unit, officials, count in [(world.commune_a, "5", 30), (world.commune_b, "2", 20)]:
        stratum = Stratum.objects.create(
            campaign=campaign, key=str(unit.pk), unit=unit, population=200, sample_size=count
        )
        Response.objects.bulk_create(
            Response(
                campaign=campaign,
                version=version,
                stratum=stratum,
                unit=unit,
                channel="web",
                submitted_on=starts_on,
                client_key=f"{slug}-{unit.code}-{n}",
                answers={"overall": "4", "officials": officials, "time": "4" if n % 3 else "2"},
            )
            for n in range(count)
        )
    return campaign


SATISFACTION = [
    ("1", "Rất không hài lòng", "Very dissatisfied"),
    ("2", "Không hài lòng", "Dissatisfied"),
    ("3", "Bình thường", "Neither"),
    ("4", "Hài lòng", "Satisfied"),
    ("5", "Rất hài lòng", "Very satisfied"),
]


def three_page_version() -> QuestionnaireVersion:
    """Page 1: overall (required), why (required, shown only when dissatisfied), officials.
    Page 2: extra visits (a number, at most 20). Page 3: channel (required), topics (shown
    only for online dossiers), comment."""
    questionnaire = Questionnaire.objects.create(slug="visit", title="Ý kiến sau khi làm thủ tục")
    version = QuestionnaireVersion.objects.create(
        questionnaire=questionnaire, number=1, languages=["vi", "en"]
    )
    sections = [
        Section.objects.create(
            version=version, position=number, name=name, labels={"vi": vi, "en": en}
        )
        for number, (name, vi, en) in enumerate(
            [
                ("service", "Chất lượng phục vụ", "The service"),
                ("visits", "Đi lại", "Visits"),
                ("channels", "Cách nộp hồ sơ", "How you applied"),
            ],
            1,
        )
    ]
    items = [
        (0, "overall", ItemKind.SATISFACTION, "satisfaction", "Hài lòng chung", "Overall", True),
        (0, "why", ItemKind.TEXT, "", "Vì sao chưa hài lòng?", "Why not satisfied?", True),
        (0, "officials", ItemKind.SATISFACTION, "satisfaction", "Công chức", "Officials", False),
        (1, "extra_visits", ItemKind.INTEGER, "", "Số lần đi lại thêm", "Extra visits", False),
        (2, "channel", ItemKind.SELECT_ONE, "channel", "Nộp ở đâu", "Where you applied", True),
        (2, "topics", ItemKind.SELECT_MULTIPLE, "topic", "Khó khăn", "Difficulties", False),
        (2, "comment", ItemKind.TEXT, "", "Góp ý", "Comment", False),
    ]
    for position, (section, name, kind, choice_list, vi, en, required) in enumerate(items, 1):
        Item.objects.create(
            version=version,
            section=sections[section],
            position=position,
            name=name,
            kind=kind,
            choice_list=choice_list,
            labels={"vi": vi, "en": en},
            hints={"vi": "Tối đa 20 lần."} if name == "extra_visits" else {},
            required=required,
            relevant={"why": "${overall} <= 2", "topics": "${channel} = 'online'"}.get(name, ""),
            constraint=". <= 20" if name == "extra_visits" else "",
            constraint_messages={"vi": "Tối đa 20 lần.", "en": "At most 20 visits."}
            if name == "extra_visits"
            else {},
        )
    lists = {
        "satisfaction": SATISFACTION,
        "channel": [
            ("counter", "Tại bộ phận một cửa", "At the counter"),
            ("online", "Trực tuyến", "Online"),
        ],
        "topic": [("forms", "Biểu mẫu", "Forms"), ("fees", "Phí", "Fees")],
    }
    for list_name, options in lists.items():
        for position, (value, vi, en) in enumerate(options, 1):
            Choice.objects.create(
                version=version,
                list_name=list_name,
                position=position,
                value=value,
                labels={"vi": vi, "en": en},
            )
    return version_publish(version=version)


def invitations_make(campaign: Campaign, *, per_stratum: int = 4, used: int = 1) -> None:
    """`per_stratum` invitations in each stratum of the campaign, the first `used` answered,
    the next one sent by SMS."""
    for stratum in campaign.strata.all():
        Invitation.objects.bulk_create(
            Invitation(
                campaign=campaign,
                stratum=stratum,
                token=f"{campaign.pk:03d}{stratum.pk:03d}{n:04d}"[-10:],
                used=n < used,
                sent_at=timezone.now() if n == used else None,
            )
            for n in range(per_stratum)
        )
