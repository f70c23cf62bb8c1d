from django import template
from django.contrib.contenttypes.models import ContentType

from hub.discussions.forms import CommentForm
from hub.discussions.services import comments

register = template.Library()


def _flatten(nodes, out):
    """Depth-first, each node knowing how many reply lists close after it: one loop renders it."""
    for node in nodes:
        node.closers = 0
        out.append(node)
        if node.children:
            _flatten(node.children, out)
            out[-1].closers += 1
    return out


@register.inclusion_tag("discussions/thread.html", takes_context=True)
def discussion_for(context, target):
    """The comment thread of a page or topic, with the form when the viewer may post."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if target is None or not comments.allows_comments(target):
        return {"enabled": False}
    if not comments.can_view_target(user, target, request):
        return {"enabled": False}
    nodes = comments.thread_for(target, user)
    refusal = comments.posting_refusal(user)
    is_open = comments.is_open(target)
    can_post = refusal is None and is_open
    depth = comments.max_level(target)
    is_page_moderator = getattr(target, "is_moderator", None)
    can_pin = bool(is_page_moderator and user and is_page_moderator(user))
    count = 0
    flat = _flatten(nodes, [])
    for node in flat:
        node.closers = range(node.closers)
        c = node.comment
        count += c.is_visible
        node.can_reply = can_post and c.is_visible and c.level < depth
        node.editable = comments.can_edit(user, c)
        node.own = bool(user and user.is_authenticated and c.user_id == user.pk)
    return {
        "enabled": True,
        "request": request,
        "user": user,
        "target": target,
        "nodes": flat,
        "count": count,
        "form": CommentForm(),
        "can_post": can_post,
        "is_open": is_open,
        "refusal": refusal.message if refusal else "",
        "content_type_id": ContentType.objects.get_for_model(target).pk,
        "following": comments.is_following(user, target) if refusal is None else False,
        "can_pin": can_pin,
        "csrf_token": context.get("csrf_token"),
    }
