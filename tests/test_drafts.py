"""Drafts: unsaved text kept on disk while it is typed; a crash mid-write or an unreadable file loses
nothing already kept."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time

from desktop.services.drafts import DraftStore, store_for


def test_put_get_discard_round_trip_with_long_and_hostile_text(tmp_path):
    store = store_for(tmp_path / "drafts", tmp_path / "trip.sqlite3")
    text = "<b>&amp; 陈立华 — Conceição</b>\n" * 1000  # 30,000 characters, markup taken literally
    at = dt.datetime(2024, 9, 12, 17, 5, tzinfo=dt.UTC)
    store.put("meeting:3", {"outcome_notes": text, "ours": [1, 2]}, now=at)
    store.put("meeting:4", {"outcome_notes": "short"})
    again = DraftStore(store.file)  # another session reads what this one kept
    draft = again.get("meeting:3")
    assert draft is not None and draft.data == {"outcome_notes": text, "ours": [1, 2]}
    assert draft.saved_at == at
    assert again.keys() == ["meeting:3", "meeting:4"]
    again.discard("meeting:3")
    assert store.get("meeting:3") is None and store.get("meeting:4") is not None
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.file.parent.stat().st_mode) == 0o700


def test_each_database_has_its_own_drafts(tmp_path):
    a = store_for(tmp_path, tmp_path / "a.sqlite3")
    b = store_for(tmp_path, tmp_path / "b.sqlite3")
    a.put("meeting:1", {"title": "A"})
    assert b.get("meeting:1") is None and a.file != b.file


def test_an_unreadable_file_is_set_aside_and_the_store_starts_again(tmp_path):
    store = DraftStore(tmp_path / "drafts.json")
    store.file.write_text("{ not json", encoding="utf-8")
    assert store.get("meeting:1") is None
    store.put("meeting:1", {"title": "kept"})
    assert store.get("meeting:1").data == {"title": "kept"}
    aside = [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{ not json"


def test_killed_while_writing_drafts_over_and_over_the_file_stays_whole(tmp_path):
    """SIGKILL a process that rewrites its drafts as fast as it can, 20 times at random moments: the
    file is always a whole drafts file holding the last draft or an earlier one, never half of one."""
    file = tmp_path / "drafts.json"
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {os.getcwd()!r})
        from pathlib import Path
        from desktop.services.drafts import DraftStore
        store = DraftStore(Path({str(file)!r}))
        n = 0
        while True:
            n += 1
            store.put("meeting:1", {{"n": n, "outcome_notes": "x" * 5000}})
            if n == 3:
                print("ready", flush=True)
        """
    )
    rng = random.Random(6)
    last = 0
    for _ in range(20):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        draft = DraftStore(file).get("meeting:1")
        assert draft is not None and draft.data["outcome_notes"] == "x" * 5000
        assert draft.data["n"] >= 3 and not list(tmp_path.glob("*.unreadable-*"))
        last = draft.data["n"]
    assert last >= 3
