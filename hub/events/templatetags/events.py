"""The events a member attended, on their profile (only when they chose to show them)."""

from django import template

from hub.events.models import Registration

register = template.Library()


@register.inclusion_tag("events/includes/attended.html")
def attended_events(user):
    attended = (
        Registration.objects.filter(user=user, attended=True, page__live=True)
        .select_related("page")
        .order_by("-page__start")
    )
    return {"pages": [registration.page for registration in attended]}
