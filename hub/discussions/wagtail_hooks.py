from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from cms.models import EDiscussionPage

from . import admin_views
from .services.comments import is_moderator


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.queue, name="queue"),
        path("comment/<id:pk>/<str:action>/", admin_views.act, name="act"),
        path("e-discussion/<id:page_id>/promote/", admin_views.promote, name="promote"),
    ]
    return [path("discussions/", include((urls, "discussions_admin")))]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Comment moderation"), reverse("discussions_admin:queue"), icon_name="comment", order=310
    )


@hooks.register("register_page_header_buttons")
def promote_summary_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page
    promotable = isinstance(specific, EDiscussionPage) and specific.summary
    if promotable and not specific.summary_resource_id:
        yield Button(
            _("Promote summary to the library"),
            reverse("discussions_admin:promote", args=[page.pk]),
            icon_name="doc-full",
            priority=60,
        )
