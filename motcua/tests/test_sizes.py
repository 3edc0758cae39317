"""Sizes a newcomer can read: no module or template over 800 lines, no view over 60 lines, and a
`dashboard` that holds only the few pages combining apps.

Data are not code and are left out: the demo's catalogue, migrations, the translation catalogue,
reference data sets and the OpenAPI snapshot.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
MAX_FILE_LINES = 800
MAX_VIEW_LINES = 60
MAX_DASHBOARD_LINES = 2000
CODE_SUFFIXES = {".py", ".html", ".txt", ".css", ".js", ".xml"}
DEMO_DATA = {Path("catalogue", "demo_catalogue.py")}


def code_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if not path.is_file() or path.suffix not in CODE_SUFFIXES:
            continue
        if {"migrations", "locale", "reference", "__pycache__"} & set(relative.parts):
            continue
        if relative in DEMO_DATA or relative.parts[0] == "static":
            continue
        files.append(path)
    return files


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def views_in(path: Path) -> list[tuple[str, int]]:
    """Every function whose first parameter is `request`, with its length from `def` to its
    last line: views and the helpers that take a view's place."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args.posonlyargs + node.args.args
            if arguments and arguments[0].arg == "request":
                found.append((node.name, (node.end_lineno or node.lineno) - node.lineno + 1))
    return found


def test_the_scan_sees_the_code():
    files = code_files()

    assert PACKAGE / "dossiers" / "services.py" in files
    assert PACKAGE / "core" / "templates" / "core" / "base.html" in files
    assert PACKAGE / "catalogue" / "demo_catalogue.py" not in files
    assert not [f for f in files if "migrations" in f.parts]


def test_no_module_or_template_is_over_800_lines():
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for path in code_files()
        if (lines := line_count(path)) > MAX_FILE_LINES
    }

    assert not too_long, f"split these by what they do (lines): {too_long}"


def test_no_view_is_over_60_lines():
    too_long = {
        f"{path.relative_to(PACKAGE)}:{name}": lines
        for path in code_files()
        if path.suffix == ".py" and "tests" not in path.parts
        for name, lines in views_in(path)
        if lines > MAX_VIEW_LINES
    }

    assert not too_long, (
        "a view parses input, calls one service or selector and renders its result; "
        f"move the rest out (lines): {too_long}"
    )


def test_the_view_finder_measures_from_def_to_the_last_line():
    path = PACKAGE / "tests" / "test_sizes.py"

    assert ("sample_view", 3) in views_in(path)


def sample_view(request):  # measured by the test above
    del request
    return None


def test_the_dashboard_keeps_only_the_pages_that_combine_apps():
    source = [
        path
        for path in (PACKAGE / "dashboard").rglob("*.py")
        if not {"tests", "migrations"} & set(path.relative_to(PACKAGE).parts)
    ]
    total = sum(line_count(path) for path in source)

    assert total < MAX_DASHBOARD_LINES, f"dashboard holds {total} lines of code"


def test_every_form_class_lives_in_a_forms_module():
    """A newcomer finds an app's forms in its forms.py (the admin keeps its own)."""
    elsewhere = []
    for path in code_files():
        relative = path.relative_to(PACKAGE)
        if path.suffix != ".py" or "tests" in relative.parts:
            continue
        if path.name in ("forms.py", "admin.py") or path.name.endswith("_forms.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        elsewhere += [
            f"{relative}:{node.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(ast.unparse(base).endswith(("Form", "FormSet")) for base in node.bases)
        ]

    assert not elsewhere, elsewhere
