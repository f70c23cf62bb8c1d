"""Moderators read reported messages (and only those) in the Wagtail admin."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .models import MessageReport


class ReportReviewForm(forms.ModelForm):
    class Meta:
        model = MessageReport
        fields = ["resolved"]


class MessageReportViewSet(ModelViewSet):
    model = MessageReport
    menu_label = _("Message reports")
    icon = "warning"
    add_to_admin_menu = True
    menu_order = 310
    url_prefix = "message-reports"
    name = "message_reports"
    form_class = ReportReviewForm
    list_filter = ["resolved", "reason"]
    list_display = [
        Column("message", label=_("Reported message"), accessor="message.body"),
        Column("sender", label=_("Sender"), accessor="message.sender"),
        "reason",
        "details",
        Column("reporter", label=_("Reported by"), accessor="reporter"),
        "created_at",
        "resolved",
    ]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return ReportReviewForm


@hooks.register("register_admin_viewset")
def register_report_viewset():
    return MessageReportViewSet()
