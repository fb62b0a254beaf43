"""Pure statistics for audit reports: selection, reliability, targets, channels, privacy.

Inputs are plain counts and records (dataclasses, dicts), never database rows.
"""

from bewustwerven.core.stats.channels import ChannelCount, ChannelReport, Reach, channel_reach
from bewustwerven.core.stats.published import (
    PublishedGroupTransition,
    PublishedTransition,
    publish_transition,
)
from bewustwerven.core.stats.rates import safe_rate
from bewustwerven.core.stats.reliability import (
    ALPHA_FLAG,
    AlphaResult,
    NoAlphaReason,
    RaterLeniency,
    Rating,
    krippendorff_alpha,
    rater_leniency,
    ratings_from_matrix,
)
from bewustwerven.core.stats.selection import (
    FOUR_FIFTHS,
    Funnel,
    GroupTransition,
    TransitionAnalysis,
    analyse_funnel,
    analyse_transition,
    fisher_p_value,
    impact_ratio,
    shortfall,
)
from bewustwerven.core.stats.suppression import suppress, suppress_linked
from bewustwerven.core.stats.tables import (
    SUPPRESS_DEFAULT,
    Hidden,
    SuppressedTable,
    Table,
    visible_or_none,
)
from bewustwerven.core.stats.targets import (
    TARGET_MIN_SCALE,
    TARGET_ORIGIN_SHARE,
    TARGET_UNDER_35_SHARE,
    HireRecord,
    ShareVsTarget,
    TargetProgress,
    TargetReport,
    share_vs_target,
    target_progress,
)

__all__ = [
    "ALPHA_FLAG",
    "FOUR_FIFTHS",
    "SUPPRESS_DEFAULT",
    "TARGET_MIN_SCALE",
    "TARGET_ORIGIN_SHARE",
    "TARGET_UNDER_35_SHARE",
    "AlphaResult",
    "ChannelCount",
    "ChannelReport",
    "Funnel",
    "GroupTransition",
    "Hidden",
    "HireRecord",
    "NoAlphaReason",
    "PublishedGroupTransition",
    "PublishedTransition",
    "RaterLeniency",
    "Rating",
    "Reach",
    "ShareVsTarget",
    "SuppressedTable",
    "Table",
    "TargetProgress",
    "TargetReport",
    "TransitionAnalysis",
    "analyse_funnel",
    "analyse_transition",
    "channel_reach",
    "fisher_p_value",
    "impact_ratio",
    "krippendorff_alpha",
    "publish_transition",
    "rater_leniency",
    "ratings_from_matrix",
    "safe_rate",
    "share_vs_target",
    "shortfall",
    "suppress",
    "suppress_linked",
    "target_progress",
    "visible_or_none",
]
