"""Alembic environment: runs on the connection handed over in ``config.attributes``.

Fieldkit hands over a connection whose transaction is already open and includes DDL
(``store.migrating``): Alembic then runs every pending revision and the version stamps
inside it, and the caller commits once. Alembic's own command line (a developer's
``alembic upgrade``) gets an engine built from the URL instead.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.engine import make_url

from desktop_app.store.migrating import atomic_engine
from desktop_app.store.models import Base

config = context.config


def run_on(connection: Connection) -> None:
    # render_as_batch lets ALTER TABLE work on SQLite by copying the table.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


given = config.attributes.get("connection")
if given is not None:
    run_on(given)
else:
    url = make_url(config.get_main_option("sqlalchemy.url") or "sqlite://")
    engine = atomic_engine(Path(url.database) if url.database else None)
    with engine.begin() as opened:
        run_on(opened)
    engine.dispose()
