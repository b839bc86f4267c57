"""Where passwords go when the system has no keyring: an encrypted file in the data folder.

Minimal Linux desktops often have no Secret Service, and an app started from a menu
cannot be given ``FIELDKIT_PASSWORD``. So Fieldkit keeps the wiki's and the mail
server's passwords in ``passwords.fernet`` in its data folder, encrypted with a key
derived from a passphrase the user chooses: scrypt (memory-hard, so guessing is slow even
with the file in hand) and Fernet (AES with an HMAC: a wrong passphrase or a changed
file is noticed, never decrypted into garbage), both from the well-kept ``cryptography``
package rather than our own cryptography. The passphrase is typed once per session
(the app asks at start; ``fieldkit`` reads ``FIELDKIT_PASSPHRASE`` or asks on a
terminal); only the derived key stays in memory, and only for this process.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.system.atomic_files import write_bytes_atomically
from desktop_app.system.logs import register_secret

if TYPE_CHECKING:  # imported when a password file is used: not at every start
    from cryptography.fernet import Fernet

FILE_NAME = "passwords.fernet"
FORMAT = "fieldkit-password-file"
# scrypt's cost: 2**15 × 8 × 128 bytes = 32 MiB and ~0.1 s here; a few seconds of guessing
# per thousand passphrases even on good hardware, and fine on an old laptop once a session.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE_LENGTH = 8


class PasswordFileError(Exception):
    """The password file cannot be used (see the subclasses)."""


class WrongPassphrase(PasswordFileError):
    """The passphrase does not open the file (or the file was changed)."""


class LockedPasswordFile(PasswordFileError):
    """The file exists but was not unlocked in this session: the passphrase is needed."""


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    derived = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return base64.urlsafe_b64encode(derived)


class PasswordFile:
    """One encrypted file of passwords, locked until :meth:`unlock` or :meth:`create`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._fernet: Fernet | None = None
        self._header: dict[str, Any] = {}
        self._entries: dict[str, str] = {}

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    @property
    def unlocked(self) -> bool:
        return self._fernet is not None

    def create(self, passphrase: str) -> None:
        """Start a new, empty file locked with ``passphrase`` (replaces an unreadable one)."""
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise PasswordFileError(
                f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters."
            )
        register_secret(passphrase)
        salt = secrets.token_bytes(16)
        header = {
            "format": FORMAT,
            "version": 1,
            "kdf": {
                "name": "scrypt",
                "salt": base64.b64encode(salt).decode("ascii"),
                "n": SCRYPT_N,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
            },
        }
        from cryptography.fernet import Fernet

        fernet = Fernet(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
        with self._lock:
            self._fernet, self._header, self._entries = fernet, header, {}
            self._write()

    def unlock(self, passphrase: str) -> None:
        """Open the file for this session; raises :class:`WrongPassphrase`."""
        from cryptography.fernet import Fernet, InvalidToken

        register_secret(passphrase)
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
            kdf = stored["kdf"]
            salt = base64.b64decode(kdf["salt"])
            fernet = Fernet(_key(passphrase, salt, int(kdf["n"]), int(kdf["r"]), int(kdf["p"])))
            plain = json.loads(fernet.decrypt(stored["data"].encode("ascii")))
        except InvalidToken as error:
            raise WrongPassphrase("This passphrase does not open the password file.") from error
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise PasswordFileError(
                f"The password file {self.path} is unreadable: {error}"
            ) from error
        entries = {str(key): str(value) for key, value in plain["entries"].items()}
        for password in entries.values():
            register_secret(password)
        with self._lock:
            self._fernet, self._entries = fernet, entries
            self._header = {key: value for key, value in stored.items() if key != "data"}

    def lock(self) -> None:
        """Forget the key and the passwords (the end of a session)."""
        with self._lock:
            self._fernet, self._entries = None, {}

    def get(self, service: str, username: str) -> str | None:
        with self._lock:
            self._require_unlocked()
            return self._entries.get(_entry(service, username))

    def set(self, service: str, username: str, password: str) -> None:
        register_secret(password)
        with self._lock:
            self._require_unlocked()
            self._entries[_entry(service, username)] = password
            self._write()

    def delete(self, service: str, username: str) -> None:
        with self._lock:
            if self._fernet is None or self._entries.pop(_entry(service, username), None) is None:
                return
            self._write()

    def _require_unlocked(self) -> None:
        if self._fernet is None:
            raise LockedPasswordFile(
                "The password file is locked: type its passphrase (Fieldkit asks when it "
                "starts), or set FIELDKIT_PASSPHRASE for the command line."
            )

    def _write(self) -> None:
        assert self._fernet is not None
        plain = json.dumps({"entries": self._entries}).encode("utf-8")
        stored = dict(self._header, data=self._fernet.encrypt(plain).decode("ascii"))
        text = json.dumps(stored, indent=2) + "\n"
        write_bytes_atomically(self.path, text.encode("ascii"), private=True)


def _entry(service: str, username: str) -> str:
    return f"{service.strip()}\n{username.strip()}"


def default_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def passphrase_from_environment() -> str | None:
    """``FIELDKIT_PASSPHRASE``, for scripts and CI (a terminal may be asked instead)."""
    return os.environ.get("FIELDKIT_PASSPHRASE") or None
