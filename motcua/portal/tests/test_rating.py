"""A citizen rates a finished dossier through the signed link on the receipt."""

import datetime as dt

import pytest

from motcua.dossiers.models import Rating
from motcua.dossiers.services import dossier_transition, rating_token
from motcua.dossiers.states import State

ANSWERS = {
    "satisfaction": 5,
    "contacts": "none",
    "agencies": "one_stop",
    "attitude": "courteous",
    "comment": "Cán bộ hướng dẫn tận tình",
}


def finish(dossier, world):
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED)
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RETURNED)


def test_a_finished_dossier_is_rated_once_and_can_be_changed(client, world, dossier):
    finish(dossier, world)
    url = f"/dossiers/{dossier.code}/rate/"
    token = rating_token(dossier=dossier)
    page = client.get(url, {"t": token}).content.decode()
    assert "<script" not in page and 'type="radio"' in page and "Trần Thị Bình" not in page
    client.post(url, {**ANSWERS, "t": token})
    client.post(url, {**ANSWERS, "satisfaction": 4, "t": token})
    rating = Rating.objects.get()
    assert rating.satisfaction == 4 and rating.comment == "Cán bộ hướng dẫn tận tình"


def test_a_rating_is_fixed_after_30_days(client, world, dossier, time_machine):
    finish(dossier, world)
    url, token = f"/dossiers/{dossier.code}/rate/", rating_token(dossier=dossier)
    time_machine.move_to(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    client.post(url, {**ANSWERS, "t": token})
    time_machine.move_to(dt.datetime(2026, 2, 5, tzinfo=dt.UTC))
    page = client.post(url, {**ANSWERS, "satisfaction": 1, "t": token}).content.decode()
    assert Rating.objects.get().satisfaction == 5
    assert "30" in page


def test_an_unfinished_dossier_cannot_be_rated_yet(client, dossier):
    url, token = f"/dossiers/{dossier.code}/rate/", rating_token(dossier=dossier)
    client.post(url, {**ANSWERS, "t": token})
    assert not Rating.objects.exists()


@pytest.mark.parametrize("token", ["", "forged", None])
def test_without_the_signed_link_there_is_nothing_to_rate(client, world, dossier, token):
    finish(dossier, world)
    other = rating_token(dossier=dossier) if token is None else token
    code = dossier.code if token is not None else dossier.code[:-1] + "9"
    response = client.post(f"/dossiers/{code}/rate/", {**ANSWERS, "t": other})
    assert response.status_code == 404 and not Rating.objects.exists()


def test_answers_outside_the_scale_are_refused(client, world, dossier):
    finish(dossier, world)
    url, token = f"/dossiers/{dossier.code}/rate/", rating_token(dossier=dossier)
    response = client.post(url, {**ANSWERS, "satisfaction": 9, "t": token})
    assert 'class="errorlist' in response.content.decode() and not Rating.objects.exists()


def test_the_rating_offers_only_real_answers_and_ticks_none(client, world, dossier):
    finish(dossier, world)
    token = rating_token(dossier=dossier)
    page = client.get(f"/dossiers/{dossier.code}/rate/", {"t": token}).content.decode()
    assert "---------" not in page
    assert " checked" not in page
    # The survey page's large answer buttons: each answer is a whole labelled box.
    assert page.count('class="option"') == page.count('type="radio"') > 10
