"""One row of the benchmark table, and the table as plain text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    name: str
    value: float | None
    floor: float | None
    target: str
    ratio_target: float | None = None
    abs_target: float | None = None
    floor_name: str = ""
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def met(self) -> str:
        if self.value is None:
            return "n/a"
        if self.ratio_target is not None and self.ratio is not None:
            return "yes" if self.ratio <= self.ratio_target else "NO"
        if self.abs_target is not None:
            return "yes" if self.value < self.abs_target else "NO"
        return ""


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def render(rows: list[Row]) -> str:
    head = ["measurement", "value", "floor", "ratio", "target", "met", "floor is"]
    body = [
        [
            r.name,
            _fmt(r.value, r.unit),
            _fmt(r.floor, r.unit),
            f"{r.ratio:.2f}x" if r.ratio is not None else "-",
            r.target,
            r.met,
            r.floor_name,
        ]
        for r in rows
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *body, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=False))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(b, widths, strict=False)) for b in body]
    return "\n".join(lines)
