"""Digest, confirmation and "manage your subscription" emails, as HTML with a text alternative.

They are written in the active language: callers activate the subscriber's
(``subscriptions.language_for``), and links then point to that language's pages."""

from __future__ import annotations

from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext_lazy

from home import branding
from home.links import absolute_url

from . import tokens
from .content import Digest


def _domain() -> str:
    address = parseaddr(settings.DIGEST_FROM_EMAIL)[1]
    return address.rpartition("@")[2] or "localhost"


def message_id(run_id: int, subscription_id: int) -> str:
    """The same for every attempt, so a resent digest can be recognised as a duplicate."""
    return f"<digest-{run_id}-{subscription_id}@{_domain()}>"


def links(subscription_id: int) -> dict[str, str]:
    unsubscribe = tokens.make(tokens.UNSUBSCRIBE, subscription_id)
    preferences = tokens.make(tokens.PREFERENCES, subscription_id)
    return {
        "unsubscribe_url": absolute_url(reverse("digests:unsubscribe", args=[unsubscribe])),
        "preferences_url": absolute_url(reverse("digests:manage", args=[preferences])),
    }


# "weekly digest": the adjective alone, so each language can agree it with its word for digest.
FREQUENCY_ADJECTIVES = {
    "daily": pgettext_lazy("digest frequency, as in 'daily digest'", "daily"),
    "weekly": pgettext_lazy("digest frequency, as in 'weekly digest'", "weekly"),
    "monthly": pgettext_lazy("digest frequency, as in 'monthly digest'", "monthly"),
}


def frequency_adjective(frequency: str) -> str:
    return FREQUENCY_ADJECTIVES.get(frequency, frequency)


def subject_for(digest: Digest, frequency: str) -> str:
    count = digest.new_count
    return ngettext(
        "%(site_name)s %(frequency)s digest: %(count)s new item (%(start)s – %(end)s)",
        "%(site_name)s %(frequency)s digest: %(count)s new items (%(start)s – %(end)s)",
        count,
    ) % {
        "site_name": branding.for_site().name,
        "frequency": frequency_adjective(frequency),
        "count": count,
        "start": date_format(digest.period.start, "j F"),
        "end": date_format(digest.period.end, "j F Y"),
    }


def digest_message(digest: Digest, subscription, run_id: int) -> EmailMultiAlternatives:
    urls = links(subscription.pk)
    mailto = parseaddr(settings.DIGEST_FROM_EMAIL)[1]
    context = {
        "digest": digest,
        "subscription": subscription,
        "site_name": branding.for_site().name,
        "site_url": absolute_url("/"),
        "frequency": frequency_adjective(subscription.frequency),
        **urls,
    }
    message = EmailMultiAlternatives(
        subject=subject_for(digest, subscription.frequency),
        body=render_to_string("digests/email/digest.txt", context),
        from_email=settings.DIGEST_FROM_EMAIL,
        to=[subscription.email],
        headers={
            "Message-ID": message_id(run_id, subscription.pk),
            "List-Id": f"{branding.for_site().name} digests <digests.{_domain()}>",
            "List-Unsubscribe": (
                f"<{urls['unsubscribe_url']}>, <mailto:{mailto}?subject=unsubscribe>"
            ),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
            "Precedence": "bulk",
        },
    )
    message.attach_alternative(render_to_string("digests/email/digest.html", context), "text/html")
    return message


def _simple(template: str, subject: str, subscription, context) -> EmailMultiAlternatives:
    context = {"site_name": branding.for_site().name, "subscription": subscription, **context}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"digests/email/{template}.txt", context),
        from_email=settings.DIGEST_FROM_EMAIL,
        to=[subscription.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    html = render_to_string(f"digests/email/{template}.html", context)
    message.attach_alternative(html, "text/html")
    return message


def send_confirmation(subscription) -> None:
    token = tokens.make(tokens.CONFIRM, subscription.pk)
    _simple(
        "confirm",
        _("Confirm your %(site_name)s digest subscription")
        % {"site_name": branding.for_site().name},
        subscription,
        {
            "confirm_url": absolute_url(reverse("digests:confirm", args=[token])),
            "max_age_days": settings.DIGEST_CONFIRM_LINK_MAX_AGE_DAYS,
        },
    ).send()


def send_manage_link(subscription) -> None:
    _simple(
        "manage",
        _("Your %(site_name)s digest subscription") % {"site_name": branding.for_site().name},
        subscription,
        {**links(subscription.pk), "max_age_days": settings.DIGEST_PREFERENCES_LINK_MAX_AGE_DAYS},
    ).send()
