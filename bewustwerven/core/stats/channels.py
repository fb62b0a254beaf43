"""Reach of recruitment channels: who applies through which channel, and who gets on.

Input is plain counts per channel and group: how many applied through the channel and
how many of them were selected at the stage the report looks at (for example invited
to an interview). Several records for the same channel and group are added up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bewustwerven.core.stats.rates import safe_rate


@dataclass(frozen=True, slots=True)
class ChannelCount:
    """Applications through one channel from one group, and how many were selected."""

    channel: str
    group: str
    applied: int
    selected: int

    def __post_init__(self) -> None:
        if self.applied < 0 or self.selected < 0:
            raise ValueError("counts cannot be negative")
        if self.selected > self.applied:
            raise ValueError(f"{self.channel}/{self.group}: more selected than applied")


@dataclass(frozen=True, slots=True)
class Reach:
    """Applications and selection for one channel, one group, or one channel and group.

    ``share_of_applications``: this part of all applications in the comparison
    (all channels; or, for a group inside a channel, all of that channel).
    ``selection_rate``: part of these applicants who were selected.
    """

    channel: str | None
    group: str | None
    applied: int
    selected: int
    share_of_applications: float | None
    selection_rate: float | None


@dataclass(frozen=True, slots=True)
class ChannelReport:
    """Reach overall, per channel, per group, and per channel and group."""

    overall: Reach
    channels: tuple[Reach, ...]
    groups: tuple[Reach, ...]
    channel_groups: tuple[Reach, ...]

    def channel(self, name: str) -> Reach:
        """The figures of one channel (all groups together)."""
        return next(r for r in self.channels if r.channel == name)

    def cell(self, channel: str, group: str) -> Reach:
        """The figures of one group within one channel."""
        return next(r for r in self.channel_groups if (r.channel, r.group) == (channel, group))


def channel_reach(counts: Iterable[ChannelCount]) -> ChannelReport:
    """Applications and selection rate per recruitment channel, overall and per group.

    In plain words: how many people applied through each channel (and which part of
    all applications that is), which part of them was selected, and the same split by
    group, so one sees which channels reach the target group and whether people from
    a channel get on. ``channel_groups`` gives, per channel, each group's share of
    that channel's applications and its selection rate. A rate is None when nobody
    applied. Channels and groups are listed in name order.
    """
    cells: dict[tuple[str, str], list[int]] = {}
    for c in counts:
        acc = cells.setdefault((c.channel, c.group), [0, 0])
        acc[0] += c.applied
        acc[1] += c.selected
    total_a = sum(a for a, _ in cells.values())
    total_s = sum(s for _, s in cells.values())

    def sums(key: int) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for k, (a, s) in cells.items():
            acc = out.setdefault(k[key], [0, 0])
            acc[0] += a
            acc[1] += s
        return out

    per_channel, per_group = sums(0), sums(1)
    return ChannelReport(
        overall=Reach(
            None, None, total_a, total_s, safe_rate(total_a, total_a), safe_rate(total_s, total_a)
        ),
        channels=tuple(
            Reach(ch, None, a, s, safe_rate(a, total_a), safe_rate(s, a))
            for ch, (a, s) in sorted(per_channel.items())
        ),
        groups=tuple(
            Reach(None, g, a, s, safe_rate(a, total_a), safe_rate(s, a))
            for g, (a, s) in sorted(per_group.items())
        ),
        channel_groups=tuple(
            Reach(ch, g, a, s, safe_rate(a, per_channel[ch][0]), safe_rate(s, a))
            for (ch, g), (a, s) in sorted(cells.items())
        ),
    )
