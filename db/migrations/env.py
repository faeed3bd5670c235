"""Alembic environment: the application passes its connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import db.models  # noqa: F401  (registers every table)
from db.models.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # command-line use: `alembic -x url=sqlite:///file.sqlite3 upgrade head`
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///delegation-desk.sqlite3")
        with create_engine(url).connect() as conn, conn.begin():
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
        compare_type=True,
    )
    context.run_migrations()


run_migrations_online()
