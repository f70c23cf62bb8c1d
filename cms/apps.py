from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished

        from cms import listing
        from cms.models import taxonomies

        page_published.connect(listing.content_changed, dispatch_uid="cms-published")
        page_unpublished.connect(listing.content_changed, dispatch_uid="cms-unpublished")
        # Deleting a page deletes its base Page row too, which sends this.
        post_delete.connect(listing.content_changed, sender=Page, dispatch_uid="cms-deleted")
        # A page made private leaves the listings' cached counts at once.
        for signal in (post_save, post_delete):
            signal.connect(listing.content_changed, sender=PageViewRestriction, weak=False)
        for model in (
            taxonomies.Theme,
            taxonomies.Region,
            taxonomies.ResourceType,
            taxonomies.Country,
            taxonomies.Language,
            taxonomies.SustainableDevelopmentGoal,
            taxonomies.GCMObjective,
            taxonomies.Organisation,
        ):
            for signal in (post_save, post_delete):
                signal.connect(listing.content_changed, sender=model, weak=False)
