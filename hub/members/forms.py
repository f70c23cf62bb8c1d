"""Member-facing forms. Every text field has a length limit; nothing typed is ever markup."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from cms.models import Country, Language, Region, ResourceType, Theme
from cms.models.projects import ProjectPage
from cms.models.taxonomies import Organisation
from cms.models.whats_new import EventPage, time_zone_choices, wall_clock_in

from .models import Profile
from .services import uploads

http_url = URLValidator(
    schemes=["http", "https"], message="Enter a web address starting with https:// or http://."
)


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth adds email, username and password."""

    display_name = forms.CharField(
        label="Your name", max_length=100, help_text="As other members will see it."
    )
    join_reason = forms.CharField(
        label="Why do you want to join?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="An editor reads this before approving you (at most 1000 characters).",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not settings.HUB_MEMBERSHIP_REVIEW:
            self.fields["join_reason"].required = False
            self.fields["join_reason"].widget = forms.HiddenInput()

    def signup(self, request, user):
        from .services.accounts import create_profile

        create_profile(
            user,
            display_name=self.cleaned_data["display_name"],
            join_reason=self.cleaned_data.get("join_reason", ""),
        )


class ProfileForm(forms.ModelForm):
    photo = forms.FileField(
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/gif,image/webp"}
        ),
        help_text="JPEG, PNG, GIF or WebP, at most 3 MB. It is resized to 512 pixels.",
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
            "notify_messages",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "languages": forms.SelectMultiple(attrs={"size": 6}),
            "bio": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "links": forms.Textarea(attrs={"rows": 3}),
            "visibility": forms.RadioSelect,
        }

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "content_type"):
            uploads.check_photo(photo)
        return photo

    def clean_links(self):
        links = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        if len(links) > 5:
            raise ValidationError("Add at most five links.")
        for link in links:
            if len(link) > 300:
                raise ValidationError("A link can be at most 300 characters long.")
            http_url(link)
        return "\n".join(links)

    def save(self, commit=True):
        profile = super().save(commit=False)
        photo = self.cleaned_data.get("photo")
        if photo is False:
            profile.photo = ""
        elif photo and hasattr(photo, "content_type"):
            profile.photo.save(f"{profile.user_id}.jpg", uploads.resized_photo(photo), save=False)
        if commit:
            profile.save()
            self.save_m2m()
        return profile


class DirectoryForm(forms.Form):
    q = forms.CharField(label="Name, organisation or bio", max_length=100, required=False)
    country = forms.ModelChoiceField(
        Country.objects.all(), to_field_name="code", required=False, empty_label="Any country"
    )
    region = forms.ModelChoiceField(
        Region.objects.all(), to_field_name="slug", required=False, empty_label="Any region"
    )
    theme = forms.ModelChoiceField(
        Theme.objects.all(), to_field_name="slug", required=False, empty_label="Any theme"
    )
    organisation_type = forms.ChoiceField(
        choices=[("", "Any type"), *Organisation.Type.choices], required=False
    )
    language = forms.ModelChoiceField(
        Language.objects.all(), to_field_name="code", required=False, empty_label="Any language"
    )


class SubmissionForm(forms.Form):
    title = forms.CharField(max_length=200)
    intro = forms.CharField(
        label="Summary",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One or two sentences shown in lists.",
    )
    body = forms.CharField(
        label="Description",
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Plain text; leave a blank line between paragraphs.",
    )
    themes = forms.ModelMultipleChoiceField(
        Theme.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, resubmission: bool = False, **kwargs):
        self.resubmission = resubmission
        super().__init__(*args, **kwargs)


class ProjectSubmissionForm(SubmissionForm):
    status = forms.ChoiceField(choices=ProjectPage.Status.choices, initial="ongoing")
    start_date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end_date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    countries = forms.ModelMultipleChoiceField(
        Country.objects.all(), required=False, widget=forms.SelectMultiple(attrs={"size": 6})
    )
    contact_name = forms.CharField(max_length=200, required=False)
    contact_email = forms.EmailField(required=False)

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "A project must end after it starts.")
        return data


class EventSubmissionForm(SubmissionForm):
    start = forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    end = forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    time_zone = forms.ChoiceField(choices=time_zone_choices, initial="UTC")
    event_format = forms.ChoiceField(label="Format", choices=EventPage.Format.choices)
    location = forms.CharField(max_length=200, required=False)
    registration_url = forms.CharField(
        label="Registration link", max_length=500, required=False, validators=[http_url]
    )
    organiser = forms.CharField(max_length=200, required=False)
    countries = forms.ModelMultipleChoiceField(
        Country.objects.all(), required=False, widget=forms.SelectMultiple(attrs={"size": 6})
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
            self.add_error("end", "The event must end after it starts.")
        return data


class BlogSubmissionForm(SubmissionForm):
    author_name = forms.CharField(label="Author", max_length=200)
    body = forms.CharField(
        label="Blog post",
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Plain text; leave a blank line between paragraphs.",
    )


class PublicationSubmissionForm(SubmissionForm):
    body = None
    abstract = forms.CharField(
        max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    authors = forms.CharField(
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One author per line.",
    )
    publisher = forms.CharField(max_length=200, required=False)
    publication_date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    resource_type = forms.ModelChoiceField(ResourceType.objects.all(), label="Type")
    language = forms.ModelChoiceField(Language.objects.all(), to_field_name="code")
    document = forms.FileField(
        help_text="PDF, DOCX, ODT, XLSX or an image (JPEG, PNG, GIF, WebP), at most 10 MB.",
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.docx,.odt,.xlsx,.jpg,.jpeg,.png,.gif,.webp"}
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.resubmission:
            self.fields["document"].required = False
            self.fields["document"].help_text += " Leave it empty to keep the file you sent."

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
        label="Your password", widget=forms.PasswordInput, strip=False, max_length=200
    )
    confirm = forms.BooleanField(
        label="I understand that my account, profile and messages are deleted for good."
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError("That is not your password.")
        return password
