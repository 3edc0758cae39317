"""Two hundred simultaneous requests against what must hold under concurrency: one rating per
dossier, the rate limits, the idempotency key of API transitions and the sequence numbers
(dossier codes, feedback numbers, the numbers of a directive's tasks and of directives).

PostgreSQL allows 100 connections (`max_connections`), shared with the test database's own,
so the 200 requests are issued by a pool of 40 threads, each with its own connection and test
client: the threads wait at a barrier until all are ready, are released together, and each
sends its five requests back to back. A request that raises is collected and fails the test,
as an answer of 500 would. The tests run through Django's test client (middleware and
authentication included) in transactional tests, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.test import Client

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.models import Attempt, AuditEvent
from motcua.core.services import api_token_create
from motcua.directives import services as directives
from motcua.directives.models import Directive, Task
from motcua.directives.services import TaskSpec
from motcua.dossiers.api import TRANSITION_AUDIT
from motcua.dossiers.models import Dossier, DossierEvent, Rating
from motcua.dossiers.selectors import LOOKUP
from motcua.dossiers.services import dossier_transition, rating_token
from motcua.dossiers.states import State
from motcua.feedback.models import Feedback
from motcua.feedback.open311 import open311_key_create
from motcua.portal.feedback import SENDING

# Every test gets the rows the migrations wrote (categories, the calendar) seeded again after
# the flush of the one before.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_rows")]

VN = ZoneInfo("Asia/Ho_Chi_Minh")
THREADS = 40
REQUESTS = 200
TEXT = "Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn, rất nguy hiểm."
RATING = {
    "satisfaction": 4,
    "contacts": "none",
    "agencies": "one_stop",
    "attitude": "courteous",
    "comment": "Nhanh gọn",
}


@pytest.fixture(autouse=True)
def _quiet_messages(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def storm(send: Callable[[Client, int], HttpResponse], *, client: Callable[[], Client]) -> list:
    """Send requests 0 to REQUESTS - 1 from THREADS threads released together; the answers,
    by the request's number."""
    answers: list = [None] * REQUESTS
    errors: list[BaseException] = []
    barrier = threading.Barrier(THREADS)

    def work(first: int) -> None:
        try:
            own = client()
            barrier.wait()
            for number in range(first, REQUESTS, THREADS):
                answers[number] = send(own, number)
        except BaseException as exc:  # reported below, with the others
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(first,)) for first in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return answers


def statuses(answers: list) -> Counter:
    return Counter(answer.status_code for answer in answers)


def signed_in(user) -> Callable[[], Client]:
    """Clients that share one staff session."""
    session = Client()
    session.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    key = session.cookies[name].value

    def make() -> Client:
        client = Client()
        client.cookies[name] = key
        return client

    return make


@pytest.fixture
def finished_dossier(world, received_dossier):
    at = dt.datetime(2025, 5, 2, 9, 0, tzinfo=VN)
    dossier_transition(dossier=received_dossier, actor=world.counter_a, to=State.PROCESSING, at=at)
    dossier_transition(dossier=received_dossier, actor=world.counter_a, to=State.RESOLVED, at=at)
    return received_dossier


# One rating per dossier -----------------------------------------------------------------------


def test_simultaneous_first_ratings_store_one_rating_and_answer_each_as_a_change(
    finished_dossier,
):
    api_url = f"/api/v1/dossiers/{finished_dossier.code}/rating"
    page_url = f"/dossiers/{finished_dossier.code}/rate/"
    token = rating_token(dossier=finished_dossier)

    def rate(client: Client, number: int) -> HttpResponse:
        answers = {**RATING, "satisfaction": 1 + number % 5}
        if number % 4 == 1:  # one in four on the page, the others through the API
            return client.post(page_url, {**answers, "t": token})
        return client.post(api_url, {**answers, "token": token}, content_type="application/json")

    answers = storm(rate, client=Client)
    assert statuses(answers) == Counter({200: REQUESTS})
    assert Rating.objects.count() == 1
    # Every API answer shows the one rating, first given or changed.
    api = [answer for number, answer in enumerate(answers) if number % 4 != 1]
    assert len({answer.json()["created_at"] for answer in api}) == 1


