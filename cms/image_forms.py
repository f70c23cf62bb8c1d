"""The admin's image form: alt text required, and every file decoded whole before it is kept.

Its own module: Wagtail's forms cannot be imported while the models load, as cms/images.py is.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

UNREADABLE = _("This file is damaged or is not an image that can be read.")


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, answering a form error where it raises on a damaged file.

    Wagtail 8 opens the file to count its pixels and lets Pillow's error through (a truncated PNG
    gave the editor a server error).
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, ValueError, SyntaxError):
            raise ValidationError(UNREADABLE, code="unreadable") from None


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with alt text required.

    The description is what Wagtail offers as alt text; a page may say it in its own language
    (``image_alt``). A file is decoded whole before it is accepted, whatever Willow reads of it,
    so that a damaged file fails here and not later, when a visitor asks for it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.fields.get("file"), WagtailImageField):
            # The same field, settings and messages, with the error above caught.
            self.fields["file"].__class__ = ReadableImageField
        if "description" in self.fields:
            field = self.fields["description"]
            field.required = True
            field.label = _("Alt text")
            field.help_text = _(
                "What the image shows, for people who cannot see it. A page can say it again "
                "in its own language."
            )
            field.error_messages["required"] = _(
                "Describe the image for people who cannot see it (alt text)."
            )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # SVG (logos) is text that Pillow cannot decode; Wagtail's field has parsed it already,
        # and Willow says what the content is, whatever the file is called.
        is_svg = getattr(getattr(upload, "image", None), "format_name", "") == "svg"
        if upload and "file" in self.changed_data and not is_svg:
            try:
                upload.seek(0)
                with PILImage.open(upload) as picture:
                    picture.load()
            except PILImage.DecompressionBombError:
                raise ValidationError(
                    _("This image has too many pixels. Make it smaller and upload it again."),
                    code="too_many_pixels",
                ) from None
            except (OSError, ValueError, SyntaxError):
                raise ValidationError(UNREADABLE, code="unreadable") from None
            finally:
                upload.seek(0)
        return upload
