"""Front-end views for comments, topics and e-discussion moderators; the rules are in services."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cms.models import EDiscussionPage
from hub.members.decorators import member_required
from search import catalogues

from .forms import CommentForm, FlagForm, SummaryForm, TopicForm
from .models import Topic
from .services import comments, ediscussions, moderation, notifications, topics
from .services.comments import Refused


def refused(request, error: Refused, target=None):
    return render(
        request,
        "discussions/refused.html",
        {"message": error.message, "target": target},
        status=error.status,
    )


def _comment_url(comment, target=None):
    target = target or comments.target_of(comment)
    return f"{target.url}#c{comment.pk}" if target is not None else "/"


def _visible_comment(request, pk):
    """The comment, if this request may read it; a 404 otherwise, never a hint that it exists."""
    try:
        return comments.get_for(request.user, pk, request)
    except Refused as error:
        raise Http404(error.message) from None


@require_POST
def post_comment(request, content_type_id, object_pk):
    target = comments.resolve_target(content_type_id, object_pk, request.user, request)
    if target is None:
        raise Http404("Nothing to comment on here.")
    form = CommentForm(request.POST)
    if not form.is_valid():
        return refused(request, Refused(_form_errors(form), 400), target)
    try:
        comment = comments.post(
            request.user,
            target,
            form.cleaned_data["comment"],
            form.cleaned_data["reply_to"],
            request=request,
        )
    except Refused as error:
        return refused(request, error, target)
    if comment.is_public:
        messages.success(request, _("Your comment is posted."))
    else:
        messages.info(
            request, _("Thank you. Your comment will appear once a moderator approves it.")
        )
    _warn_unnotified(request, comment)
    return redirect(_comment_url(comment, target))


def _warn_unnotified(request, comment):
    skipped = notifications.unnotified_mentions(comment)
    if skipped:
        messages.warning(
            request,
            _(
                "Only the first %(limit)d members you mention get an email. "
                "These were not notified: %(names)s."
            )
            % {
                "limit": settings.HUB_MENTION_LIMIT,
                "names": ", ".join(f"@{name}" for name in skipped),
            },
        )


def _form_errors(form) -> str:
    return " ".join(str(e) for errors in form.errors.values() for e in errors)


def comment(request, pk):
    """A stable link to one comment (used in emails): the page, scrolled to it."""
    found = _visible_comment(request, pk)
    target = comments.target_of(found)
    if target is None:
        raise Http404
    return redirect(_comment_url(found, target))


@member_required
def edit_comment(request, pk):
    found = _visible_comment(request, pk)
    if not comments.can_edit(request.user, found):
        return refused(request, Refused(_("You can no longer edit this comment."), 403))
    form = CommentForm(request.POST or None, initial={"comment": found.comment})
    if request.method == "POST" and form.is_valid():
        try:
            comments.edit(request.user, found, form.cleaned_data["comment"], request)
        except Refused as error:
            return refused(request, error)
        messages.success(request, _("Your comment is updated."))
        return redirect(_comment_url(found))
    return render(request, "discussions/edit_comment.html", {"form": form, "comment": found})


@require_POST
@member_required
def delete_comment(request, pk):
    found = _visible_comment(request, pk)
    try:
        comments.remove_own(request.user, found, request)
    except Refused as error:
        return refused(request, error)
    messages.success(request, _("Your comment is deleted."))
    return redirect(_comment_url(found))


@require_POST
@member_required
def like_comment(request, pk):
    found = _visible_comment(request, pk)
    try:
        comments.toggle_like(request.user, found, request)
    except Refused as error:
        return refused(request, error)
    return redirect(_comment_url(found))


@member_required
def flag_comment(request, pk):
    found = _visible_comment(request, pk)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            moderation.flag(
                request.user,
                found,
                form.cleaned_data["reason"],
                form.cleaned_data["note"],
                request=request,
            )
        except Refused as error:
            return refused(request, error)
        messages.success(request, _("Thank you. Moderators will look at this comment."))
        return redirect(_comment_url(found))
    return render(request, "discussions/flag_comment.html", {"form": form, "comment": found})


@require_POST
@member_required
def pin_comment(request, pk):
    found = _visible_comment(request, pk)
    try:
        pinned = ediscussions.toggle_pin(request.user, found, request)
    except Refused as error:
        return refused(request, error)
    messages.success(request, _("Comment pinned.") if pinned else _("Comment unpinned."))
    return redirect(_comment_url(found))


@require_POST
@member_required
def toggle_follow(request, content_type_id, object_pk):
    target = comments.resolve_target(content_type_id, object_pk, request.user, request)
    if target is None:
        raise Http404
    try:
        following = comments.toggle_follow(request.user, target, request)
    except Refused as error:
        if error.status == 404:
            raise Http404(error.message) from None
        return refused(request, error, target)
    if following:
        messages.success(request, _("You will get an email when someone posts here."))
    else:
        messages.success(request, _("You no longer get emails about this discussion."))
    return redirect(f"{target.url}#comments")


@csrf_exempt  # the signed token is the credential; mail clients post here (RFC 8058)
def unfollow(request, token):
    follow = notifications.follow_from_token(token)
    if follow is None:
        return render(request, "discussions/unfollow.html", {"invalid": True}, status=400)
    target = follow.target
    target = target.specific if hasattr(target, "specific") else target
    if request.method == "POST":
        follow.delete()
        return render(request, "discussions/unfollow.html", {"done": True, "target": target})
    return render(request, "discussions/unfollow.html", {"target": target, "token": token})


# --- Forum ----------------------------------------------------------------------------------------


def topic_list(request):
    """The forum's topics through their catalogue (search/catalogues.py): words, theme, pages."""
    search = catalogues.get("topics").run(request.GET)
    return render(request, "discussions/topic_list.html", {"search": search})


@member_required
def new_topic(request):
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            topic = topics.start(
                request.user, data["theme"], data["title"], data["body"], request=request
            )
        except Refused as error:
            return refused(request, error)
        if not topic.is_listed:
            messages.info(
                request,
                _("Thank you. Your topic will appear in the forum once a moderator approves it."),
            )
        _warn_unnotified(request, topic.opening)
        return redirect(topic.get_absolute_url())
    return render(request, "discussions/new_topic.html", {"form": form})


def topic_detail(request, pk, slug=None):
    topic = get_object_or_404(Topic.objects.select_related("theme", "opening"), pk=pk)
    if not comments.can_view_target(request.user, topic, request):
        raise Http404("There is no such topic.")
    if slug != topic.get_absolute_url().rstrip("/").rsplit("/", 1)[-1]:
        return redirect(topic.get_absolute_url(), permanent=True)
    return render(request, "discussions/topic_detail.html", {"topic": topic})


# --- E-discussion moderators ----------------------------------------------------------------------


@member_required
def ediscussion_summary(request, page_id):
    page = get_object_or_404(EDiscussionPage.objects.live(), pk=page_id)
    if not page.is_moderator(request.user):
        return refused(request, Refused(_("Only this e-discussion's moderators can do that."), 403))
    form = SummaryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            ediscussions.publish_summary(request.user, page, form.cleaned_data["summary"])
        except Refused as error:
            return refused(request, error)
        messages.success(request, _("The consolidated summary is published."))
        return redirect(page.url)
    return render(request, "discussions/summary_form.html", {"form": form, "page": page})
