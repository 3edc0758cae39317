"""The hostile corpus: NUL, C0 and C1 controls, a right-to-left override, direction marks,
emoji with joiners, decomposed Vietnamese, a 100 kB string and injection strings, sent to
every input the pages, the API and Open311 offer, on SQLite and PostgreSQL alike.

The inputs are found, not listed: every page of the URL map is opened (with the keys of real
objects in its path), its HTML forms are read, and each form is sent once per corpus value
with every text field set to it. Nothing may answer 5xx, and afterwards no text stored in
any motcua table may hold a character the input boundary removes, or be other than NFC."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import docx
import pytest
from defusedxml import ElementTree as DefusedET
from django.apps import apps
from django.conf import settings
from django.db import models
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from openpyxl import load_workbook
from PIL import Image

from motcua.api import api
from motcua.catalogue.tests.factories import procedure_make
from motcua.core.services import api_token_create
from motcua.core.textinput import text_problem
from motcua.directives.tests.factories import AssignmentFactory
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import rating_token
from motcua.feedback.models import Category, Feedback
from motcua.feedback.open311 import open311_key_create
from motcua.feedback.tests.factories import web_submission
from motcua.orgs.tests.factories import PASSWORD
from motcua.surveys.models import Campaign, CampaignStatus, Invitation, Stratum
from motcua.surveys.tests.factories import three_page_version

pytestmark = pytest.mark.django_db

# Eight values a form receives, each in every text field at once; the API also receives a
# lone surrogate, which only JSON can carry ("\ud800" as an escape).
CORPUS = {
    "nul": "ab\x00cd Nguyễn\x00",
    "controls": "\x01\x02Nguyễn\x1b[31m\x7f\x85\x9f Văn",
    "rtl-override": "Trần Thị \u202egpj.exe\u202c Bình \u2066x\u2069",
    "marks-emoji": "\u200fمرحبا\u200e Hà Nội 👩\u200d👩\u200d👧\u200d👦 🇻🇳 👍🏽",
    "decomposed": "Nguye\u0302\u0303n Thi\u0323 Ha\u0300 Quy\u0300nh",
    "huge": "Đ" * 50_000,
    "injection": "' OR 1=1; DROP TABLE feedback_feedback; -- <script>alert(1)</script>"
    "<img src=x onerror=alert(1)> %s%n{0}%(x)s{{}} ../../etc/passwd",
    "digits-nul": "0905\x00123456",
}
SURROGATE = "ab\ud800cd"
TEXT_TYPES = {"text", "search", "email", "tel", "url", "number", "date", "password", ""}
# Forms that change who is asking or in which language, not data.
SKIPPED_ACTIONS = ("/accounts/logout/", "/i18n/")
PUBLIC_NAMESPACES = {"portal"}
STAFF_NAMESPACES = {"dashboard", "dossiers", "feedback", "surveys", "directives"}


# The scene ------------------------------------------------------------------------------


@dataclass
class Scene:
    """One real object of each kind a URL names, and who may open the staff pages."""

    world: Any
    procedure: Any
    dossier: Dossier
    feedback: Feedback
    campaign: Campaign
    invitation: Invitation
    assignment: Any
    api_token: str
    open311_key: str
    clients: dict[str, list[Client]] = field(default_factory=dict)


@pytest.fixture
def scene(world, received_dossier, settings) -> Scene:
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    world.roads = Category.objects.get(code="duong-giao-thong")
    today = timezone.localdate()
    campaign = Campaign.objects.create(
        slug="khao-sat",
        title="Khảo sát",
        version=three_page_version(),
        starts_on=today - dt.timedelta(days=30),
        ends_on=today + dt.timedelta(days=30),
        status=CampaignStatus.OPEN,
    )
    campaign.units.add(world.province)
    stratum = Stratum.objects.create(campaign=campaign, key="*|*|*", population=9, sample_size=9)
    invitation = Invitation.objects.create(campaign=campaign, stratum=stratum, token="ABCDE23456")
    assignment = AssignmentFactory(unit=world.commune_b)
    _record, key = open311_key_create(name="Ứng dụng thử")
    _token, plain = api_token_create(user=world.coordinator, name="thử")
    return Scene(
        world=world,
        procedure=procedure_make("1.001193", "Đăng ký khai sinh"),
        dossier=received_dossier,
        feedback=web_submission(world),
        campaign=campaign,
        invitation=invitation,
        assignment=assignment,
        api_token=plain,
        open311_key=key,
    )


def url_value(scene: Scene, route: str, name: str) -> str | None:
    """The key of a real object for the URL parameter `name` of the route `route`."""
    values = {
        "procedure_code": scene.procedure.code,
        "number": scene.feedback.number,
        "slug": scene.campaign.slug,
        "kind": "receipt" if "slip" in route else "units",
        "fmt": "xlsx" if "answers" in route or "template" in route else "json",
        "token": (scene.invitation.token if "survey" in route else scene.feedback.tracking_token),
    }
    if name == "number" and ("survey" in route or "questionnaire" in route):
        return "1"
    if name == "slug" and "questionnaire" in route:
        return scene.campaign.version.questionnaire.slug
    if name == "code":
        if "indicator" in route:
            return "on_time"
        return scene.procedure.code if "procedure" in route else scene.dossier.code
    if name == "pk":
        if "task" in route:
            return str(scene.assignment.task_id)
        return str(scene.assignment.task.directive_id)
    return values.get(name)


def routes(scene: Scene) -> Iterator[tuple[str, str]]:
    """(namespace, path) of every page of the public site and the staff pages whose
    parameters are known; the API and Open311 are sent their corpus from their own
    descriptions below."""

    def walk(patterns: list[Any], prefix: str, namespace: str) -> Iterator[tuple[str, str]]:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern) and namespace in (
                PUBLIC_NAMESPACES | STAFF_NAMESPACES
            ):
                path = _filled(scene, prefix + str(pattern.pattern), pattern.name or "")
                if path is not None:
                    yield namespace, path

    yield from walk(get_resolver().url_patterns, "/", "")


def _filled(scene: Scene, route: str, name: str) -> str | None:
    def value(found: re.Match[str]) -> str:
        given = url_value(scene, f"{route} {name}", found.group(2))
        if given is None:
            raise LookupError(found.group(2))
        return given

    try:
        return re.sub(r"<(?:(\w+):)?(\w+)>", value, route)
    except LookupError:
        return None  # files and attachments by their uuid: downloads, no input


# Forms ----------------------------------------------------------------------------------


@dataclass
class Form:
    action: str
    method: str
    texts: list[str] = field(default_factory=list)
    fixed: list[tuple[str, str]] = field(default_factory=list)
    choices: dict[str, str] = field(default_factory=dict)


class FormReader(HTMLParser):
    """The forms of a page: their text fields, and a value for every other field as a
    person who changed nothing else would send it."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.forms: list[Form] = []
        self.select: str | None = None
        self.submitted = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {key: value or "" for key, value in attrs}
        if tag == "form":
            action = attr.get("action") or self.page
            self.forms.append(Form(action=action, method=attr.get("method", "get").lower()))
            self.submitted = False
            return
        if not self.forms:
            return
        form = self.forms[-1]
        if tag == "option" and self.select:
            value = attr.get("value", "")
            if "selected" in attr or (value and not form.choices.get(self.select)):
                form.choices[self.select] = value
            return
        name = attr.get("name")
        if not name:
            return
        kind = attr.get("type", "text").lower() if tag == "input" else tag
        if tag == "textarea" or (tag == "input" and kind in TEXT_TYPES):
            form.texts.append(name)
        elif kind in ("hidden", "checkbox"):
            form.fixed.append((name, attr.get("value", "on")))
        elif kind == "radio":
            if "checked" in attr or not form.choices.get(name):
                form.choices[name] = attr.get("value", "on")
        elif kind == "submit" or tag == "button":
            if not self.submitted:
                form.fixed.append((name, attr.get("value", "")))
                self.submitted = True
        elif tag == "select":
            self.select = name
        # File inputs are left empty: a test below sends a file.

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self.select = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def forms_of(page: str, html: str) -> list[Form]:
    reader = FormReader(page)
    reader.feed(html)
    return [
        form for form in reader.forms if form.texts and not form.action.startswith(SKIPPED_ACTIONS)
    ]


