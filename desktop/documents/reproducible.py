"""The reproducible-builds convention: with ``SOURCE_DATE_EPOCH`` set, a document's dates come from it and
the PDF carries no varying timestamp or id, so the same data gives the same bytes."""

from __future__ import annotations

import datetime as dt
import os


def source_date_epoch() -> int | None:
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def invariant() -> bool:
    return source_date_epoch() is not None


def today() -> dt.date:
    """The date printed as 'prepared on' and used to tell what is overdue."""
    epoch = source_date_epoch()
    if epoch is not None:
        return dt.datetime.fromtimestamp(epoch, dt.UTC).date()
    return dt.date.today()
