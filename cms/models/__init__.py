"""Content models, split by page family and re-exported here."""

from .base import BasePage, ImagePage, IndexPage, TaggedPage, with_card_images
from .ediscussions import EDiscussionIndexPage, EDiscussionPage, EDiscussionQuestion
from .learning import (
    CourseCompletion,
    CourseIndexPage,
    CourseModulePage,
    CoursePage,
    ModuleProgress,
)
from .library import LibraryIndexPage, ResourcePage, ResourceVersion
from .projects import ProjectCorridor, ProjectIndexPage, ProjectPage
from .standard import PrivacyNoticePage, StandardPage, TermsPage
from .taxonomies import (
    Country,
    GCMObjective,
    Language,
    Organisation,
    Region,
    ResourceType,
    SustainableDevelopmentGoal,
    Theme,
)
from .timeline import MilestonePage, MilestoneSource, TimelinePage
from .toolkits import ToolkitIndexPage, ToolkitPage
from .whats_new import BlogIndexPage, BlogPage, EventIndexPage, EventPage, NewsIndexPage, NewsPage

__all__ = [
    "BasePage",
    "ImagePage",
    "with_card_images",
    "BlogIndexPage",
    "BlogPage",
    "Country",
    "EDiscussionIndexPage",
    "EDiscussionPage",
    "EDiscussionQuestion",
    "CourseCompletion",
    "CourseIndexPage",
    "CourseModulePage",
    "CoursePage",
    "EventIndexPage",
    "EventPage",
    "GCMObjective",
    "IndexPage",
    "Language",
    "LibraryIndexPage",
    "MilestonePage",
    "MilestoneSource",
    "ModuleProgress",
    "NewsIndexPage",
    "NewsPage",
    "Organisation",
    "PrivacyNoticePage",
    "ProjectCorridor",
    "ProjectIndexPage",
    "ProjectPage",
    "Region",
    "ResourcePage",
    "ResourceType",
    "ResourceVersion",
    "StandardPage",
    "SustainableDevelopmentGoal",
    "TaggedPage",
    "TermsPage",
    "Theme",
    "TimelinePage",
    "ToolkitIndexPage",
    "ToolkitPage",
]
