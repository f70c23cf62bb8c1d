"""What a member sees: the unread count, the notification page, marking read, opening one.

One rule for access: a member only ever reaches their own notifications (``own``); anyone
else's answers as if it did not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from .. import registry
from ..models import Notification

OPEN_SALT = "hub.notifications.open"


class NotFound(Exception):
    """Not one of this member's notifications (or not there any more)."""


def unread_count(user) -> int:
    """The bell's number, in one query."""
    return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).count()


def own(user, pk) -> Notification:
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise NotFound(pk) from None
    notification = Notification.objects.filter(pk=pk, recipient_id=user.pk).first()
    if notification is None:
        raise NotFound(pk)
    return notification


def mark_read(user, pk) -> Notification:
    notification = own(user, pk)
    if notification.read_at is None:
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=timezone.now(), email_due_at=None
        )
    return notification


def mark_all_read(user) -> int:
    return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).update(
        read_at=timezone.now(), email_due_at=None
    )


# --- Opening: a signed link, so that it is an ordinary link and still no forgeable GET --------


def _signer() -> signing.Signer:
    return signing.Signer(salt=OPEN_SALT)


def open_signature(notification) -> str:
    value = f"{notification.pk}.{notification.recipient_id}"
    return _signer().signature(value)


def open_path(notification) -> str:
    return reverse("notifications:open", args=[notification.pk, open_signature(notification)])


def open(user, pk, signature: str) -> str:  # noqa: A001 - the verb the page uses
    """Mark it read and return where it leads; NotFound when not theirs or no longer visible,
    signing.BadSignature for a link made for another notification or member."""
    notification = own(user, pk)
    if not constant_time_compare(open_signature(notification), signature or ""):
        raise signing.BadSignature("not this notification's link")
    handler = registry.handler_for_type(notification.target_type_id)
    if handler is None or notification.target_id not in handler.visible(
        user, [notification.target_id]
    ):
        raise NotFound(pk)
    mark_read(user, notification.pk)
    return handler.url(notification)


# --- The page ------------------------------------------------------------------------------------


@dataclass
class Item:
    notification: Notification
    text: str
    open_url: str

    @property
    def is_read(self) -> bool:
        return self.notification.read_at is not None


def visible_items(user, notifications) -> list[Item]:
    """Describe the notifications the member may still see; a few queries per kind of target."""
    by_type: dict[int, list[Notification]] = {}
    for n in notifications:
        by_type.setdefault(n.target_type_id, []).append(n)
    shown: set[int] = set()
    for type_id, group in by_type.items():
        handler = registry.handler_for_type(type_id)
        if handler is None:
            continue
        visible = handler.visible(user, sorted({n.target_id for n in group}))
        shown.update(n.pk for n in group if n.target_id in visible)
    items = []
    for n in notifications:
        if n.pk not in shown:
            continue
        handler = registry.handler_for_type(n.target_type_id)
        items.append(Item(n, handler.describe(n), open_path(n)))
    return items


def page_for(user, number):
    """One page of the member's notifications, newest activity first, and its described items."""
    queryset = Notification.objects.filter(recipient_id=user.pk).select_related("actor__profile")
    paginator = Paginator(queryset, settings.HUB_NOTIFICATIONS_PER_PAGE)
    page = paginator.get_page(number)
    return page, visible_items(user, list(page.object_list))
