"""The real-world XLSForms, when they are beside the checkout: other people's questionnaires,
kept outside the repository, so a plain clone reports these tests as skipped with the reason.
This is the one module that looks outside the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from motcua.surveys.tests.xlsform_checks import (
    check_imported_with_its_notes,
    check_round_trip,
    import_file,
)

pytestmark = pytest.mark.django_db


def real_forms_dir() -> Path | None:
    """The real-world XLSForms: `xlsforms` under MOTCUA_SHARED_DATA, else `shared/data/xlsforms`
    beside the checkout or higher up. They are other people's questionnaires and stay outside
    the repository, so a plain clone has none."""
    if os.environ.get("MOTCUA_SHARED_DATA"):
        candidates = [Path(os.environ["MOTCUA_SHARED_DATA"]) / "xlsforms"]
    else:
        checkout = Path(__file__).resolve().parents[3]
        candidates = [parent / "shared" / "data" / "xlsforms" for parent in checkout.parents]
    return next((path for path in candidates if path.is_dir()), None)


REAL_FORMS_DIR = real_forms_dir()
REAL_FORMS = sorted(REAL_FORMS_DIR.glob("*.xlsx")) if REAL_FORMS_DIR else []
# One placeholder when there are none, so the tests show up as skipped with the reason rather
# than as an empty parameter set.
REAL_FORM_PARAMS = [pytest.param(p, id=p.name) for p in REAL_FORMS] or [
    pytest.param(None, id="absent")
]
requires_real_forms = pytest.mark.skipif(
    not REAL_FORMS,
    reason=(
        "real-world XLSForms not present: ../shared/data/xlsforms is outside this repository "
        "(set MOTCUA_SHARED_DATA to a data directory holding xlsforms/ to run them)"
    ),
)


@requires_real_forms
@pytest.mark.parametrize("path", REAL_FORM_PARAMS)
class TestRealWorldForms:
    def test_it_imports_and_keeps_its_notes(self, path):
        check_imported_with_its_notes(import_file(path))

    def test_its_round_trip_keeps_the_structure(self, path):
        check_round_trip(import_file(path))
