"""Server-side charts: values in the right places, missing values as gaps, never as zeros."""

from motcua.core.charts import bar_chart, line_chart


def test_bars_are_ranked_lowest_first_and_values_without_data_are_left_out():
    chart = bar_chart([("A", 95.0), ("B", None), ("C", 70.5)], target=90, title="t")
    assert [bar.label for bar in chart["bars"]] == ["C", "A"]
    assert float(chart["target_x"]) == 230 + 360 * 0.9


def test_a_line_breaks_where_a_point_has_no_value():
    chart = line_chart(
        [("2022", 80.0), ("2023", 85.0), ("2024", None), ("2025", 92.0)], target=90, title="t"
    )
    assert len(chart["segments"]) == 2
    assert chart["segments"][0].count(",") == 2 and chart["segments"][1].count(",") == 1
    gap = chart["points"][2]
    assert gap.y == "" and gap.value is None
    # The axis starts at 70 (ten below the lowest value, in tens): 92 is above 85 is above 80.
    ys = [float(p.y) for p in chart["points"] if p.y]
    assert ys == sorted(ys, reverse=True)
    assert chart["ticks"][0][0] == 70 and chart["ticks"][-1][0] == 100
    assert float(chart["target_y"]) < ys[1]  # the 90 line is above the 85 point


def test_a_single_point_is_centred():
    chart = line_chart([("2025", 50.0)], target=90, title="t")
    assert float(chart["points"][0].x) == 46 + 520 / 2
    assert chart["ticks"][0][0] == 40


def test_bar_svg_escapes_labels_and_writes_localised_values():
    from django.utils import translation

    from motcua.core.charts import bar_svg

    chart = bar_chart([("<script>Xã A</script>", 87.5)], target=90, title="Tỷ lệ & mục tiêu")
    with translation.override("vi"):
        svg = str(bar_svg(chart, "c1"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "Tỷ lệ &amp; mục tiêu" in svg and ">87,5<" in svg
    assert 'aria-labelledby="c1-title"' in svg
