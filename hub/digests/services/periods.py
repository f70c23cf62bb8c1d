"""Digest periods: calendar days, weeks and months in DIGEST_TIME_ZONE, as aware datetimes."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Period:
    frequency: str
    start: datetime
    end: datetime

    def __str__(self):
        return f"{self.frequency} {self.start:%Y-%m-%d %H:%M} – {self.end:%Y-%m-%d %H:%M %Z}"


def zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.DIGEST_TIME_ZONE)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone())


class OutOfRange(ValueError):
    """The period would lie too close to the ends of the calendar Python and databases hold."""


# A digest also looks beyond its period (upcoming events) and before it (the previous period),
# so periods keep a year's margin from the calendar's ends (1 and 9999).
FIRST_YEAR, LAST_YEAR = 2, 9998


def containing(frequency: str, moment: datetime) -> Period:
    """The period of this frequency that contains ``moment`` (previews use any date)."""
    day = timezone.localtime(moment, zone()).date()
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise OutOfRange(
            _(
                "That date is too far in the future or the past: digests cover the years "
                "%(first)s to %(last)s."
            )
            % {"first": FIRST_YEAR, "last": LAST_YEAR}
        )
    if frequency == "daily":
        start, end = day, day + timedelta(days=1)
    elif frequency == "weekly":
        start = day - timedelta(days=(day.weekday() - settings.DIGEST_WEEKLY_DAY) % 7)
        end = start + timedelta(days=7)
    elif frequency == "monthly":
        start = day.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1)
    else:
        raise ValueError(f"no digest periods for frequency {frequency!r}")
    return Period(frequency, _midnight(start), _midnight(end))


def preview_frequency(subscription, asked: str | None = None) -> str:
    """The frequency a preview covers: the one asked for, else the subscriber's own (weekly if
    they switched digests off)."""
    if asked:
        return asked
    return subscription.frequency if subscription.frequency != "off" else "weekly"


def last_completed(frequency: str, now: datetime | None = None) -> Period:
    """The most recent whole period of this frequency that ended at or before ``now``."""
    current = containing(frequency, now or timezone.now())
    return containing(frequency, current.start - timedelta(seconds=1))


def send_time() -> time:
    hours, _, minutes = settings.DIGEST_SEND_TIME.partition(":")
    return time(int(hours), int(minutes or 0))


def is_due(period: Period, now: datetime | None = None) -> bool:
    """A period's digests go out at DIGEST_SEND_TIME on the day it ends, or any time after."""
    now = now or timezone.now()
    due_at = datetime.combine(period.end.date(), send_time(), tzinfo=zone())
    return now >= due_at
