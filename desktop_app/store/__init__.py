"""Local storage: SQLite through SQLAlchemy 2.x, schema managed by Alembic.

The database is the source of truth for everything the user has done; widgets and the
network only ever reflect it. Open it with :func:`desktop_app.store.db.open_database` (or
:class:`desktop_app.store.context.AppContext`). The package itself imports nothing, so the
light reads (:mod:`desktop_app.store.light_reads`) start without SQLAlchemy.
"""
