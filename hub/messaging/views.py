"""Inbox, conversations and their updates. Anyone who is not a participant gets a 404."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hub.core.http import redirect_back
from hub.members.decorators import member_required
from hub.members.services.accounts import is_member
from hub.members.services.visibility import visible_profiles
from hub.notifications.services import inbox as notification_inbox

from .forms import MessageForm, NewConversationForm, ReportForm
from .models import Message
from .services import conversations
from .services.conversations import MessagingDenied, MessagingError, MessagingRateLimited


def _error_status(exc: MessagingError) -> int:
    if isinstance(exc, MessagingRateLimited):
        return 429
    return 403 if isinstance(exc, MessagingDenied) else 400


def _with_retry_after(response, exc: MessagingError | None):
    if isinstance(exc, MessagingRateLimited):
        response["Retry-After"] = str(exc.retry_after)
    return response


def _conversation_or_404(request, pk):
    conversation = conversations.get_for(request.user, pk)
    if conversation is None:
        raise Http404("No such conversation")
    return conversation


@member_required
def inbox(request):
    return render(request, "messaging/inbox.html", {"seats": conversations.inbox(request.user)})


@member_required
@require_http_methods(["GET", "POST"])
def new_conversation(request):
    initial = {"to": request.GET.get("to", "")[:400]}
    form = NewConversationForm(request.POST or None, initial=initial)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            recipients = conversations.resolve_recipients(request.user, form.usernames())
            conversation = conversations.start(
                request.user,
                recipients,
                form.cleaned_data["body"],
                form.cleaned_data["subject"],
            )
        except MessagingError as exc:
            error = exc
            form.add_error(None, str(exc))
        else:
            return redirect("messaging:conversation", pk=conversation.pk)
    status = (_error_status(error) if error else 400) if form.is_bound else 200
    response = render(request, "messaging/new.html", {"form": form}, status=status)
    return _with_retry_after(response, error)


@member_required
@require_http_methods(["GET", "POST"])
def conversation_view(request, pk):
    conversation = _conversation_or_404(request, pk)
    form = MessageForm(request.POST or None)
    status = 200
    error = None
    if request.method == "POST":
        if form.is_valid():
            try:
                conversations.post(request.user, conversation, form.cleaned_data["body"])
            except MessagingError as exc:
                error = exc
                form.add_error(None, str(exc))
                status = _error_status(exc)
            else:
                return redirect("messaging:conversation", pk=conversation.pk)
        else:
            status = 400
    history = conversations.messages_for(conversation)
    if history:
        conversations.mark_read(request.user, conversation, history[-1].pk)
    others = [
        p.user
        for p in conversation.participants.exclude(user=request.user).select_related(
            "user__profile"
        )
    ]
    response = render(
        request,
        "messaging/conversation.html",
        {
            "conversation": conversation,
            "history": history,
            "others": others,
            "form": form,
            "cannot_post": conversations.can_post(request.user, conversation),
            "last_id": history[-1].pk if history else 0,
        },
        status=status,
    )
    return _with_retry_after(response, error)


@member_required
@require_GET
def updates(request, pk):
    """New messages after ?after=<id>, as HTML to append; polled by static/js/messaging.js."""
    conversation = _conversation_or_404(request, pk)
    try:
        after = max(0, int(request.GET.get("after", "0")))
    except ValueError:
        return JsonResponse({"error": _("after must be a message number")}, status=400)
    new = conversations.messages_for(conversation, after_id=after)
    if new:
        conversations.mark_read(request.user, conversation, new[-1].pk)
    html = render_to_string(
        "messaging/includes/messages.html", {"history": new, "user": request.user}
    )
    return JsonResponse(
        {
            "html": html,
            "last_id": new[-1].pk if new else after,
            "unread": conversations.unread_count(request.user),
            "notifications": notification_inbox.unread_count(request.user),
        }
    )


@require_GET
def unread(request):
    if not is_member(request.user):
        return JsonResponse({"unread": 0}, status=403)
    # The one poller (static/js/messaging.js) keeps the bell's count fresh too.
    return JsonResponse(
        {
            "unread": conversations.unread_count(request.user),
            "notifications": notification_inbox.unread_count(request.user),
        }
    )


@member_required
@require_GET
def recipients(request):
    """Recipient picker: only members the asker may see and message."""
    found = conversations.recipients_for(request.user, request.GET.get("q", ""))
    return JsonResponse(
        {
            "results": [
                {
                    "username": p.user.username,
                    "name": p.display_name,
                    "organisation": p.organisation,
                }
                for p in found
            ]
        }
    )


def _back(request):
    return redirect_back(request.POST.get("next", ""), "messaging:inbox")


def _visible_user(request, username):
    User = get_user_model()
    user = get_object_or_404(User, username=username)
    # Blocking someone you cannot see, or have never heard of, is not offered.
    if not visible_profiles(request.user).filter(user=user).exists() and not (
        conversations.has_blocked(request.user, user)
    ):
        raise Http404("No such member")
    return user


@member_required
@require_POST
def block(request, username):
    other = _visible_user(request, username)
    conversations.block(request.user, other)
    messages.success(request, _("Blocked. They can no longer message you."))
    return _back(request)


@member_required
@require_POST
def unblock(request, username):
    other = _visible_user(request, username)
    conversations.unblock(request.user, other)
    messages.success(request, _("Unblocked."))
    return _back(request)


@member_required
@require_http_methods(["GET", "POST"])
def report(request, message_pk):
    message = get_object_or_404(Message, pk=message_pk)
    conversation = _conversation_or_404(request, message.conversation_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST":
        error = None
        if form.is_valid():
            try:
                conversations.report(
                    request.user,
                    message,
                    form.cleaned_data["reason"],
                    form.cleaned_data["details"],
                )
            except MessagingError as exc:
                error = exc
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Thank you: the moderators will look at this message."))
                return redirect("messaging:conversation", pk=conversation.pk)
        response = render(
            request,
            "messaging/report.html",
            {"form": form, "message": message},
            status=_error_status(error) if error else 400,
        )
        return _with_retry_after(response, error)
    return render(request, "messaging/report.html", {"form": form, "message": message})
