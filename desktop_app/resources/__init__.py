"""Data the app ships: checklist templates, guides, the licence catalogue, file types and
the compiled interface translations (``translations/*.qm``, built from the repository's
``translations/*.ts`` by ``scripts/translations.py build``).

Data files only, inside the package so wheels and bundles carry them; read them through
:mod:`desktop_app.store.bundled` (``importlib.resources``), never by path.
"""
