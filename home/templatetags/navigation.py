from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The site root's children that editors ticked 'show in menus', in the active language.

    Without a home page in that language, the default language's menu is shown.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = site.root_page.localized.get_children().live().public().in_menu() if site else []
    current = context.get("page")
    return {"items": items, "current_path": current.url_path if current else ""}
