"""Signed links in digest emails: confirm, manage preferences, unsubscribe (one salt each)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing

CONFIRM = "hub.digests.confirm"
PREFERENCES = "hub.digests.preferences"
UNSUBSCRIBE = "hub.digests.unsubscribe"


class InvalidToken(Exception):
    """The link was altered, truncated, or made for another purpose."""


class ExpiredToken(InvalidToken):
    """The link was genuine but is too old."""


def max_age(purpose: str) -> timedelta | None:
    if purpose == CONFIRM:
        return timedelta(days=settings.DIGEST_CONFIRM_LINK_MAX_AGE_DAYS)
    if purpose == PREFERENCES:
        return timedelta(days=settings.DIGEST_PREFERENCES_LINK_MAX_AGE_DAYS)
    # Unsubscribe links in old emails must keep working (RFC 8058 one-click, and courtesy).
    return None


def make(purpose: str, subscription_id: int) -> str:
    return signing.TimestampSigner(salt=purpose).sign(str(subscription_id))


def read(purpose: str, token: str) -> int:
    """The subscription id a token was made for; raises InvalidToken or ExpiredToken."""
    signer = signing.TimestampSigner(salt=purpose)
    try:
        value = signer.unsign(token, max_age=max_age(purpose))
    except signing.SignatureExpired as exc:
        raise ExpiredToken(str(exc)) from exc
    except signing.BadSignature as exc:
        raise InvalidToken(str(exc)) from exc
    if not value.isdigit():
        raise InvalidToken("not a subscription id")
    return int(value)
