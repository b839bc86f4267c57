"""The committee pack: each request with its description, justification, scores by
criterion and reviewer, and the decision — as one self-contained HTML page or CSV rows.

Pure rendering of plain values (the service gathers them, ``documents`` lays out the
PDF). Everything the requester wrote is escaped: it shows as text, never as markup.
Private notes are not part of the pack.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from desktop_app.core.desk import CRITERIA, CRITERION_LABELS, STATE_LABELS, DeskState, average

JUSTIFICATION_FIELDS = (
    ("impact", "Impact"),
    ("knowledge_gap", "Knowledge gap it fills"),
    ("partner_commitment", "Partner's commitment"),
    ("licence_status", "Licence status"),
    ("expected_outcome", "Expected outcome"),
    ("material_kind", "Kind of material"),
    ("volume", "Rough volume"),
)
CSV_COLUMNS = (
    ["id", "received", "subject", "requester", "partner", "channels", "state", "assignee"]
    + [f"{criterion}_average" for criterion in CRITERIA]
    + ["reviewers", "scores", "comments", "description", "justification"]
)


@dataclass(frozen=True)
class PackReview:
    reviewer: str
    scores: dict[str, int]
    comments: dict[str, str]


@dataclass(frozen=True)
class PackEntry:
    """One request as the committee sees it."""

    id: int
    subject: str
    requester: str
    partner: str
    channels: tuple[str, ...]
    received_at: datetime
    state: str
    assignee: str
    description: str
    justification: tuple[tuple[str, str], ...]
    reviews: tuple[PackReview, ...] = field(default=())

    def average(self, criterion: str) -> float | None:
        return average([r.scores[criterion] for r in self.reviews if criterion in r.scores])

    @property
    def decision(self) -> str:
        try:
            return STATE_LABELS[DeskState(self.state)]
        except ValueError:
            return self.state


def _paragraphs(text: str) -> str:
    return "".join(
        f"<p>{escape(part).replace(chr(10), '<br>')}</p>"
        for part in text.split("\n\n")
        if part.strip()
    )


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def render_pack_html(title: str, entries: list[PackEntry]) -> str:
    """One HTML document (inline styles only: Qt's PDF layout reads it too)."""
    out = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title></head><body style='font-family: sans-serif'>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{len(entries)} request(s).</p>",
    ]
    for entry in entries:
        out.append(f"<h2>#{entry.id} {escape(entry.subject)}</h2>")
        out.append(
            "<p><b>Requester:</b> "
            + escape(entry.requester or "–")
            + (f" &nbsp; <b>Partner:</b> {escape(entry.partner)}" if entry.partner else "")
            + f" &nbsp; <b>Received:</b> {entry.received_at:%Y-%m-%d}"
            + f" &nbsp; <b>By:</b> {escape(', '.join(entry.channels) or '–')}</p>"
        )
        decided = entry.state in (DeskState.ACCEPTED, DeskState.DECLINED, DeskState.DONE)
        label = "Decision" if decided else "State"
        out.append(f"<p><b>{label}:</b> {escape(entry.decision)}")
        if entry.assignee:
            out.append(f" &nbsp; <b>Assigned to:</b> {escape(entry.assignee)}")
        out.append("</p><h3>Description</h3>" + _paragraphs(entry.description or "–"))
        if entry.justification:
            out.append("<h3>Justification</h3><table border='1' cellpadding='4' cellspacing='0'>")
            for label, value in entry.justification:
                out.append(
                    f"<tr><th align='left'>{escape(label)}</th><td>{escape(value)}</td></tr>"
                )
            out.append("</table>")
        out.append("<h3>Scores</h3>")
        if not entry.reviews:
            out.append("<p>Not reviewed yet.</p>")
            continue
        out.append("<table border='1' cellpadding='4' cellspacing='0'><tr><th>Reviewer</th>")
        out.extend(f"<th>{escape(CRITERION_LABELS[c])}</th>" for c in CRITERIA)
        out.append("</tr>")
        for review in entry.reviews:
            out.append(f"<tr><td>{escape(review.reviewer)}</td>")
            for criterion in CRITERIA:
                comment = review.comments.get(criterion, "")
                cell = str(review.scores.get(criterion, "–"))
                if comment:
                    cell += f"<br><small>{escape(comment)}</small>"
                out.append(f"<td>{cell}</td>")
            out.append("</tr>")
        out.append("<tr><th>Average</th>")
        out.extend(f"<th>{_score(entry.average(c))}</th>" for c in CRITERIA)
        out.append("</tr></table>")
    out.append("</body></html>")
    return "\n".join(out)


def render_pack_csv(entries: list[PackEntry]) -> str:
    """One row per request; scores as ``reviewer: t/l/r/s`` per reviewer."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        scores = "; ".join(
            f"{r.reviewer}: " + "/".join(str(r.scores.get(c, "")) for c in CRITERIA)
            for r in entry.reviews
        )
        comments = "; ".join(
            f"{r.reviewer} ({CRITERION_LABELS[c]}): {r.comments[c]}"
            for r in entry.reviews
            for c in CRITERIA
            if r.comments.get(c)
        )
        writer.writerow(
            [
                entry.id,
                entry.received_at.date().isoformat(),
                entry.subject,
                entry.requester,
                entry.partner,
                " ".join(entry.channels),
                entry.state,
                entry.assignee,
                *(_score(entry.average(c)) if entry.reviews else "" for c in CRITERIA),
                ", ".join(r.reviewer for r in entry.reviews),
                scores,
                comments,
                entry.description,
                "\n".join(f"{label}: {value}" for label, value in entry.justification),
            ]
        )
    return buffer.getvalue()
