"""iCalendar (RFC 5545) export of events."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

from home.links import absolute_url, site_name


def calendar_for(events, request=None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//M4D Hub//Events//EN")
    calendar.add("version", "2.0")
    calendar.add(
        "x-wr-calname", gettext("%(site_name)s events") % {"site_name": site_name(request)}
    )
    for page in events:
        event = Event()
        event.add("uid", f"event-{page.pk}@m4d-hub")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", page.local_start)
        event.add("dtend", page.local_end)
        event.add("summary", page.title)
        organiser = gettext("Organiser: %(name)s") % {"name": page.organiser}
        lines = [page.intro, organiser if page.organiser else ""]
        description = "\n\n".join(line for line in lines if line)
        if description:
            event.add("description", description)
        if page.location:
            event.add("location", page.location)
        url = absolute_url(page, request)
        if url:
            event.add("url", url)
        calendar.add_component(event)
    # RFC 5545 wants a VTIMEZONE for every TZID a property names; clients without the IANA
    # database (Outlook among them) otherwise guess or fall back to UTC.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def ical_response(events, filename: str, request=None) -> HttpResponse:
    response = HttpResponse(
        calendar_for(events, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
