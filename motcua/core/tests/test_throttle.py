"""Rate limits are counted in the database, so every server process sees the same tries;
only a keyed hash of the address is kept, and only for a day."""

import datetime as dt

import pytest
import time_machine
from django.core.management import call_command

from motcua.core.models import Attempt
from motcua.core.throttle import (
    Limit,
    throttle_allows,
    throttle_record,
    throttle_release,
    throttle_succeeded,
    throttle_take,
)

pytestmark = pytest.mark.django_db

GUESSES = Limit("test", attempts=3, window=dt.timedelta(minutes=10), failures_only=True)


def test_a_client_is_stopped_after_the_limit_and_others_are_not():
    for _try in range(3):
        assert throttle_allows(GUESSES, address="203.0.113.5")
        throttle_record(GUESSES, address="203.0.113.5")
    assert not throttle_allows(GUESSES, address="203.0.113.5")
    assert throttle_allows(GUESSES, address="203.0.113.6")
    assert not Attempt.objects.filter(client__contains="203.0.113").exists()


def test_successes_do_not_count_when_only_failures_are_limited():
    every = Limit("every", attempts=3, window=dt.timedelta(minutes=10))
    for _try in range(5):
        throttle_record(GUESSES, address="a", succeeded=True)
        throttle_record(every, address="a", succeeded=True)
    assert throttle_allows(GUESSES, address="a")
    assert not throttle_allows(every, address="a")


def test_the_window_passes_and_old_tries_are_purged():
    with time_machine.travel(dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.UTC), tick=False):
        for _try in range(3):
            throttle_record(GUESSES, address="a")
        assert not throttle_allows(GUESSES, address="a")
    with time_machine.travel(dt.datetime(2025, 3, 3, 8, 11, tzinfo=dt.UTC), tick=False):
        assert throttle_allows(GUESSES, address="a")
        throttle_record(GUESSES, address="a")
    with time_machine.travel(dt.datetime(2025, 3, 4, 8, 5, tzinfo=dt.UTC), tick=False):
        call_command("purge-attempts", verbosity=0)
    assert Attempt.objects.count() == 1


def test_a_try_is_taken_in_one_step_with_the_count():
    taken = [throttle_take(GUESSES, address="a") for _try in range(4)]
    assert all(taken[:3]) and taken[3] is None
    # A refused try records nothing; the ones taken count as failures until told otherwise.
    assert Attempt.objects.filter(succeeded=False).count() == 3


def test_a_try_that_succeeded_or_was_given_back_no_longer_counts():
    first = throttle_take(GUESSES, address="a")
    second = throttle_take(GUESSES, address="a")
    assert first is not None and second is not None
    throttle_succeeded(first)
    throttle_release(second)
    assert Attempt.objects.get().succeeded
    every = Limit("every", attempts=1, window=dt.timedelta(minutes=10))
    sent = throttle_take(every, address="a")
    assert sent is not None
    throttle_succeeded(sent)
    assert throttle_take(every, address="a") is None
