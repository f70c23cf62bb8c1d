"""allauth hooks: new accounts get a profile and, with review on, wait for an editor."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from django.shortcuts import redirect

from .services.accounts import is_member


class AccountAdapter(DefaultAccountAdapter):
    def login(self, request, user):
        # Runs after email verification: a pending or rejected applicant is not signed in.
        if not is_member(user):
            request.session["hub_pending_user"] = user.pk
            raise ImmediateHttpResponse(redirect("members:pending"))
        super().login(request, user)
