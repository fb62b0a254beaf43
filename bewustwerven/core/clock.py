"""The one clock of the services and the audit trail.

Every time the services store (a stage change, a sheet submitted, an audit event) comes from
``now()``. Normally that is the computer's clock. The demo organisation runs its year of
procedures under ``running_at``, so its figures (days per stage, trends) look like a real year;
nothing else sets it, and it holds only for the code running inside the ``with`` block on this
thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime

_source: ContextVar[Callable[[], datetime] | None] = ContextVar("bw_clock", default=None)


def now() -> datetime:
    """The current time to the second (the demo's time inside ``running_at``)."""
    source = _source.get()
    return (source() if source is not None else datetime.now()).replace(microsecond=0)


def today() -> date:
    return now().date()


@contextmanager
def running_at(source: Callable[[], datetime]) -> Iterator[None]:
    """Within the block, ``now()`` asks ``source`` for the time."""
    token = _source.set(source)
    try:
        yield
    finally:
        _source.reset(token)
