"""allauth hooks: new accounts get a profile and, with review on, wait for an editor."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from django.shortcuts import redirect
from django.utils import translation

from home import branding
from home.links import absolute_url, base_url

from .services.accounts import is_member, language_for


def _brand(request):
    return branding.for_request(request) if request is not None else branding.for_site()


def _absolute(url: str, request) -> str:
    """allauth's link, rebuilt on the hub's one notion of the site's address (home.links)."""
    parts = urlsplit(url)
    return absolute_url(parts.path + (f"?{parts.query}" if parts.query else ""), request)


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
            # allauth's templates greet "from {{ current_site.name }}": the site settings' name
            # in the email's language, at the address links use, not django.contrib.sites'.
            context = {
                "current_site": SimpleNamespace(
                    name=_brand(self.request).name,
                    domain=base_url(self.request).split("://", 1)[-1],
                ),
                **context,
            }
            super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject):
        return f"[{_brand(self.request).name}] {subject}"

    def get_email_confirmation_url(self, request, emailconfirmation):
        return _absolute(super().get_email_confirmation_url(request, emailconfirmation), request)

    def get_reset_password_from_key_url(self, key):
        return _absolute(super().get_reset_password_from_key_url(key), self.request)
