"""Every indicator per unit against its target, from the roll-ups: targets inherited from
the unit above, no data never shown as zero, and `motcua metrics show` / `export parquet`."""

import datetime as dt
import io
import json
from decimal import Decimal

import pyarrow.parquet as pq
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from motcua.metrics.figures import targets_for, unit_figures
from motcua.metrics.models import Target
from motcua.metrics.registry import REGISTRY
from motcua.metrics.rollups import rollups_refresh
from motcua.orgs.tests.factories import UnitFactory

pytestmark = pytest.mark.django_db
OCTOBER = {"start": dt.date(2025, 10, 1), "end": dt.date(2025, 10, 31)}
TODAY = dt.date(2025, 11, 20)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_a_target_set_for_the_province_holds_for_its_communes_unless_they_have_their_own(world):
    Target.objects.create(
        indicator="on_time",
        unit=world.province,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        value=Decimal(90),
    )
    Target.objects.create(
        indicator="on_time",
        unit=world.commune_b,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        value=Decimal(80),
    )
    Target.objects.create(
        indicator="online_share",
        unit=world.province,
        include_descendants=False,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        value=Decimal(50),
    )
    Target.objects.create(  # another year: not in force
        indicator="rated_satisfied",
        unit=world.province,
        starts_on=dt.date(2024, 1, 1),
        ends_on=dt.date(2024, 12, 31),
        value=Decimal(90),
    )
    found = targets_for([world.province, world.commune_a, world.commune_b], **OCTOBER)
    assert found == {
        (world.province.pk, "on_time"): Decimal(90),
        (world.province.pk, "online_share"): Decimal(50),
        (world.commune_a.pk, "on_time"): Decimal(90),
        (world.commune_b.pk, "on_time"): Decimal(80),
    }


def test_figures_add_up_the_units_below_and_show_no_data_as_none(data):
    rollups_refresh()
    Target.objects.create(
        indicator="on_time",
        unit=data.province,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        value=Decimal(90),
    )
    empty = UnitFactory(
        kind="commune", code="23009", parent=data.province, valid_from=dt.date(2025, 7, 1)
    )
    rows = {
        r.unit.code: r
        for r in unit_figures([data.province, data.commune_a, empty], today=TODAY, **OCTOBER)
    }
    province = rows[data.province.code].figures
    # 3 of the 4 finished on time; 2 more open past their due date at the end of October.
    assert (province["on_time"].numerator, province["on_time"].denominator) == (3, 6)
    assert province["on_time"].shown == 50.0 and province["on_time"].gap == 40.0
    assert province["on_time"].meets is False
    assert rows[data.commune_a.code].figures["on_time"].shown == 50.0  # 2 of 3, A4 open
    nothing = rows["23009"].figures
    assert nothing["on_time"].value is None and nothing["on_time"].gap is None
    assert nothing["feedback_on_time"].value is None
    # Its index rests on the province's catalogue alone (12 of the 100 points).
    assert rows["23009"].index.measured == pytest.approx(12)
    # November's task: commune B never reported, so one task is overdue in the province.
    assert province["tasks_overdue"].shown == 1.0


def test_metrics_show_prints_every_indicator_per_unit_as_json(data):
    rollups_refresh()
    out = io.StringIO()
    call_command(
        "metrics", "show", "--from", "2025-10-01", "--to", "2025-10-31", "--json", stdout=out
    )
    payload = json.loads(out.getvalue())
    codes = [u["unit"] for u in payload["units"]]
    assert codes[0] == data.province.code and set(codes[1:]) == {
        data.commune_a.code,
        data.commune_b.code,
    }
    on_time = payload["units"][0]["indicators"]["on_time"]
    # No coordinator's target: the registry's default, 90 %.
    assert on_time["value"] == 50.0 and on_time["target"] == 90.0 and on_time["gap"] == 40.0
    # Feedback in October: 1 of the 2 items due was answered in time.
    assert payload["units"][0]["indicators"]["feedback_on_time"]["value"] == 50.0
    assert payload["units"][0]["indicators"]["feedback_received"]["value"] == 3.0
    # Commune B had no feedback: no data, not zero.
    assert payload["units"][2]["indicators"]["feedback_on_time"]["value"] is None


def test_metrics_show_lists_every_registry_figure_with_what_it_is(data):
    """Every figure of the registry is listed once with its kind, direction and definition,
    and every unit gives a value for each; the 766 entry carries its six groups."""
    rollups_refresh()
    out = io.StringIO()
    call_command(
        "metrics", "show", "--from", "2025-10-01", "--to", "2025-10-31", "--json", stdout=out
    )
    payload = json.loads(out.getvalue())
    listed = {figure["code"]: figure for figure in payload["figures"]}
    assert set(listed) == set(REGISTRY)
    for figure in listed.values():
        assert figure["kind"] in {"share", "count", "index", "points"}
        assert figure["direction"] in {"higher", "lower"}
        assert len(figure["definition"]) > 40
    assert listed["tasks_overdue"]["direction"] == "lower"
    assert listed["index_766"]["kind"] == "points"
    for unit in payload["units"]:
        assert set(unit["indicators"]) == set(REGISTRY)
        index = unit["indicators"]["index_766"]
        assert [(g["code"], g["max"]) for g in index["groups"]] == [
            ("publicity", 18),
            ("progress", 20),
            ("online", 12),
            ("payment", 10),
            ("digitisation", 22),
            ("satisfaction", 18),
        ]
        assert all("points" in g for g in index["groups"])


