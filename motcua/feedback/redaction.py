"""The personal data removed from a feedback item's texts before a person reviews them for
publication (Law 91/2025): e-mail addresses, phone numbers, ID numbers and the citizen's own
name. A proposal only: the reviewer reads every published text, and the review refuses a
text in which these are still found."""

from __future__ import annotations

import re

from motcua.feedback.models import Feedback

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE_IN_TEXT = re.compile(r"(?<!\d)(?:\+?84|0)(?:[\s.\-]?\d){8,10}(?!\d)")
_ID_NUMBER = re.compile(r"(?<!\d)\d{9}(?:\d{3})?(?!\d)")


def redact(text: str, item: Feedback) -> str:
    """Personal data removed: e-mail addresses, phone numbers, ID numbers, and the
    citizen's own name. A proposal: a person reviews it before it is published."""
    cleaned = _EMAIL.sub("[…]", text)
    cleaned = _PHONE_IN_TEXT.sub("[…]", cleaned)
    cleaned = _ID_NUMBER.sub("[…]", cleaned)
    if item.contact_name.strip():
        cleaned = re.sub(re.escape(item.contact_name.strip()), "[…]", cleaned, flags=re.IGNORECASE)
    return cleaned


def still_personal(text: str, item: Feedback) -> bool:
    """Whether a text meant for publication still holds what `redact` removes."""
    return text != redact(text, item)
