"""Fill the blocks and warnings columns of the procedure list in the background.

``ProcedureService.list(with_findings=False)`` is one quick query, so the list paints at
once with "…" in those two columns. Evaluating a gate takes a few milliseconds per
procedure, so :class:`OpenFindingsFill` asks ``open_findings`` in small batches through
``run_op``: the rows on screen first, then the rows below them, then the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from bewustwerven.services.procedures import ProcedureService
from bewustwerven.ui.ops import Op, run_op
from bewustwerven.ui.recruiter.models import ProcedureTableModel

BATCH = 20


class OpenFindingsFill(QObject):
    """Batches of ``open_findings`` one after another; a new ``start`` drops the old run."""

    finished = Signal()  # all rows known (or the run stopped on an error)

    def __init__(
        self,
        procedures: ProcedureService,
        model: ProcedureTableModel,
        order: Callable[[], Sequence[int]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.procedures = procedures
        self.model = model
        self.order = order  # procedure ids in the order to fill them (visible ones first)
        self.parent_widget = parent
        self.running = False
        self.batches = 0
        self._generation = 0
        self._op: Op | None = None

    def start(self) -> None:
        self._generation += 1
        if self._op is not None and not self._op.finished:
            self._op.cancel()
        self.running = True
        self._next(self._generation)

    def stop(self) -> None:
        self._generation += 1
        if self._op is not None and not self._op.finished:
            self._op.cancel()
        self.running = False

    def _next(self, generation: int) -> None:
        if generation != self._generation:
            return
        unknown = set(self.model.unknown_ids())
        batch = [pid for pid in self.order() if pid in unknown][:BATCH]
        if not batch:
            batch = sorted(unknown)[:BATCH]  # rows hidden by the filter
        if not batch:
            self.running = False
            self.finished.emit()
            return
        failed: list[BaseException] = []
        procedures = self.procedures

        def work(_progress: object) -> dict[int, tuple[int, int]]:
            return procedures.open_findings(batch)

        def done(found: dict[int, tuple[int, int]]) -> None:
            if generation == self._generation:
                self.batches += 1
                self.model.set_findings(found, batch)

        def error(exc: BaseException) -> None:
            failed.append(exc)
            if generation == self._generation:
                from bewustwerven.ui.errors import show_error

                show_error(self.parent_widget, exc)

        def after() -> None:
            if failed:
                if generation == self._generation:
                    self.running = False
                    self.finished.emit()
                return
            self._next(generation)

        self._op = run_op(self.parent_widget, work, on_done=done, on_error=error, on_finished=after)
