"""Personal data stays private: the default data folder is 0700, database files 0600, and the support log
holds tracebacks but no names."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DELEGATION_DESK_DB"}
    env.update(
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        PYTHONPATH=str(ROOT),
    )
    return env


def test_first_use_creates_a_private_folder_and_file(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "trips"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "data" / "delegation-desk"
    database = folder / "delegation-desk.sqlite3"
    assert _mode(folder) == 0o700
    assert _mode(database) == 0o600
    for companion in folder.glob("delegation-desk.sqlite3-*"):
        assert _mode(companion) & 0o077 == 0, companion


def test_the_log_keeps_the_traceback_but_not_the_personal_message(tmp_path):
    code = (
        "import logging\n"
        "from desktop.logs import setup_logging\n"
        "print(setup_logging())\n"
        "try:\n"
        "    raise ValueError('José Conceição <jose@example.pt>')\n"
        "except ValueError:\n"
        "    logging.getLogger('test').error('saving a contact failed', exc_info=True)\n"
        "raise KeyError('王建国')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=_env(tmp_path), timeout=60
    )
    log_file = Path(result.stdout.strip())
    assert log_file.is_relative_to(tmp_path / "state")
    assert _mode(log_file) == 0o600 and _mode(log_file.parent) == 0o700
    text = log_file.read_text(encoding="utf-8")
    assert "saving a contact failed" in text and "ValueError (message withheld)" in text
    assert "Traceback" in text and "KeyError (message withheld)" in text  # the uncaught one too
    for personal in ("José", "jose@example.pt", "王建国"):
        assert personal not in text
    # the user sees one plain line, no traceback
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "unexpected error (KeyError)" in result.stderr
