"""The site identity (name, tagline, footer) as a translatable snippet, beside Site settings."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteIdentity


class SiteIdentityViewSet(SnippetViewSet):
    model = SiteIdentity
    icon = "site"
    list_display = ["name", "tagline"]
    add_to_admin_menu = False


register_snippet(SiteIdentityViewSet)
