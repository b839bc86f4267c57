"""The one adapter between Fieldkit and pywikibot: a site for any MediaWiki API URL.

Everything that touches ``pywikibot`` goes through :class:`WikiClient`, so the rest of
the app sees plain values and exceptions with meaning (:class:`WikiUnavailable` = try
later, :class:`LoginFailed` = ask for a new password, :class:`WikiRefused` = this request
will never work as it is). All calls are blocking (network, pywikibot throttles sleep):
call them from worker threads only, never from the GUI thread.

pywikibot's configuration is process-global (see :mod:`desktop_app.wiki.home`):
one account per process. Each client owns its site object (and the password kept in
memory for re-login), but pywikibot's cookie jar is shared: the first login of a client
always checks its password afresh; when a request later finds the session gone (another
client of the process logged in meanwhile), the client uses that session if it is the same
account's instead of logging in again, so the app's runners (the sync monitor, the upload
worker) do not end each other's sessions in turn. How the site logs in is
:mod:`desktop_app.wiki.session`; this module holds the calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.system.logs import register_secret
from desktop_app.wiki import home as pywikibot_home
from desktop_app.wiki.errors import (
    LoginFailed,
    WikiError,
    WikiRefused,
    wiki_errors,
)
from desktop_app.wiki.session import fieldkit_site_class, leave_throttle_at_exit

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WikiAccount:
    """Where and as whom: the API URL and the login name (``User@BotName`` for bot passwords)."""

    api_url: str
    username: str

    @property
    def main_username(self) -> str:
        """The wiki account the login name belongs to."""
        return pywikibot_home.main_username(self.username)


class WikiClient:
    """Blocking access to one wiki as one account; use from worker threads only."""

    def __init__(self, home: Path, account: WikiAccount, password: str | None) -> None:
        self.home = home
        self.account = account
        self._password = password
        if password:
            register_secret(password)
        self._site: Any = None

    @property
    def site(self) -> Any:
        """The pywikibot ``APISite`` (for the upload engine); :meth:`connect` first."""
        if self._site is None:
            raise WikiError("not connected: call connect() first")
        return self._site

    def connect(self) -> None:
        """Build the site and, with a password, log in afresh (so a bad password shows).

        Raises :class:`WikiUnavailable`, :class:`LoginFailed` or :class:`WikiError`.
        """
        pywikibot_home.activate_home(self.home, [(self.account.api_url, self.account.username)])
        from pywikibot.tools import normalize_username

        name = pywikibot_home.family_name(self.account.api_url)
        site_class = fieldkit_site_class()
        with wiki_errors():
            # Deliberately not pywikibot.Site(): its cache would share one site object
            # (and the password kept for re-login) between clients, e.g. a connectivity
            # check with a mistyped password would break the outbox's session.
            site = site_class(
                code=name, fam=name, user=normalize_username(self.account.main_username)
            )
            leave_throttle_at_exit(site)
            if self._password:
                site.fieldkit_login = (self.account.username, self._password)
                site.login()
            self._site = site

    def close(self) -> None:
        """Forget the site and the password held for re-login (no network)."""
        if self._site is not None:
            self._site.fieldkit_login = None
        self._site = None
        self._password = None

    def _request(self, *, retry: bool = True, **parameters: Any) -> dict[str, Any]:
        """One API call through pywikibot (throttle, maxlag, tokens, re-login), fresh.

        ``retry=False`` is for writes that are not idempotent: pywikibot would re-send
        them after a lost answer, and an edit that had arrived would then be saved twice.
        The failure goes to the caller instead, which looks before it sends again.
        """
        with wiki_errors():
            request = self.site.simple_request(formatversion=2, **parameters)
            if not retry:
                request.max_retries = 0
            result: dict[str, Any] = request.submit()
            return result

    def _latest(self, title: str, with_content: bool) -> dict[str, Any] | None:
        props = "ids|content" if with_content else "ids"
        result = self._request(
            action="query", prop="revisions", titles=title, rvprop=props, rvslots="main"
        )
        page = result["query"]["pages"][0]
        if page.get("missing") or page.get("invalid") or not page.get("revisions"):
            if page.get("invalid"):
                raise WikiRefused("invalidtitle", str(page.get("invalidreason", title)))
            return None
        revision: dict[str, Any] = page["revisions"][0]
        return revision

    def page_text(self, title: str) -> str | None:
        """The current wikitext of a page, read fresh from the wiki; ``None`` if missing."""
        revision = self._latest(title, with_content=True)
        return None if revision is None else str(revision["slots"]["main"]["content"])

    def page_latest_revision(self, title: str) -> int | None:
        """The current revision id of a page; ``None`` if missing."""
        revision = self._latest(title, with_content=False)
        return None if revision is None else int(revision["revid"])

    def _csrf_token(self) -> str:
        """The edit token, fetched again if pywikibot re-logged in while fetching it."""
        with wiki_errors():
            try:
                return str(self.site.tokens["csrf"])
            except KeyError:
                # pywikibot 11.9: a session lost elsewhere (e.g. another login in this
                # process) is noticed inside the token query; it logs in again, but that
                # query's answer is the anonymous one and raises KeyError.
                self.site.tokens.clear()
                return str(self.site.tokens["csrf"])

    def append_section(self, title: str, section_title: str, text: str, summary: str) -> int:
        """Add a NEW section to a page (created if missing); returns the new revision id.

        Uses ``action=edit&section=new``: the server appends atomically, so concurrent
        edits are never overwritten and no edit conflict can arise. Raises
        :class:`LoginFailed` without a login: an edit must never go out as an IP.
        """
        if self.site.user() is None:
            raise LoginFailed("not logged in: a password is needed to edit")
        parameters: dict[str, Any] = dict(
            action="edit",
            title=title,
            section="new",
            sectiontitle=section_title,
            text=text,
            summary=summary,
            bot=self.site.has_right("bot"),
            notminor=True,
        )
        try:
            result = self._request(retry=False, token=self._csrf_token(), **parameters)
        except LoginFailed as refused:
            if refused.code != "badtoken":
                raise
            # The session changed under us (re-login): nothing was saved, so one retry
            # with a freshly fetched token is safe.
            self.site.tokens.clear()
            result = self._request(retry=False, token=self._csrf_token(), **parameters)
        edit = result.get("edit", {})
        if edit.get("result") != "Success":
            code = str(edit.get("code") or ("captcha" if "captcha" in edit else "editfailed"))
            raise WikiRefused(code, str(edit.get("info") or edit))
        if edit.get("nochange"):
            latest = self.page_latest_revision(title)
            if latest is None:
                raise WikiError(f"edit of {title!r} reported no change and no page")
            return latest
        return int(edit["newrevid"])

    def latest_with_text(self, title: str) -> tuple[int, str] | None:
        """``(revision id, wikitext)`` of the page now; ``None`` if missing (one request)."""
        revision = self._latest(title, with_content=True)
        if revision is None:
            return None
        return int(revision["revid"]), str(revision["slots"]["main"]["content"])

    def section_at(self, revision: int, section: int) -> str:
        """The wikitext of section ``section`` (MediaWiki's number) in one revision."""
        result = self._request(
            action="query",
            prop="revisions",
            revids=revision,
            rvprop="content",
            rvslots="main",
            rvsection=section,
        )
        pages = result["query"].get("pages", [])
        revisions = pages[0].get("revisions", []) if pages else []
        if not revisions:
            raise WikiRefused("nosuchrevid", f"revision {revision} or section {section} is gone")
        return str(revisions[0]["slots"]["main"]["content"])

    def edit_section(
        self, title: str, section: int, text: str, *, base_revision: int, summary: str
    ) -> int:
        """Replace section ``section`` as it was in ``base_revision``; the new revision id.

        MediaWiki merges the change into edits made since ``base_revision`` and answers
        ``editconflict`` (an :class:`EditConflict`) when it cannot; then read again and
        retry. Not retried after a lost answer: the caller looks before sending again.
        """
        if self.site.user() is None:
            raise LoginFailed("not logged in: a password is needed to edit")
        parameters: dict[str, Any] = dict(
            action="edit",
            title=title,
            section=section,
            text=text,
            summary=summary,
            baserevid=base_revision,
            nocreate=True,
            bot=self.site.has_right("bot"),
            notminor=True,
        )
        result = self._request(retry=False, token=self._csrf_token(), **parameters)
        edit = result.get("edit", {})
        if edit.get("result") != "Success":
            code = str(edit.get("code") or "editfailed")
            raise WikiRefused(code, str(edit.get("info") or edit))
        if edit.get("nochange"):
            return int(edit.get("oldrevid") or self.page_latest_revision(title) or 0)
        return int(edit["newrevid"])

    def find_revision_containing(
        self, title: str, marker: str, max_revisions: int = 200, batch_size: int = 50
    ) -> int | None:
        """The revision that added ``marker`` to the page, if a recent one did.

        For idempotency after a lost reply: walks the history from the newest revision
        back while the marker is present, and returns the oldest of that run.
        """
        found: int | None = None
        seen = 0
        extra: dict[str, Any] = {}
        while seen < max_revisions:
            result = self._request(
                action="query",
                prop="revisions",
                titles=title,
                rvprop="ids|content",
                rvslots="main",
                rvlimit=min(batch_size, max_revisions - seen),
                **extra,
            )
            page = result["query"]["pages"][0]
            for revision in page.get("revisions", []):
                seen += 1
                content = revision.get("slots", {}).get("main", {}).get("content", "")
                if marker not in content:
                    return found
                found = int(revision["revid"])
            if "continue" not in result:
                break
            extra = dict(result["continue"])
        return found

    def page_url(self, title: str) -> str:
        """The address of the page for a browser."""
        import pywikibot

        with wiki_errors():
            return str(pywikibot.Page(self.site, title).full_url())

    def site_info(self) -> dict[str, Any]:
        """Name, software version and upload settings of the wiki (cached by pywikibot)."""
        with wiki_errors():
            general = self.site.siteinfo["general"]
            return {
                "sitename": general.get("sitename"),
                "generator": general.get("generator"),
                "server": general.get("server"),
                "max_upload_size": general.get("maxuploadsize"),
                "file_extensions": list(self.site.file_extensions),
            }


class LazyClient:
    """A client made on first use (so a pass with nothing to send costs no network).

    ``factory`` builds and connects it; a failure is raised again on each call until a
    call succeeds, and a connected client is kept for the rest of the pass.
    """

    def __init__(self, factory: Callable[[], WikiClient]) -> None:
        self._factory = factory
        self._client: WikiClient | None = None

    def __call__(self) -> WikiClient:
        if self._client is None:
            self._client = self._factory()
        return self._client