def form_data(form: Form, value: str) -> dict[str, list[str]]:
    data: dict[str, list[str]] = {}
    for name, fixed in [*form.fixed, *form.choices.items()]:
        data.setdefault(name, []).append(fixed)
    for name in form.texts:
        data[name] = [value]
    return data


# Sending --------------------------------------------------------------------------------

_addresses = itertools.count(1)


def fresh_address() -> str:
    """A new client address for each request: the rate limits would otherwise stop the
    corpus before it reaches the forms."""
    number = next(_addresses)
    return f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"


def sent(client: Client, method: str, path: str, **kwargs: Any) -> Any:
    send = client.post if method == "post" else client.get
    response = send(path, REMOTE_ADDR=fresh_address(), **kwargs)
    assert response.status_code < 500, (method, path, response.status_code)
    return response


def staff_client(user: Any) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def clients_for(scene: Scene, namespace: str) -> list[Client]:
    """A citizen for the public pages; for the staff pages the coordinator of the province,
    then the counter officer and the administrator for what only they may open."""
    kind = "public" if namespace in PUBLIC_NAMESPACES else "staff"
    if kind not in scene.clients:
        world = scene.world
        personas = (world.coordinator, world.counter_a, world.administrator)
        scene.clients["public"] = [Client()]
        scene.clients["staff"] = [staff_client(user) for user in personas]
    return scene.clients[kind]


