"""Wagtail admin: digest runs (read-only), subscriptions, and a preview of any digest."""

from datetime import datetime, time

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .forms import PreviewForm
from .models import DigestRun, Subscription
from .services import content, emails, periods, subscriptions


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Runs and subscriptions change only through the digest services, never by hand."""

    def __init__(self, model, view_permission=None):
        super().__init__(model)
        self.view_permission = view_permission

    def _can_view(self, user):
        if not (user.is_active and user.is_authenticated):
            return False
        if self.view_permission:
            return user.has_perm(self.view_permission)
        return super().user_has_permission(user, "view")

    def user_has_permission(self, user, action):
        return action == "view" and self._can_view(user)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self._can_view(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


def register_policies():
    # Editors (anyone who may use the admin) see the runs; subscribers' addresses are personal
    # data, so only those given "view subscription" see that list.
    register_permission_policy(
        DigestRun, ReadOnlyPolicy(DigestRun, view_permission="wagtailadmin.access_admin")
    )
    register_permission_policy(Subscription, ReadOnlyPolicy(Subscription))


class DigestRunViewSet(ModelViewSet):
    model = DigestRun
    menu_label = _("Digest runs")
    icon = "mail"
    url_prefix = "digests/runs"
    name = "digest_runs"
    list_filter = ["frequency"]
    list_display = [
        "__str__",
        "frequency",
        "period_start",
        "period_end",
        "started_at",
        "finished_at",
        "total",
        "sent",
        "skipped",
        "failed",
    ]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["frequency"]


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    menu_label = _("Subscribers")
    icon = "group"
    url_prefix = "digests/subscribers"
    name = "digest_subscribers"
    list_filter = ["status", "frequency"]
    search_fields = ["email"]
    list_display = [
        "email",
        "frequency",
        "status",
        Column("confirmed_at", label=_("Confirmed")),
        "bounce_count",
        "last_sent_at",
    ]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["frequency"]


class DigestViewSetGroup(ModelViewSetGroup):
    menu_label = _("Digests")
    menu_icon = "mail"
    menu_order = 320
    items = (DigestRunViewSet, SubscriptionViewSet)


class PreviewView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Shows a subscriber's digest with their signed links and whether an address subscribes:
    the same personal data as the subscriber list, so the same "view subscription" permission."""

    model = Subscription
    permission_required = "view"
    page_title = _("Preview a digest")
    header_icon = "mail"
    template_name = "digests/admin/preview.html"
    form_class = PreviewForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.request.GET.get("subscription"):
            kwargs["data"] = self.request.GET
        return kwargs

    def get(self, request, *args, **kwargs):
        form = self.get_form()
        context = self.get_context_data(form=form)
        if form.is_bound and form.is_valid():
            try:
                context.update(preview(**form.cleaned_data))
            except periods.OutOfRange as error:
                form.add_error("date", str(error))
        status = 400 if form.is_bound and form.errors else 200
        return self.render_to_response(context, status=status)


def preview(subscription, frequency=None, date=None) -> dict:
    """The digest a subscriber would get for the period holding ``date`` (default: the last)."""
    frequency = periods.preview_frequency(subscription, frequency)
    if date:
        moment = datetime.combine(date, time(12), tzinfo=periods.zone())
        period = periods.containing(frequency, moment)
    else:
        period = periods.last_completed(frequency, timezone.now())
    # What the subscriber would read, in their language, whatever the editor's.
    with translation.override(subscriptions.language_for(subscription)):
        digest = content.build_for(subscription, period)
        subscription.frequency = frequency
        message = emails.digest_message(digest, subscription, run_id=0)
    return {
        "period": period,
        "digest": digest,
        "message": message,
        "html": message.alternatives[0][0],
    }
