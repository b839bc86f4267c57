"""Local storage: SQLite through SQLAlchemy 2.x, schema managed by Alembic.

The database is the source of truth for everything the user has done; widgets and the
network only ever reflect it.
"""

from desktop_app.store.db import Database, open_database

__all__ = ["Database", "open_database"]
