"""Running slow, Qt-free work (documents, imports) off the GUI thread.

``Job`` wraps a function ``fn(progress, cancelled) -> result``: ``progress(percent, message)`` may be called
from the worker, ``cancelled()`` answers whether the user pressed Cancel. Its signals arrive in the GUI
thread (queued), so slots may touch widgets; the function itself must never touch a widget.

Each ``Worker`` runs one job at a time, in order: reportlab is not thread-safe, so all documents go
through the single ``documents_worker()``.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


class Job(QObject):
    progress = Signal(int, str)  # percent (0-100, or -1 when unknown), message
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(
        self,
        fn: Callable[[Progress, Cancelled], Any],
        cancel_exceptions: tuple[type[BaseException], ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel_exceptions = cancel_exceptions
        self._cancel = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:  # in the worker thread
        try:
            result = self._fn(self.progress.emit, self._cancel.is_set)
        except self._cancel_exceptions:
            self.cancelled.emit()
        except Exception as exc:  # delivered to the GUI, which shows it; never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._run()


class Worker(QObject):
    """A queue of jobs run one after the other on one background thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()  # keep Python references until each job has finished

    def start(self, job: Job) -> Job:
        self._jobs.add(job)
        job.running = True
        job.finished.connect(lambda: self._done(job))
        self._pool.start(_Runnable(job))
        return job

    def _done(self, job: Job) -> None:
        job.running = False
        self._jobs.discard(job)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


_documents_worker: Worker | None = None


def documents_worker() -> Worker:
    """The one worker every document is rendered on (reportlab is not thread-safe)."""
    global _documents_worker
    if _documents_worker is None:
        _documents_worker = Worker()
    return _documents_worker
