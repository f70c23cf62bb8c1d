from django import forms
from django.utils.translation import gettext_lazy as _

from .kinds import configurable
from .models import Channel


class PreferencesForm(forms.Form):
    """One choice of channel per kind a member can configure."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kind in configurable():
            self.fields[kind.name] = forms.ChoiceField(
                label=kind.label,
                choices=Channel.choices,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose how you want to hear about this.")},
            )
