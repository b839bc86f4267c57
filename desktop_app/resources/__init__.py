"""Data the app ships: checklist templates, guides, the licence catalogue, file types.

Data files only, inside the package so wheels and bundles carry them; read them through
:mod:`desktop_app.store.bundled` (``importlib.resources``), never by path.
"""
