"""The pywikibot site Fieldkit logs in with, and the process-wide session it shares.

:class:`~desktop_app.wiki.client.WikiClient` makes its site here. The site logs in with a
password held in memory (never a console prompt, also when pywikibot re-logs in deep
inside a request), takes turns with the process's other logins (the cookie jar is
shared), reuses a sibling client's session when it is the same account's, and leaves
pywikibot's shared throttle file when the process exits.
"""

from __future__ import annotations

import atexit
import threading
from typing import Any
from urllib.parse import urlsplit

from desktop_app.wiki.errors import LoginFailed
from desktop_app.wiki.gate_request import gate_request_class

_site_class: type | None = None
# Logins in this process take turns: each clears the shared session cookies first, so two
# at once would end each other's sessions.
_login_lock = threading.RLock()
_throttle_dropped_at_exit = False


def leave_throttle_at_exit(site: Any) -> None:
    """Take this process out of pywikibot's shared throttle file when it exits.

    pywikibot multiplies every write delay by the number of processes listed in
    ``throttle.ctrl`` in the last 10 minutes, and removes an exiting process only for the
    sites in its own cache, which Fieldkit does not use: each ``fieldkit sync`` stayed
    listed and slowed the app and the next syncs (each round of two syncs took longer).
    """
    global _throttle_dropped_at_exit
    if not _throttle_dropped_at_exit:
        _throttle_dropped_at_exit = True
        atexit.register(site.throttle.drop)  # drops this pid's lines, for every site


def _forget_session_cookies(host: str) -> None:
    """Drop cookies for ``host`` from pywikibot's process-wide jar before a fresh login.

    MediaWiki aborts ``action=login`` inside an existing bot-password session ("Cannot
    log in when using BotPasswordSessionProvider sessions"), and the jar is shared by all
    clients. Other clients' write requests carry ``assert=user`` and log in again.
    """
    from pywikibot.comms import http

    for cookie in list(http.cookie_jar):
        domain = cookie.domain.lstrip(".")
        if host == domain or host.endswith("." + domain):
            http.cookie_jar.clear(cookie.domain, cookie.path, cookie.name)


def fieldkit_site_class() -> type:
    """An ``APISite`` that logs in with a password held in memory, never prompting.

    pywikibot's own ``login()`` asks on the console when no password file exists, and
    re-login after a lost session calls it from deep inside any request; this subclass
    answers both with the password the client was given. Its requests are the gate's
    (:func:`gate_request_class`).
    """
    global _site_class
    if _site_class is not None:
        return _site_class
    from pywikibot import login as pwb_login
    from pywikibot.site import APISite

    class FieldkitSite(APISite):  # type: ignore[misc]
        fieldkit_login: tuple[str, str] | None = None
        fieldkit_logged_in = False  # the password was checked by a login of this site

        @staticmethod
        def _request_class(kwargs: dict[str, Any]) -> type:
            chosen: type = APISite._request_class(kwargs)
            return gate_request_class() if chosen.__name__ == "Request" else chosen

        def login(
            self, autocreate: bool = False, user: str | None = None, *, cookie_only: bool = False
        ) -> None:
            if cookie_only or self.fieldkit_login is None:
                super().login(autocreate, user, cookie_only=cookie_only)
                return
            with _login_lock:
                if self.fieldkit_logged_in and self._fieldkit_session_is_ours():
                    # A sibling client of this process logged in again meanwhile (the
                    # cookie jar is shared): use that session instead of ending it.
                    self._loginstatus = pwb_login.LoginStatus.AS_USER
                    return
                self._fieldkit_login_afresh()

        def _fieldkit_session_is_ours(self) -> bool:
            del self.userinfo  # ask the wiki who the shared cookies make us
            return bool(self.userinfo.get("name") == self.username())

        def _fieldkit_login_afresh(self) -> None:
            assert self.fieldkit_login is not None
            login_name, password = self.fieldkit_login
            manager = pwb_login.ClientLoginManager(
                password=password, site=self, user=self.username()
            )
            manager.login_name = login_name  # "User@Bot" selects action=login
            _forget_session_cookies(urlsplit(f"//{self.hostname()}").hostname or "")
            try:
                manager.login_to_site()
            except Exception:
                self._loginstatus = pwb_login.LoginStatus.NOT_LOGGED_IN
                raise
            del self.userinfo  # reload: who are we now?
            if self.userinfo.get("name") != self.username():
                self._loginstatus = pwb_login.LoginStatus.NOT_LOGGED_IN
                raise LoginFailed(
                    f"logged in as {self.userinfo.get('name')!r}, not {self.username()!r}"
                )
            self._loginstatus = pwb_login.LoginStatus.AS_USER
            self.fieldkit_logged_in = True

    _site_class = FieldkitSite
    return FieldkitSite
