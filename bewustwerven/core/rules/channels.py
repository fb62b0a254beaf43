"""CHAN: from a salary scale on, recruit through enough channels, some aimed at diverse networks."""

from __future__ import annotations

from collections.abc import Sequence

from bewustwerven.core.facts import ChannelFacts
from bewustwerven.core.findings import Finding
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.rules._common import finding, plural


def check_channels(
    channels: Sequence[ChannelFacts], scale: int, profile: PolicyProfile
) -> list[Finding]:
    """One finding when the channels fall short; nothing below ``from_scale``.

    Channels are counted by name (trimmed, case-insensitive), so the same channel listed
    twice counts once; a name listed both ways counts as aimed at diverse networks.
    """
    rule = profile.rule("CHAN")
    from_scale = rule.int("from_scale")
    if scale < from_scale:
        return []
    by_name: dict[str, bool] = {}
    for ch in channels:
        key = ch.name.strip().casefold()
        if key:
            by_name[key] = by_name.get(key, False) or ch.aimed_at_diverse_networks
    n = len(by_name)
    diverse = sum(by_name.values())
    need, need_diverse = rule.int("min_channels"), rule.int("min_diverse_channels")
    if n >= need and diverse >= need_diverse:
        return []
    nl = [f"De vacature wordt via {plural(n, 'kanaal', 'kanalen')} geworven, waarvan "
          f"{diverse} gericht op diverse netwerken."]
    en = [f"The vacancy is advertised through {plural(n, 'channel', 'channels')}, {diverse} of "
          "them aimed at diverse networks."]
    if n < need:
        nl.append(f"Gebruik minstens {need} kanalen.")
        en.append(f"Use at least {need} channels.")
    if diverse < need_diverse:
        nl.append(f"Kies er minstens {need_diverse} dat diverse netwerken bereikt.")
        en.append(f"Choose at least {need_diverse} that reaches diverse networks.")
    return [finding(
        rule, rule.severity, " ".join(nl), " ".join(en),
        {"channels": n, "diverse_channels": diverse, "min_channels": need,
         "min_diverse_channels": need_diverse, "scale": scale, "from_scale": from_scale},
    )]
