"""Local storage: SQLite through SQLAlchemy 2.x, schema managed by Alembic.

The database is the source of truth for everything the user has done; widgets and the
network only ever reflect it. Nothing is imported here, so that a light reader (the
window's first paint, the quick CLI reads in :mod:`desktop_app.store.light_reads`) can use
one store module without loading SQLAlchemy.
"""
