"""Which cross-origin requests to /api/ a browser may make: reads (GET, HEAD, OPTIONS) only.

django-cors-headers adds the headers; this receiver allows any origin for those methods and none
for the others, so no page on another site can have a browser send anything else here.
"""

from corsheaders.signals import check_request_enabled
from django.dispatch import receiver

READ_METHODS = {"GET", "HEAD", "OPTIONS"}


@receiver(check_request_enabled)
def allow_reads(sender, request, **kwargs) -> bool:
    return request.path_info.startswith("/api/") and request.method in READ_METHODS
