"""After a written objection, no new self-identification is recorded for that candidate."""

from __future__ import annotations

import pytest

from bewustwerven.services.errors import StateError

from .conftest import make_procedure, open_and_import


def test_objection_blocks_new_self_identification(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    rita = org.as_user("rita")
    rita.privacy.record_objection(codes[1])
    with pytest.raises(StateError):
        rita.candidates.set_self_identification(pid, codes[1], {"country_own": "MA"})
    rita.candidates.set_self_identification(pid, codes[0], {"country_own": "NL"})
    assert org.audit.verify().ok
