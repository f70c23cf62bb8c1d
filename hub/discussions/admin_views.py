"""The moderation queue and the e-discussion promotion, in the Wagtail admin."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.models import EDiscussionPage

from .models import ThreadComment
from .services import comments, ediscussions, moderation
from .services.comments import Refused


def _require_moderator(request):
    if not comments.is_moderator(request.user):
        raise PermissionDenied


def queue(request):
    _require_moderator(request)
    items = list(moderation.queue()[:200])
    for item in items:
        item.target = comments.target_of(item)
    return TemplateResponse(request, "discussions/admin/queue.html", {"items": items})


@require_POST
def act(request, pk, action):
    _require_moderator(request)
    comment = get_object_or_404(ThreadComment, pk=pk)
    if action == "remove":
        moderation.remove(comment)
        messages.success(request, _("Comment removed."))
    elif action == "restore":
        moderation.restore(comment)
        messages.success(request, _("Comment restored and shown."))
    elif action == "ban":
        moderation.ban_author(comment, request.user, request.POST.get("reason", ""))
        messages.success(
            request, _("%(name)s is banned; the comment is removed.") % {"name": comment.user_name}
        )
    else:
        messages.error(request, _("Unknown action."))
    return redirect("discussions_admin:queue")


def promote(request, page_id):
    page = get_object_or_404(EDiscussionPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if request.method == "POST":
        try:
            resource = ediscussions.promote_summary(page, request.user)
        except Refused as error:
            messages.error(request, error.message)
            return redirect("wagtailadmin_pages:edit", page.pk)
        messages.success(
            request, _("Published in the library as “%(title)s”.") % {"title": resource.title}
        )
        return redirect("wagtailadmin_pages:edit", resource.pk)
    return TemplateResponse(request, "discussions/admin/promote.html", {"page": page})
