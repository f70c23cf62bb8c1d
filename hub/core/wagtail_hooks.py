"""The editor dashboard: what needs attention, and the last 12 weeks of activity."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import dashboard


class AttentionPanel(Component):
    name = "hub_attention"
    order = 10
    template_name = "core/admin/attention_panel.html"

    def __init__(self, items):
        self.items = items

    def get_context_data(self, parent_context=None):
        return {"items": self.items}


class ActivityPanel(Component):
    name = "hub_activity"
    order = 20
    template_name = "core/admin/activity_panel.html"

    def get_context_data(self, parent_context=None):
        weeks = dashboard.activity(12)
        return {"weeks": weeks, "chart": dashboard.chart(weeks)}


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    items = dashboard.attention(request.user)
    if items:
        panels.insert(0, AttentionPanel(items))
    panels.insert(1 if items else 0, ActivityPanel())


@hooks.register("insert_global_admin_css")
def dashboard_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-dashboard.css"))
