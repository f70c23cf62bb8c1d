"""Comments (django-comments-xtd's model, extended), flags, bans, follows and forum topics."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail.search import index


class ThreadComment(XtdComment):
    """An xtd comment with its sanitised HTML and the states our moderation needs.

    ``is_public`` False means held for approval; ``is_removed`` leaves a stub in the thread.
    """

    class RemovedBy(models.TextChoices):
        NOBODY = "", _("Not removed")
        AUTHOR = "author", _("Its author")
        MODERATOR = "moderator", _("A moderator")

    body_html = models.TextField(blank=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.CharField(max_length=16, choices=RemovedBy.choices, blank=True)
    hidden_by_flags = models.BooleanField(default=False)
    is_pinned = models.BooleanField(default=False)

    class Meta:
        permissions = [("moderate_discussions", _("Can moderate comments and ban authors"))]

    @property
    def is_visible(self) -> bool:
        return self.is_public and not self.is_removed and not self.hidden_by_flags

    @property
    def anchor(self) -> str:
        return f"c{self.pk}"

    def get_absolute_url(self, anchor_pattern="#c%(id)s"):
        return reverse("discussions:comment", args=[self.pk])


class Flag(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Abusive or hateful")
        OFF_TOPIC = "off_topic", _("Off topic")
        PRIVACY = "privacy", _("Shares someone's personal data")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(ThreadComment, on_delete=models.CASCADE, related_name="hub_flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=16, choices=Reason.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], name="one_flag_per_member")
        ]

    def __str__(self):
        return f"{self.get_reason_display()} (comment {self.comment_id})"


class Ban(models.Model):
    """A member who may no longer post in discussions."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_ban"
    )
    reason = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"ban of user {self.user_id}"


class Follow(models.Model):
    """A member who gets an email when someone posts in a page's thread or a topic."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_follows"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_pk = models.CharField(max_length=64)
    target = GenericForeignKey("content_type", "object_pk")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_type", "object_pk"], name="one_follow_per_thread"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_pk"])]

    def __str__(self):
        return f"user {self.user_id} follows {self.content_type_id}:{self.object_pk}"


class Topic(index.Indexed, models.Model):
    """A member-started forum discussion; its opening post and the replies are comments on it.

    A plain model rather than a page: members create it from the front end without the page
    tree or revisions, and Wagtail's search indexes it as an ``index.Indexed`` model. The
    opening post is a comment like the others, so it is held, flagged, moderated and mentions
    members by the same rules.
    """

    theme = models.ForeignKey("cms.Theme", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(max_length=100)
    opening = models.OneToOneField(
        ThreadComment,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="opened_topic",
        help_text="The opening post.",
    )
    is_listed = models.BooleanField(
        default=False,
        help_text="The opening post is shown, so the forum list and search show the topic.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(db_index=True)
    reply_count = models.PositiveIntegerField(default=0)
    last_poster_name = models.CharField(max_length=100, blank=True)
    is_closed = models.BooleanField(default=False, help_text=_("A closed topic takes no replies."))

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("body"),
        index.FilterField("theme_id"),
        index.FilterField("is_listed"),
        index.FilterField("last_activity_at"),
    ]

    class Meta:
        ordering = ["-last_activity_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("discussions:topic", args=[self.pk, slugify(self.title)[:60] or "topic"])

    @property
    def url(self):
        return self.get_absolute_url()

    def accepts_comments(self) -> bool:
        return not self.is_closed

    def body(self) -> str:
        """The opening post's text, for search, while it is shown."""
        return self.opening.comment if self.is_listed and self.opening else ""
