"""Member-facing forms. Every text field has a length limit; nothing typed is ever markup."""

from __future__ import annotations

from allauth.core import context as allauth_context
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from cms.models import Country, Language, Region, ResourceType, Theme
from cms.models.projects import ProjectPage
from cms.models.taxonomies import Organisation
from cms.models.whats_new import EventPage, time_zone_choices, wall_clock_in
from hub.core.widgets import SearchableCheckboxes

from .models import Profile
from .services import consent, uploads
from .services.accounts import create_profile

http_url = URLValidator(
    schemes=["http", "https"], message=_("Enter a web address starting with https:// or http://.")
)


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth adds email, username and password."""

    display_name = forms.CharField(
        label=_("Your name"), max_length=100, help_text=_("As other members will see it.")
    )
    join_reason = forms.CharField(
        label=_("Why do you want to join?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("An editor reads this before approving you (at most 1000 characters)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not settings.HUB_MEMBERSHIP_REVIEW:
            self.fields["join_reason"].required = False
            self.fields["join_reason"].widget = forms.HiddenInput()
        # allauth builds this form without the request; it keeps the current one in a context.
        self.terms = consent.current_terms(allauth_context.request)
        if self.terms is not None:
            self.fields["accept_terms"] = forms.BooleanField(
                required=True,
                label=format_html(
                    _('I accept the <a href="{url}">{title}</a> (version {version}).'),
                    url=self.terms.url,
                    title=self.terms.title,
                    version=self.terms.version,
                ),
                error_messages={"required": _("To join, accept the terms of use.")},
            )

    def signup(self, request, user):
        create_profile(
            user,
            display_name=self.cleaned_data["display_name"],
            join_reason=self.cleaned_data.get("join_reason", ""),
        )
        if self.terms is not None:
            consent.record(user, self.terms)


class ProfileForm(forms.ModelForm):
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        help_text=_("The hub is shown in this language when you sign in."),
    )
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/gif,image/webp"}
        ),
        help_text=_("JPEG, PNG, GIF or WebP, at most 3 MB. It is resized to 512 pixels."),
    )

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "photo",
            "job_title",
            "organisation",
            "organisation_type",
            "country",
            "themes",
            "languages",
            "bio",
            "links",
            "visibility",
            "language",
            "show_attended_events",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "languages": SearchableCheckboxes,
            "bio": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "links": forms.Textarea(attrs={"rows": 3}),
            "visibility": forms.RadioSelect,
        }
        # Fields whose model has no verbose_name of its own: the label is spelt out to translate it.
        labels = {
            "display_name": _("Display name"),
            "job_title": _("Job title"),
            "organisation": _("Organisation"),
            "organisation_type": _("Organisation type"),
            "country": _("Country"),
            "languages": _("Languages"),
            "links": _("Links"),
            "visibility": _("Visibility"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("As my browser asks")), *settings.LANGUAGES]
        # Cleaning replaces the instance's photo; remember the stored file to delete it later.
        self.stored_photo = self.instance.photo.name if self.instance.pk else ""

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "content_type"):
            uploads.check_photo(photo)
        return photo

    def clean_links(self):
        links = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        if len(links) > 5:
            raise ValidationError(_("Add at most five links."))
        for link in links:
            if len(link) > 300:
                raise ValidationError(_("A link can be at most 300 characters long."))
            http_url(link)
        return "\n".join(links)

    def save(self, commit=True):
        profile = super().save(commit=False)
        photo = self.cleaned_data.get("photo")
        if photo is False:
            uploads.replace_photo(profile, None, previous=self.stored_photo)
        elif photo and hasattr(photo, "content_type"):
            uploads.replace_photo(profile, photo, previous=self.stored_photo)
        if commit:
            profile.save()
            self.save_m2m()
        return profile


class DirectoryForm(forms.Form):
    q = forms.CharField(label=_("Name, organisation or bio"), max_length=100, required=False)
    country = forms.ModelChoiceField(
        Country.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("Any country"),
        label=_("Country"),
    )
    region = forms.ModelChoiceField(
        Region.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Any region"),
        label=_("Region"),
    )
    theme = forms.ModelChoiceField(
        Theme.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Any theme"),
        label=_("Theme"),
    )
    organisation_type = forms.ChoiceField(
        choices=[("", _("Any type")), *Organisation.Type.choices],
        required=False,
        label=_("Organisation type"),
    )
    language = forms.ModelChoiceField(
        Language.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("Any language"),
        label=_("Language"),
    )


class SubmissionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    intro = forms.CharField(
        label=_("Summary"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One or two sentences shown in lists."),
    )
    body = forms.CharField(
        label=_("Description"),
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Plain text; leave a blank line between paragraphs."),
    )
    themes = forms.ModelMultipleChoiceField(
        Theme.objects.all(), required=False, widget=forms.CheckboxSelectMultiple, label=_("Themes")
    )

    def __init__(self, *args, resubmission: bool = False, **kwargs):
        self.resubmission = resubmission
        super().__init__(*args, **kwargs)


class ProjectSubmissionForm(SubmissionForm):
    status = forms.ChoiceField(
        label=_("Status"), choices=ProjectPage.Status.choices, initial="ongoing"
    )
    start_date = forms.DateField(
        label=_("Start date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end_date = forms.DateField(
        label=_("End date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    countries = forms.ModelMultipleChoiceField(
        Country.objects.all(),
        required=False,
        widget=SearchableCheckboxes,
        label=_("Countries"),
    )
    contact_name = forms.CharField(label=_("Contact name"), max_length=200, required=False)
    contact_email = forms.EmailField(label=_("Contact email"), required=False)
    share_with_unmn = forms.BooleanField(
        label=_("This project may also be published on the UN Migration Network Hub"),
        required=False,
        help_text=_(
            "The UN Migration Network Hub collects practices and projects on migration. If you "
            "agree, it may publish this project too, with a link back to it here."
        ),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("A project must end after it starts."))
        return data


class EventSubmissionForm(SubmissionForm):
    start = forms.DateTimeField(
        label=_("Start"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    end = forms.DateTimeField(
        label=_("End"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices, initial="UTC")
    event_format = forms.ChoiceField(label=_("Format"), choices=EventPage.Format.choices)
    location = forms.CharField(label=_("Location"), max_length=200, required=False)
    registration_url = forms.CharField(
        label=_("Registration link"), max_length=500, required=False, validators=[http_url]
    )
    organiser = forms.CharField(label=_("Organiser"), max_length=200, required=False)
    countries = forms.ModelMultipleChoiceField(
        Country.objects.all(),
        required=False,
        widget=SearchableCheckboxes,
        label=_("Countries"),
    )

    def clean(self):
        data = super().clean()
        tz_name = data.get("time_zone")
        if tz_name:
            # The times were typed as wall-clock times in the event's own time zone.
            for name in ("start", "end"):
                if data.get(name):
                    try:
                        data[name] = wall_clock_in(data[name].replace(tzinfo=None), tz_name)
                    except ValidationError as error:
                        self.add_error(name, error)
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The event must end after it starts."))
        return data


class BlogSubmissionForm(SubmissionForm):
    author_name = forms.CharField(label=_("Author"), max_length=200)
    body = forms.CharField(
        label=_("Blog post"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Plain text; leave a blank line between paragraphs."),
    )


class PublicationSubmissionForm(SubmissionForm):
    body = None
    abstract = forms.CharField(
        label=_("Abstract"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    authors = forms.CharField(
        label=_("Authors"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One author per line."),
    )
    publisher = forms.CharField(label=_("Publisher"), max_length=200, required=False)
    publication_date = forms.DateField(
        label=_("Publication date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    resource_type = forms.ModelChoiceField(ResourceType.objects.all(), label=_("Type"))
    language = forms.ModelChoiceField(
        Language.objects.all(), to_field_name="code", label=_("Language")
    )
    document = forms.FileField(
        label=_("Document"),
        help_text=_("PDF, DOCX, ODT, XLSX or an image (JPEG, PNG, GIF, WebP), at most 10 MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.docx,.odt,.xlsx,.jpg,.jpeg,.png,.gif,.webp"}
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.resubmission:
            self.fields["document"].required = False
            self.fields["document"].help_text = format_lazy(
                "{} {}",
                self.fields["document"].help_text,
                _("Leave it empty to keep the file you sent."),
            )

    def clean_document(self):
        document = self.cleaned_data["document"]
        if document:
            uploads.check_document(document)
        return document


SUBMISSION_FORMS = {
    "project": ProjectSubmissionForm,
    "event": EventSubmissionForm,
    "blog": BlogSubmissionForm,
    "publication": PublicationSubmissionForm,
}


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput, strip=False, max_length=200
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account, profile and messages are deleted for good.")
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("That is not your password."))
        return password
