"""Read notifications are kept HUB_NOTIFICATION_RETENTION_DAYS, then pruned by a beat task."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from ..models import DigestSent, Notification


def prune(now=None) -> int:
    """Delete read notifications (and digest records) older than the retention; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.HUB_NOTIFICATION_RETENTION_DAYS)
    deleted, _ = Notification.objects.filter(read_at__lt=cutoff).delete()
    DigestSent.objects.filter(period_end__lt=cutoff).delete()
    return deleted
