"""Plain facts the rules read: frozen dataclasses, filled by the services from the store.

Nothing here knows where the facts come from; a test builds them by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class CommitteeRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    HR = "hr"  # the HR / W&S adviser seated in the committee


class Gender(StrEnum):
    """Self-described gender, reduced to what the composition check can count."""

    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"  # non-binary or self-described otherwise


@dataclass(frozen=True, slots=True)
class MemberFacts:
    login: str
    role: CommitteeRole
    trained: bool = False  # BIWS training done
    unit: str | None = None  # organisation unit the member works in
    gender: Gender | None = None  # None: not declared
    birth_year: int | None = None
    outside_european_background: bool | None = None  # self-declared; None: not declared


@dataclass(frozen=True, slots=True)
class CommitteeFacts:
    members: tuple[MemberFacts, ...]
    hiring_unit: str
    scale: int


@dataclass(frozen=True, slots=True)
class QuestionFacts:
    key: str
    text: str
    anchors: dict[int, str] = field(default_factory=dict)  # score -> anchor text


@dataclass(frozen=True, slots=True)
class CriterionFacts:
    key: str
    name: str
    knockout: bool = False
    weight: float = 1.0
    questions: tuple[QuestionFacts, ...] = ()


@dataclass(frozen=True, slots=True)
class ChannelFacts:
    name: str
    aimed_at_diverse_networks: bool = False


@dataclass(frozen=True, slots=True)
class SheetStatus:
    """One expected score sheet: member x candidate in a stage."""

    member: str
    candidate: str  # pseudonym
    submitted: bool


@dataclass(frozen=True, slots=True)
class ConflictFacts:
    member: str
    candidate: str  # pseudonym
    has_sheet: bool  # the member has (or is expected to have) a sheet for this candidate


@dataclass(frozen=True, slots=True)
class ShortlistCandidate:
    """A candidate as the Rooney rule sees them at the screening gate."""

    pseudonym: str
    meets_knockouts: bool
    in_target_group: bool | None  # None: unknown (no self-identification, or objection)
    invited: bool


@dataclass(frozen=True, slots=True)
class DecisionCandidate:
    """A candidate as the preference policy sees them at the decision gate."""

    pseudonym: str
    meets_all_criteria: bool
    score: float | None  # consensus total (weighted); None when not scored
    in_target_group: bool | None
    chosen: bool
    ranked_equal_with: tuple[str, ...] = ()  # pseudonyms the chair ranked equal in consensus


@dataclass(frozen=True, slots=True)
class DecisionFacts:
    scale: int
    candidates: tuple[DecisionCandidate, ...]
    motivation: str = ""  # why the chosen candidate was chosen
    preference_motivation: str = ""  # why the preference was not applied, when it was not
    tie_breaker: str = ""  # what decided between equally suitable candidates, in words
