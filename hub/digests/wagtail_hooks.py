"""Digests in the Wagtail admin: runs, subscribers and a preview of any subscriber's digest."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import DigestViewSetGroup, PreviewView, register_policies

register_policies()


@hooks.register("register_admin_viewset")
def register_digest_viewsets():
    return DigestViewSetGroup()


@hooks.register("register_admin_urls")
def register_preview_url():
    return [path("digests/preview/", PreviewView.as_view(), name="digests_preview")]


class PreviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("digests.view_subscription")


@hooks.register("register_admin_menu_item")
def register_preview_menu_item():
    return PreviewMenuItem(
        _("Digest preview"), reverse("digests_preview"), icon_name="view", order=321
    )
