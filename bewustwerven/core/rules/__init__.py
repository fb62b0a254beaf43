"""The procedure rules (docs/method.md) as pure functions: plain facts in, findings out.

Every function reads its settings (severity, thresholds, source) from a
:class:`~bewustwerven.core.policy.PolicyProfile` and returns a list of findings; a rule
that is satisfied returns no finding. ``check_independence`` returns one finding or
``None``, and ``may_see_other_scores`` a plain yes/no for the screens.
"""

from bewustwerven.core.rules.channels import check_channels
from bewustwerven.core.rules.committee import check_committee
from bewustwerven.core.rules.conflicts import check_conflicts
from bewustwerven.core.rules.criteria import check_criteria, required_anchor_scores
from bewustwerven.core.rules.preference import (
    age_words,
    at_least_as_suitable,
    check_age_tiebreak,
    check_preference,
)
from bewustwerven.core.rules.rooney import check_rooney, rooney_required
from bewustwerven.core.rules.scoring import (
    check_amendment,
    check_complete,
    check_independence,
    may_see_other_scores,
)

ALL_RULE_CODES: tuple[str, ...] = (
    "CRIT-MAX",
    "CRIT-Q",
    "COM-SIZE",
    "COM-HR",
    "COM-TRAIN",
    "COM-GENDER",
    "COM-AGE",
    "COM-OUTSIDE",
    "COM-DIVERSE",
    "COI",
    "CHAN",
    "SCORE-INDEP",
    "SCORE-COMPLETE",
    "SCORE-LOCK",
    "ROONEY",
    "PREF",
    "PREF-AGE",
)

__all__ = [
    "ALL_RULE_CODES",
    "age_words",
    "at_least_as_suitable",
    "check_age_tiebreak",
    "check_amendment",
    "check_channels",
    "check_committee",
    "check_complete",
    "check_conflicts",
    "check_criteria",
    "check_independence",
    "check_preference",
    "check_rooney",
    "may_see_other_scores",
    "required_anchor_scores",
    "rooney_required",
]
