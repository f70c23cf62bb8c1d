from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "hub.messaging"
    label = "messaging"
    verbose_name = _("Private messages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.members.services import privacy

        from .services import conversations, notices

        privacy.register("messages", conversations.export_for)
        privacy.register_erasure(conversations.erase_for)
        notices.register()
