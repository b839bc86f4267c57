"""pywikibot's ``Request`` as Fieldkit sends it: the wiki's own answer to a rate limit or a
read-only wiki at once, and upload requests built around one copy of their file data.
"""

from __future__ import annotations

import uuid
from typing import Any

_gate_request: type | None = None


def multipart_body(params: dict[str, Any], files: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    """A ``multipart/form-data`` body: the parameters, then each file part as it is.

    pywikibot builds it with the ``email`` package, which holds five or six copies of a
    chunk at once and ends each part with a bare LF, after which PHP drops a chunk's last
    CR; this joins the pieces once with CRLF framing (measured on PHP 8.2: chunks ending
    in CR, LF or CRLF arrive byte for byte), so memory stays near twice the chunk.
    ``files`` maps a name to ``(content, (maintype, subtype), {"filename": ...})``.
    """
    boundary = f"fieldkit-{uuid.uuid4().hex}"
    pieces: list[bytes] = []
    for name, value in params.items():
        data = value if isinstance(value, bytes) else str(value).encode("utf-8")
        pieces += [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode(),
            data,
            b"\r\n",
        ]
    for name, (content, (maintype, subtype), extra) in files.items():
        disposition = f'form-data; name="{name}"' + "".join(
            f'; {key}="{value}"' for key, value in (extra or {}).items()
        )
        head = (
            f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
            f"Content-Type: {maintype}/{subtype}\r\n\r\n"
        )
        pieces += [head.encode(), content, b"\r\n"]
    pieces.append(f"--{boundary}--\r\n".encode())
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}", "MIME-Version": "1.0"}
    return headers, b"".join(pieces)


def gate_request_class() -> type:
    """pywikibot's ``Request``, except that ``ratelimited`` and ``readonly`` raise at once,
    and that a request marked ``lean_body`` is built around one copy of its file data
    (:func:`multipart_body`).

    pywikibot sleeps and retries both inside the request (a read-only wiki even refuses
    the login), then gives up with an ``ApiTimeoutError`` that says neither; we want the
    wiki's own answer, so that the caller can hold its queue with the reason and a time.
    """
    global _gate_request
    if _gate_request is not None:
        return _gate_request
    from pywikibot.data.api import Request
    from pywikibot.exceptions import APIError

    class GateRequest(Request):  # type: ignore[misc]
        # Only our upload engine's requests (wiki.uploads) are built lean: pywikibot's own
        # uploader pads its last chunk for its own framing and must keep that framing.
        lean_body = False

        def _get_request_params(self, use_get: bool, paramstring: str) -> tuple[Any, ...]:
            if self.mime is None or not self.lean_body:
                return tuple(super()._get_request_params(use_get, paramstring))
            headers, body = multipart_body(self._encoded_items(), self.mime)
            return False, self.site.apipath(), body, headers  # file data: always a POST

        def _ratelimited(self) -> None:
            raise APIError(**self.last_error)

        def _internal_api_error(self, code: str, error: dict[str, Any], result: Any) -> bool:
            if code == "readonly":
                raise APIError(**error)
            return bool(super()._internal_api_error(code, error, result))

    _gate_request = GateRequest
    return GateRequest
