"""allauth hooks: new accounts get a profile and, with review on, wait for an editor."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from django.shortcuts import redirect
from django.utils import translation

from .services.accounts import is_member, language_for


class AccountAdapter(DefaultAccountAdapter):
    def login(self, request, user):
        # Runs after email verification: a pending or rejected applicant is not signed in.
        if not is_member(user):
            request.session["hub_pending_user"] = user.pk
            raise ImmediateHttpResponse(redirect("members:pending"))
        super().login(request, user)

    def send_mail(self, template_prefix, email, context):
        # A new visitor reads the language they signed up in (the request's); an existing
        # member reads their own, wherever they asked from.
        user = context.get("user")
        if user is not None and user.pk and not template_prefix.endswith("_signup"):
            language = language_for(user)
        else:
            language = translation.get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)