def page_with_forms(clients: list[Client], path: str) -> tuple[Client, Any] | None:
    """The first persona who may open the page, and the page; None when none may."""
    for client in clients:
        response = sent(client, "get", path)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            return client, response
    return None


# The database afterwards ----------------------------------------------------------------


def stored_problems() -> list[str]:
    """Each stored text of any motcua table or user that holds a character the input
    boundary removes, or is not NFC."""
    found = []
    for model in apps.get_models():
        if not model.__module__.startswith("motcua.") and model is not _user_model():
            continue
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        if not fields:
            continue
        for row in model._base_manager.values_list("pk", *fields).iterator():
            for name, value in zip(fields, row[1:], strict=True):
                for text in _strings(value):
                    problem = text_problem(text)
                    if problem is None and not unicodedata.is_normalized("NFC", text):
                        problem = "not NFC"
                    if problem:
                        found.append(f"{model._meta.label}.{name} {row[0]}: {problem}")
    return found


def _user_model() -> type[models.Model]:
    return apps.get_model(settings.AUTH_USER_MODEL)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)


# The tests ------------------------------------------------------------------------------


def stored_rows() -> int:
    return sum(
        model._base_manager.count()
        for model in apps.get_models()
        if model.__module__.startswith("motcua.")
    )


def test_every_form_of_every_page_takes_the_corpus(scene):
    opened, sent_forms, rows = set(), 0, stored_rows()
    for namespace, path in routes(scene):
        found = page_with_forms(clients_for(scene, namespace), path)
        if found is None:
            continue
        client, page = found
        opened.add(path)
        for form in forms_of(path, page.content.decode()):
            for value in CORPUS.values():
                sent(client, form.method, form.action, data=form_data(form, value))
            sent_forms += 1

    # The inputs the issue names are among those reached.
    for expected in [
        "/procedures/",
        f"/procedures/{scene.procedure.code}/",
        "/dossiers/lookup/",
        "/feedback/",
        "/feedback/new/",
        f"/surveys/{scene.campaign.slug}/",
        "/staff/feedback/",
        "/staff/dossiers/",
        "/staff/feedback/new/",
    ]:
        assert expected in opened
    assert sent_forms >= 20
    # Many values pass the forms' checks and are stored (notes, directives, a dossier...).
    assert stored_rows() >= rows + 20
    assert stored_problems() == []


