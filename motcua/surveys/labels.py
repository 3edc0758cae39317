"""Labels of questionnaire parts, stored per language code (`{"vi": ..., "en": ...}`)."""

from __future__ import annotations

from typing import Any


def label(obj: Any, language: str) -> str:
    """The label in the language asked for, else in the version's first language, else any."""
    labels = obj.labels or {}
    if labels.get(language):
        return str(labels[language])
    version = getattr(obj, "version", None)
    for fallback in getattr(version, "languages", None) or []:
        if labels.get(fallback):
            return str(labels[fallback])
    return str(next((v for v in labels.values() if v), getattr(obj, "name", "")))
