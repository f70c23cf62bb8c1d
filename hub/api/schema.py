"""drf-spectacular hooks: the schema describes /api/v1/ only, not Wagtail's own admin API."""


def only_api(endpoints, **kwargs):
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
