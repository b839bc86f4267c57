"""The first start: a short, skippable welcome, and the sample partnership's "Remove sample".

``dialog.py`` holds the three pages together (``language_page``, ``wiki_page``,
``partnership_page``); ``first_run.py`` wires them to the main window; ``sample_banner``
offers the removal. What is remembered lives in services (``services/first_run.py``,
``services/sample.py``), so the CLI and tests reach the same behaviour without Qt.
"""
