"""Benchmarks at municipality scale: ``python -m bewustwerven.bench``."""
