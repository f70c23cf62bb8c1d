from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import MessageReport
from .services.conversations import MAX_BODY


class MessageForm(forms.Form):
    # strip=False: the stored text is exactly what the member sent.
    body = forms.CharField(
        label=_("Message"),
        max_length=MAX_BODY,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class NewConversationForm(MessageForm):
    to = forms.CharField(
        label=pgettext_lazy("message recipients", "To"),
        max_length=400,
        help_text=_("Member user names, separated by commas (up to 7)."),
    )
    subject = forms.CharField(label=_("Subject"), max_length=120, required=False)

    field_order = ["to", "subject", "body"]

    def usernames(self) -> list[str]:
        return [name.strip() for name in self.cleaned_data["to"].split(",")]


class ReportForm(forms.ModelForm):
    # The model field's form field would offer a blank "---------" radio, checked by default.
    reason = forms.ChoiceField(
        choices=MessageReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose why you are reporting this message.")},
    )

    class Meta:
        model = MessageReport
        fields = ["reason", "details"]
        widgets = {"reason": forms.RadioSelect, "details": forms.Textarea(attrs={"rows": 3})}
        labels = {"reason": _("Reason"), "details": _("Details")}
