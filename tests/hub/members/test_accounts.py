"""Sign-up with email verification, membership review, login by email or username, rate limits."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from hub.members.models import MembershipStatus, Profile
from hub.members.services.accounts import set_membership_status
from tests.factories.members import PASSWORD

pytestmark = pytest.mark.django_db


def sign_up(client, username="dina", **extra):
    return client.post(
        reverse("account_signup"),
        {
            "email": f"{username}@example.org",
            "username": username,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Dina Mansour",
            "join_reason": "I coordinate diaspora investment programmes.",
            "accept_terms": "on",
            **extra,
        },
    )


def confirm_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+)", message.body).group(1)


def test_sign_up_verify_wait_for_approval_then_sign_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    profile = Profile.objects.get(user__username="dina")
    assert profile.membership_status == MembershipStatus.PENDING
    assert profile.join_reason.startswith("I coordinate")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["dina@example.org"]

    link = confirm_link(mail.outbox[0])
    assert client.post(link).status_code == 302

    # Verified but not yet approved: signing in lands on the pending page, not signed in.
    response = client.post(
        reverse("account_login"), {"login": "dina@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302 and response.url == reverse("members:pending")
    assert "membership is pending" in client.get(response.url).content.decode()
    assert client.get(reverse("members:me")).status_code == 302
    assert "_auth_user_id" not in client.session

    set_membership_status(profile, MembershipStatus.APPROVED)
    assert "approved" in mail.outbox[-1].subject

    response = client.post(reverse("account_login"), {"login": "dina", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("members:me")).status_code == 200


def test_a_rejected_applicant_is_told_so_and_stays_out(client):
    sign_up(client)
    client.post(confirm_link(mail.outbox[0]))
    set_membership_status(Profile.objects.get(user__username="dina"), MembershipStatus.REJECTED)
    response = client.post(
        reverse("account_login"), {"login": "dina", "password": PASSWORD}, follow=True
    )
    assert "was not approved" in response.content.decode()
    assert client.get(reverse("messaging:inbox")).status_code == 302


def test_without_review_a_new_account_is_a_member_once_verified(client, settings):
    settings.HUB_MEMBERSHIP_REVIEW = False
    sign_up(client, join_reason="")
    client.post(confirm_link(mail.outbox[0]))
    client.post(reverse("account_login"), {"login": "dina", "password": PASSWORD})
    assert client.get(reverse("members:me")).status_code == 200


def test_sign_up_needs_a_reason_and_rejects_over_long_answers(client):
    response = sign_up(client, join_reason="")
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    response = sign_up(client, join_reason="x" * 1001, display_name="y" * 101)
    assert "at most 1000 characters" in response.content.decode()
    assert "at most 100 characters" in response.content.decode()
    assert not Profile.objects.exists()


def test_markup_in_sign_up_fields_is_shown_as_text_to_the_reviewing_editor(client, admin_client):
    sign_up(client, display_name="<script>alert(1)</script>", join_reason="<b>bold</b>")
    profile = Profile.objects.get()
    html = admin_client.get(f"/admin/membership/edit/{profile.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_sign_up_is_rate_limited_per_address(client, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "signup": "2/h"}
    for n in range(2):
        assert sign_up(client, username=f"user{n}").status_code == 302
    assert sign_up(client, username="user3").status_code == 429


def test_failed_logins_are_rate_limited(client, an_approved_member):
    for _ in range(5):
        client.post(reverse("account_login"), {"login": "amara", "password": "wrong"})
    response = client.post(reverse("account_login"), {"login": "amara", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link(client, an_approved_member):
    response = client.post(reverse("account_reset_password"), {"email": "amara@example.org"})
    assert response.status_code == 302
    assert "/accounts/password/reset/key/" in mail.outbox[-1].body


def test_an_editor_approves_an_applicant_in_the_wagtail_admin(
    client, an_editor, a_pending_applicant
):
    from django.contrib.auth.models import Permission

    an_editor.user_permissions.add(Permission.objects.get(codename="change_profile"))
    client.force_login(an_editor)
    index = client.get("/admin/membership/?membership_status=pending").content.decode()
    assert "Carmen Ruiz" in index and "I run remittance projects." in index
    profile = a_pending_applicant.profile
    response = client.post(
        f"/admin/membership/edit/{profile.pk}/", {"membership_status": "approved"}
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.membership_status == MembershipStatus.APPROVED
    assert profile.reviewed_by == an_editor
    assert mail.outbox[-1].to == ["carmen@example.org"]


def test_a_member_without_admin_rights_cannot_review(client, an_approved_member):
    client.force_login(an_approved_member)
    response = client.get("/admin/membership/")
    assert response.status_code in (302, 403)


def test_the_members_admin_offers_no_add_button_that_would_fail(client, an_editor):
    from django.contrib.auth.models import Permission

    an_editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_profile", "change_profile"])
    )
    client.force_login(an_editor)
    index = client.get("/admin/membership/")
    assert index.status_code == 200
    assert "/admin/membership/new/" not in index.content.decode()


def test_the_account_page_links_to_digest_preferences(client, an_approved_member):
    client.force_login(an_approved_member)
    html = client.get(reverse("members:me")).content.decode()
    assert f'href="{reverse("digests:preferences")}"' in html


def test_a_pending_applicant_who_opens_a_member_page_is_told_why_it_is_closed(client):
    sign_up(client)
    client.post(confirm_link(mail.outbox[0]))
    client.post(reverse("account_login"), {"login": "dina", "password": PASSWORD})
    for page in [reverse("members:me"), reverse("messaging:inbox"), "/digests/preferences/"]:
        response = client.get(page, follow=True)
        assert response.redirect_chain[-1][0] == reverse("members:pending")
        assert "Your membership is pending" in response.content.decode()


def test_an_unverified_account_signed_in_elsewhere_is_asked_to_confirm_its_address(client):
    from tests.factories.members import member

    client.force_login(member("unsure", verified=False))
    response = client.get(reverse("members:me"), follow=True)
    assert "Confirm your email address" in response.content.decode()


def test_once_approved_the_applicant_is_asked_to_sign_in_not_sent_round_in_circles(client):
    sign_up(client)
    client.post(confirm_link(mail.outbox[0]))
    client.post(reverse("account_login"), {"login": "dina", "password": PASSWORD})
    set_membership_status(Profile.objects.get(user__username="dina"), MembershipStatus.APPROVED)
    response = client.get(reverse("members:me"), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))


# --- Emails in the recipient's language -----------------------------------------------------------


def test_an_editor_working_in_english_approves_a_spanish_applicant_who_reads_spanish(
    client, an_editor, a_pending_applicant
):
    from django.contrib.auth.models import Permission

    Profile.objects.filter(user=a_pending_applicant).update(language="es")
    an_editor.user_permissions.add(Permission.objects.get(codename="change_profile"))
    client.force_login(an_editor)
    profile = a_pending_applicant.profile
    response = client.post(
        f"/admin/membership/edit/{profile.pk}/", {"membership_status": "approved"}
    )
    assert response.status_code == 302
    message = mail.outbox[-1]
    assert message.subject == "[M4D Hub] Bienvenida: se ha aprobado su afiliación"
    assert "Se ha aprobado su solicitud" in message.body
    assert "/es/accounts/login/" in message.body  # the Spanish sign-in page
    # The editor's own screen stays in English.
    assert "Membership" in client.get("/admin/membership/").content.decode()


def test_a_member_who_chose_no_language_gets_english_whatever_the_editor_reads(
    a_pending_applicant,
):
    from django.utils import translation

    with translation.override("fr"):
        set_membership_status(a_pending_applicant.profile, MembershipStatus.APPROVED)
    message = mail.outbox[-1]
    assert message.subject == "[M4D Hub] Welcome: your membership is approved"
    assert "/fr/" not in message.body


@pytest.fixture
def back_to_english():
    """A request to /fr/ leaves French active in this thread: later tests expect the default."""
    yield
    from django.utils import translation

    translation.activate("en")


def test_a_french_visitor_who_signs_up_at_fr_gets_the_verification_email_in_french(
    client, back_to_english
):
    response = client.post(
        "/fr/accounts/signup/",
        {
            "email": "dina@example.org",
            "username": "dina",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Dina Mansour",
            "join_reason": "Je coordonne des programmes d'investissement de la diaspora.",
            "accept_terms": "on",
        },
    )
    assert response.status_code == 302
    message = mail.outbox[-1]
    assert "Confirmez votre adresse e-mail" in message.subject
    link = re.search(r"https?://[^/\s]+(/fr/accounts/confirm-email/[^\s]+)", message.body)
    assert client.post(link.group(1)).status_code == 302  # the French link verifies the address
    from allauth.account.models import EmailAddress

    assert EmailAddress.objects.get(email="dina@example.org").verified


def test_a_french_member_who_asks_for_a_password_reset_from_an_english_page_reads_french(
    client, an_approved_member
):
    Profile.objects.filter(user=an_approved_member).update(language="fr")
    response = client.post(reverse("account_reset_password"), {"email": "amara@example.org"})
    assert response.status_code == 302
    message = mail.outbox[-1]
    assert "réinitialisation" in message.subject.lower()
    assert "/accounts/password/reset/key/" in message.body
