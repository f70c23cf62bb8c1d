"""Registering, confirming an address and cancelling: thin views over services.registrations."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.views.decorators.http import require_http_methods

from cms.models import EventPage
from hub.core import limits
from hub.events.models import Registration
from hub.members.services import accounts

from .forms import RegistrationForm
from .services import registrations, tokens
from .services.registrations import RegistrationRefused


def _event(page_id: int) -> EventPage:
    page = get_object_or_404(EventPage, pk=page_id, live=True)
    if not page.registration_enabled:
        raise Http404("This event does not take registrations on the hub.")
    return page


def _refused(request, page, refused: RegistrationRefused, form=None):
    context = {"page": page, "error": str(refused), "form": form}
    return render(request, "events/refused.html", context, status=refused.status)


@require_http_methods(["GET", "POST"])
def register(request, page_id: int):
    page = _event(page_id)
    is_member = accounts.is_member(request.user)
    current = registrations.current_for(page, request.user) if is_member else None
    guest = not is_member and page.registration_non_members
    context = {
        "page": page,
        "current": current,
        "is_member": is_member,
        "guest": guest,
        "is_open": registrations.is_open(page),
        "seats_left": registrations.seats_left(page),
        "cancel_token": tokens.make(tokens.CANCEL, current.pk) if current else "",
    }
    if request.method == "GET":
        if context["is_open"] and not current and (is_member or guest):
            context["form"] = RegistrationForm(page, guest=guest)
        return render(request, "events/register.html", context)

    form = RegistrationForm(page, request.POST, guest=guest)
    try:
        registrations.check_open(page)
        if not is_member and not guest:
            raise registrations.NotAllowed
        if current:
            raise registrations.AlreadyRegistered
        if not form.is_valid():
            return render(request, "events/register.html", {**context, "form": form}, status=400)
        time_zone = form.cleaned_data["time_zone"]
        if is_member:
            registration = registrations.register_member(
                page, request.user, form.answers(), time_zone=time_zone
            )
        else:
            registration = registrations.register_guest(
                page,
                form.cleaned_data["name"],
                form.cleaned_data["email"],
                form.answers(),
                language=translation.get_language(),
                time_zone=time_zone,
                client=limits.client_ip(request),
            )
    except RegistrationRefused as refused:
        return _refused(request, page, refused)
    return render(request, "events/registered.html", {"page": page, "registration": registration})


def _from_token(request, purpose: str, token: str):
    """(registration, None) for a good link, or (None, an error page) for a bad one."""
    try:
        pk = tokens.read(purpose, token)
    except tokens.ExpiredToken:
        return None, render(request, "events/bad_link.html", {"reason": "expired"}, status=400)
    except tokens.InvalidToken:
        return None, render(request, "events/bad_link.html", {"reason": "invalid"}, status=400)
    registration = Registration.objects.select_related("page").filter(pk=pk).first()
    if registration is None:
        return None, render(request, "events/bad_link.html", {"reason": "unknown"}, status=404)
    return registration, None


@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    # A GET only shows a button: mail scanners follow links, and must not give consent.
    registration, error = _from_token(request, tokens.CONFIRM, token)
    if error:
        return error
    if request.method == "POST":
        try:
            registration = registrations.confirm_guest(registration.pk)
        except RegistrationRefused as refused:
            return _refused(request, registration.page, refused)
        context = {"page": registration.page, "registration": registration, "confirmed": True}
        return render(request, "events/registered.html", context)
    return render(request, "events/confirm.html", {"registration": registration})


@require_http_methods(["GET", "POST"])
def cancel(request, token: str):
    """No sign-in: the signed link is the proof. A GET shows the registration and a button."""
    registration, error = _from_token(request, tokens.CANCEL, token)
    if error:
        return error
    if request.method == "POST":
        try:
            registration = registrations.cancel(registration.pk)
        except RegistrationRefused as refused:
            return _refused(request, registration.page, refused)
        return render(request, "events/cancelled.html", {"registration": registration})
    return render(request, "events/cancel.html", {"registration": registration})
