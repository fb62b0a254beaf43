"""What every generated procedure shares: ids, randomness, the cipher, the people."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bewustwerven.core.origin import TargetGroup
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.pseudonym import ALPHABET, PREFIX
from bewustwerven.store.crypto import FieldCipher

Row = dict[str, Any]
Rows = dict[str, list[Row]]  # table name -> rows (each with its "id")


class Ids:
    """Hands out primary keys; the generator inserts with explicit ids."""

    def __init__(self, start: dict[str, int]) -> None:
        self._next = defaultdict(lambda: 1, {t: n + 1 for t, n in start.items()})

    def __call__(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


@dataclass
class Person:
    id: int
    login: str
    unit: str
    trained: bool


@dataclass
class People:
    recruiters: list[Person] = field(default_factory=list)
    hr: list[Person] = field(default_factory=list)  # P&O: decide on deviations
    advisers: list[Person] = field(default_factory=list)  # the HR seat on a committee
    chairs: list[Person] = field(default_factory=list)
    members: list[Person] = field(default_factory=list)


@dataclass
class Context:
    rng: random.Random
    ids: Ids
    cipher: FieldCipher
    people: People
    profile_id: int
    profile: PolicyProfile  # the procedures' profile: the rules the generated data follows
    scale: tuple[int, int]
    target: TargetGroup
    now: datetime
    unit_ids: dict[str, int]
    first_names: list[str]
    last_names: list[str]
    taken_codes: set[str]
    seals: int = 0

    def seal(self, value: str | bytes | None, place: str) -> bytes | None:
        if value is not None:
            self.seals += 1
        return self.cipher.seal(value, place)

    def seal_json(self, value: Any, place: str) -> bytes:
        self.seals += 1
        return self.cipher.seal_json(value, place)

    def pseudonym(self) -> str:
        while True:
            code = PREFIX + "".join(self.rng.choice(ALPHABET) for _ in range(6))
            if code not in self.taken_codes:
                self.taken_codes.add(code)
                return code

    def weighted(self, options: list[tuple[Any, float]]) -> Any:
        return self.rng.choices([o for o, _ in options], [w for _, w in options])[0]
