from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cms.models import Theme

from .models import Flag


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=settings.HUB_COMMENT_MAX_LENGTH,
        help_text=_(
            "Plain text, or **bold**, *italic*, `code`, [links](https://…) and - lists. "
            "Mention a member with @username."
        ),
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason"), choices=Flag.Reason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Anything moderators should know"), required=False, max_length=500
    )


class TopicForm(forms.Form):
    theme = forms.ModelChoiceField(queryset=Theme.objects.order_by("name"), label=_("Category"))
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Opening post"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000
    )


class SummaryForm(forms.Form):
    summary = forms.CharField(
        label=_("Consolidated summary"),
        widget=forms.Textarea(attrs={"rows": 14}),
        max_length=20000,
        help_text=_("Paragraphs, **bold**, *italic*, links and - lists."),
    )
