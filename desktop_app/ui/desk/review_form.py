"""One reviewer's review of a request: a score (1–5) and a comment per criterion, and the
reviews given so far. Kept on this computer (exported only in the committee pack)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.desk import CRITERIA, SCORE_MAX, SCORE_MIN
from desktop_app.services.desk.views import DeskRequestDetail
from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.bidi import follow_text_direction
from desktop_app.ui.desk.texts import criterion_text
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.text_patterns import clauses, labelled


class ReviewForm(Retranslatable, QWidget):
    """``review_saved(reviewer, scores, comments)`` when Save is pressed."""

    review_saved = Signal(str, dict, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewer_label = QLabel(self)
        self.reviewer_edit = QLineEdit(self)
        self.reviewer_edit.setObjectName("deskReviewer")
        self.reviewer_label.setBuddy(self.reviewer_edit)
        grid = QGridLayout()
        grid.addWidget(self.reviewer_label, 0, 0)
        grid.addWidget(self.reviewer_edit, 0, 1, 1, 2)
        self.criterion_labels: dict[str, QLabel] = {}
        self.score_spins: dict[str, QSpinBox] = {}
        self.comment_edits: dict[str, QLineEdit] = {}
        for row, criterion in enumerate(CRITERIA, start=1):
            label, spin, comment = QLabel(self), QSpinBox(self), QLineEdit(self)
            spin.setRange(SCORE_MIN, SCORE_MAX)
            spin.setValue((SCORE_MIN + SCORE_MAX) // 2)
            spin.setObjectName(f"deskScore_{criterion}")
            comment.setObjectName(f"deskComment_{criterion}")
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(comment, row, 2)
            self.criterion_labels[criterion] = label
            self.score_spins[criterion] = spin
            self.comment_edits[criterion] = comment
        grid.setColumnStretch(2, 1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("deskSaveReview")
        self.hint = body_label(self)
        self.reviews_view = QPlainTextEdit(self)
        self.reviews_view.setReadOnly(True)
        follow_text_direction(self.reviews_view)
        self.reviews_view.setObjectName("deskReviews")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.save_button)
        layout.addWidget(self.hint)
        layout.addWidget(self.reviews_view, 1)
        self.save_button.clicked.connect(self._save)
        self._detail: DeskRequestDetail | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        score = self.tr("A score from {low} (low) to {high} (high).").format(
            low=SCORE_MIN, high=SCORE_MAX
        )
        describe({spin: score for spin in self.score_spins.values()})
        describe(
            {
                self.reviewer_edit: self.tr("Your name as the reviewer."),
                self.reviews_view: self.tr("The reviews given so far."),
            }
        )
        self.reviewer_label.setText(self.tr("&Reviewer"))
        for criterion, label in self.criterion_labels.items():
            label.setText(criterion_text(criterion).replace("&", "&&"))  # no mnemonic
            self.comment_edits[criterion].setPlaceholderText(self.tr("Comment"))
            self.comment_edits[criterion].setAccessibleName(
                self.tr("Comment on {criterion}").format(criterion=criterion_text(criterion))
            )
        self.reviews_view.setAccessibleName(self.tr("Reviews so far"))
        self.save_button.setText(self.tr("Save review"))
        self.save_button.setToolTip(self.tr("Saves your scores for this request."))
        self.hint.setText(
            self.tr(
                "Scores from 1 (poor) to 5 (excellent). Reviews stay on this computer and go "
                "only into the committee pack."
            )
        )
        self.show_detail(self._detail)

    def show_detail(self, detail: DeskRequestDetail | None) -> None:
        self._detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.reviews_view.setPlainText("")
            return
        mine = self.reviewer_edit.text().strip()
        for review in detail.reviews:
            if review.reviewer == mine:
                self.score_spins[review.criterion].setValue(review.score)
                self.comment_edits[review.criterion].setText(review.comment)
        lines = []
        for reviewer in dict.fromkeys(review.reviewer for review in detail.reviews):
            parts = [
                f"{criterion_text(r.criterion)} {r.score}"
                + (f" ({r.comment})" if r.comment else "")
                for r in detail.reviews
                if r.reviewer == reviewer
            ]
            lines.append(labelled(reviewer, clauses(parts)))
        averages = detail.scores_by_criterion()
        if lines:
            lines.append(
                self.tr("Average: {scores}").format(
                    scores=clauses(
                        f"{criterion_text(c)} {averages[c]:g}"
                        for c in CRITERIA
                        if averages[c] is not None
                    )
                )
            )
        self.reviews_view.setPlainText("\n".join(lines) or self.tr("No reviews yet."))

    def _save(self) -> None:
        scores = {criterion: spin.value() for criterion, spin in self.score_spins.items()}
        comments = {criterion: edit.text() for criterion, edit in self.comment_edits.items()}
        self.review_saved.emit(self.reviewer_edit.text().strip(), scores, comments)
