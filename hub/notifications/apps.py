from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "hub.notifications"
    label = "notifications"
    verbose_name = _("Notifications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.members.services import privacy

        from .services import personal_data

        privacy.register("notifications", personal_data.export_for)
        privacy.register_erasure(personal_data.erase_for)
