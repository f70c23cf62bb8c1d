"""Each member's channel per kind (no row: the kind's default), and one-click unsubscribe links."""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse

from home.links import absolute_url
from hub.digests.services import tokens

from ..kinds import KINDS, Kind
from ..models import Channel, Preference

#: the pseudo-kinds an unsubscribe link of a digest stands for: every kind on that channel
DIGESTS = {Channel.DAILY.value, Channel.WEEKLY.value}


def channel_for(user, kind: Kind) -> str:
    if not kind.configurable:
        return kind.default
    chosen = (
        Preference.objects.filter(user_id=user.pk, kind=kind.name)
        .values_list("channel", flat=True)
        .first()
    )
    return chosen or kind.default


def channels_for(user) -> dict[str, str]:
    """kind name → channel, for every configurable kind, in one query."""
    chosen = dict(Preference.objects.filter(user_id=user.pk).values_list("kind", "channel"))
    return {
        kind.name: chosen.get(kind.name, kind.default)
        for kind in KINDS.values()
        if kind.configurable
    }


def kinds_on(user_id: int, channel: str) -> list[str]:
    return list(
        Preference.objects.filter(user_id=user_id, channel=channel).values_list("kind", flat=True)
    )


@transaction.atomic
def save(user, choices: dict[str, str]) -> None:
    for name, channel in choices.items():
        kind = KINDS.get(name)
        if kind is None or not kind.configurable or channel not in Channel.values:
            raise ValueError(f"no such choice: {name}={channel}")
        Preference.objects.update_or_create(user=user, kind=name, defaults={"channel": channel})


# --- One-click unsubscribe (RFC 8058), with the digests' signed tokens --------------------------


def _purpose(what: str) -> str:
    # One salt per kind: a link for replies cannot switch off anything else. Such a purpose has
    # no maximum age in hub.digests.services.tokens, as unsubscribe links must keep working.
    return f"hub.notifications.unsubscribe.{what}"


def unsubscribable(what: str) -> bool:
    return what in DIGESTS or (what in KINDS and KINDS[what].configurable)


def unsubscribe_url(user, what: str) -> str:
    """The signed link that stops emails of a kind (or one digest) for this member."""
    token = tokens.make(_purpose(what), user.pk)
    return absolute_url(reverse("notifications:unsubscribe", args=[what, token]))


def user_id_from(what: str, token: str) -> int:
    """Raises tokens.InvalidToken for a forged link or one made for another kind."""
    if not unsubscribable(what):
        raise tokens.InvalidToken("no such kind")
    return tokens.read(_purpose(what), token)


@transaction.atomic
def unsubscribe(user, what: str) -> list[str]:
    """Emails of this kind (or everything in this digest) stop; the site still shows them."""
    names = kinds_on(user.pk, what) if what in DIGESTS else [what]
    for name in names:
        Preference.objects.update_or_create(
            user=user, kind=name, defaults={"channel": Channel.SITE}
        )
    return names


def headers(user, what: str) -> dict[str, str]:
    if not unsubscribable(what):
        return {}
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(user, what)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }
