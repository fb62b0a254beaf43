"""Background work through one helper (docs/architecture.md).

``run_op(parent, work, on_done=...)`` runs ``work(progress)`` on the global QThreadPool. The
work function gets a :class:`Progress` to report ``(done, total, text)`` and to ask whether
the user cancelled. Results, errors and progress come back through Qt signals, so the
callbacks run on the GUI thread; no widget is touched from the worker. With ``label`` a
progress dialog with a Cancel button is shown after a short delay.

Work functions call services (which open their own sessions); they never touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside work when the user pressed Cancel (``progress.check()``)."""


class Progress:
    """Handed to the work function: report progress, look for cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], op: Op) -> None:
        super().__init__()
        self.work, self.op = work, op
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.op.progress)
        except Cancelled:
            self.op.was_cancelled = True
        except BaseException as exc:  # handed to the GUI thread, shown there
            self._emit("failed", exc)
        else:
            if self.op.progress.cancelled:
                self.op.was_cancelled = True
            else:
                self._emit("done", result)
        self._emit("finished")

    def _emit(self, name: str, *args: Any) -> None:
        try:
            getattr(self.op.signals, name).emit(*args)
        except RuntimeError:  # the application is shutting down: nobody is listening
            log.debug("background work ended after its receiver was gone (%s)", name)


class Op(QObject):
    """One piece of background work. Its slots live on the GUI thread, so the signals from
    the worker arrive there (queued connections)."""

    _running: set[Op] = set()  # noqa: RUF012 - keeps ops alive until finished

    def __init__(
        self,
        parent_widget: QWidget | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_finished: Callable[[], None] | None,
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self.was_cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False
        self.dialog: QProgressDialog | None = None
        self._parent_widget = parent_widget
        self._on_done, self._on_error, self._on_finished = on_done, on_error, on_finished
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.signals.progress.connect(self._progress)
        self.signals.finished.connect(self._finish)

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def orphaned(self) -> bool:
        """True when the widget this work was started for has been deleted meanwhile: its
        callbacks would touch a dead C++ object, so the result is dropped (logged)."""
        w = self._parent_widget
        return w is not None and not isValid(w)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self.result = result
        if self.orphaned:
            log.debug("background result dropped: its widget is gone")
            return
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        log.info("background work failed: %r", exc)
        if self.orphaned:
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            from bewustwerven.ui.errors import show_error

            show_error(self._parent_widget, exc)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(done)
            if text:
                self.dialog.setLabelText(text)

    @Slot()
    def _finish(self) -> None:
        self.finished = True
        if self.dialog is not None:
            if isValid(self.dialog):  # it went with its parent when that was deleted
                self.dialog.reset()
                self.dialog.deleteLater()
            self.dialog = None
        Op._running.discard(self)
        if self._on_finished is not None and not self.orphaned:
            self._on_finished()


def shutdown(timeout_ms: int = 10_000) -> bool:
    """At exit: ask all background work to stop and wait for it (before the database
    closes under it). True when everything ended within ``timeout_ms``."""
    for op in list(Op._running):
        op.cancel()
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


def run_op(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    label: str = "",
    pool: QThreadPool | None = None,
) -> Op:
    """Run ``work(progress)`` in the background; the callbacks run on the GUI thread.

    ``on_error`` defaults to :func:`bewustwerven.ui.errors.show_error` on ``parent``.
    A cancelled op calls neither ``on_done`` nor ``on_error``, only ``on_finished``.
    When ``parent`` is deleted before the work ends, no callback runs (the result is dropped).
    """
    op = Op(parent, on_done, on_error, on_finished)
    Op._running.add(op)
    if label:
        dialog = QProgressDialog(label, op.tr("Annuleren"), 0, 0, parent)
        dialog.setWindowTitle(op.tr("Even geduld"))
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(op.cancel)
        op.dialog = dialog
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, op))
    return op
