"""Toolkits and training materials: modules as StreamField sections, with downloads."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import DownloadBlock, ToolkitModuleBlock

from .base import IndexPage, TaggedPage


class ToolkitIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.ToolkitPage"]
    max_count = 1
    catalogue = "toolkits"

    class Meta:
        verbose_name = _("toolkit index page")
        verbose_name_plural = _("toolkit index pages")


class ToolkitPage(TaggedPage):
    modules = StreamField([("module", ToolkitModuleBlock())], blank=True, verbose_name=_("modules"))
    downloads = StreamField(
        [("download", DownloadBlock())], blank=True, verbose_name=_("downloads")
    )

    content_panels = TaggedPage.content_panels + [
        FieldPanel("modules"),
        FieldPanel("downloads"),
        TaggedPage.taxonomy_panel(),
    ]
    search_fields = TaggedPage.search_fields + [index.SearchField("modules")]
    parent_page_types = ["cms.ToolkitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("toolkit page")
        verbose_name_plural = _("toolkit pages")
