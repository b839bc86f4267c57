"""Is the configured wiki reachable now, and do our credentials still work?

The probe is one ``action=query&meta=siteinfo`` GET with a short timeout, sent with the
standard library's ``urllib`` rather than ``pywikibot.comms.http``: importing pywikibot
fixes its home folder for the whole process and its request layer retries with back-off,
while a probe must be cheap, side-effect free and answer within ``timeout`` even for a URL
the user is still typing into the settings dialog. Not ``requests`` either: the window
probes when it opens and every minute after, and ``requests`` would add ~7 MB to an idle
window (issue 11). Certificates are checked against certifi's bundle, as ``requests`` (and so
pywikibot) does, so the probe and the sync agree on what is trusted, in the frozen bundle
too. Only when credentials are given is pywikibot involved (a
real login through :class:`~desktop_app.wiki.client.WikiClient`). Blocking: call it off
the GUI thread.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop_app import __version__

USER_AGENT = f"Fieldkit/{__version__} (connectivity check; https://www.mediawiki.org/)"


class Connectivity(enum.StrEnum):
    """What the sync layer may do right now."""

    ONLINE = "online"
    OFFLINE = "offline"
    LOGIN_FAILED = "login_failed"
    UNCONFIGURED = "unconfigured"


@dataclass(frozen=True)
class ConnectivityResult:
    """The state, a technical detail for logs/tooltips, and when it was measured."""

    state: Connectivity
    detail: str = ""
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def probe_api(api_url: str, timeout: float = 5.0) -> ConnectivityResult:
    """ONLINE if ``api_url`` answers as a MediaWiki API within ``timeout``, else OFFLINE."""
    # Here, not at the top: the window's start need not wait for them.
    import json
    import ssl
    import urllib.error
    import urllib.parse
    import urllib.request

    import certifi

    query = urllib.parse.urlencode({"action": "query", "meta": "siteinfo", "format": "json"})
    separator = "&" if urllib.parse.urlsplit(api_url).query else "?"
    request = urllib.request.Request(
        f"{api_url}{separator}{query}", headers={"User-Agent": USER_AGENT}
    )
    context = ssl.create_default_context(cafile=certifi.where())
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, b""
    except (OSError, ValueError) as error:  # URLError, timeouts, TLS, a malformed URL
        return ConnectivityResult(Connectivity.OFFLINE, f"{type(error).__name__}: {error}")
    if status >= 500:
        return ConnectivityResult(Connectivity.OFFLINE, f"HTTP {status}")
    try:
        general = json.loads(body)["query"]["general"]
    except (ValueError, KeyError, TypeError):
        # A captive portal or a wrong URL: from the app's point of view, not reachable.
        answer = f"HTTP {status}: not a MediaWiki API answer"
        return ConnectivityResult(Connectivity.OFFLINE, answer)
    return ConnectivityResult(Connectivity.ONLINE, str(general.get("generator", "MediaWiki")))


def check_connectivity(
    api_url: str,
    *,
    username: str | None = None,
    password: str | None = None,
    home: Path | None = None,
    timeout: float = 5.0,
) -> ConnectivityResult:
    """Probe the wiki; with credentials, also log in to tell LOGIN_FAILED from ONLINE.

    ``home`` is the pywikibot folder to use for the login (default: the data folder's).
    """
    if not api_url or not api_url.strip():
        return ConnectivityResult(Connectivity.UNCONFIGURED, "no wiki configured")
    probe = probe_api(api_url.strip(), timeout)
    if probe.state is not Connectivity.ONLINE or not (username and password):
        return probe

    from desktop_app.wiki.client import WikiAccount, WikiClient
    from desktop_app.wiki.errors import LoginFailed, WikiError

    if home is None:
        from desktop_app.system.paths import DataPaths, resolve_data_dir

        home = DataPaths(resolve_data_dir()).pywikibot_home
    client = WikiClient(home, WikiAccount(api_url.strip(), username), password)
    try:
        client.connect()
    except LoginFailed as error:
        return ConnectivityResult(Connectivity.LOGIN_FAILED, str(error))
    except WikiError as error:
        return ConnectivityResult(Connectivity.OFFLINE, str(error))
    finally:
        client.close()
    return ConnectivityResult(Connectivity.ONLINE, probe.detail)
