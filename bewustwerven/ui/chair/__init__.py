"""Chair: 'Gezamenlijk oordeel' (spread, judgement, gate and Rooney rule, reveal, decision)."""

from bewustwerven.ui.chair.page import ConsensusPage

__all__ = ["ConsensusPage"]
