"""The registration form, built from the event page's questions, and the organisers' message."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import EventPage
from cms.models.whats_new import time_zone_choices


def _field_name(block_id: str) -> str:
    return f"q_{block_id}"


class RegistrationForm(forms.Form):
    """A member's form has the questions and a time zone; a non-member's adds name and email.

    The fields enforce the page's rules (required, longest answer, one of the options, consent
    ticked), so an answer the form refuses changes nothing.
    """

    def __init__(self, page: EventPage, *args, guest: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        if guest:
            self.fields["name"] = forms.CharField(
                label=_("Your name"),
                max_length=200,
                widget=forms.TextInput(attrs={"autocomplete": "name"}),
            )
            self.fields["email"] = forms.EmailField(
                label=_("Your email address"),
                help_text=_(
                    "We send a link to this address: your registration counts once you confirm it."
                ),
                widget=forms.EmailInput(attrs={"autocomplete": "email"}),
            )
        for block in page.registration_questions:
            value = block.value
            name = _field_name(block.id)
            if block.block_type == "short_text":
                self.fields[name] = forms.CharField(
                    label=value["label"],
                    help_text=value.get("help_text") or "",
                    required=bool(value["required"]),
                    max_length=value["max_length"] or 200,
                )
            elif block.block_type == "choice":
                options = [str(option) for option in value["options"]]
                self.fields[name] = forms.ChoiceField(
                    label=value["label"],
                    help_text=value.get("help_text") or "",
                    required=bool(value["required"]),
                    choices=[(option, option) for option in options],
                    widget=forms.RadioSelect,
                )
            elif block.block_type == "consent":
                self.fields[name] = forms.BooleanField(label=value["label"], required=True)
        self.fields["time_zone"] = forms.ChoiceField(
            label=_("Your time zone"),
            help_text=_("Your reminder gives the time in this zone."),
            choices=time_zone_choices,
            initial=page.time_zone,
        )

    def answers(self) -> list[dict]:
        """The answers as stored: each with the question as it read when answered."""
        return [
            {
                "id": block.id,
                "type": block.block_type,
                "label": str(block.value["label"]),
                "answer": self.cleaned_data.get(_field_name(block.id)),
            }
            for block in self.page.registration_questions
        ]


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(
        label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8})
    )
