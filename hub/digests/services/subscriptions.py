"""Subscribing with consent: double opt-in for email addresses, direct for signed-in members."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone, translation

from hub.core.services import languages
from hub.digests.models import Frequency, Subscription
from hub.members.services import accounts

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


def language_for(subscription: Subscription) -> str:
    """The language this subscriber's emails are written in: a member's own (their profile),
    else the language the address was subscribed in."""
    if subscription.user_id:
        return accounts.language_for(subscription.user)
    return languages.or_default(subscription.email_language)


@transaction.atomic
def request(email: str, choices: dict) -> Subscription:
    """Someone typed an address into the public form.

    Nothing is sent to that address but a confirmation link (or, when it is already subscribed,
    a link to manage the subscription), so a stranger cannot subscribe or reconfigure anyone.
    The mail goes to the outbox in this transaction (hub.core.outbox).
    """
    email = email.strip().lower()
    subscription = Subscription.objects.select_for_update().filter(email=email).first()
    if subscription and subscription.status == Subscription.Status.ACTIVE:
        with translation.override(language_for(subscription)):
            emails.send_manage_link(subscription)
        return subscription
    subscription = subscription or Subscription(email=email)
    subscription.status = Subscription.Status.PENDING
    # Whoever confirms reads the site in the language they asked in; their digests follow it.
    subscription.email_language = languages.or_default(translation.get_language())
    _apply(subscription, choices)
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


def for_member(user) -> Subscription | None:
    return (
        Subscription.objects.filter(user=user).first()
        or Subscription.objects.filter(email=user.email.strip().lower()).first()
    )


@transaction.atomic
def save_for_member(user, choices: dict) -> Subscription:
    """A signed-in member saved their preferences: that is their consent (their address is
    verified at sign-up). Choosing "off" stops digests without forgetting the choices."""
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
