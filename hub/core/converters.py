"""URL converters shared by every app's URLs."""

from django.urls import register_converter

# The largest value a BigAutoField (or any 64-bit integer column) holds.
MAX_ID = 2**63 - 1


class IdConverter:
    """A database id: digits, no larger than a 64-bit column holds, or the URL does not match.

    Django's ``int`` takes any length; SQLite then raises OverflowError on the lookup (a 500)
    where a missing row should be a 404.
    """

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError("id out of range")
        return number

    def to_url(self, value):
        return str(value)


def register():
    register_converter(IdConverter, "id")
