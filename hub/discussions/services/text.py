"""Members' text: a small Markdown subset rendered to HTML, then sanitised by nh3.

The subset: paragraphs, line breaks, ``**bold**``, ``*italic*``, ```code```, ``[text](https://…)``,
bare https links and "- " lists. Everything else is shown as typed. The text is escaped before
any markup is added, and nh3 has the last word on what HTML survives.
"""

from __future__ import annotations

import re

import nh3
from django.utils.html import escape

ALLOWED_TAGS = {"p", "br", "strong", "em", "code", "a", "ul", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}

_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((https?://[^\s)]{1,500})\)")
_BARE_URL = re.compile(r'(?<!href=")(?<![\w/">])(https?://[^\s<]{1,500}[^\s<.,;:!?)])')
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]{1,500})`")
MENTION = re.compile(r"(?<![\w@.])@([\w.+-]{1,150})")


def _inline(escaped: str) -> str:
    codes: list[str] = []

    def keep_code(match):
        codes.append(match.group(1))
        return f"\x00{len(codes) - 1}\x00"

    text = _CODE.sub(keep_code, escaped)
    text = _LINK.sub(r'<a href="\2">\1</a>', text)
    text = _BARE_URL.sub(r'<a href="\1">\1</a>', text)
    text = _BOLD.sub(r"<strong>\1</strong>", text)
    text = _ITALIC.sub(r"<em>\1</em>", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: f"<code>{codes[int(m.group(1))]}</code>", text)


def render(text: str) -> str:
    """Member text → safe HTML; links open nothing and carry rel="nofollow ugc"."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    html = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith(("- ", "* ")) for line in lines):
            items = "".join(f"<li>{_inline(escape(line.lstrip()[2:]))}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append("<p>" + "<br>".join(_inline(escape(line)) for line in lines) + "</p>")
    return sanitise("".join(html))


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc",
    )


def mentions(text: str) -> list[str]:
    """Mentioned usernames, each once, in the order they first appear."""
    return list(dict.fromkeys(name.rstrip(".") for name in MENTION.findall(text or "")))


def mentioned_usernames(text: str) -> set[str]:
    return set(mentions(text))