# Rate limits ---------------------------------------------------------------------------------


@time_machine.travel(dt.datetime(2025, 8, 28, 9, 0, tzinfo=VN), tick=True)
def test_simultaneous_tries_from_one_connection_stop_at_the_limit(world, received_dossier):
    """Half the requests send feedback from one connection, half look up a dossier (on the
    page and through the API) from another: each limit lets exactly its number through."""
    sender, looker = "203.0.113.7", "203.0.113.8"
    wanted = {"code": received_dossier.code, "phone_last4": "3456"}

    def send(client: Client, number: int) -> HttpResponse:
        if number % 4 == 1:
            return client.post("/dossiers/lookup/", wanted, REMOTE_ADDR=looker)
        if number % 4 == 3:
            return client.post(
                "/api/v1/dossiers/lookup",
                wanted,
                content_type="application/json",
                REMOTE_ADDR=looker,
            )
        form = {
            "key": f"concurrent-sending-key-{number:04d}",
            "kind": "feedback",
            "category": "duong-giao-thong",
            "unit": world.commune_a.code,
            "title": f"Ổ gà số {number}",
            "text": f"{TEXT} Đoạn số {number}.",
            "contact_name": "Nguyễn Văn Nam",
            "consent": True,
            "contact_phone": "0905 123 456",
        }
        return client.post("/feedback/new/", form, REMOTE_ADDR=sender)

    answers = storm(send, client=Client)
    sent, looked = answers[::2], answers[1::2]
    half = REQUESTS // 2
    assert statuses(sent) == Counter({302: SENDING.attempts, 429: half - SENDING.attempts})
    assert statuses(looked) == Counter({200: LOOKUP.attempts, 429: half - LOOKUP.attempts})
    assert Feedback.objects.count() == SENDING.attempts
    assert Attempt.objects.filter(scope=SENDING.scope).count() == SENDING.attempts
    assert Attempt.objects.filter(scope=LOOKUP.scope).count() == LOOKUP.attempts


# Idempotency keys ----------------------------------------------------------------------------


def test_one_idempotency_key_moves_the_dossier_once(world, received_dossier):
    _token, plain = api_token_create(user=world.counter_a, name="concurrency")
    url = f"/api/v1/dossiers/{received_dossier.code}/transitions"
    events = DossierEvent.objects.count()

    def move(client: Client, number: int) -> HttpResponse:
        return client.post(
            url,
            {"to": "processing", "note": "Bắt đầu xử lý"},
            content_type="application/json",
            headers={"Authorization": f"Bearer {plain}", "Idempotency-Key": "move-once"},
        )

    answers = storm(move, client=Client)
    assert statuses(answers) == Counter({200: REQUESTS})
    assert sorted(a.json()["replayed"] for a in answers) == [False] + [True] * (REQUESTS - 1)
    assert DossierEvent.objects.count() == events + 1
    assert AuditEvent.objects.filter(action=TRANSITION_AUDIT).count() == 1
    assert Dossier.objects.get().state == State.PROCESSING


# Sequence numbers ----------------------------------------------------------------------------


@time_machine.travel(dt.datetime(2025, 9, 12, 10, 0, tzinfo=VN), tick=True)
def test_simultaneous_intakes_get_distinct_dossier_codes(world):
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", components=1, time_limit_value=3)
    papers = [paper.pk for paper in procedure.components.all()]

    def receive(client: Client, number: int) -> HttpResponse:
        return client.post(
            f"/staff/dossiers/new/{procedure.code}/",
            {
                "agency": world.one_stop_a.pk,
                "applicant_kind": "person",
                "applicant_name": f"Nguyễn Văn {number}",
                "applicant_phone": "0905 123 456",
                "applicant_id_number": "064095001234",
                "applicant_address": "Thôn 2",
                "channel": "counter",
                "components": papers,
                "client_key": f"intake-{number}",
                "outcome": "accept",
            },
        )

    answers = storm(receive, client=signed_in(world.counter_a))
    assert statuses(answers) == Counter({302: REQUESTS})
    codes = sorted(Dossier.objects.values_list("code", flat=True))
    prefix = f"{world.one_stop_a.identifier}-250912-"
    assert codes == [f"{prefix}{n:04d}" for n in range(1, REQUESTS + 1)]


