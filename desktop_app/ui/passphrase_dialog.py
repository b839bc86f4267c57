"""The passphrase of Fieldkit's password file: chosen once, typed once per session.

Only where the system has no keyring (``services.account.password_storage``): the wiki's
and the mail server's passwords then live in an encrypted file in the data folder. The
dialog says where and why, takes the passphrase, and unlocks the file off the GUI thread
(the key derivation is slow on purpose); a wrong passphrase is said in the dialog, which
stays open for another try.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.account import (
    MIN_PASSPHRASE_LENGTH,
    PasswordError,
    WrongPassphrase,
    passphrase_asked_at_start,
    password_storage,
    unlock_passwords,
)
from desktop_app.ui.operations import OpContext, run_in_background
from desktop_app.ui.requests.field_row import ERROR_STYLE

INTRO_WIDTH = 480


class PassphraseDialog(QDialog):
    """Choose (``create``) or type the passphrase; ``unlocked`` once the file is open."""

    unlocked = Signal()

    def __init__(self, parent: QWidget | None, *, create: bool, path: Path | None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._create = create
        self.setWindowTitle(self.tr("Passphrase for your passwords"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("passphraseIntro")
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setObjectName("passphraseAgainEdit")
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        passphrase_label = QLabel(self.tr("&Passphrase"), self)
        passphrase_label.setBuddy(self.passphrase_edit)
        form.addRow(passphrase_label, self.passphrase_edit)
        if create:
            again_label = QLabel(self.tr("&Again"), self)
            again_label.setBuddy(self.again_edit)
            form.addRow(again_label, self.again_edit)
        else:
            self.again_edit.hide()
        layout = QVBoxLayout(self)
        # A wrapped label only gets its full height when the dialog is sized for it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro.setMinimumWidth(INTRO_WIDTH)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        where = str(path) if path is not None else ""
        if create:
            self.intro.setText(
                self.tr(
                    "This computer has no system keyring, so Fieldkit keeps the wiki and mail "
                    "passwords in an encrypted file in its data folder:\n{path}\n\n"
                    "Choose a passphrase to lock it (at least {length} characters). You type "
                    "it once each time Fieldkit starts; without it nobody can read the "
                    "passwords in the file, and Fieldkit cannot send. A forgotten passphrase "
                    "cannot be recovered: you would enter the passwords again."
                ).format(path=where, length=MIN_PASSPHRASE_LENGTH)
            )
        else:
            self.intro.setText(
                self.tr(
                    "This computer has no system keyring, so Fieldkit keeps the wiki and mail "
                    "passwords in an encrypted file in its data folder:\n{path}\n\n"
                    "Type its passphrase to use them until Fieldkit is closed."
                ).format(path=where)
            )
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.setFocus()

    def _try(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self._create and len(passphrase) < MIN_PASSPHRASE_LENGTH:
            self._say(
                self.tr("The passphrase must have at least {length} characters.").format(
                    length=MIN_PASSPHRASE_LENGTH
                )
            )
            return
        if self._create and self.again_edit.text() != passphrase:
            self._say(self.tr("The two passphrases are not the same."))
            return
        self.buttons.setEnabled(False)
        self.problem.hide()

        def unlock(_op: OpContext) -> None:
            unlock_passwords(passphrase)

        run_in_background(
            unlock,
            success=self._on_unlocked,
            failure=self._on_failed,
            name="unlock-passwords",
            owner=self,
        )

    def _on_unlocked(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.passphrase_edit.clear()
        self.again_edit.clear()
        self.accept()
        self.unlocked.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self._say(self.tr("This passphrase does not open the password file. Try again."))
        elif isinstance(error, PasswordError):
            self._say(self.tr("The password file cannot be used: {error}").format(error=error))
        else:
            raise error
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def ask_for_passphrase(
    parent: QWidget, on_unlocked: Callable[[], None], *, at_start: bool = False
) -> PassphraseDialog | None:
    """Open the dialog if the password file needs its passphrase (``at_start``: only when
    it holds passwords already); ``None`` when nothing needs asking."""
    if at_start and not passphrase_asked_at_start():
        return None  # before password_storage(): at start, no keyring lookup if not needed
    storage = password_storage()
    if not storage.needs_passphrase:
        return None
    dialog = PassphraseDialog(parent, create=not storage.exists, path=storage.path)
    dialog.unlocked.connect(on_unlocked)
    dialog.open()
    return dialog
