"""The benchmark table: ratios to the floor and the verdict against each target."""

from __future__ import annotations

from bewustwerven.bench.table import Row, render


def test_ratio_target_uses_the_floor() -> None:
    assert Row("a", 0.3, 0.2, "<= 1.5x", ratio_target=1.5).met == "yes"
    assert Row("a", 0.31, 0.2, "<= 1.5x", ratio_target=1.5).met == "NO"


def test_absolute_target_and_missing_value() -> None:
    assert Row("b", 0.029, 0.001, "< 30 ms", abs_target=0.03).met == "yes"
    assert Row("b", 0.031, 0.001, "< 30 ms", abs_target=0.03).met == "NO"
    assert Row("c", None, None, "< 10 s").met == "n/a"


def test_render_shows_every_row_with_units() -> None:
    text = render(
        [
            Row("start-up", 1.14, 0.092, "<= 1.5x", ratio_target=1.5),
            Row("memory", 180.0, 150.0, "< 400 MB", abs_target=400, unit="MB"),
        ]
    )
    lines = text.splitlines()
    assert len(lines) == 4
    assert "1.14 s" in lines[2] and "92.0 ms" in lines[2] and "12.39x" in lines[2]
    assert "180 MB" in lines[3] and "1.20x" in lines[3]
