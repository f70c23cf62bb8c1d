"""Member profiles (with membership review and privacy) and content submissions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.models.taxonomies import Organisation


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can see my profile")
    MEMBERS = "members", _("Members only: signed-in members can see my profile")
    HIDDEN = "hidden", _("Hidden: nobody can find or see my profile")


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("user"),
    )
    display_name = models.CharField(max_length=100, verbose_name=_("display name"))
    photo = models.ImageField(upload_to="members/photos/", blank=True, verbose_name=_("photo"))
    organisation = models.CharField(max_length=200, blank=True, verbose_name=_("organisation"))
    organisation_type = models.CharField(
        max_length=32,
        choices=Organisation.Type.choices,
        blank=True,
        verbose_name=_("organisation type"),
    )
    job_title = models.CharField(max_length=150, blank=True, verbose_name=_("job title"))
    country = models.ForeignKey(
        "cms.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("country"),
    )
    themes = models.ManyToManyField(
        "cms.Theme", blank=True, related_name="+", verbose_name=_("expertise themes")
    )
    languages = models.ManyToManyField(
        "cms.Language", blank=True, related_name="+", verbose_name=_("languages")
    )
    bio = models.TextField(_("short bio"), max_length=2000, blank=True)
    links = models.TextField(
        blank=True, help_text=_("Up to five web addresses, one per line."), verbose_name=_("links")
    )
    visibility = models.CharField(
        max_length=16,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
        verbose_name=_("visibility"),
    )
    membership_status = models.CharField(
        max_length=16,
        choices=MembershipStatus.choices,
        default=MembershipStatus.PENDING,
        verbose_name=_("membership status"),
    )
    join_reason = models.TextField(_("why do you want to join?"), max_length=1000, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("reviewed at"))
    # The hub language the member chose (switcher or profile form); signing in applies it.
    # Its choices are settings.LANGUAGES, checked by the form, so that a new language needs no
    # migration.
    language = models.CharField(_("language"), max_length=8, blank=True)
    show_attended_events = models.BooleanField(
        _("show the events I attended on my profile"), default=False
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        ordering = ["display_name", "pk"]
        indexes = [models.Index(fields=["membership_status", "visibility"])]

    def __str__(self):
        return self.display_name

    @property
    def is_approved(self) -> bool:
        return self.membership_status == MembershipStatus.APPROVED

    @property
    def link_list(self) -> list[str]:
        return [line.strip() for line in self.links.splitlines() if line.strip()]


class Submission(models.Model):
    """A page a member proposed through a front-end form, and the status they were last told."""

    class Kind(models.TextChoices):
        PROJECT = "project", _("Project")
        EVENT = "event", _("Event")
        BLOG = "blog", _("Blog post")
        PUBLICATION = "publication", _("Publication")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    title = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    notified_status = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"


class TermsAcceptance(models.Model):
    """A member accepted a version of the terms of use, at a time (recorded at sign-up)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="terms_acceptances",
        verbose_name=_("user"),
    )
    version = models.CharField(_("version"), max_length=40)
    page = models.ForeignKey(
        "cms.TermsPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("terms page"),
    )
    accepted_at = models.DateTimeField(_("accepted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("terms acceptance")
        verbose_name_plural = _("terms acceptances")
        ordering = ["-accepted_at"]

    def __str__(self):
        return f"{self.user} · {self.version}"
