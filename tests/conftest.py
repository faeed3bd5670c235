"""Shared fixtures. Qt must be told to draw offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui import qt_fixes  # noqa: E402

qt_fixes.apply()  # PySide6 6.12.0's emit() leaks references to True: the suite emits thousands of signals

from db.database import Database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "trip.sqlite3"


@pytest.fixture
def database(db_path) -> Database:
    database = open_database(db_path)
    yield database
    database.close()
