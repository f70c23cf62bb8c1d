"""The organiser screens' URLs, and a "Registrations" button in the header of event pages in
the admin (not in page listings, where it would cost a query per event)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from cms.models import EventPage

from . import admin_views
from .services import organisers


@hooks.register("register_admin_urls")
def register_organiser_urls():
    return [
        path(
            "events/<id:page_id>/registrations/",
            admin_views.RegistrantsView.as_view(),
            name="events_registrants",
        ),
        path(
            "events/<id:page_id>/registrations/export.csv",
            admin_views.ExportView.as_view(),
            name="events_registrants_export",
        ),
        path(
            "events/<id:page_id>/registrations/message/",
            admin_views.MessageView.as_view(),
            name="events_registrants_message",
        ),
    ]


class RegistrationsButton(PageMenuItem):
    label = _("Registrations")
    icon_name = "group"

    def is_shown(self, user):
        page = self.page.specific_deferred if hasattr(self.page, "specific_deferred") else self.page
        return (
            isinstance(page, EventPage)
            and page.registration_enabled
            and organisers.can_organise(user, page)
        )

    @property
    def url(self):
        return reverse("events_registrants", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name, next_url=None):
    yield RegistrationsButton(page=page, priority=40)
