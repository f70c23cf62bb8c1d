"""Small XML string helpers: the responses are written record by record, never built whole.

Hand-written rather than lxml/ElementTree because each record is serialised on its own as the
response streams, and a tree per record with namespace bookkeeping costs more than it gives.
"""

import re
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

# Characters XML 1.0 forbids (control characters but tab, LF and CR; lone surrogates; U+FFFE/F):
# an abstract pasted from a PDF may hold one, and one makes the whole response unreadable.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def text(value) -> str:
    return escape(_ILLEGAL.sub("", str(value)))


def attrs(**values) -> str:
    """` name="value"` pairs; a trailing underscore is dropped and `__` becomes `:` (xml__lang)."""
    out = []
    for name, value in values.items():
        if value is None:
            continue
        name = name.rstrip("_").replace("__", ":")
        out.append(f" {name}={quoteattr(_ILLEGAL.sub('', str(value)))}")
    return "".join(out)


def element(tag: str, value=None, **attributes) -> str:
    """`<tag attr="…">value</tag>`, or `<tag attr="…"/>` when value is None or empty."""
    if value is None or value == "":
        return f"<{tag}{attrs(**attributes)}/>"
    return f"<{tag}{attrs(**attributes)}>{text(value)}</{tag}>"


def datestamp(moment: datetime) -> str:
    """UTC at the granularity the repository declares: YYYY-MM-DDThh:mm:ssZ."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
