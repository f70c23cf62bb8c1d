"""Cover illustrations for the demo pages, drawn with Pillow: nothing is downloaded or committed.

Each theme has its own motif and colours, taken from the hub's brand palette; each page varies
them with its slug, so that the cards of one theme are related but not identical. The same slug
always gives the same picture. No text is drawn: one picture serves every language (its alt text
is translated instead), and a picture of words would be unreadable to a screen reader.
"""

import io
import math
import random
import zlib

from django.utils import translation
from django.utils.translation import gettext_lazy as _

WIDTH, HEIGHT = 960, 540
#: Drawn at twice the size and reduced, which smooths the edges of the shapes.
SCALE = 2

#: (background, shape colours): the brand blues, the accent orange, and colours that go with them.
PALETTES = [
    ("#0b5394", ["#f2f6fa", "#ffbf47", "#5b9bd5"]),
    ("#073763", ["#e07b39", "#f4e3c1", "#2a9d8f"]),
    ("#f2f6fa", ["#0b5394", "#a84300", "#9fc5e8"]),
    ("#1a5e57", ["#f4e3c1", "#ffbf47", "#7fc8bd"]),
]

#: What each motif looks like, for the alt text. The order is the motifs' order in `MOTIFS`.
MOTIF_DESCRIPTIONS = [
    _("rows of circles"),
    _("a mosaic of triangles"),
    _("bands of waves"),
    _("diagonal stripes"),
    _("a grid of dots of different sizes"),
    _("a lattice of diamonds"),
    _("concentric rings"),
    _("rising bars"),
]


def _circles(draw, rnd, colours, w, h):
    step = rnd.choice([120, 150, 180]) * SCALE
    for row, y in enumerate(range(-step // 2, h + step, step)):
        for x in range(-step // 2 + (row % 2) * step // 2, w + step, step):
            r = step * rnd.choice([0.3, 0.4, 0.45])
            draw.ellipse([x - r, y - r, x + r, y + r], fill=rnd.choice(colours))


def _triangles(draw, rnd, colours, w, h):
    step = rnd.choice([135, 180, 240]) * SCALE
    for y in range(0, h, step):
        for x in range(0, w, step):
            corner = rnd.randrange(4)
            points = [(x, y), (x + step, y), (x + step, y + step), (x, y + step)]
            del points[corner]
            draw.polygon(points, fill=rnd.choice(colours))


def _waves(draw, rnd, colours, w, h):
    band = rnd.choice([60, 80, 90]) * SCALE
    amplitude = band * 0.6
    period = rnd.choice([240, 320, 480]) * SCALE
    phase = rnd.random() * math.tau
    for i, top in enumerate(range(-band, h + band, band)):
        points = [
            (x, top + amplitude * math.sin(phase + i * 0.6 + x / period * math.tau))
            for x in range(0, w + 20 * SCALE, 20 * SCALE)
        ]
        draw.polygon([*points, (w, h), (0, h)], fill=colours[i % len(colours)])


def _stripes(draw, rnd, colours, w, h):
    band = rnd.choice([60, 90, 120]) * SCALE
    for i, x in enumerate(range(-h, w + band, band)):
        colour = colours[(i + rnd.randrange(2)) % len(colours)]
        draw.polygon([(x, h), (x + band, h), (x + band + h, 0), (x + h, 0)], fill=colour)


def _dots(draw, rnd, colours, w, h):
    step = rnd.choice([60, 80]) * SCALE
    for y in range(step // 2, h, step):
        for x in range(step // 2, w, step):
            r = step * (0.12 + 0.3 * (0.5 + 0.5 * math.sin(x / w * math.pi + y / h * 2)))
            draw.ellipse([x - r, y - r, x + r, y + r], fill=colours[(x // step) % len(colours)])


def _diamonds(draw, rnd, colours, w, h):
    step = rnd.choice([120, 160]) * SCALE
    for row, y in enumerate(range(0, h + step, step // 2)):
        for x in range((row % 2) * step // 2, w + step, step):
            half = step // 2 - 4 * SCALE
            draw.polygon(
                [(x, y - half), (x + half, y), (x, y + half), (x - half, y)],
                fill=rnd.choice(colours),
            )


def _rings(draw, rnd, colours, w, h):
    cx, cy = rnd.choice([0, w]), rnd.randrange(0, h)
    width = rnd.choice([40, 55, 70]) * SCALE
    radius = int(math.hypot(w, h)) + width
    i = 0
    while radius > 0:
        draw.ellipse(
            [cx - radius, cy - radius, cx + radius, cy + radius], fill=colours[i % len(colours)]
        )
        radius -= width
        i += 1


def _steps(draw, rnd, colours, w, h):
    step = rnd.choice([80, 120, 160]) * SCALE
    rise = h / (w / step + 1)
    for i, x in enumerate(range(0, w, step)):
        top = h - (i + 1) * rise * rnd.uniform(0.8, 1.2)
        draw.rectangle([x, top, x + step, h], fill=colours[i % len(colours)])


MOTIFS = [_circles, _triangles, _waves, _stripes, _dots, _diamonds, _rings, _steps]


def _number(text: str) -> int:
    return zlib.crc32(text.encode())


def style(theme_slug: str) -> tuple[int, int]:
    """The (motif, palette) of a theme: the same on every run and every machine."""
    number = _number(theme_slug)
    return number % len(MOTIFS), (number // len(MOTIFS)) % len(PALETTES)


def cover_png(theme_slug: str, seed: str) -> bytes:
    """A PNG cover for a page on `theme_slug`, varied by `seed` (the page's slug)."""
    from PIL import Image, ImageDraw

    motif, palette = style(theme_slug)
    background, colours = PALETTES[palette]
    rnd = random.Random(_number(seed))  # noqa: S311 - a drawing, not a secret
    colours = rnd.sample(colours, len(colours))
    w, h = WIDTH * SCALE, HEIGHT * SCALE
    picture = Image.new("RGB", (w, h), background)
    MOTIFS[motif](ImageDraw.Draw(picture), rnd, colours, w, h)
    out = io.BytesIO()
    picture.reduce(SCALE).save(out, format="PNG")
    return out.getvalue()


def alt_text(theme, language: str, slug: str = "") -> str:
    """What the cover of a page on `theme` (or, without one, styled by `slug`) shows."""
    motif, _palette = style(theme.slug if theme else slug)
    with translation.override(language):
        if theme is None:
            return _("Cover illustration: %(motif)s.") % {"motif": MOTIF_DESCRIPTIONS[motif]}
        return _("Cover illustration for the theme “%(theme)s”: %(motif)s.") % {
            "theme": theme.localized(language),
            "motif": MOTIF_DESCRIPTIONS[motif],
        }
