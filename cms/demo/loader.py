"""Create the demo site from the data modules in this package. Safe to run again.

Each page is looked up by its slug under its parent; what exists already is left as it is, so a
second run creates nothing and never overwrites an editor's changes.
"""

import uuid
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents.models import Document
from wagtail.models import Collection, Page

from cms import reference_data
from cms.models import (
    BlogIndexPage,
    BlogPage,
    Country,
    CourseIndexPage,
    CourseModulePage,
    CoursePage,
    EventIndexPage,
    EventPage,
    GCMObjective,
    Language,
    LibraryIndexPage,
    MilestonePage,
    MilestoneSource,
    NewsIndexPage,
    NewsPage,
    Organisation,
    ProjectCorridor,
    ProjectIndexPage,
    ProjectPage,
    Region,
    ResourcePage,
    ResourceType,
    ResourceVersion,
    StandardPage,
    SustainableDevelopmentGoal,
    Theme,
    TimelinePage,
    ToolkitIndexPage,
    ToolkitPage,
)
from home.site import install_home_page

from . import ediscussions, learning, library, milestones, pages, projects, whats_new

CATEGORIES = {label: value for value, label in MilestonePage.Category.choices}
ORGANISATION_TYPES = {label: value for value, label in Organisation.Type.choices}


def paragraphs_to_html(paragraphs: list[str]) -> str:
    """Turn the data modules' paragraphs ('## ' marks a heading) into rich-text HTML."""
    html = []
    for text in paragraphs:
        if text.startswith("## "):
            html.append(f"<h2>{escape(text[3:])}</h2>")
        else:
            html.append(f"<p>{escape(text)}</p>")
    return "".join(html)


