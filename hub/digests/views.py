"""Public digest pages: subscribe, confirm, manage by signed link, one-click unsubscribe."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from hub.core import limits
from hub.members.decorators import member_required
from hub.members.services.accounts import is_member

from .forms import PreferencesForm, SubscribeForm
from .models import Subscription
from .services import subscriptions, tokens


def _bad_link(request, status: int, reason: str):
    return render(request, "digests/bad_link.html", {"reason": reason}, status=status)


def _from_token(request, purpose: str, token: str):
    """(subscription, None) for a good link, or (None, an error page) for a bad one."""
    try:
        pk = tokens.read(purpose, token)
    except tokens.ExpiredToken:
        return None, _bad_link(request, 400, "expired")
    except tokens.InvalidToken:
        return None, _bad_link(request, 400, "invalid")
    subscription = Subscription.objects.filter(pk=pk).first()
    if subscription is None:
        return None, _bad_link(request, 404, "unknown")
    return subscription, None


def _choices(form) -> dict:
    data = form.cleaned_data
    return {name: data[name] for name in PreferencesForm.base_fields if name in data}


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if is_member(request.user):
        return redirect("digests:preferences")
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        try:
            subscriptions.request(email, _choices(form), client=limits.client_ip(request))
        except limits.RateLimited as limited:
            form.add_error(None, limited.message)
            response = render(request, "digests/subscribe.html", {"form": form}, status=429)
            response["Retry-After"] = str(limited.retry_after)
            return response
        return render(request, "digests/check_inbox.html", {"email": email})
    status = 400 if form.errors else 200
    return render(request, "digests/subscribe.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    # A GET only shows a button: mail scanners follow links, and must not give consent.
    subscription, error = _from_token(request, tokens.CONFIRM, token)
    if error:
        return error
    if request.method == "POST":
        subscriptions.confirm(subscription)
        return redirect("digests:manage", tokens.make(tokens.PREFERENCES, subscription.pk))
    return render(request, "digests/confirm.html", {"subscription": subscription})


@csrf_exempt  # RFC 8058: mail providers POST "List-Unsubscribe=One-Click" with no cookies
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscription, error = _from_token(request, tokens.UNSUBSCRIBE, token)
    if error:
        return error
    if request.method == "POST":
        subscriptions.unsubscribe(subscription)
        return render(request, "digests/unsubscribed.html", {"subscription": subscription})
    return render(request, "digests/unsubscribe.html", {"subscription": subscription})


@require_http_methods(["GET", "POST"])
def manage(request, token):
    subscription, error = _from_token(request, tokens.PREFERENCES, token)
    if error:
        return error
    return _preferences_page(request, subscription, token=token)


@member_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    subscription = subscriptions.for_member(request.user)
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            subscriptions.save_for_member(request.user, _choices(form))
            messages.success(request, _("Your digest preferences are saved."))
            return redirect("digests:preferences")
    else:
        initial = PreferencesForm.initial_for(subscription) if subscription else {}
        form = PreferencesForm(initial=initial or {"frequency": "weekly"})
    return render(
        request,
        "digests/preferences.html",
        {"form": form, "subscription": subscription, "member": True},
        status=400 if form.errors else 200,
    )


def _preferences_page(request, subscription, token):
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            subscriptions.update(subscription, _choices(form))
            messages.success(request, _("Your digest preferences are saved."))
            return redirect(reverse("digests:manage", args=[token]))
    else:
        form = PreferencesForm(initial=PreferencesForm.initial_for(subscription))
    return render(
        request,
        "digests/preferences.html",
        {
            "form": form,
            "subscription": subscription,
            "unsubscribe_token": tokens.make(tokens.UNSUBSCRIBE, subscription.pk),
        },
        status=400 if form.errors else 200,
    )
