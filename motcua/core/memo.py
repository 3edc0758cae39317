"""Configuration read on almost every write (the working-day calendar, routing and deadline
rules, the tree of units), kept in memory by each server process instead of being read
again and again: a feedback submission read four such tables before it wrote anything.

A value is kept for `MOTCUA_CONFIG_SECONDS` (60 by default). A save or a delete of one of
the models it was built from drops it at once in the process that made the change; the
other processes see the change when their copy expires. Values are shared, so callers must
treat them as read-only."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")

_values: dict[str, tuple[float, Any]] = {}
_depends: dict[type[models.Model], set[str]] = {}
_lock = threading.Lock()


def _dropped(sender: type[models.Model], **_kwargs: Any) -> None:
    with _lock:
        for key in _depends.get(sender, ()):
            _values.pop(key, None)


def memo(key: str, build: Callable[[], T], *, sources: Iterable[type[models.Model]]) -> T:
    """The value under `key`, built by `build()` when missing or expired."""
    now = time.monotonic()
    kept = _values.get(key)
    if kept is not None and kept[0] > now:
        return kept[1]
    value = build()
    with _lock:
        for model in sources:
            if model not in _depends:
                _depends[model] = set()
                # weak=False: the receiver is a module function, kept alive anyway.
                post_save.connect(_dropped, sender=model, weak=False)
                post_delete.connect(_dropped, sender=model, weak=False)
            _depends[model].add(key)
        _values[key] = (now + settings.MOTCUA_CONFIG_SECONDS, value)
    return value


def memo_clear() -> None:
    """Forget everything (tests, and after bulk changes that send no signals)."""
    with _lock:
        _values.clear()
