"""What needs an editor's attention, for the Wagtail dashboard (hub/core/wagtail_hooks.py).

`attention(user)` counts each kind of waiting work the user may handle, with the admin screen
where it is handled; `activity(weeks)` counts new members, comments and submissions per week.
Each is a fixed number of queries (one count per kind, one per series), whatever the data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef, Q
from django.db.models.functions import Cast, TruncWeek
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState

from hub.digests.models import Delivery
from hub.discussions.models import Flag, ThreadComment
from hub.discussions.services.comments import is_moderator
from hub.members.models import MembershipStatus, Profile, Submission
from hub.messaging.models import MessageReport
from search.models import PendingIndexUpdate


@dataclass(frozen=True)
class Item:
    key: str
    label: str
    count: int
    url: str
    action: str


def _submissions_awaiting_review() -> int:
    page_ids = (
        Submission.objects.filter(page__isnull=False)
        .annotate(page_key=Cast("page_id", CharField()))
        .values("page_key")
    )
    return WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=page_ids,
    ).count()


def _comments_needing_moderation() -> int:
    open_flag = Flag.objects.filter(comment=OuterRef("pk"), resolved_at__isnull=True)
    return ThreadComment.objects.filter(
        Exists(open_flag) | Q(hidden_by_flags=True) | Q(is_public=False, is_removed=False)
    ).count()


def attention(user) -> list[Item]:
    """The waiting work `user` may handle, in the order an editor would deal with it."""
    items = []
    if user.has_perm("wagtailadmin.access_admin"):
        items.append(
            Item(
                "submissions",
                _("Member submissions awaiting review"),
                _submissions_awaiting_review(),
                reverse("wagtailadmin_reports:workflow"),
                _("Review submissions"),
            )
        )
    if is_moderator(user):
        items.append(
            Item(
                "comments",
                _("Flagged and held comments"),
                _comments_needing_moderation(),
                reverse("discussions_admin:queue"),
                _("Moderate comments"),
            )
        )
    if user.has_perm("members.change_profile"):
        items.append(
            Item(
                "members",
                _("Membership applications"),
                Profile.objects.filter(membership_status=MembershipStatus.PENDING).count(),
                reverse("membership:index"),
                _("Review applications"),
            )
        )
    if user.has_perm("messaging.change_messagereport"):
        items.append(
            Item(
                "reports",
                _("Reported private messages"),
                MessageReport.objects.filter(resolved=False).count(),
                reverse("message_reports:index"),
                _("Read the reports"),
            )
        )
    if user.has_perm("digests.view_digestrun"):
        items.append(
            Item(
                "digests",
                _("Failed digest deliveries"),
                Delivery.objects.filter(status=Delivery.Status.FAILED).count(),
                reverse("digest_runs:index"),
                _("See digest runs"),
            )
        )
    if user.is_superuser:
        items.append(
            Item(
                "search",
                _("Search index updates waiting for the engine"),
                PendingIndexUpdate.objects.count(),
                reverse("healthz"),
                _("See the health check"),
            )
        )
    return items


@dataclass(frozen=True)
class Week:
    start: datetime.date
    members: int
    comments: int
    submissions: int


def activity(weeks: int = 12, *, today: datetime.date | None = None) -> list[Week]:
    """New members, comments and submissions per calendar week (Monday first), oldest first."""
    today = today or timezone.localdate()
    first = today - datetime.timedelta(days=today.weekday() + 7 * (weeks - 1))
    since = timezone.make_aware(datetime.datetime.combine(first, datetime.time.min))

    def per_week(queryset, field: str) -> dict[datetime.date, int]:
        rows = (
            queryset.filter(**{f"{field}__gte": since})
            .annotate(week=TruncWeek(field))
            .values("week")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return {_as_date(row["week"]): row["n"] for row in rows}

    members = per_week(get_user_model().objects.all(), "date_joined")
    comments = per_week(ThreadComment.objects.filter(is_removed=False), "submit_date")
    submissions = per_week(Submission.objects.all(), "created_at")
    starts = [first + datetime.timedelta(weeks=i) for i in range(weeks)]
    return [
        Week(start, members.get(start, 0), comments.get(start, 0), submissions.get(start, 0))
        for start in starts
    ]


def _as_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


SERIES = (
    ("members", _("New members"), "#0b5394"),
    ("comments", _("Comments"), "#a84300"),
    ("submissions", _("Submissions"), "#2e7d32"),
)


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    label: str


def chart(weeks: list[Week], *, width: int = 640, height: int = 200) -> dict:
    """Grouped bars for `weeks`, laid out for an SVG drawn on the server (no JavaScript)."""
    top, bottom, left = 16, 36, 32
    plot_height = height - top - bottom
    peak = max([1] + [getattr(w, key) for w in weeks for key, _label, _colour in SERIES])
    slot = (width - left) / max(len(weeks), 1)
    bar_width = slot * 0.8 / len(SERIES)
    bars, ticks = [], []
    for i, week in enumerate(weeks):
        x0 = left + i * slot + slot * 0.1
        for j, (key, label, colour) in enumerate(SERIES):
            value = getattr(week, key)
            h = plot_height * value / peak
            bars.append(
                Bar(
                    round(x0 + j * bar_width, 1),
                    round(top + plot_height - h, 1),
                    round(bar_width, 1),
                    round(h, 1),
                    colour,
                    f"{label}: {value}",
                )
            )
        # Every other week is labelled (the latest always): dates in longer month names, as in
        # Arabic, would otherwise run into each other. The table below gives every week.
        if (len(weeks) - 1 - i) % 2 == 0:
            ticks.append({"x": round(left + i * slot + slot / 2, 1), "week": week.start})
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "ticks": ticks,
        "peak": peak,
        "baseline": top + plot_height,
        "left": left,
        "top": top,
        "series": SERIES,
    }