def test_metrics_show_lists_the_766_local_estimate_group_by_group(data):
    """October in the province: on time (766) 3 of 6 dossiers, open ones included; fees
    paid online 1 of 5; electronic results 1 of 4; nothing came online with an
    electronic result or was digitised; feedback 1 of 2 on time and 1 of 2 satisfied;
    dossier satisfaction 2 of 6. A commune with no data has no points, not zero."""
    UnitFactory(kind="commune", code="23009", parent=data.province, valid_from=dt.date(2025, 7, 1))
    rollups_refresh()
    out = io.StringIO()
    call_command(
        "metrics", "show", "--from", "2025-10-01", "--to", "2025-10-31", "--json", stdout=out
    )
    units = {u["unit"]: u for u in json.loads(out.getvalue())["units"]}
    index = units[data.province.code]["index_766"]
    assert index["label"] == "Decision 766 index (local estimate)"
    assert {"score", "band", "measured_points", "groups"} <= set(index)
    groups = index["groups"]
    assert [(g["code"], g["max"]) for g in groups] == [
        ("publicity", 18),
        ("progress", 20),
        ("online", 12),
        ("payment", 10),
        ("digitisation", 22),
        ("satisfaction", 18),
    ]
    assert all({"code", "label", "max", "points", "measured_points"} <= set(g) for g in groups)
    points = {g["code"]: g["points"] for g in groups}
    assert points["progress"] == 10.0  # 20 x 3/6
    assert points["online"] == 0.0  # a measured zero
    assert points["payment"] == 2.0  # 10 x 1/5, no threshold
    assert points["digitisation"] == pytest.approx(2.8)  # 11 x 1/4 + 0
    assert points["satisfaction"] == pytest.approx(8.2)  # 6 x 1/2 + 6 x 1/2 + 6 x (2/6) / 0.9
    assert units[data.province.code]["indicators"]["on_time_766"]["value"] == 50.0
    assert units[data.province.code]["indicators"]["on_time"]["value"] == 50.0
    empty = {g["code"]: g["points"] for g in units["23009"]["index_766"]["groups"]}
    assert [code for code, value in empty.items() if value is None] == [
        "progress",
        "online",
        "payment",
        "digitisation",
        "satisfaction",
    ]


def test_the_766_layout_is_configurable(data, settings):
    settings.MOTCUA_D766 = [
        {
            "code": "progress",
            "label": "Progress",
            "max": 100,
            "indicators": [{"code": "on_time_766", "max": 100, "full_at": 1.0}],
        }
    ]
    rollups_refresh()
    [row] = unit_figures([data.province], today=TODAY, **OCTOBER)
    assert [(g.code, g.maximum) for g in row.index.groups] == [("progress", 100)]
    assert row.index.score == pytest.approx(50)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2025-13-01", "--to", "2025-12-31"], "not a date"),
        (["--from", "2025-12-01", "--to", "2025-11-30"], "before"),
        (["--from", "2025-10-01", "--to", "2025-10-31", "--unit", "99999"], "No unit"),
    ],
)
def test_metrics_show_refuses_bad_input_with_exit_code_2(world, argv, message):
    with pytest.raises(CommandError, match=message) as caught:
        call_command("metrics", "show", *argv)
    assert caught.value.returncode == 2


def test_export_parquet_writes_every_reporting_table(data, tmp_path):
    call_command("export", "parquet", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())
    table = pq.read_table(tmp_path / "dossiers_dossier.parquet")
    assert table.num_rows == 6 and "applicant_name" not in table.column_names
    assert pq.read_table(tmp_path / "directives_assignment.parquet").num_rows == 2


def test_procedures_published_complete_feed_the_publicity_group(world):
    from motcua.catalogue.tests.factories import form_make, procedure_make

    procedure_make("1.000001", "Chứng thực bản sao")
    broken = procedure_make("1.000002", "Đăng ký khai sinh")
    form_make(broken, valid_to=dt.date(2025, 6, 30))  # an expired form still published
    [row] = unit_figures([world.province], today=TODAY, **OCTOBER)
    figure = row.figures["procedures_published"]
    assert (figure.numerator, figure.denominator) == (1, 2)
    publicity = next(g for g in row.index.groups if g.code == "publicity")
    assert publicity.parts[0].points == pytest.approx(6)  # 12 points x 1/2


def test_a_campaigns_default_target_is_the_registrys():
    """surveys sits below metrics and cannot import the registry: its campaign default is
    kept equal to the one default target here."""
    from motcua.metrics.registry import DEFAULT_TARGET
    from motcua.surveys.models import Campaign

    assert Campaign._meta.get_field("target").default == DEFAULT_TARGET
