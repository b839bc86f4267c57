"""Work that travels without a network (issue 14): bundles out, bundles in, receipts back.

``export`` and ``importing`` are the two use cases the GUI and ``fieldkit bundle`` call;
``receipts`` the way back; ``conflicts`` the user's answers. See ``docs/bundles.md``.
"""