def test_the_survey_and_rating_pages_take_the_corpus(scene):
    """Every answer of the survey's pages, the choices too, and the rating's comment."""
    citizen = Client()
    rate = f"/dossiers/{scene.dossier.code}/rate/?t={rating_token(dossier=scene.dossier)}"
    pages = [f"/surveys/{scene.campaign.slug}/{scene.invitation.token}/{n}/" for n in (1, 2, 3)]
    for path in (rate, *pages):
        page = sent(citizen, "get", path)
        assert page.status_code == 200
        reader = FormReader(path)
        reader.feed(page.content.decode())
        (form,) = [form for form in reader.forms if form.action == path]
        for value in CORPUS.values():
            data = form_data(form, value)
            if path != rate:
                data.update({name: [value] for name in form.choices})
            sent(citizen, "post", form.action, data=data)
    assert stored_problems() == []


def test_query_strings_of_every_page_take_the_corpus(scene):
    """Search and filter parameters, and parameters no page expects: a NUL, controls, an
    override and an injection in each, and 100 kB (on the wire) in the search."""
    hostile = "ab\x00cd\x01\u202e' OR 1=1 --"
    query = dict.fromkeys(("field", "queue", "unit", "state", "page", "t", "format"), hostile)
    query["q"] = hostile + "Đ" * 17_000
    for namespace, path in routes(scene):
        sent(clients_for(scene, namespace)[0], "get", path, data=query)


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    schema = api.get_openapi_schema()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            yield method, path, operation


def _body(operation: dict[str, Any], value: str) -> dict[str, Any]:
    schema = api.get_openapi_schema()
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return {}
    body = content["application/json"]["schema"]
    if "$ref" in body:
        body = schema["components"]["schemas"][body["$ref"].rsplit("/", 1)[-1]]
    data: dict[str, Any] = {}
    for name, prop in body.get("properties", {}).items():
        kind = prop.get("type")
        data[name] = {"integer": 4, "boolean": True, "number": 4}.get(kind, value)
        if "enum" in prop:
            data[name] = prop["enum"][0]
    return data


def test_every_api_operation_takes_the_corpus_anonymous_and_with_a_token(scene):
    anonymous = Client()
    with_token = Client(HTTP_AUTHORIZATION=f"Bearer {scene.api_token}")
    values = [*CORPUS.values(), SURROGATE]
    for method, path, operation in _operations():
        filled = path.replace(
            "{code}",
            scene.procedure.code if "procedures" in path else scene.dossier.code,
        )
        query = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
        for client in (anonymous, with_token):
            for value in values:
                if method == "get":
                    # A lone surrogate cannot be sent in a URL; the others can.
                    if value != SURROGATE:
                        sent(client, "get", filled, data=dict.fromkeys(query, value))
                    continue
                body = json.dumps(_body(operation, value))
                sent(client, "post", filled, data=body, content_type="application/json")
    assert stored_problems() == []


def test_open311_takes_the_corpus_in_every_parameter(scene):
    client = Client()
    parameters = [
        "service_code",
        "lat",
        "long",
        "address_string",
        "address_id",
        "attribute[commune]",
        "attribute[consent]",
        "description",
        "email",
        "first_name",
        "last_name",
        "phone",
        "client_key",
    ]
    for fmt, value in itertools.product(("json", "xml"), CORPUS.values()):
        posted = sent(
            client,
            "post",
            f"/open311/v2/requests.{fmt}",
            data={"api_key": scene.open311_key, **dict.fromkeys(parameters, value)},
        )
        # Refused as too long, as naming no service (404), or for what is wrong.
        assert posted.status_code in (400, 404)
        # One hostile field at a time, the others right: each reaches its own check.
        for name in ("address_string", "description", "last_name", "first_name"):
            good = {
                "api_key": scene.open311_key,
                "service_code": "duong-giao-thong",
                "attribute[commune]": "23001",
                "attribute[consent]": "yes",
                "address_string": "Thôn 3",
                "description": "Đoạn đường thôn 3 có nhiều ổ gà lớn.",
                "phone": "0905123456",
                name: value,
            }
            sent(client, "post", f"/open311/v2/requests.{fmt}", data=good)
        query = dict.fromkeys(["service_request_id", "service_code", "start_date", "status"], value)
        sent(client, "get", f"/open311/v2/requests.{fmt}", data=query)
        sent(client, "get", f"/open311/v2/requests.{fmt}", data={"start_date": value})
    assert stored_problems() == []


