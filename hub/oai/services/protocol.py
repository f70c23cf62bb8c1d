"""OAI-PMH 2.0 requests: verbs and their arguments, datestamps, identifiers, resumption tokens.

Everything a harvester sends is checked here and refused with the protocol's own error codes;
nothing it sends reaches the database unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing

#: verb: (required arguments, optional arguments, the exclusive argument)
VERBS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]] = {
    "Identify": ((), (), None),
    "ListMetadataFormats": ((), ("identifier",), None),
    "ListSets": ((), (), "resumptionToken"),
    "ListIdentifiers": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
    "ListRecords": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
    "GetRecord": (("identifier", "metadataPrefix"), (), None),
}

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SECONDS = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
# The oai-identifier scheme's repositoryIdentifier: a domain name (at least one dot).
DOMAIN = re.compile(r"[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+")
SET_SPEC = re.compile(r"[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*")
TOKEN_SALT = "hub.oai.resumption"  # noqa: S105 - a namespace for the signer, not a secret
MAX_ID = 2**31 - 1


class OAIError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Request:
    verb: str
    arguments: dict[str, str] = field(default_factory=dict)


def parse(query) -> Request:
    """The verb and arguments of a GET query or a POST form (a Django QueryDict)."""
    verbs = query.getlist("verb")
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OAIError("badVerb", "The verb is missing, repeated or not an OAI-PMH verb.")
    verb = verbs[0]
    required, optional, exclusive = VERBS[verb]
    arguments = {}
    for name in query:
        if name == "verb":
            continue
        values = query.getlist(name)
        if name not in (*required, *optional, exclusive):
            raise OAIError("badArgument", f"{verb} takes no argument named {name[:40]!r}.")
        if len(values) != 1:
            raise OAIError("badArgument", f"The argument {name} is repeated.")
        arguments[name] = values[0]
    if exclusive and exclusive in arguments:
        if len(arguments) > 1:
            raise OAIError("badArgument", f"{exclusive} is an exclusive argument.")
    else:
        missing = [name for name in required if name not in arguments]
        if missing:
            raise OAIError("badArgument", f"{verb} needs the argument {missing[0]}.")
    return Request(verb, arguments)


# --- Datestamps ----------------------------------------------------------------------------------


def parse_datestamp(value: str, *, until: bool = False) -> tuple[datetime, str]:
    """(the instant, "day" or "seconds"); an `until` is returned as the instant just after it.

    Both granularities are accepted: the repository's own and YYYY-MM-DD, which every
    repository must accept.
    """
    try:
        if DAY.fullmatch(value):
            moment = datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
            return (_after(moment, timedelta(days=1)) if until else moment), "day"
        if SECONDS.fullmatch(value):
            moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            return (_after(moment, timedelta(seconds=1)) if until else moment), "seconds"
    except ValueError:
        pass
    raise OAIError(
        "badArgument",
        "Datestamps are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC), and must be real dates.",
    )


def _after(moment: datetime, step: timedelta) -> datetime:
    try:
        return moment + step
    except OverflowError:
        return datetime.max.replace(tzinfo=UTC)


def window(arguments: dict[str, str], now: datetime) -> tuple[datetime | None, datetime]:
    """[from, until) of a first List request, with `until` frozen at this instant.

    Changes from now on belong to the next incremental harvest: its `from` is this response's
    responseDate (this second, so a little before now), and it may send again what changed in
    the fraction of a second before this request, but it misses nothing.
    """
    start = end = None
    granularities = set()
    if "from" in arguments:
        start, granularity = parse_datestamp(arguments["from"])
        granularities.add(granularity)
    if "until" in arguments:
        end, granularity = parse_datestamp(arguments["until"], until=True)
        granularities.add(granularity)
    if len(granularities) > 1:
        raise OAIError("badArgument", "from and until must have the same granularity.")
    if start and end and start >= end:
        raise OAIError("badArgument", "from is later than until.")
    return start, min(end, now) if end else now


# --- Identifiers ---------------------------------------------------------------------------------


def repository_identifier() -> str:
    """The domain name in every identifier: the setting, or WAGTAILADMIN_BASE_URL's host."""
    configured = settings.HUB_OAI_REPOSITORY_IDENTIFIER
    if configured:
        return configured
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or ""
    # 127.0.0.1, localhost and testserver are not domain names the scheme accepts.
    return host if DOMAIN.fullmatch(host) else "hub.localhost"


def identifier(page_id: int) -> str:
    return f"oai:{repository_identifier()}:resource/{page_id}"


def page_id(value: str) -> int:
    prefix = f"oai:{repository_identifier()}:resource/"
    number = value[len(prefix) :] if value.startswith(prefix) else ""
    if not (number.isascii() and number.isdigit()) or not 0 < int(number) <= MAX_ID:
        raise OAIError("idDoesNotExist", "This repository has no item with that identifier.")
    return int(number)


# --- Resumption tokens ---------------------------------------------------------------------------


@dataclass
class Position:
    """Where a list stands: its request, frozen `until`, the last item sent, and the counts."""

    verb: str
    prefix: str
    set_spec: str | None
    start: datetime | None
    end: datetime
    after: tuple[datetime, int] | None = None
    cursor: int = 0
    size: int | None = None

    def token(self) -> str:
        payload = {
            "v": self.verb,
            "m": self.prefix,
            "s": self.set_spec,
            "f": self.start.isoformat() if self.start else None,
            "u": self.end.isoformat(),
            "a": [self.after[0].isoformat(), self.after[1]] if self.after else None,
            "c": self.cursor,
            "n": self.size,
        }
        return signing.dumps(payload, salt=TOKEN_SALT, compress=True)

    @classmethod
    def from_token(cls, verb: str, token: str) -> Position:
        try:
            data = signing.loads(token, salt=TOKEN_SALT, max_age=settings.HUB_OAI_TOKEN_MAX_AGE)
            if data["v"] != verb:
                raise ValueError("a token of another verb")
            after = data["a"]
            return cls(
                verb=verb,
                prefix=data["m"],
                set_spec=data["s"],
                start=datetime.fromisoformat(data["f"]) if data["f"] else None,
                end=datetime.fromisoformat(data["u"]),
                after=(datetime.fromisoformat(after[0]), int(after[1])) if after else None,
                cursor=int(data["c"]),
                size=data["n"],
            )
        except (signing.BadSignature, ValueError, KeyError, TypeError, IndexError) as error:
            # SignatureExpired is a BadSignature: an expired token is refused the same way.
            raise OAIError(
                "badResumptionToken", "The resumptionToken is invalid or has expired."
            ) from error


def check_set(value: str) -> str:
    if not SET_SPEC.fullmatch(value):
        raise OAIError("badArgument", "That is not a setSpec.")
    return value
