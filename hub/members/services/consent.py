"""Consent to the terms of use: which terms a new member accepts, and the record of it.

The terms are the page chosen in the site settings (home.branding), in the visitor's language;
its `version` is what the record keeps. With no terms page chosen there is nothing to accept.
"""

from __future__ import annotations

from home import branding
from home.branding import LegalPage

from ..models import TermsAcceptance


def current_terms(request) -> LegalPage | None:
    """The terms a visitor signing up now accepts, or None when the site has none."""
    if request is None:
        return branding.for_site().terms
    return branding.for_request(request).terms


def record(user, terms: LegalPage) -> TermsAcceptance:
    return TermsAcceptance.objects.create(user=user, version=terms.version, page_id=terms.page_id)


def export_for(user) -> list[dict]:
    return [
        {"version": a.version, "accepted_at": a.accepted_at.isoformat()}
        for a in user.terms_acceptances.all()
    ]
