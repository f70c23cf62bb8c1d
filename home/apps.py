from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model
        from wagtail.models import Site

        from . import branding
        from .models import SiteIdentity, SiteSettings

        post_save.connect(branding.setting_saved, sender=SiteSettings, dispatch_uid="home-brand")
        post_save.connect(branding.identity_saved, sender=SiteIdentity, dispatch_uid="home-id")
        for model in (SiteSettings, SiteIdentity, get_image_model(), Site):
            post_delete.connect(branding.changed, sender=model, weak=False)
        # An image's file or a site's name or default flag changes what the brand shows.
        for model in (get_image_model(), Site):
            post_save.connect(branding.changed, sender=model, weak=False)
