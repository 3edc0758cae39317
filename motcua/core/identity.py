"""Citizens' ID numbers are never stored: a keyed hash (to find the same person again) and
the last four digits (to read back to them) are (Law 91/2025, DESIGN.md)."""

from __future__ import annotations

import hashlib
import hmac
import re

from django.conf import settings

_DIGITS = re.compile(r"\D+")
_PHONE_PUNCTUATION = re.compile(r"[\s.\-()]")


def id_number_hash(number: str) -> tuple[str, str]:
    """(hash, last four digits) of an ID number; ('', '') for an empty one."""
    digits = _DIGITS.sub("", number or "")
    if not digits:
        return "", ""
    digest = hmac.new(settings.ID_HASH_KEY.encode(), digits.encode(), hashlib.sha256)
    return digest.hexdigest(), digits[-4:]


def phone_mask(phone: str) -> str:
    """A phone number as lists show it: the first three and the last two digits only. The
    citizen lookup asks for the last four, so a list never gives more than two of them."""
    digits = _DIGITS.sub("", phone or "")
    if len(digits) < 7:
        return "*" * len(digits)
    return f"{digits[:3]}{'*' * (len(digits) - 5)}{digits[-2:]}"


def name_initials(name: str) -> str:
    """`Nguyễn Văn An` as `N.V.A.`."""
    return "".join(f"{word[0]}." for word in (name or "").split())


def contact_mask(name: str, phone: str) -> str:
    """A citizen's contact as lists show it: the name's initials and the masked phone."""
    return " ".join(part for part in (name_initials(name), phone_mask(phone)) if part)


def phone_clean(phone: str) -> str:
    """A phone number as stored: without the spaces, dots, dashes and brackets people type,
    so the citizen lookup's last four digits match however it was written."""
    return _PHONE_PUNCTUATION.sub("", phone or "")
