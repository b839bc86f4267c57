"""The one gate to the wiki: every pywikibot call and every wiki error passes here (no Qt)."""
