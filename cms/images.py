"""Page images: the renditions each place shows, their prefetching, and the image upload form.

One image per page, chosen from Wagtail's image library (with its focal point). A place that
shows it (a card, the top of a page) is a *role*; its renditions are declared once here, so the
template tag that draws the ``<picture>`` (cms/templatetags/cms_images.py), the listings that
prefetch renditions and the publishing hook that makes them ahead of visitors all agree. The
image upload form, with alt text required, is in cms/image_forms.py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Filter

log = logging.getLogger(__name__)

#: Most browsers take AVIF, then WebP; JPEG is for the rest. Listed best first, fallback last.
FORMATS = ("avif", "webp", "jpeg")


def formats() -> tuple[str, ...]:
    """The formats offered: ``HUB_IMAGE_FORMATS`` where a setting narrows them (tests do)."""
    return tuple(getattr(settings, "HUB_IMAGE_FORMATS", FORMATS))


@dataclass(frozen=True)
class Role:
    """Where a page's image is shown: the rendition sizes and how wide it is drawn."""

    name: str
    #: Wagtail resize rules, one per width offered in ``srcset``, smallest first.
    sizes: tuple[str, ...]
    #: The ``sizes`` attribute: how wide the image is drawn, so the browser picks a width.
    sizes_attr: str
    #: Lazy for images below the fold; the first image at the top of a page loads at once.
    lazy: bool

    @property
    def specs(self) -> list[str]:
        return [f"{size}|format-{fmt}" for fmt in formats() for size in self.sizes]


ROLES = {
    # A 4:3 thumbnail beside a card's text, 8rem wide (6rem on phones): 128 px, twice that for
    # dense screens.
    "card": Role(
        "card", ("fill-128x96", "fill-256x192"), "(min-width: 30em) 8rem, 6rem", lazy=True
    ),
    # 16:9 at the top of a page, as wide as the text column or the screen, whichever is less.
    "hero": Role(
        "hero",
        ("fill-480x270", "fill-960x540"),
        "(min-width: 48rem) 46rem, calc(100vw - 2rem)",
        lazy=False,
    ),
}


def rendition_prefetch(relation: str = "image", role: str = "card") -> Prefetch:
    """Prefetch the renditions of ``role`` for the image at ``relation``: one query a listing.

    Use with ``select_related(relation)``; Wagtail then finds the renditions on the image.
    """
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{relation}__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=ROLES[role].specs),
        to_attr="prefetched_renditions",
    )


def renditions(image, role: str) -> dict | None:
    """The renditions of ``image`` for ``role`` (made now if missing), or None if it cannot be read.

    A file that went missing or cannot be decoded costs the visitor the picture, not the page.
    """
    try:
        return image.get_renditions(*(Filter(spec=spec) for spec in ROLES[role].specs))
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        log.warning("Image %s could not be rendered for %s", image.pk, role, exc_info=True)
        return None


def make_renditions(image) -> None:
    """Make every role's renditions of ``image`` now, so no visitor waits for them."""
    for role in ROLES:
        renditions(image, role)
