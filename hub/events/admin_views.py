"""Organiser screens in the Wagtail admin: registrants, decisions, attendance, CSV, a message.

Every view asks services.organisers.can_organise (editors who may edit the page, or its chosen
organisers); anybody else gets 403, whatever their other permissions.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.models import EventPage
from hub.events.models import Registration

from .forms import MessageForm
from .services import organisers, registrations
from .services.registrations import RegistrationRefused


class OrganiserMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, page_id: int, *args, **kwargs):
        self.page = get_object_or_404(EventPage, pk=page_id)
        if not organisers.can_organise(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return [
            {
                "url": reverse("wagtailadmin_explore", args=[self.page.get_parent().pk]),
                "label": self.page.get_parent().title,
            },
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, **kwargs)


ACTIONS = {"approve", "decline", "present", "absent", "promote"}


class RegistrantsView(OrganiserMixin, TemplateView):
    template_name = "events/admin/registrants.html"
    page_title = gettext_lazy("Registrations")

    def get_context_data(self, **kwargs):
        questions = organisers.questions_of(self.page)
        rows = list(organisers.registrants(self.page))
        for registration in rows:
            registration.answer_cells = organisers.answer_cells(registration, questions)
        return super().get_context_data(
            registrants=rows,
            questions=questions,
            counts=registrations.counts(self.page),
            seats_left=registrations.seats_left(self.page),
            started=self.page.start <= timezone.now(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action not in ACTIONS:
            return HttpResponseBadRequest(_("Unknown action."))
        if action == "promote":
            promoted = registrations.promote_waiting(self.page)
            messages.success(
                request, _("%(n)s promoted from the waiting list.") % {"n": len(promoted)}
            )
            return redirect(request.path)
        raw = request.POST.get("registration", "")
        registration = None
        if raw.isascii() and raw.isdigit() and len(raw) <= 18:  # longer overflows SQLite
            registration = Registration.objects.filter(page=self.page, pk=int(raw)).first()
        if registration is None:
            return HttpResponseBadRequest(_("No such registration for this event."))
        try:
            if action == "approve":
                registrations.approve(registration)
            elif action == "decline":
                registrations.decline(registration)
            else:
                registrations.mark_attendance(registration, action == "present")
        except RegistrationRefused as refused:
            messages.error(request, str(refused))
            return self.render_to_response(self.get_context_data(), status=refused.status)
        messages.success(request, _("Saved: %(name)s.") % {"name": registration.display_name})
        return redirect(request.path)


class ExportView(OrganiserMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        response = HttpResponse(
            organisers.csv_export(self.page), content_type="text/csv; charset=utf-8"
        )
        filename = f"registrations-{slugify(self.page.slug) or self.page.pk}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class MessageView(OrganiserMixin, FormView):
    template_name = "events/admin/message.html"
    page_title = gettext_lazy("Email all registrants")
    form_class = MessageForm

    def form_valid(self, form):
        sent = organisers.message_everyone(
            self.page, form.cleaned_data["subject"], form.cleaned_data["text"]
        )
        messages.success(self.request, _("Your message goes to %(n)s registrants.") % {"n": sent})
        return redirect("events_registrants", self.page.pk)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)
