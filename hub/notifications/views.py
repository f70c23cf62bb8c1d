"""The notification page, marking read, opening, preferences and one-click unsubscribe.

Opening a notification is a signed GET (``inbox.open``): an ordinary link, so it opens in a new
tab, reads as a link to screen readers and works from the digest email too; the signature ties it
to one notification of one member, so another site cannot make a member's browser mark things
read (what CSRF protection would otherwise be needed for).
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hub.core.http import redirect_back
from hub.digests.services import tokens

from .forms import PreferencesForm
from .kinds import KINDS
from .services import inbox, preferences


@login_required
@require_GET
def notification_list(request):
    page, items = inbox.page_for(request.user, request.GET.get("page"))
    return render(
        request,
        "notifications/list.html",
        {
            "items": items,
            "pager": {"page": page, "query_string": ""},
            "unread": inbox.unread_count(request.user),
        },
    )


def _back(request):
    return redirect_back(request.POST.get("next", ""), "notifications:list")


@login_required
@require_POST
def mark_read(request, pk):
    try:
        inbox.mark_read(request.user, pk)
    except inbox.NotFound:
        raise Http404(_("There is no such notification.")) from None
    return _back(request)


@login_required
@require_POST
def mark_all_read(request):
    count = inbox.mark_all_read(request.user)
    if count:
        messages.success(request, _("All your notifications are marked as read."))
    return _back(request)


@login_required
@require_GET
def open_notification(request, pk, signature):
    try:
        url = inbox.open(request.user, pk, signature)
    except inbox.NotFound:
        raise Http404(_("There is no such notification.")) from None
    except signing.BadSignature:
        return HttpResponseBadRequest(_("This link is not valid."))
    return redirect(url)


@login_required
@require_http_methods(["GET", "POST"])
def preferences_view(request):
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            preferences.save(request.user, form.cleaned_data)
            messages.success(request, _("Your notification preferences are saved."))
            return redirect("notifications:preferences")
    else:
        form = PreferencesForm(initial=preferences.channels_for(request.user))
    return render(
        request,
        "notifications/preferences.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@csrf_exempt  # RFC 8058: mail providers POST "List-Unsubscribe=One-Click" with no cookies
@require_http_methods(["GET", "POST"])
def unsubscribe(request, kind, token):
    try:
        user_id = preferences.user_id_from(kind, token)
    except tokens.InvalidToken:
        return render(request, "notifications/bad_link.html", status=400)
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return render(request, "notifications/bad_link.html", status=400)
    context = {"what": _label(kind)}
    if request.method == "POST":
        preferences.unsubscribe(user, kind)
        return render(request, "notifications/unsubscribed.html", context)
    return render(request, "notifications/unsubscribe.html", context)


def _label(kind: str) -> str:
    if kind in preferences.DIGESTS:
        if kind == "daily":
            return _("The daily notification digest")
        return _("The weekly notification digest")
    return KINDS[kind].label
