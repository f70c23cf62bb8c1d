"""Subscribing with consent: double opt-in for email addresses, direct for signed-in members."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone, translation

from hub.core import limits
from hub.core.services import languages
from hub.digests.models import Frequency, Subscription
from hub.members.services import accounts
from hub.members.services.accounts import has_verified_email

from . import emails


def _apply(subscription: Subscription, choices: dict) -> None:
    for name in ("frequency", "content_types", "language"):
        if name in choices:
            setattr(subscription, name, choices[name])
    subscription.save()
    if "themes" in choices:
        subscription.themes.set(choices["themes"])
    if "regions" in choices:
        subscription.regions.set(choices["regions"])


#: the public form mails one address at most this often, whoever types it in and however often
FORM_MAIL_INTERVAL = timedelta(days=1)


def language_for(subscription: Subscription) -> str:
    """The language this subscriber's emails are written in: a member's own (their profile),
    else the language the address was subscribed in."""
    if subscription.user_id:
        return accounts.language_for(subscription.user)
    return languages.or_default(subscription.email_language)


@transaction.atomic
def request(email: str, choices: dict, *, client: str | None = None) -> Subscription:
    """Someone typed an address into the public form.

    Nothing is sent to that address but a confirmation link (or, when it is already subscribed,
    a link to manage the subscription), so a stranger cannot subscribe or reconfigure anyone;
    and at most one such mail a day, so the form cannot be used to flood a third party.
    Raises limits.RateLimited when the client (``client``: its address) or the address has sent
    too many requests. The mail goes to the outbox in this transaction (hub.core.outbox).
    """
    email = email.strip().lower()
    if client:
        limits.consume("subscribe", client)
    limits.consume("subscribe-address", email)
    subscription = Subscription.objects.select_for_update().filter(email=email).first()
    now = timezone.now()
    may_mail = (
        subscription is None
        or subscription.form_mailed_at is None
        or now - subscription.form_mailed_at >= FORM_MAIL_INTERVAL
    )
    if subscription and subscription.status == Subscription.Status.ACTIVE:
        if may_mail:
            Subscription.objects.filter(pk=subscription.pk).update(form_mailed_at=now)
            with translation.override(language_for(subscription)):
                emails.send_manage_link(subscription)
        return subscription
    subscription = subscription or Subscription(email=email)
    subscription.status = Subscription.Status.PENDING
    if may_mail:
        subscription.form_mailed_at = now
    # Whoever confirms reads the site in the language they asked in; their digests follow it.
    subscription.email_language = languages.or_default(translation.get_language())
    _apply(subscription, choices)
    if may_mail:
        with translation.override(language_for(subscription)):
            emails.send_confirmation(subscription)
    return subscription


def confirm(subscription: Subscription) -> Subscription:
    if subscription.status != Subscription.Status.ACTIVE:
        subscription.status = Subscription.Status.ACTIVE
        subscription.confirmed_at = timezone.now()
        subscription.unsubscribed_at = None
        subscription.bounce_count = 0
        subscription.save()
    return subscription


def unsubscribe(subscription: Subscription) -> Subscription:
    if subscription.status != Subscription.Status.UNSUBSCRIBED:
        Subscription.objects.filter(pk=subscription.pk).update(
            status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
        )
        subscription.refresh_from_db()
    return subscription


def update(subscription: Subscription, choices: dict) -> Subscription:
    """Change what an existing subscriber gets; their consent status stays as it is."""
    _apply(subscription, choices)
    return subscription


class UnverifiedAddress(Exception):
    """The account's address is not verified, so it cannot speak for that address's digests."""


def for_member(user) -> Subscription | None:
    """The member's own subscription, or the one for their address once they proved they own it.

    A visitor's subscription is matched only through a verified address: anybody can open an
    account with somebody else's address, and must not see or take over that person's choices.
    """
    own = Subscription.objects.filter(user=user).first()
    if own is not None or not has_verified_email(user):
        return own
    return Subscription.objects.filter(email=user.email.strip().lower()).first()


@transaction.atomic
def save_for_member(user, choices: dict) -> Subscription:
    """A signed-in member saved their preferences: that is their consent, given for a verified
    address only. Choosing "off" stops digests without forgetting the choices."""
    if not has_verified_email(user):
        raise UnverifiedAddress(user.email)
    subscription = for_member(user) or Subscription(email=user.email)
    subscription.user = user
    subscription.email = user.email
    active = choices.get("frequency") != Frequency.OFF
    if active and subscription.status != Subscription.Status.ACTIVE:
        subscription.status = Subscription.Status.ACTIVE
        subscription.confirmed_at = timezone.now()
        subscription.unsubscribed_at = None
        subscription.bounce_count = 0
    _apply(subscription, choices)
    return subscription
