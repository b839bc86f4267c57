"""What the desk's UI and CLI see of a request: plain values, JSON-ready."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_app.core.desk import CRITERIA, average
from desktop_app.store.models import DeskReply, DeskRequest, DeskReview, DeskSource


@dataclass(frozen=True)
class DeskRequestSummary:
    """One row of the desk's list."""

    id: int
    key: str
    subject: str
    requester: str
    partner: str
    state: str
    assignee: str
    state_published: bool
    channels: tuple[str, ...]
    received_at: datetime
    replies: int
    average_score: float | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__) | {"channels": list(self.channels)}


@dataclass(frozen=True)
class SourceView:
    """Where (part of) a request was read, with its text (shown as text, never rendered)."""

    channel: str
    role: str
    where: str
    sender: str
    subject: str
    sent_at: datetime | None
    text: str
    was_html: bool
    attachments: tuple[dict[str, Any], ...]
    discussion: tuple[dict[str, Any], ...]
    gone: bool
    keywords: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__) | {
            "attachments": list(self.attachments),
            "discussion": list(self.discussion),
            "keywords": list(self.keywords),
        }


@dataclass(frozen=True)
class ReviewView:
    reviewer: str
    criterion: str
    score: int
    comment: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ReplyView:
    id: int
    uuid: str
    template: str
    text: str
    channel: str
    state: str
    where: str
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class DeskRequestDetail:
    """Everything about one request, for the detail pane and ``desk list --json``."""

    summary: DeskRequestSummary
    text: str
    fields: dict[str, Any]
    requester_name: str
    requester_user: str
    requester_email: str
    notes: str
    sources: tuple[SourceView, ...]
    reviews: tuple[ReviewView, ...]
    replies: tuple[ReplyView, ...]
    related: tuple[DeskRequestSummary, ...] = field(default=())

    def scores_by_criterion(self) -> dict[str, float | None]:
        """The mean score per criterion over all reviewers."""
        return {
            criterion: average([r.score for r in self.reviews if r.criterion == criterion])
            for criterion in CRITERIA
        }

    def to_dict(self) -> dict[str, Any]:
        return self.summary.to_dict() | {
            "text": self.text,
            "fields": self.fields,
            "requester_name": self.requester_name,
            "requester_user": self.requester_user,
            "requester_email": self.requester_email,
            "notes": self.notes,
            "sources": [s.to_dict() for s in self.sources],
            "reviews": [r.to_dict() for r in self.reviews],
            "replies": [r.to_dict() for r in self.replies],
            "related": [r.to_dict() for r in self.related],
            "scores": self.scores_by_criterion(),
        }


def summary(request: DeskRequest) -> DeskRequestSummary:
    """The list row of a request."""
    channels = tuple(dict.fromkeys(s.channel for s in request.sources if s.role == "request"))
    return DeskRequestSummary(
        id=request.id,
        key=request.key,
        subject=request.subject,
        requester=request.requester_name or request.requester_user or request.requester_email,
        partner=request.partner,
        state=request.state,
        assignee=request.assignee,
        state_published=request.state_published,
        channels=channels,
        received_at=request.received_at,
        replies=len(request.replies),
        average_score=average([review.score for review in request.reviews]),
    )


def source_view(source: DeskSource) -> SourceView:
    where = (
        f"{source.page_title}"
        if source.channel == "wiki"
        else f"{source.mailbox} (UID {source.uid})"
    )
    return SourceView(
        channel=source.channel,
        role=source.role,
        where=where,
        sender=source.sender,
        subject=source.subject,
        sent_at=source.sent_at,
        text=source.text,
        was_html=source.was_html,
        attachments=tuple(source.attachments or ()),
        discussion=tuple(source.discussion or ()),
        gone=source.gone,
        keywords=tuple(source.keywords or ()),
    )


def review_view(review: DeskReview) -> ReviewView:
    return ReviewView(review.reviewer, review.criterion, review.score, review.comment)


def reply_view(reply: DeskReply) -> ReplyView:
    return ReplyView(
        reply.id,
        reply.uuid,
        reply.template,
        reply.text,
        reply.channel,
        reply.state,
        reply.where,
        reply.last_error,
        reply.created_at,
        reply.sent_at,
    )


def detail(request: DeskRequest, related: list[DeskRequest]) -> DeskRequestDetail:
    """The detail of a request (with the requester's and partner's other requests)."""
    return DeskRequestDetail(
        summary=summary(request),
        text=request.text,
        fields=dict(request.fields or {}),
        requester_name=request.requester_name,
        requester_user=request.requester_user,
        requester_email=request.requester_email,
        notes=request.notes,
        sources=tuple(source_view(s) for s in request.sources),
        reviews=tuple(review_view(r) for r in request.reviews),
        replies=tuple(reply_view(r) for r in request.replies),
        related=tuple(summary(r) for r in related),
    )