@time_machine.travel(dt.datetime(2025, 8, 28, 9, 0, tzinfo=VN), tick=True)
def test_simultaneous_open311_posts_get_distinct_numbers_and_retries_none(world):
    _record, key = open311_key_create(name="Ứng dụng thử")
    distinct = 150  # requests 150 to 199 repeat the idempotency key of requests 0 to 49

    def post(client: Client, number: int) -> HttpResponse:
        return client.post(
            "/open311/v2/requests.json",
            {
                "api_key": key,
                "service_code": "duong-giao-thong",
                "attribute[commune]": world.commune_a.code,
                "address_string": "Thôn 3, xã A",
                "description": f"{TEXT} Đoạn số {number % distinct}.",
                "first_name": "Văn Nam",
                "last_name": "Nguyễn",
                "phone": "0905123456",
                "attribute[consent]": "yes",
            },
            headers={"Idempotency-Key": f"city-app-{number % distinct}"},
        )

    answers = storm(post, client=Client)
    assert statuses(answers) == Counter({200: REQUESTS})
    given = [a.json()[0]["service_request_id"] for a in answers]
    assert all(given[n] == given[n + distinct] for n in range(REQUESTS - distinct))
    numbers = sorted(Feedback.objects.values_list("number", flat=True))
    assert numbers == [f"PA-2025-{n:06d}" for n in range(1, distinct + 1)]
    assert sorted(set(given)) == numbers


@time_machine.travel(dt.datetime(2025, 9, 3, 9, 0, tzinfo=VN), tick=True)
def test_simultaneous_tasks_and_issues_of_directives_keep_numbers_unique(world):
    def draft(subject: str) -> Directive:
        return directives.directive_draft(
            issuer=world.province, subject=subject, actor=world.coordinator
        )

    editing = draft("Kế hoạch cải cách hành chính")
    drafts = [draft(f"Chỉ thị số {n}") for n in range(REQUESTS // 2)]
    for directive in drafts:
        directives.task_add(
            directive=directive,
            spec=TaskSpec(title="Niêm yết thủ tục", deadline_days=5, all_communes=True),
        )

    def edit(client: Client, number: int) -> HttpResponse:
        # Even requests add a task to one draft; odd ones issue the drafts, two by two with
        # the same number, so that one of each pair is refused.
        directive = editing if number % 2 == 0 else drafts[number // 2]
        fields = (
            {"action": "task_add", "task-title": f"Việc {number}", "task-deadline_days": "5"}
            if number % 2 == 0
            else {
                "action": "issue",
                "issue-number": f"{number // 4 + 1}/UBND-NV",
                "issue-issued_on": "2025-09-03",
            }
        )
        return client.post(
            f"/staff/directives/{directive.pk}/edit/",
            {
                "subject": directive.subject,
                "body": "",
                "signer": "Nguyễn Văn A, Chủ tịch",
                "recipients": "",
                "task-timing": "days",
                "task-report_day": "5",
                "task-source": "manual",
                "task-all_communes": "on",
                **fields,
            },
        )

    answers = storm(edit, client=signed_in(world.coordinator))
    assert all(a.status_code < 500 for a in answers)
    tasks = list(Task.objects.filter(directive=editing).values_list("number", flat=True))
    assert sorted(tasks) == list(range(1, REQUESTS // 2 + 1))
    issued = Directive.objects.filter(status="issued")
    assert issued.count() == REQUESTS // 4
    assert len(set(issued.values_list("number", flat=True))) == REQUESTS // 4
