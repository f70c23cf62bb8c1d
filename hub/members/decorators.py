from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect

from .services.accounts import is_member


def member_required(view):
    """Signed in as a member (is_member); others go to sign in, or to the page that explains
    why their account cannot use member pages yet."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            # An applicant whose sign-in was turned away is told why, not asked to sign in again.
            if request.session.get("hub_pending_user"):
                return redirect("members:pending")
            return redirect_to_login(request.get_full_path())
        if not is_member(request.user):
            return redirect("members:pending")
        return view(request, *args, **kwargs)

    return wrapper
