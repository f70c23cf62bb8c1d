"""Preference forms: the choices of a subscription, and the public subscribe form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import Language, Region, Theme

from .models import CONTENT_TYPES, Frequency, Subscription


class PreferencesForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("Frequency"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose daily, weekly, monthly or off.")},
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to get every theme."),
        error_messages={"invalid_choice": _("“%(value)s” is not one of our themes.")},
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to get every region."),
        error_messages={"invalid_choice": _("“%(value)s” is not one of our regions.")},
    )
    content_types = forms.MultipleChoiceField(
        label=_("What to include"),
        choices=CONTENT_TYPES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to get everything."),
        error_messages={"invalid_choice": _("“%(value)s” is not something digests can include.")},
    )
    language = forms.ModelChoiceField(
        label=_("Language"),
        queryset=Language.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("Any language"),
        help_text=_("Library publications available in this language."),
        error_messages={"invalid_choice": _("That is not one of our languages.")},
    )

    @classmethod
    def initial_for(cls, subscription: Subscription) -> dict:
        return {
            "frequency": subscription.frequency,
            "themes": list(subscription.themes.all()),
            "regions": list(subscription.regions.all()),
            "content_types": subscription.content_types,
            "language": subscription.language,
        }


class SubscribeForm(PreferencesForm):
    email = forms.EmailField(
        label=_("Email address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("Frequency"),
        choices=[c for c in Frequency.choices if c[0] != Frequency.OFF],
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose daily, weekly or monthly.")},
    )

    field_order = ["email", "frequency", "themes", "regions", "content_types", "language"]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class PreviewForm(forms.Form):
    """The admin preview: any subscriber, any period."""

    subscription = forms.ModelChoiceField(
        queryset=Subscription.objects.all(),
        to_field_name="email",
        widget=forms.TextInput,
        label=_("Subscriber email"),
        error_messages={"invalid_choice": _("No subscriber has that address.")},
    )
    frequency = forms.ChoiceField(
        label=_("Frequency"),
        choices=[c for c in Frequency.choices if c[0] != Frequency.OFF],
        required=False,
    )
    date = forms.DateField(
        label=_("Date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("A day inside the period. Empty: the last completed period."),
    )
