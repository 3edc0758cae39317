"""The permission matrix, generated from the URL map: every staff page, export and staff API
endpoint, visited as every role of commune A, an outsider and an anonymous visitor, with its
parameters filled by commune B's objects. None may answer with B's object.

Communes A and B were both formed out of one historic district, so the district is a
historic unit of each: the trap where two communes meet through their shared history is in
the world. Every object of B carries the marker ZBQ in its code, title or name, and every
object of A the marker ZAQ; a response body (HTML, CSV, or a decoded XLSX or DOCX) that holds
"zbq" is a leak. The same visits with A's objects must show A's markers to A's roles, so the
matrix cannot pass by refusing everything.

A new staff URL with parameters fails `test_every_staff_url_is_in_the_matrix` until it is
added to ROUTES below, with the objects that fill it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from motcua.conftest import World
from motcua.core.models import ImportJob
from motcua.directives.models import Attachment as DirectiveAttachment
from motcua.directives.models import DirectiveStatus, Evidence
from motcua.directives.tests.factories import (
    AssignmentFactory,
    DifficultyFactory,
    DirectiveFactory,
    ReportFactory,
    TaskFactory,
)
from motcua.dossiers.tests.factories import DossierFactory
from motcua.feedback.models import Attachment as FeedbackAttachment
from motcua.feedback.tests.factories import FeedbackFactory
from motcua.orgs.models import Posting, Role, UnitSuccession
from motcua.orgs.tests.factories import (
    PASSWORD,
    AgencyFactory,
    MembershipFactory,
    UnitFactory,
    UserFactory,
)
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    PaperSheet,
    QuestionnaireVersion,
    Response,
    Stratum,
)
from motcua.surveys.services import questionnaire_install_builtin
from motcua.surveys.tests.factories import invitations_make

LOGIN = "/accounts/login/"
# Commune B's marker as a word of its own: a random token that happens to hold the letters
# does not count, and the form tokens are taken out first.
MARKER_B = re.compile(r"(?<![a-z0-9])zbq(?![a-z0-9])", re.IGNORECASE)
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# The world ---------------------------------------------------------------------------------


def _person(username: str, family: str, role: str, **where: Any) -> Any:
    user = UserFactory(username=username, first_name="Văn Thử", last_name=family)
    MembershipFactory(user=user, role=role, **where)
    return user


def _file(marker: str) -> ContentFile:
    return ContentFile(f"%PDF-1.4 {marker} tệp đính kèm".encode(), name=f"{marker.lower()}.pdf")


def _commune_objects(world: World, commune: Any, tag: str, version: Any, province_task: Any) -> Any:
    """One object of every kind in `commune`, each named with the marker `tag`."""
    now = timezone.now()
    one_stop = (
        world.one_stop_a
        if commune == world.commune_a
        else AgencyFactory(unit=commune, kind="one_stop", name="Bộ phận một cửa xã B")
    )
    office = AgencyFactory(unit=commune, name=f"Phòng Văn hóa - Xã hội {commune.name}")
    counter = (
        world.counter_a
        if commune == world.commune_a
        else _person(f"counter_{tag}", f"Cán {tag}", Role.COUNTER_OFFICER, agency=one_stop)
    )
    officer = _person(f"processing_{tag}", f"Chuyên {tag}", Role.PROCESSING_OFFICER, agency=office)
    admin = _person(f"admin_{tag}", f"Quản {tag}", Role.ADMINISTRATOR, unit=commune)
    dossier = DossierFactory(
        code=f"000.00.00.H55-{tag}-0001",
        agency=one_stop,
        applicant_name=f"Người nộp {tag}",
        received_by=counter,
        received_at=now - dt.timedelta(days=2),
        steps=[(office, officer)],
    )
    item = FeedbackFactory(
        number=f"PA-{tag}-000001", unit=commune, title=f"Phản ánh {tag}", contact_name=f"Dân {tag}"
    )
    attachment = FeedbackAttachment.objects.create(
        feedback=item, name=f"anh-{tag}.pdf", file=_file(tag), content_type="application/pdf"
    )
    campaign = Campaign.objects.create(
        slug=f"{tag.lower()}-khao-sat",
        title=f"Khảo sát {tag}",
        version=version,
        starts_on=now.date() - dt.timedelta(days=60),
        ends_on=now.date() + dt.timedelta(days=30),
        status=CampaignStatus.OPEN,
    )
    campaign.units.add(commune)
    stratum = Stratum.objects.create(
        campaign=campaign, key=str(commune.pk), unit=commune, population=40, sample_size=4
    )
    Response.objects.create(
        campaign=campaign,
        version=version,
        stratum=stratum,
        unit=commune,
        channel="web",
        submitted_on=now.date() - dt.timedelta(days=3),
        client_key=f"{tag}-1",
        answers={"overall": "4", "officials": "4", "time": "2"},
    )
    invitations_make(campaign)
    for typing, time in [(1, "4"), (2, "2")]:
        PaperSheet.objects.create(
            campaign=campaign,
            unit=commune,
            batch=f"LO-{tag}",
            sheet="007",
            typing=typing,
            entered_by=counter,
            answers={"overall": "4", "time": time},
        )
    directive = DirectiveFactory(issuer=commune, number=f"7/{tag}-UBND", subject=f"Chỉ thị {tag}")
    directive_file = DirectiveAttachment.objects.create(
        directive=directive, name=f"cv-{tag}.pdf", file=_file(tag), content_type="application/pdf"
    )
    draft = DirectiveFactory(
        issuer=commune, number="", subject=f"Dự thảo {tag}", status=DirectiveStatus.DRAFT
    )
    task = TaskFactory(directive=directive, title=f"Nhiệm vụ {tag}")
    assignment = AssignmentFactory(task=task, unit=commune, agency=office)
    report = ReportFactory(assignment=assignment, narrative=f"Báo cáo {tag}", submitted_by=officer)
    evidence = Evidence.objects.create(
        report=report, name=f"minh-chung-{tag}.pdf", file=_file(tag), content_type="application/pdf"
    )
    difficulty = DifficultyFactory(report=report, text=f"Vướng mắc {tag}")
    # The province's task, assigned to the commune: its report is the commune's.
    province_assignment = AssignmentFactory(task=province_task, unit=commune)
    ReportFactory(
        assignment=province_assignment, narrative=f"Báo cáo tỉnh {tag}", submitted_by=admin
    )
    job = ImportJob.objects.create(
        kind="units", filename=f"don-vi-{tag}.csv", data=b"code,name\n", created_by=admin
    )
    Posting.objects.create(user=officer, agency=one_stop, started_on=now.date().replace(day=1))
    return SimpleNamespace(
        tag=tag,
        unit=commune,
        one_stop=one_stop,
        dossier=dossier,
        feedback=item,
        attachment=attachment,
        campaign=campaign,
        stratum=stratum,
        directive=directive,
        directive_file=directive_file,
        draft=draft,
        assignment=assignment,
        province_assignment=province_assignment,
        evidence=evidence,
        difficulty=difficulty,
        job=job,
        admin=admin,
    )


def _world() -> tuple[World, Any, Any, dict[str, Any]]:
    """Communes A and B, both formed out of one historic district, each with its objects
    (`_commune_objects`), and a person in every role of commune A."""
    world = World()
    district = UnitFactory(
        kind="district",
        code="230",
        name="Huyện Cũ",
        parent=world.province,
        valid_to=dt.date(2025, 6, 30),
    )
    for commune in (world.commune_a, world.commune_b):
        UnitSuccession.objects.create(
            predecessor=district, successor=commune, effective_on=dt.date(2025, 7, 1)
        )
    questionnaire_install_builtin(slugs=["exit"])
    version = QuestionnaireVersion.objects.get(questionnaire__slug="exit")
    province_task = TaskFactory(
        directive=DirectiveFactory(issuer=world.province, subject="Chỉ thị của tỉnh"),
        title="Nhiệm vụ chung của tỉnh",
    )
    side_a = _commune_objects(world, world.commune_a, "ZAQ", version, province_task)
    side_b = _commune_objects(world, world.commune_b, "ZBQ", version, province_task)
    # Every role of commune A (the counter officer is the world's).
    roles = {
        "counter_officer": world.counter_a,
        "processing_officer": side_a.dossier.steps.get().assignee,
        "unit_head": _person("head_zaq", "Trưởng", Role.UNIT_HEAD, unit=world.commune_a),
        "coordinator": _person("coord_zaq", "Điều", Role.COORDINATOR, unit=world.commune_a),
        "supervisor": _person("super_zaq", "Giám", Role.SUPERVISOR, unit=world.commune_a),
        "administrator": side_a.admin,
    }
    return world, side_a, side_b, roles


# The routes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    method: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    # The marker the page shows to at least one of the commune's own roles ("" for none).
    shows: str = ""
    # Whether the visit names the commune's object, so that others must be refused; by
    # default when it has parameters.
    names_object: bool | None = None

    @property
    def refused_to_others(self) -> bool:
        return bool(self.kwargs) if self.names_object is None else self.names_object


def get(shows: str = "", **query: Any) -> Visit:
    return Visit("GET", query=query, shows=shows)


def _year() -> str:
    return str(timezone.localdate().year)


def _with(kwargs: dict[str, Any], *visits: Visit) -> list[Visit]:
    return [Visit(v.method, kwargs, v.query, v.shows) for v in visits]


# Patterns with no parameter: visited with the queries that change what they show (exports,
# search, a unit or an agency to narrow to), each filled with the commune's objects.
Side = Any
Routes = dict[str, Callable[[Side], list[Visit]]]

ROUTES: Routes = {
    "dashboard:home": lambda s: [get()],
    "dashboard:publication": lambda s: [get(), get(format="xlsx"), get(format="csv")],
    "dashboard:unit_tree": lambda s: [get(), get(format="xlsx")],
    "dashboard:evaluation": lambda s: [
        get(),
        get(by="official"),
        get(by="procedure"),
        get(by="field"),
        get(format="xlsx", by="official"),
        get(format="csv", by="agency"),
        *[get(format="xlsx", table=t, year=_year()) for t in ("officials", "agencies", "fields")],
    ],
    "dashboard:postings": lambda s: [get(), get(s.tag, format="xlsx")],
    "dashboard:directive_proposals": lambda s: [get()],
    "dashboard:indicators": lambda s: [
        get(),
        get(unit=s.unit.pk),
        get(format="xlsx", unit=s.unit.pk),
        get(format="csv"),
    ],
    "dossiers:dossier_list": lambda s: [
        get(),
        get(s.tag, queue="all"),
        get(s.tag, queue="all", q=s.dossier.code),
        get(s.tag, queue="all", format="xlsx"),
        get(s.tag, queue="all", format="csv"),
    ],
    "dossiers:inbox": lambda s: [get(), get(tab="process"), get(tab="receive")],
    "dossiers:workload": lambda s: [get()],
    "dossiers:intake_choose": lambda s: [get(), get(q="thử")],
    "dossiers:tracking_book": lambda s: [
        get(),
        get(
            s.tag,
            agency=s.one_stop.pk,
            start=(timezone.localdate() - dt.timedelta(days=30)).isoformat(),
            end=timezone.localdate().isoformat(),
        ),
    ],
    "feedback:feedback_list": lambda s: [
        get(),
        get(s.tag, queue="all"),
        get(s.tag, queue="all", q=s.feedback.number),
        get(s.tag, queue="all", format="xlsx"),
        get(s.tag, queue="all", format="csv"),
    ],
    "feedback:feedback_new": lambda s: [get()],
    "surveys:survey_campaigns": lambda s: [get(s.tag)],
    "surveys:survey_campaign_new": lambda s: [get()],
    "surveys:questionnaires": lambda s: [get()],
    "directives:directive_list": lambda s: [get(s.tag)],
    "directives:directive_new": lambda s: [get()],
    "directives:directive_difficulties": lambda s: [get(s.tag)],
    "directives:directive_tasks": lambda s: [get(s.tag), get(show="done")],
    # With the commune's objects as parameters.
    "dashboard:import_status": lambda s: _with({"public_id": s.job.public_id}, get(s.tag)),
    "dashboard:import_confirm": lambda s: [Visit("POST", {"public_id": s.job.public_id})],
    "dashboard:indicator_rows": lambda s: (
        [
            Visit("GET", {"code": code}, {"unit": s.unit.pk, "start": "2025-07-01"})
            for code in ("on_time", "tasks_on_time", "feedback_received")
        ]
        # The indicator is everyone's; without a unit the rows are those of the user's own.
        + [Visit("GET", {"code": "on_time"}, {"start": "2025-07-01"}, names_object=False)]
    ),
    "dossiers:dossier_detail": lambda s: _with({"code": s.dossier.code}, get(s.tag)),
    "dossiers:dossier_act": lambda s: [Visit("POST", {"code": s.dossier.code})],
    "dossiers:dossier_plan": lambda s: [Visit("POST", {"code": s.dossier.code})],
    "dossiers:dossier_slip": lambda s: [
        Visit("GET", {"code": s.dossier.code, "kind": kind}, query, s.tag)
        for kind in ("receipt", "supplement", "refusal", "apology", "stop", "control")
        for query in ({}, {"format": "docx"})
    ],
    "feedback:feedback_detail": lambda s: [
        *_with({"number": s.feedback.number}, get(s.tag)),
        Visit("POST", {"number": s.feedback.number}, {"action": "note"}),
    ],
    "feedback:feedback_attachment": lambda s: _with(
        {"public_id": s.attachment.public_id}, get(s.tag)
    ),
    "surveys:survey_manage": lambda s: [Visit("POST", {"slug": s.campaign.slug})],
    "surveys:paper_entry": lambda s: _with({"slug": s.campaign.slug}, get(s.tag)),
    "surveys:survey_invitations": lambda s: _with({"slug": s.campaign.slug}, get(s.tag)),
    "surveys:survey_cards": lambda s: _with(
        {"slug": s.campaign.slug}, get(s.tag, stratum=s.stratum.pk)
    ),
    "surveys:survey_results": lambda s: _with(
        {"slug": s.campaign.slug}, get(s.tag), get(format="xlsx"), get(format="csv")
    ),
    "surveys:survey_report": lambda s: _with({"slug": s.campaign.slug}, get(s.tag)),
    "surveys:survey_answers": lambda s: [
        Visit("GET", {"slug": s.campaign.slug, "fmt": fmt}) for fmt in ("csv", "xlsx")
    ],
    "surveys:survey_sms": lambda s: _with(
        {"slug": s.campaign.slug}, get(stratum=s.stratum.pk), get(stratum=s.stratum.pk, reminder=1)
    ),
    "surveys:survey_send": lambda s: [Visit("POST", {"slug": s.campaign.slug})],
    "surveys:paper_mismatches": lambda s: _with({"slug": s.campaign.slug}, get(s.tag)),
    "directives:directive_detail": lambda s: _with(
        {"pk": s.directive.pk},
        get(s.tag),
        get(s.tag, format="xlsx"),
        get(s.tag, format="csv"),
        get(unit=s.unit.pk),
    ),
    "directives:directive_edit": lambda s: [
        *_with({"pk": s.directive.pk}, get()),
        *_with({"pk": s.draft.pk}, get(s.tag)),
    ],
    "directives:directive_report": lambda s: _with({"pk": s.directive.pk}, get(s.tag)),
    "directives:directive_attachment": lambda s: _with(
        {"pk": s.directive.pk, "attachment_pk": s.directive_file.pk}, get(s.tag)
    ),
    "directives:directive_difficulty_message": lambda s: [
        Visit("POST", {"pk": s.difficulty.pk}, {"side": side, "text": "Trả lời"})
        for side in ("office", "unit")
    ],
    "directives:directive_evidence": lambda s: _with(
        {"public_id": s.evidence.public_id}, get(s.tag)
    ),
    "directives:directive_task": lambda s: [
        *_with({"pk": s.assignment.pk}, get(s.tag)),
        *_with({"pk": s.province_assignment.pk}, get(s.tag)),
    ],
    "directives:directive_task_report": lambda s: [
        *_with({"pk": s.assignment.pk}, get(s.tag)),
        *_with({"pk": s.province_assignment.pk}, get()),
    ],
}

# Patterns whose parameters name nothing of a unit: the same page for every staff member who
# may open it, filled with shared values. Kept apart so that no page of a unit's object can
# hide here.
SHARED: Routes = {
    # The kinds of import (the catalogue for the province, units for administrators).
    "dashboard:import_start": lambda s: [
        Visit("GET", {"kind": k}) for k in ("procedures", "units")
    ],
    "dashboard:import_template": lambda s: [
        Visit("GET", {"kind": "units", "fmt": fmt}) for fmt in ("xlsx", "csv")
    ],
    # The province's catalogue: any procedure is received by any commune.
    "dossiers:intake": lambda s: [Visit("GET", {"procedure_code": "9.999999"})],
    # Questionnaires are the province's, shared by every campaign.
    "surveys:questionnaire_draft": lambda s: [Visit("POST", {"slug": "exit"})],
    "surveys:questionnaire_version": lambda s: [Visit("GET", {"slug": "exit", "number": 1})],
}

# The staff API: every operation that asks for a token or a session.
API: Routes = {
    "GET /api/v1/dossiers": lambda s: [
        get(s.tag),
        get(unit=s.unit.pk),
        get(q=s.dossier.code),
        get(agency=s.one_stop.pk),
    ],
    "GET /api/v1/dossiers/{code}": lambda s: [Visit("GET", {"code": s.dossier.code}, {}, s.tag)],
    "POST /api/v1/dossiers/{code}/transitions": lambda s: [
        Visit("POST", {"code": s.dossier.code}, {"to": "processing"})
    ],
}


def staff_patterns() -> Iterator[tuple[str, str, list[str]]]:
    """Every URL pattern under /staff/: (name with namespaces, route, parameter names)."""

    def walk(resolver: URLResolver, prefix: str, namespace: str) -> Iterator[Any]:
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or ""
                name = f"{namespace}:{inner}" if namespace and inner else namespace or inner
                yield from walk(pattern, route, name)
            elif isinstance(pattern, URLPattern):
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name, route, pattern

    for name, route, pattern in walk(get_resolver(), "", ""):
        if route.startswith("staff/"):
            yield (
                name,
                route,
                list(pattern.pattern.converters) or re.findall(r"<(?:\w+:)?(\w+)>", route),
            )


def api_operations() -> list[tuple[str, list[str]]]:
    """Every API operation that needs a staff identity, with its path parameters."""
    from motcua.api import api

    schema = api.get_openapi_schema()
    found = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if operation.get("security"):
                found.append((f"{method.upper()} {path}", re.findall(r"{(\w+)}", path)))
    return found


# The checks --------------------------------------------------------------------------------


def body_text(response: Any) -> str:
    """What a person would read in the response: HTML or CSV as text, an XLSX's cells, a
    DOCX's paragraphs and tables; a file's bytes as they are."""
    raw = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    kind = response.get("Content-Type", "")
    if kind.startswith(XLSX) and raw[:2] == b"PK":
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(raw), read_only=True)
        return " ".join(
            str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
        )
    if kind.startswith(DOCX) and raw[:2] == b"PK":
        from docx import Document

        document = Document(io.BytesIO(raw))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        for section in document.sections:
            parts += [p.text for p in section.header.paragraphs]
        return " ".join(parts)
    return raw.decode("utf-8", errors="replace")


def _url(name: str, visit: Visit) -> str:
    if name.startswith(("GET ", "POST ")):
        path = name.split(" ", 1)[1]
        for key, value in visit.kwargs.items():
            path = path.replace("{" + key + "}", str(value))
        return path
    return reverse(name, kwargs=visit.kwargs)


def _send(client: Client, name: str, visit: Visit) -> Any:
    """The answer to the visit; a GET redirected elsewhere than to the login page is
    followed once (an issued directive's editor sends to its consolidation)."""
    url = _url(name, visit)
    if visit.method == "POST":
        if name.startswith("POST /api/"):
            return client.post(url, visit.query, content_type="application/json")
        return client.post(url, visit.query)
    response = client.get(url, visit.query)
    if response.status_code == 302 and not response["Location"].startswith(LOGIN):
        response = client.get(response["Location"])
    return response


def _visits(routes: Routes, side: Side) -> Iterator[tuple[str, Visit]]:
    for name, make in routes.items():
        for visit in make(side):
            yield name, visit


def _leak(text: str, echoed: list[str]) -> str:
    """The first mention of a commune B marker, once the request's own words are taken out
    (an error page or a search box may repeat the address or the query)."""
    for word in sorted(echoed, key=len, reverse=True):
        text = text.replace(word, "")
    text = CSRF.sub("", text)
    found = MARKER_B.search(text)
    return text[max(0, found.start() - 60) : found.end() + 30] if found else ""


def _echoed(name: str, visit: Visit) -> list[str]:
    words = [_url(name, visit), *(str(v) for v in visit.kwargs.values())]
    words += [str(v) for v in visit.query.values()]
    return [w for w in words if len(w) > 3]


def _refused(who: str, response: Any, *, api: bool) -> bool:
    """Anonymous visitors go to the login page (the API answers 401); staff get 403 or 404."""
    if who == "anonymous":
        if api:
            return response.status_code in (401, 403)
        return response.status_code == 302 and response["Location"].startswith(LOGIN)
    return response.status_code in (403, 404)


def test_every_staff_url_is_in_the_matrix():
    """A new staff page or API operation with parameters fails here until ROUTES, SHARED or
    API fills it; one without parameters must be listed too, with its export formats."""
    listed = {**ROUTES, **SHARED}
    missing = [
        f"{name} ({route})" for name, route, _params in staff_patterns() if name not in listed
    ]
    assert not missing, f"staff URLs outside the permission matrix: {missing}"
    stale = set(listed) - {name for name, _route, _params in staff_patterns()}
    assert not stale, f"matrix entries with no URL: {stale}"
    operations = dict(api_operations())
    assert set(operations) == set(API), f"staff API operations: {sorted(operations)}"


@pytest.mark.django_db
def test_commune_a_sees_nothing_of_commune_b_and_all_of_its_own(settings, tmp_path):
    """Given communes A and B of one historic district, with one object of every kind each,
    when every role of A, an outsider and an anonymous visitor open every staff URL filled
    with B's objects, then none of them gets B's object; and A's roles, given A's objects,
    see them."""
    world, side_a, side_b, roles = _world()
    who: dict[str, Any] = {**roles, "outsider": world.outsider, "anonymous": None}
    clients = {}
    for name, user in who.items():
        client = Client()
        if user is not None:
            assert client.login(username=user.username, password=PASSWORD)
        clients[name] = client
    leaks: list[str] = []
    for routes, api in ((ROUTES, False), (SHARED, False), (API, True)):
        for name, visit in _visits(routes, side_b):
            for person, client in clients.items():
                response = _send(client, name, visit)
                label = f"{person} {visit.method} {_url(name, visit)} {visit.query}"
                leak = _leak(body_text(response), _echoed(name, visit))
                if leak:
                    leaks.append(f"{label}: {response.status_code} shows B's object: {leak!r}")
                names_b = routes is not SHARED and visit.refused_to_others
                if (names_b or person in ("outsider", "anonymous")) and not _refused(
                    person, response, api=api
                ):
                    leaks.append(f"{label}: answered {response.status_code}")
    assert not leaks, "\n".join(leaks)

    unseen = []
    for routes in (ROUTES, API):
        for name, visit in _visits(routes, side_a):
            if visit.method != "GET" or not visit.shows:
                continue
            if not any(
                visit.shows.lower() in body_text(_send(clients[r], name, visit)).lower()
                for r in roles
            ):
                unseen.append(f"{name} {visit.kwargs} {visit.query}")
    assert not unseen, "commune A's roles do not see A's objects on:\n" + "\n".join(unseen)
