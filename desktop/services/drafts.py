"""Unsaved text kept on disk while it is typed, so a crash or a flat battery costs nothing.

A meeting's outcome typed in the taxi after the meeting exists nowhere else until it is saved. The editors
hand what they hold to a ``DraftStore`` a moment after each change; a save, or a deliberate discard, takes
the draft away. A draft still there when the editor next opens was left by a session that ended without
either, and the editor offers it back.

Drafts are the user's own unsaved work: they live in the user's settings folder (not in the shared database
file, which another laptop may open), one private JSON file per database, replaced atomically on each write.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = 1
STALE_PART_SECONDS = 60  # older than any write in progress


@dataclass(frozen=True)
class Draft:
    key: str
    saved_at: dt.datetime  # aware, UTC
    data: dict[str, Any]


class DraftStore:
    """The drafts of one database, in one file. Every write replaces the file whole (written aside,
    flushed to disk, then renamed over it), so a crash mid-write leaves the previous drafts intact."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def get(self, key: str) -> Draft | None:
        entry = self._read().get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("data"), dict):
            return None
        try:
            saved_at = dt.datetime.fromisoformat(str(entry.get("saved_at")))
        except ValueError:
            saved_at = dt.datetime.fromtimestamp(0, dt.UTC)
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=dt.UTC)
        return Draft(key, saved_at, entry["data"])

    def put(self, key: str, data: dict[str, Any], *, now: dt.datetime | None = None) -> None:
        drafts = self._read()
        saved_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        drafts[key] = {"saved_at": saved_at.isoformat(), "data": data}
        self._write(drafts)

    def discard(self, key: str) -> None:
        drafts = self._read()
        if drafts.pop(key, None) is not None:
            self._write(drafts)

    def keys(self) -> list[str]:
        return sorted(self._read())

    def _read(self) -> dict[str, Any]:
        try:
            text = self.file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.error("drafts cannot be read: %s", exc.strerror or exc)
            return {}
        try:
            content = json.loads(text)
            if not isinstance(content, dict) or not isinstance(content.get("drafts"), dict):
                raise ValueError("not a drafts file")
        except ValueError:
            # Keep what cannot be read for support rather than overwrite it; start again empty.
            aside = self.file.with_name(f"{self.file.name}.unreadable-{os.getpid()}")
            with contextlib.suppress(OSError):
                os.replace(self.file, aside)
            log.error("an unreadable drafts file was set aside (%s)", aside.name)
            return {}
        return dict(content["drafts"])

    def _write(self, drafts: dict[str, Any]) -> None:
        folder = self.file.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for stale in folder.glob(f".{self.file.name}.*.part"):  # left by a session killed mid-write
            with contextlib.suppress(OSError):
                if time.time() - stale.stat().st_mtime > STALE_PART_SECONDS:
                    stale.unlink()
        text = json.dumps({"format": FORMAT, "drafts": drafts}, ensure_ascii=False, default=str)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.file.name}.", suffix=".part", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp: readable by its owner only
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        with contextlib.suppress(OSError):  # the rename itself on disk (POSIX)
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def store_for(folder: Path, database: Path | None) -> DraftStore:
    """The draft store of a database file (by its absolute path) in ``folder``."""
    name = str(database.resolve()) if database is not None else ":memory:"
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    stem = database.stem if database is not None else "memory"
    return DraftStore(folder / f"{stem}-{digest}.json")