def bullets_to_html(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def _published_at(day: str) -> datetime:
    return timezone.make_aware(datetime.combine(date.fromisoformat(day), time(9)))


class Taxonomies:
    """Name → record look-ups for the data modules' references."""

    def __init__(self):
        self.themes = {t.name: t for t in Theme.objects.all()}
        self.regions = {r.name: r for r in Region.objects.all()}
        self.types = {t.name: t for t in ResourceType.objects.all()}
        self.countries = {c.code: c for c in Country.objects.all()}
        self.languages = {lang.code: lang for lang in Language.objects.all()}
        self.sdgs = {s.code: s for s in SustainableDevelopmentGoal.objects.all()}
        self.gcm = {g.number: g for g in GCMObjective.objects.all()}
        self.organisations = {o.name: o for o in Organisation.objects.all()}

    def tags(self, item: dict) -> dict:
        return {
            "themes": [self.themes[name] for name in item.get("themes", [])],
            "regions": [self.regions[name] for name in item.get("regions", [])],
            "countries": [self.countries[code] for code in item.get("countries", [])],
        }

    def goals(self, item: dict) -> dict:
        return {
            "sdgs": [self.sdgs[code] for code in item.get("sdg_targets", [])],
            "gcm_objectives": [self.gcm[number] for number in item.get("gcm_objectives", [])],
        }


def ensure_child(parent: Page, page: Page, relations: dict | None = None, published=None):
    """Add `page` under `parent` unless a page with its slug is there; return the page there."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific, False
    page.is_demo = True
    for name, value in (relations or {}).items():
        setattr(page, name, value)
    if published:
        page.first_published_at = published
    parent.add_child(instance=page)
    return page, True


class Loader:
    def __init__(self):
        self.created = 0

    def section(self, home, model, title: str, slug: str, intro: str):
        """An index page of the main navigation, directly under the home page."""
        return self.add(home, model(title=title, slug=slug, intro=intro, show_in_menus=True))

    def add(self, parent, page, relations=None, published=None):
        page, created = ensure_child(parent, page, relations, published)
        self.created += created
        return page

    def run(self) -> int:
        reference_data.load()
        self.organisations()
        self.tax = Taxonomies()
        home = install_home_page(
            title="M4D Hub",
            intro=pages.HOME["intro"],
            body=paragraphs_to_html(pages.HOME["body"]),
        )
        self.standard_pages(home)
        self.timeline(home)
        self.library(home)
        self.projects(home)
        self.whats_new(home)
        self.toolkits(home)
        self.courses(home)
        ediscussions.load(self, home)
        return self.created

    def organisations(self):
        have = set(Organisation.objects.values_list("name", flat=True))
        countries = {c.code: c for c in Country.objects.all()}
        Organisation.objects.bulk_create(
            [
                Organisation(
                    name=org["name"],
                    slug=slugify(org["name"]),
                    organisation_type=ORGANISATION_TYPES.get(org["type"], Organisation.Type.OTHER),
                    country=countries.get(org.get("country", "")),
                    is_demo=True,
                )
                for org in projects.ORGANISATIONS
                if org["name"] not in have
            ]
        )

    def standard_pages(self, home):
        for data in (pages.ABOUT, pages.WHAT_WE_DO):
            self.add(
                home,
                StandardPage(
                    title=data["title"],
                    slug=data["slug"],
                    intro=data["intro"],
                    body=paragraphs_to_html(data["body"]),
                    show_in_menus=True,
                ),
            )

    def timeline(self, home):
        timeline = self.section(
            home,
            TimelinePage,
            "Timeline",
            "timeline",
            "Landmarks in how the international community came to see migration as a "
            "driver of development, and where our programmes played a role.",
        )
        for item in milestones.MILESTONES:
            self.add(
                timeline,
                MilestonePage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item["summary"],
                    date=date.fromisoformat(item["date"]),
                    date_precision=item["date_precision"],
                    category=CATEGORIES[item["category"]],
                    body=paragraphs_to_html(item["body"]),
                    our_role=item["our_role"],
                ),
                {
                    "sources": [
                        MilestoneSource(title=s["title"], url=s["url"]) for s in item["sources"]
                    ]
                },
            )

    def library(self, home):
        index = self.section(
            home,
            LibraryIndexPage,
            "Library",
            "library",
            "Reports, policy briefs, toolkits, case studies and training material on "
            "migration and development, each in all the languages it exists in.",
        )
        for item in library.RESOURCES:
            versions = [
                ResourceVersion(language=self.tax.languages[code], url=item["external_url"])
                for code in item["languages"]
            ]
            self.add(
                index,
                ResourcePage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item["abstract"][:300].rsplit(" ", 1)[0] + "…",
                    resource_type=self.tax.types[item["resource_type"]],
                    authors="\n".join(item["authors"]),
                    publisher=item["publisher"],
                    publication_date=date.fromisoformat(item["date"]),
                    abstract=item["abstract"],
                    body=paragraphs_to_html(item["body"]),
                    external_url=item["external_url"],
                ),
                {**self.tax.tags(item), **self.tax.goals(item), "versions": versions},
                published=_published_at(item["date"]),
            )

    def projects(self, home):
        index = self.section(
            home,
            ProjectIndexPage,
            "Projects",
            "projects",
            "Migration-and-development projects around the world: where they work, "
            "with whom, and what they have learnt.",
        )
        orgs = self.tax.organisations
        for item in projects.PROJECTS:
            corridors = [
                ProjectCorridor(
                    origin=self.tax.countries[origin], destination=self.tax.countries[destination]
                )
                for origin, destination in item["corridors"]
            ]
            self.add(
                index,
                ProjectPage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item["summary"],
                    body=paragraphs_to_html(item["body"]),
                    status=item["status"],
                    start_date=date.fromisoformat(item["start_date"]),
                    end_date=date.fromisoformat(item["end_date"]) if item["end_date"] else None,
                    budget=item["budget_usd"],
                    currency=item["currency"],
                    results=bullets_to_html(item["results"]),
                    lessons_learnt=bullets_to_html(item["lessons_learnt"]),
                    contact_name=item["contact_name"],
                    contact_email=item["contact_email"],
                ),
                {
                    **self.tax.tags(item),
                    **self.tax.goals(item),
                    "corridors": corridors,
                    "implementing_organisations": [
                        orgs[n] for n in item["implementing_organisations"]
                    ],
                    "partner_organisations": [orgs[n] for n in item["partner_organisations"]],
                    "donors": [orgs[n] for n in item["donors"]],
                },
                published=_published_at(item["start_date"]),
            )

    def whats_new(self, home):
        news = self.section(
            home,
            NewsIndexPage,
            "News",
            "news",
            "What is new in migration and development, and in the network.",
        )
        for item in whats_new.NEWS:
            self.add(
                news,
                NewsPage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item["intro"],
                    date=date.fromisoformat(item["date"]),
                    body=paragraphs_to_html(item["body"]),
                ),
                self.tax.tags(item),
                published=_published_at(item["date"]),
            )
        events = self.section(
            home,
            EventIndexPage,
            "Events",
            "events",
            "Webinars, conferences and trainings on migration and development.",
        )
        for item in whats_new.EVENTS:
            zone = ZoneInfo(item["timezone"])
            self.add(
                events,
                EventPage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item["intro"],
                    start=datetime.fromisoformat(item["start"]).replace(tzinfo=zone),
                    end=datetime.fromisoformat(item["end"]).replace(tzinfo=zone),
                    time_zone=item["timezone"],
                    event_format=item["format"],
                    location=item["location"],
                    registration_url=item["registration_url"],
                    organiser=item["organiser"],
                    body=paragraphs_to_html(item["body"]),
                ),
                self.tax.tags(item),
            )
        blog = self.section(
            home,
            BlogIndexPage,
            "Blog",
            "blog",
            "Practitioners write about what works, and what does not.",
        )
        for item in whats_new.BLOG_POSTS:
            self.add(
                blog,
                BlogPage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item["intro"],
                    author_name=item["author_name"],
                    date=date.fromisoformat(item["date"]),
                    body=paragraphs_to_html(item["body"]),
                ),
                self.tax.tags(item),
                published=_published_at(item["date"]),
            )

    def toolkits(self, home):
        index = self.section(
            home,
            ToolkitIndexPage,
            "Toolkits",
            "toolkits",
            "Training materials and toolkits for practitioners and trainers.",
        )
        for item in learning.TOOLKITS:
            modules = [
                raw_block(
                    "module",
                    title=module["title"],
                    summary=module["summary"],
                    body=paragraphs_to_html(module["body"]),
                    optional=module["optional"],
                )
                for module in item["modules"]
            ]
            handout = demo_document(f"{item['title']}: handout", item["intro"])
            self.add(
                index,
                ToolkitPage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item["intro"],
                    modules=modules,
                    downloads=[raw_block("download", document=handout.pk, title="Handout (PDF)")],
                ),
                self.tax.tags(item),
            )

    def courses(self, home):
        index = self.section(
            home,
            CourseIndexPage,
            "E-learning",
            "e-learning",
            "Self-paced courses. Sign in to keep track of your progress.",
        )
        for item in learning.COURSES:
            course = self.add(
                index,
                CoursePage(title=item["title"], slug=item["slug"], intro=item["intro"]),
                self.tax.tags(item),
            )
            for module in item["modules"]:
                self.add(
                    course,
                    CourseModulePage(
                        title=module["title"],
                        slug=module["slug"],
                        lessons=[lesson_block(lesson) for lesson in module["lessons"]],
                    ),
                )


def raw_block(block_type: str, **value) -> dict:
    """A StreamField child in Wagtail's stored (raw JSON) form."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def lesson_block(lesson: dict) -> dict:
    if lesson["type"] == "text":
        return raw_block("text", body=paragraphs_to_html(lesson["body"]))
    if lesson["type"] == "video":
        return raw_block("video", title=lesson["title"], caption=lesson.get("caption", ""), url="")
    choices = [
        {"text": text, "correct": index == lesson["correct"]}
        for index, text in enumerate(lesson["choices"])
    ]
    return raw_block(
        "quiz", question=lesson["question"], choices=choices, explanation=lesson["explanation"]
    )


def demo_document(title: str, text: str) -> Document:
    """A small generated PDF, stored once under its title."""
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title, collection=Collection.get_first_root_node())
    document.file.save(f"{slugify(title)[:60]}.pdf", ContentFile(tiny_pdf(title, text)), save=False)
    document.save()
    return document


def tiny_pdf(title: str, text: str) -> bytes:
    """A one-page PDF with a title and a paragraph, written by hand: no PDF library needed."""

    def esc(value: str) -> str:
        ascii_text = value.encode("ascii", "replace").decode()
        return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) > 85:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    lines.append(line)
    stream = "BT /F1 16 Tf 56 780 Td (" + esc(title) + ") Tj /F1 10 Tf"
    for row in lines[:40]:
        stream += " 0 -16 Td (" + esc(row) + ") Tj"
    stream += " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


@transaction.atomic
def load(log=print) -> int:
    created = Loader().run()
    log(f"Created {created} demo pages.")
    return created
