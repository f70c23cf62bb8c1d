"""Member pages: account, profile, directory, submissions and privacy; rules live in services."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_http_methods

from cms.models import CourseCompletion
from hub.core import limits
from hub.core.services import languages

from .decorators import member_required
from .forms import SUBMISSION_FORMS, DeleteAccountForm, DirectoryForm, ProfileForm
from .models import MembershipStatus, Profile, Submission
from .services import accounts, directory, privacy, submissions, visibility

PER_PAGE = 20


def pending(request):
    """Where applicants land after verifying their email, until an editor approves them."""
    status = MembershipStatus.PENDING
    user_id = request.session.get("hub_pending_user")
    if request.user.is_authenticated:
        status = accounts.standing(request.user)
    elif user_id:
        profile = Profile.objects.filter(user_id=user_id).first()
        status = profile.membership_status if profile else status
    if status == MembershipStatus.APPROVED:
        # Approved since: forget the refused sign-in, so that member pages ask to sign in.
        request.session.pop("hub_pending_user", None)
        return redirect("members:me")
    return render(request, "members/pending.html", {"status": status})


@member_required
def me(request):
    return render(
        request,
        "members/me.html",
        {"profile": accounts.profile_for(request.user)},
    )


@member_required
@require_http_methods(["GET", "POST"])
def edit_profile(request):
    profile = accounts.profile_for(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            profile = form.save()
            messages.success(request, _("Your profile is saved."))
            if "language" in form.changed_data:
                languages.choose(request, profile.language, save=False)
                if profile.language:
                    return redirect(languages.url_in(reverse("members:me"), profile.language))
            return redirect("members:me")
        return render(request, "members/profile_form.html", {"form": form}, status=400)
    return render(request, "members/profile_form.html", {"form": form})


def profile_detail(request, username):
    profile = get_object_or_404(
        Profile.objects.select_related("user", "country").prefetch_related("themes", "languages"),
        user__username=username,
    )
    # One answer for hidden, members-only and missing profiles, so nobody learns who exists.
    if not visibility.can_view(request.user, profile):
        raise Http404("No such member")
    completions = (
        CourseCompletion.objects.filter(user=profile.user)
        .select_related("course")
        .order_by("-completed_at")
    )
    return render(
        request,
        "members/profile_detail.html",
        {
            "profile": profile,
            "completions": [c for c in completions if c.course.live],
            "viewer_is_member": accounts.is_member(request.user),
            "is_self": request.user.is_authenticated and request.user.pk == profile.user_id,
        },
    )


def directory_view(request):
    form = DirectoryForm(request.GET or None)
    status = 200
    if form.is_bound and form.is_valid():
        profiles = directory.search(request.user, **form.cleaned_data)
    else:
        if form.is_bound:
            status = 400
        profiles = directory.search(request.user)
    page = Paginator(profiles, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "members/directory.html",
        {
            "form": form,
            "page_obj": page,
            "query": query.urlencode(),
            "viewer_is_member": accounts.is_member(request.user),
        },
        status=status,
    )


# "Submit a project": each language has its own article, so each kind is a whole phrase.
_A_KIND = {
    Submission.Kind.PROJECT: pgettext_lazy("submit …", "a project"),
    Submission.Kind.EVENT: pgettext_lazy("submit …", "an event"),
    Submission.Kind.BLOG: pgettext_lazy("submit …", "a blog post"),
    Submission.Kind.PUBLICATION: pgettext_lazy("submit …", "a publication"),
}


def _a(kind: str) -> str:
    """ "a project", "an event": how the pages name a kind of submission."""
    return _A_KIND[kind]


@member_required
def my_submissions(request):
    rows = [(s, submissions.status_of(s)) for s in submissions.for_user(request.user)]
    return render(
        request,
        "members/submissions.html",
        {"rows": rows, "kinds": [(value, _a(value)) for value, _label in Submission.Kind.choices]},
    )


def _refused(request, form, context, limited):
    """Over the submission limit: the form again, filled in, with how long to wait."""
    form.add_error(None, limited.message)
    response = render(request, "members/submit.html", context, status=429)
    response["Retry-After"] = str(limited.retry_after)
    return response


@member_required
@require_http_methods(["GET", "POST"])
def submit(request, kind):
    form_class = SUBMISSION_FORMS.get(kind)
    if form_class is None:
        raise Http404("No such kind of submission")
    try:
        submissions.index_page_for(kind)
    except submissions.SubmissionsClosed as exc:
        raise Http404("This kind of submission is not open") from exc
    initial = {}
    if kind == Submission.Kind.BLOG:
        initial["author_name"] = accounts.profile_for(request.user).display_name
    if kind == Submission.Kind.PUBLICATION:
        initial["language"] = "en"
    form = form_class(request.POST or None, request.FILES or None, initial=initial)
    label = Submission.Kind(kind).label
    context = {"form": form, "kind": kind, "kind_label": label, "a_kind": _a(kind)}
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "members/submit.html", context, status=400)
        try:
            submissions.submit(kind, request.user, form.cleaned_data, request.FILES)
        except limits.RateLimited as exc:
            return _refused(request, form, context, exc)
        except ValidationError as exc:
            # The page model's own rules, should a form ever let something through.
            for message in exc.messages:
                form.add_error(None, message)
            return render(request, "members/submit.html", context, status=400)
        messages.success(
            request, _("Thank you: your submission is with the editors, who will review it.")
        )
        return redirect("members:submissions")
    return render(request, "members/submit.html", context)


@member_required
@require_http_methods(["GET", "POST"])
def edit_submission(request, pk):
    """After the editors asked for changes: the draft back in its form, then back to them."""
    submission = get_object_or_404(submissions.for_user(request.user), pk=pk)
    status = submissions.status_of(submission)
    if status.code != "changes_requested":
        messages.info(
            request, _("Only a submission the editors sent back for changes can be edited here.")
        )
        return redirect("members:submissions")
    form = SUBMISSION_FORMS[submission.kind](
        request.POST or None,
        request.FILES or None,
        initial=submissions.initial_for(submission),
        resubmission=True,
    )
    label = submission.get_kind_display()
    context = {
        "form": form,
        "kind": submission.kind,
        "kind_label": label,
        "a_kind": _a(submission.kind),
        "submission": submission,
        "status": status,
    }
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "members/submit.html", context, status=400)
        try:
            submissions.resubmit(submission, request.user, form.cleaned_data, request.FILES)
        except submissions.NotAwaitingChanges:
            messages.info(request, _("This submission is no longer waiting for your changes."))
            return redirect("members:submissions")
        except limits.RateLimited as exc:
            return _refused(request, form, context, exc)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
            return render(request, "members/submit.html", context, status=400)
        messages.success(request, _("Thank you: your changes are with the editors again."))
        return redirect("members:submissions")
    return render(request, "members/submit.html", context)


@member_required
def export_data(request):
    data = privacy.export(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="m4d-hub-my-data.json"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def delete_account(request):
    if not request.user.is_authenticated:
        return redirect("account_login")
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "members/delete_account.html", {"form": form}, status=400)
        user: User = request.user
        logout(request)
        privacy.delete_account(user)
        messages.success(request, _("Your account and personal data are deleted. Goodbye."))
        return redirect("/")
    return render(request, "members/delete_account.html", {"form": form})
