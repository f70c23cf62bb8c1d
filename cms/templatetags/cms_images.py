"""``{% page_image page "card" %}``: a page's image as a responsive ``<picture>``.

AVIF and WebP sources with a JPEG fallback, each in the widths of its role (cms/images.py), with
width and height set (no layout shift), ``decoding="async"``, and ``loading="lazy"`` for roles
below the fold. Nothing at all when the page has no image or its file cannot be read.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture

from cms import images

register = template.Library()


@register.simple_tag
def page_image(page, role: str):
    if not getattr(page, "image_id", None):
        return ""
    found = images.renditions(page.image, role)
    if not found:
        return ""
    spec = images.ROLES[role]
    attrs = {"alt": page.image_alt_text, "sizes": spec.sizes_attr, "decoding": "async"}
    if spec.lazy:
        attrs["loading"] = "lazy"
    else:
        attrs["fetchpriority"] = "high"
    html = Picture(found, attrs).__html__()
    # Wagtail writes a bare <picture>; the class places it in the card or page layout.
    opening = format_html('<picture class="page-image page-image--{}">', role)
    return mark_safe(html.replace("<picture>", opening, 1))  # noqa: S308 - Wagtail's escaped markup
