"""Signed links in registration emails: confirm a non-member's address, cancel without login."""

from __future__ import annotations

from datetime import timedelta

from django.core import signing

CONFIRM = "hub.events.confirm"
CANCEL = "hub.events.cancel"

#: a confirmation link is for the person who just typed the address in
CONFIRM_MAX_AGE = timedelta(days=2)
#: a cancel link must work until the event, which may be months after registering
CANCEL_MAX_AGE = timedelta(days=400)


class InvalidToken(Exception):
    """The link was altered, truncated, or made for another purpose."""


class ExpiredToken(InvalidToken):
    """The link was genuine but is too old."""


def make(purpose: str, registration_id: int) -> str:
    return signing.TimestampSigner(salt=purpose).sign(str(registration_id))


def read(purpose: str, token: str) -> int:
    """The registration id a token was made for; raises InvalidToken or ExpiredToken."""
    max_age = CONFIRM_MAX_AGE if purpose == CONFIRM else CANCEL_MAX_AGE
    try:
        value = signing.TimestampSigner(salt=purpose).unsign(token, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise ExpiredToken(str(exc)) from exc
    except signing.BadSignature as exc:
        raise InvalidToken(str(exc)) from exc
    if not value.isdigit():
        raise InvalidToken("not a registration id")
    return int(value)