# Stored before the boundary: exports still write -------------------------------------------


def test_the_feedback_xlsx_export_writes_a_name_stored_with_controls(scene):
    Feedback.objects.filter(pk=scene.feedback.pk).update(contact_name="\x01\x02Nguyễn Văn Nam")
    Category.objects.filter(code="duong-giao-thong").update(name="\x01Đường\x02 giao thông")
    client = staff_client(scene.world.coordinator)

    response = sent(client, "get", "/staff/feedback/", data={"queue": "all", "format": "xlsx"})

    assert response.status_code == 200
    cells = {
        cell.value for row in load_workbook(io.BytesIO(response.content)).active for cell in row
    }
    assert "Đường giao thông" in cells
    assert not any(isinstance(v, str) and text_problem(v) for v in cells)


def test_the_slip_docx_writes_a_name_stored_with_controls(scene):
    Dossier.objects.filter(pk=scene.dossier.pk).update(applicant_name="\x01\x02Trần Thị Bình")
    client = staff_client(scene.world.counter_a)

    response = sent(
        client, "get", f"/staff/dossiers/{scene.dossier.code}/slip/receipt/?format=docx"
    )

    assert response.status_code == 200
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "Trần Thị Bình" in text
    assert text_problem(text) is None


def test_open311_xml_writes_a_service_name_stored_with_controls(scene):
    Category.objects.filter(code="duong-giao-thong").update(name="\x01Đường\x02 giao thông")

    response = sent(Client(), "get", "/open311/v2/services.xml")

    names = [e.text for e in DefusedET.fromstring(response.content).iter("service_name")]
    assert "Đường giao thông" in names


# A long file name keeps the citizen's form ------------------------------------------------


def test_a_photo_with_a_1000_character_name_is_accepted_with_the_form(scene):
    """A browser sends the whole name in the part's header (1.7 kB here); Django refuses
    part headers over `multipartparser.MAX_TOTAL_HEADER_SIZE` (1 KiB) before the input
    boundary can shorten the name, so this needs that limit raised where motcua starts.
    (Django's own test files cut names to 255 characters: a BytesIO keeps the whole.)"""
    photo = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 40)).save(photo, "JPEG")
    photo.seek(0)
    photo.name = "Ảnh chụp " + "ổ gà " * 199 + ".jpg"
    data = {
        "kind": "feedback",
        "category": "duong-giao-thong",
        "unit": "23001",
        "title": "Ổ gà trên đường liên xã",
        "text": "Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn, rất nguy hiểm.",
        "contact_name": "Nguyễn Văn Nam",
        "consent": "on",
        "contact_phone": "0905 123 456",
        "attachments": photo,
    }
    before = Feedback.objects.count()
    page = sent(Client(), "get", "/feedback/new/")
    key = re.search(rb'name="key" value="([^"]+)"', page.content)
    assert key is not None

    response = sent(Client(), "post", "/feedback/new/", data={**data, "key": key[1].decode()})

    assert response.status_code == 302
    assert Feedback.objects.count() == before + 1
    (attachment,) = Feedback.objects.order_by("-pk")[0].attachments.all()
    assert len(attachment.name) <= 100
    assert attachment.name.endswith(".jpg")
