"""Checks on uploaded files: size, extension, and what the bytes really are.

The browser's content type and the file name are both chosen by the sender, so the type is
decided by the file's own bytes (its signature, the parts of an Office or OpenDocument zip, or
Pillow decoding the image), and must agree with the extension.
"""

from __future__ import annotations

import io
import secrets
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageOps, UnidentifiedImageError

IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}
DOCUMENT_TYPES = {
    "pdf": "PDF",
    "docx": gettext_lazy("Word document (DOCX)"),
    "odt": gettext_lazy("OpenDocument text (ODT)"),
    "xlsx": gettext_lazy("Excel workbook (XLSX)"),
}
PHOTO_MAX_BYTES = 3 * 1024 * 1024
PHOTO_SIZE = (512, 512)
DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _check_size(upload, max_bytes: int) -> None:
    if upload.size > max_bytes:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")


def _open_image(upload, expected: str) -> Image.Image:
    upload.seek(0)
    try:
        image = Image.open(upload)
        if image.width * image.height > MAX_PIXELS:
            raise ValidationError(_("The image has too many pixels."), code="too_large")
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as exc:
        raise ValidationError(
            _("The file is not a valid image, whatever its name says."), code="forged"
        ) from exc
    if image.format != expected:
        raise ValidationError(_("The file's content does not match its extension."), code="forged")
    return image


def _zip_names(upload) -> set[str]:
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise ValidationError(
            _("The file's content does not match its extension."), code="forged"
        ) from exc
    return names | {f"mimetype:{mimetype.decode('ascii', 'replace')}"}


def check_document(upload, max_bytes: int = DOCUMENT_MAX_BYTES) -> str:
    """Validate a submitted document; returns its kind ('pdf', 'docx', ..., or 'image')."""
    _check_size(upload, max_bytes)
    ext = _extension(upload.name)
    if ext in IMAGE_FORMATS:
        _open_image(upload, IMAGE_FORMATS[ext])
        upload.seek(0)
        return "image"
    if ext not in DOCUMENT_TYPES:
        allowed = ", ".join(e.upper() for e in [*DOCUMENT_TYPES, "jpg", "png", "gif", "webp"])
        raise ValidationError(
            _("Files of type “.%(ext)s” are not accepted. Allowed types: %(allowed)s.")
            % {"ext": ext or "?", "allowed": allowed},
            code="type",
        )
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    ok = False
    if ext == "pdf":
        ok = head.startswith(b"%PDF-")
    elif head.startswith(b"PK\x03\x04"):
        names = _zip_names(upload)
        if ext == "docx":
            ok = "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)
        elif ext == "xlsx":
            ok = "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)
        elif ext == "odt":
            ok = "mimetype:application/vnd.oasis.opendocument.text" in names
    upload.seek(0)
    if not ok:
        raise ValidationError(
            _("The file's content is not a %(type)s, whatever its name says.")
            % {"type": DOCUMENT_TYPES[ext]},
            code="forged",
        )
    return ext


def check_photo(upload, max_bytes: int = PHOTO_MAX_BYTES) -> None:
    _check_size(upload, max_bytes)
    ext = _extension(upload.name)
    if ext not in IMAGE_FORMATS:
        raise ValidationError(_("A photo must be a JPEG, PNG, GIF or WebP image."), code="type")
    _open_image(upload, IMAGE_FORMATS[ext])
    upload.seek(0)


def resized_photo(upload) -> ContentFile:
    """A square-bounded copy of the photo, re-encoded so that no metadata or payload survives."""
    upload.seek(0)
    image = ImageOps.exif_transpose(Image.open(upload))
    image.thumbnail(PHOTO_SIZE)
    has_alpha = image.mode in ("RGBA", "LA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    out = io.BytesIO()
    image.save(out, format="PNG" if has_alpha else "JPEG", quality=85)
    return ContentFile(out.getvalue(), name="photo.png" if has_alpha else "photo.jpg")


def replace_photo(profile, upload, previous: str = "") -> None:
    """Make ``upload`` (resized) the profile's photo, or remove the photo when it is None.

    The file name is random: a hidden member's photo must not be found by trying user ids. The
    ``previous`` file is deleted once the change is committed, so no old photo stays reachable.
    """
    if upload is None:
        profile.photo = ""
    else:
        resized = resized_photo(upload)
        suffix = _extension(resized.name)
        profile.photo.save(f"{secrets.token_urlsafe(24)}.{suffix}", resized, save=False)
    if previous and previous != profile.photo.name:
        storage = profile.photo.storage
        transaction.on_commit(lambda: storage.delete(previous))
