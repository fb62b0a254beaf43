"""Gate evaluation: load the procedure's snapshot once and run its gate's table.

Which findings a gate has, and which approved deviation may waive which of them, is the
registry's (``core/registry.py``); this module only reads the store and packs the report.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bewustwerven.core import registry
from bewustwerven.core.findings import Finding
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.procedure import Stage, gate_for, next_stage
from bewustwerven.services import snapshot
from bewustwerven.services.dto import GateReport, Waiver
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import Procedure


def evaluate(
    session: Session, proc: Procedure, cipher: FieldCipher, profile: PolicyProfile, today: date
) -> GateReport:
    stage = Stage(proc.stage)
    if stage is Stage.CLOSED:
        return GateReport(proc.id, None, stage, None, ())
    snap = snapshot.load(session, proc, cipher, profile, today)
    gate = gate_for(stage)
    kept: list[Finding] = []
    waived: list[Waiver] = []
    for f in registry.run(gate, snap, profile):
        dev = registry.waiver(f, snap.deviations)
        if dev is None:
            kept.append(f)
        else:
            waived.append(Waiver(f, dev))
    return GateReport(proc.id, gate, stage, next_stage(stage), tuple(kept), tuple(waived))
