from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DigestsConfig(AppConfig):
    name = "hub.digests"
    label = "digests"
    verbose_name = _("Email digests")
    default_auto_field = "django.db.models.BigAutoField"
