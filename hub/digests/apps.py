from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DigestsConfig(AppConfig):
    name = "hub.digests"
    label = "digests"
    verbose_name = _("Email digests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.members.services import privacy

        from .services import personal_data

        privacy.register("digest_subscription", personal_data.export_for)
