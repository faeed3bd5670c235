"""Progress and cancellation for a render running on a worker thread."""

from __future__ import annotations

from collections.abc import Callable

from desktop.documents.request import DocumentCancelled

STEPS = 100


class Progress:
    """Maps the stages of a render onto ``callback(done, STEPS)``, calling it only when the figure moves,
    and raises ``DocumentCancelled`` at the next check after ``cancelled()`` turns True."""

    def __init__(
        self,
        callback: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._callback = callback
        self._cancelled = cancelled
        self._done = -1
        self._start, self._end = 0.0, 1.0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise DocumentCancelled("document generation was cancelled")

    def stage(self, start: float, end: float) -> None:
        """Following ``report(fraction)`` calls fill [start, end] of the whole."""
        self._start, self._end = start, end
        self.report(0.0)

    def report(self, fraction: float) -> None:
        overall = self._start + (self._end - self._start) * max(0.0, min(1.0, fraction))
        done = int(overall * STEPS)
        if done > self._done:
            self._done = done
            if self._callback is not None:
                self._callback(done, STEPS)

    def finish(self) -> None:
        self._start = self._end = 1.0
        self.report(1.0)
