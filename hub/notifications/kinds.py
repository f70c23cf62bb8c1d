"""The kinds of notification a member chooses a channel for, and the verbs each kind covers.

An app that notifies about something new registers its verbs (``register_verb``) in its
``AppConfig.ready()``; the kinds themselves are fixed here, since the preferences page lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Channel


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    #: what a member who chose nothing gets
    default: str = Channel.IMMEDIATE
    #: False: always emailed straight away, and not on the preferences page
    configurable: bool = True
    #: a setting holding minutes to wait before an immediate email (time to read it in-site)
    delay_setting: str = ""

    def email_delay_seconds(self) -> int:
        return 60 * getattr(settings, self.delay_setting, 0) if self.delay_setting else 0


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("replies", _("Replies and new comments in discussions you follow")),
        Kind("mentions", _("Mentions of you")),
        Kind("messages", _("Private messages"), delay_setting="HUB_MESSAGE_NOTICE_DELAY_MINUTES"),
        Kind("submissions", _("Your submissions")),
        Kind("groups", _("Your groups")),
        Kind("events", _("Events you registered for")),
        Kind("membership", _("Your membership"), configurable=False),
    )
}

DIGEST_CHANNELS = (Channel.DAILY, Channel.WEEKLY)

#: verb → kind
VERBS: dict[str, str] = {}


def register_verb(verb: str, kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    VERBS[verb] = kind


def kind_of(verb: str) -> Kind:
    try:
        return KINDS[VERBS[verb]]
    except KeyError:
        raise ValueError(f"unregistered notification verb {verb!r}") from None


def configurable() -> list[Kind]:
    return [kind for kind in KINDS.values() if kind.configurable]
