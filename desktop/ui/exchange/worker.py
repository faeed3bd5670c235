"""Running an import (or its dry run) off the GUI thread, with progress, a result and cancellation."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.exchange.errors import ExchangeError, ImportCancelled


class ImportJob(QObject):
    """Runs ``fn(progress, cancelled)`` in its own thread; signals arrive in the GUI thread."""

    progress = Signal(str, int, int)  # stage, done, total (0: unknown)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._thread = QThread()
        self._runner = _Runner(self)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runner(QObject):
    def __init__(self, job: ImportJob) -> None:
        super().__init__()
        self.job = job

    @Slot()
    def run(self) -> None:
        job = self.job
        try:
            result = job._fn(lambda stage, n, total: job.progress.emit(stage, n, total), job.is_cancelled)
        except ImportCancelled:
            job.cancelled.emit()
        except ExchangeError as exc:
            job.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user rather than lost in a thread
            job.failed.emit(
                QCoreApplication.translate("ImportJob", "The import failed: {0}").format(
                    f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            job.succeeded.emit(result)
        finally:
            job._thread.quit()
            job.finished.emit()
