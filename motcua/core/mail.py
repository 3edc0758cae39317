"""E-mail digests: one message per person listing all their items, as reminders and
escalations send them from cron."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.mail import EmailMessage, get_connection


@dataclass
class Digests:
    """Who gets which items; those who could not be told."""

    inbox: dict[int, tuple[Any, list[Any]]] = field(default_factory=dict)
    without_email: set[int] = field(default_factory=set)
    nobody: int = 0  # items with no one to tell


@dataclass
class Delivery:
    sent: int = 0
    failed: int = 0
    # Item pk -> the people whose message about it was accepted by the mail server.
    told: dict[int, list[Any]] = field(default_factory=lambda: defaultdict(list))


def digests_gather(items: Iterable[Any], people_of: Callable[[Any], list[Any]]) -> Digests:
    """Group the items by the people to tell about them; people without an e-mail address
    and items with nobody are counted, not dropped silently."""
    digests = Digests()
    for item in items:
        people = people_of(item)
        digests.nobody += not people
        for person in people:
            if not person.email:
                digests.without_email.add(person.pk)
                continue
            digests.inbox.setdefault(person.pk, (person, []))[1].append(item)
    return digests


def digests_send(
    digests: Digests, message_for: Callable[[Any, list[Any]], EmailMessage]
) -> Delivery:
    """Send each person's message over one connection. A refused message counts as
    failed and its items stay untold, for the next run."""
    delivery = Delivery()
    connection = get_connection()
    try:
        connection.open()
        for person, items in digests.inbox.values():
            message = message_for(person, items)
            message.connection = connection
            try:
                message.send()
            except OSError:  # smtplib's errors are OSErrors too
                delivery.failed += 1
                continue
            delivery.sent += 1
            for item in items:
                delivery.told[item.pk].append(person)
    except OSError:  # the mail server could not be reached at all
        delivery.failed = len(digests.inbox) - delivery.sent
    finally:
        connection.close()
    return delivery
