from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect

from .services.accounts import is_member


def member_required(view):
    """Signed in with an approved membership; others go to sign in or to the pending page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_member(request.user):
            return redirect("members:pending")
        return view(request, *args, **kwargs)

    return wrapper
