from django.apps import AppConfig


class DigestsConfig(AppConfig):
    name = "hub.digests"
    label = "digests"
    verbose_name = "Email digests"
    default_auto_field = "django.db.models.BigAutoField"
