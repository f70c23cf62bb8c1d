"""Create the demo site from the files in cms/demo/content. Safe to run again.

Each page is looked up by its slug under its parent; what exists already is left as it is, so a
second run creates nothing and never overwrites an editor's changes. The files hold the content;
this module holds the shape of the tree (which folder fills which section) and turns the files'
fields into page fields.
"""

import io
import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from cms import reference_data
from cms.models import (
    BlogIndexPage,
    BlogPage,
    Country,
    CourseIndexPage,
    CourseModulePage,
    CoursePage,
    EDiscussionIndexPage,
    EDiscussionPage,
    EDiscussionQuestion,
    EventIndexPage,
    EventPage,
    GCMObjective,
    ImagePage,
    Language,
    LibraryIndexPage,
    MilestonePage,
    MilestoneSource,
    NewsIndexPage,
    NewsPage,
    Organisation,
    PrivacyNoticePage,
    ProjectCorridor,
    ProjectIndexPage,
    ProjectPage,
    Region,
    ResourcePage,
    ResourceType,
    ResourceVersion,
    StandardPage,
    SustainableDevelopmentGoal,
    TermsPage,
    Theme,
    TimelinePage,
    ToolkitIndexPage,
    ToolkitPage,
)
from home.models import HomePage
from home.site import install_home_page, install_site_settings

from . import files, illustrations
from .files import DemoContentError, bullets_to_html, markdown_to_html

CATEGORIES = {label: value for value, label in MilestonePage.Category.choices}
ORGANISATION_TYPES = {label: value for value, label in Organisation.Type.choices}


def _date(value) -> date:
    """A date written in a file: YAML reads 2008-11-14 as a date; a quoted one stays text."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _datetime(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _published_at(day) -> datetime:
    return timezone.make_aware(datetime.combine(_date(day), time(9)))


def _lookup(table: dict, key, item: files.Item, field: str):
    try:
        return table[key]
    except KeyError:
        raise DemoContentError(
            f"{files.shown(item.path)}: {field} has an unknown value {key!r}."
        ) from None


class Taxonomies:
    """Name → record look-ups for the files' references."""

    def __init__(self):
        self.themes = {t.name: t for t in Theme.objects.all()}
        self.regions = {r.name: r for r in Region.objects.all()}
        self.types = {t.name: t for t in ResourceType.objects.all()}
        self.countries = {c.code: c for c in Country.objects.all()}
        self.languages = {lang.code: lang for lang in Language.objects.all()}
        self.sdgs = {s.code: s for s in SustainableDevelopmentGoal.objects.all()}
        self.gcm = {g.number: g for g in GCMObjective.objects.all()}
        self.organisations = {o.name: o for o in Organisation.objects.all()}

    def many(self, table: str, item: files.Item, field: str, key=lambda value: value) -> list:
        return [_lookup(getattr(self, table), key(v), item, field) for v in item.get(field, [])]

    def tags(self, item: files.Item) -> dict:
        return {
            "themes": self.many("themes", item, "themes"),
            "regions": self.many("regions", item, "regions"),
            "countries": self.many("countries", item, "countries"),
        }

    def goals(self, item: files.Item) -> dict:
        return {
            "sdgs": self.many("sdgs", item, "sdg_targets", key=str),
            "gcm_objectives": self.many("gcm", item, "gcm_objectives"),
        }


#: The page fields a translation sets; everything else (dates, taxonomies, documents, language
#: versions) stays as `copy_for_translation` copied it from the English page.
TRANSLATED_FIELDS = frozenset(
    {"title", "intro", "body", "abstract", "our_role", "results", "lessons_learnt"}
    | {"modules", "lessons", "summary", "location"}
)


def ensure_child(
    parent: Page,
    page: Page,
    relations: dict | None = None,
    published=None,
    theme=None,
    illustrate=False,
):
    """Add `page` under `parent` unless a page with its slug is there; return the page there.

    With `illustrate`, a new page gets a cover illustration of `theme` (or, without a theme,
    of its own).
    """
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific, False
    page.is_demo = True
    for name, value in (relations or {}).items():
        setattr(page, name, value)
    if illustrate:
        page.image = demo_cover(page, theme)
        page.image_alt = illustrations.alt_text(theme, settings.LANGUAGE_CODE, page.slug)
    if published:
        page.first_published_at = published
    parent.add_child(instance=page)
    return page, True


def translation_languages() -> list[str]:
    """Every content language but the source's: a new language is configuration only."""
    return [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


class Loader:
    def __init__(self, languages=None):
        self.created = 0
        self.languages = translation_languages() if languages is None else list(languages)
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in self.languages
        }

    def add(self, parent, page, relations=None, published=None, theme=None, illustrate=False):
        page, created = ensure_child(parent, page, relations, published, theme, illustrate)
        self.created += created
        return page

    def place(self, parent, item, build, relations=None, published=None, translations=None):
        """The English page built from `item` under `parent`, then its translations.

        A page that can have an image gets a cover drawn for the first theme of its file.
        """
        page = build(item)
        themes = (relations or {}).get("themes") or []
        theme = themes[0] if themes else None
        illustrate = isinstance(page, ImagePage)
        page = self.add(parent, page, relations, published, theme, illustrate)
        if translations is None:
            translations = files.translations(item, self.languages)
        for language, translated in translations.items():
            self.translate(page, language, build(translated), theme, illustrate)
        return page

    def translate(
        self, page: Page, language: str, translated: Page, theme=None, illustrate=False
    ) -> Page:
        """A Wagtail translation of `page`, published with the translated text, made once."""
        locale = self.locales[language]
        existing = page.get_translation_or_none(locale)
        if existing:
            return existing.specific
        copy = page.copy_for_translation(locale, copy_parents=True)
        for field in page._meta.concrete_fields:
            if field.name in TRANSLATED_FIELDS:
                setattr(copy, field.name, getattr(translated, field.name))
        if illustrate and getattr(copy, "image_id", None):
            copy.image_alt = illustrations.alt_text(theme, language, page.slug)
        copy.first_published_at = page.first_published_at
        copy.save_revision().publish()
        self.created += 1
        return copy

    def section(self, home, model, slug: str):
        """An index page of the main navigation, directly under the home page."""
        return self.place(
            home,
            files.original("sections", slug),
            lambda item: model(
                title=item["title"], slug=slug, intro=item["intro"], show_in_menus=True
            ),
        )

    def run(self) -> int:
        reference_data.load()
        self.organisations()
        self.tax = Taxonomies()
        item = files.original("site", "home")
        home = install_home_page(
            title=item["title"], intro=item["intro"], body=markdown_to_html(item["body"])
        )
        for language, translated in files.translations(item, self.languages).items():
            self.translate(home, language, home_page(translated))
        self.standard_pages(home)
        self.timeline(home)
        self.library(home)
        self.projects(home)
        self.whats_new(home)
        self.toolkits(home)
        self.courses(home)
        self.ediscussions(home)
        return self.created

    def organisations(self):
        have = set(Organisation.objects.values_list("name", flat=True))
        countries = {c.code: c for c in Country.objects.all()}
        new = []
        for org in files.read_list(files.CONTENT / "organisations.yaml"):
            if org["name"] in have:
                continue
            new.append(
                Organisation(
                    name=org["name"],
                    slug=slugify(org["name"]),
                    organisation_type=ORGANISATION_TYPES.get(org["type"], Organisation.Type.OTHER),
                    country=countries.get(org.get("country", "")),
                    is_demo=True,
                )
            )
        Organisation.objects.bulk_create(new)

    def standard_pages(self, home):
        for slug in ("about", "what-we-do"):
            self.place(home, files.original("site", slug), standard_page)
        privacy = self.place(home, files.original("site", "privacy"), legal_page(PrivacyNoticePage))
        terms = self.place(home, files.original("site", "terms"), legal_page(TermsPage))
        self.site_settings(privacy, terms)

    def site_settings(self, privacy, terms):
        """The site's name, footer, contact, partners and legal pages, set once."""
        item = files.original("site", "identity")
        words = ("name", "tagline", "footer_text", "contact_address")
        setting = install_site_settings(**{field: item[field] for field in words})
        if setting.terms_page_id is None:
            setting.privacy_page, setting.terms_page = privacy, terms
            setting.contact_email = item["contact_email"]
            setting.logo = demo_logo("M4D Hub", "#ffffff", "m4d-hub-logo", wordmark=False)
            setting.social_links = [("link", dict(link)) for link in item["social_links"]]
            setting.partners = [
                (
                    "partner",
                    {
                        "name": partner["name"],
                        "url": partner["url"],
                        "logo": demo_logo(partner["name"], "#073763", slugify(partner["name"])),
                    },
                )
                for partner in item["partners"]
            ]
            setting.save()
        identity = setting.identity
        for language, translated in files.translations(item, self.languages).items():
            locale = self.locales[language]
            if identity.get_translation_or_none(locale) is None:
                copy = identity.copy_for_translation(locale)
                for field in words:
                    setattr(copy, field, translated.get(field) or getattr(identity, field))
                copy.save()

    def timeline(self, home):
        timeline = self.section(home, TimelinePage, "timeline")
        for item in files.originals("milestones"):
            sources = [
                MilestoneSource(title=s["title"], url=s["url"]) for s in item.get("sources", [])
            ]
            self.place(timeline, item, milestone_page, {"sources": sources})

    def library(self, home):
        index = self.section(home, LibraryIndexPage, "library")
        for item in files.originals("library"):
            versions = [
                ResourceVersion(
                    language=_lookup(self.tax.languages, code, item, "languages"),
                    url=item["external_url"],
                )
                for code in item["languages"]
            ]
            self.place(
                index,
                item,
                self.resource_page,
                {**self.tax.tags(item), **self.tax.goals(item), "versions": versions},
                published=_published_at(item["date"]),
            )

    def resource_page(self, item) -> ResourcePage:
        return ResourcePage(
            title=item["title"],
            slug=item.slug,
            intro=item["abstract"][:300].rsplit(" ", 1)[0] + "…",
            resource_type=_lookup(self.tax.types, item["resource_type"], item, "resource_type"),
            authors="\n".join(item.get("authors", [])),
            publisher=item.get("publisher", ""),
            publication_date=_date(item["date"]),
            abstract=item["abstract"],
            body=markdown_to_html(item.get("body", "")),
            external_url=item["external_url"],
        )

    def projects(self, home):
        index = self.section(home, ProjectIndexPage, "projects")
        orgs = self.tax.organisations
        for item in files.originals("projects"):
            corridors = []
            for corridor in item.get("corridors", []):
                origin, _arrow, destination = corridor.split()
                corridors.append(
                    ProjectCorridor(
                        origin=_lookup(self.tax.countries, origin, item, "corridors"),
                        destination=_lookup(self.tax.countries, destination, item, "corridors"),
                    )
                )
            self.place(
                index,
                item,
                project_page,
                {
                    **self.tax.tags(item),
                    **self.tax.goals(item),
                    "corridors": corridors,
                    "implementing_organisations": [
                        _lookup(orgs, n, item, "implementing_organisations")
                        for n in item.get("implementing_organisations", [])
                    ],
                    "partner_organisations": [
                        _lookup(orgs, n, item, "partner_organisations")
                        for n in item.get("partner_organisations", [])
                    ],
                    "donors": [_lookup(orgs, n, item, "donors") for n in item.get("donors", [])],
                },
                published=_published_at(item["start_date"]),
            )

    def whats_new(self, home):
        news = self.section(home, NewsIndexPage, "news")
        for item in files.originals("news"):
            self.place(
                news, item, news_page, self.tax.tags(item), published=_published_at(item["date"])
            )
        events = self.section(home, EventIndexPage, "events")
        for item in files.originals("events"):
            self.place(events, item, event_page, self.tax.tags(item))
        blog = self.section(home, BlogIndexPage, "blog")
        for item in files.originals("blog"):
            self.place(
                blog, item, blog_page, self.tax.tags(item), published=_published_at(item["date"])
            )

    def toolkits(self, home):
        index = self.section(home, ToolkitIndexPage, "toolkits")
        for item in files.originals("toolkits"):
            handout = demo_document(f"{item['title']}: handout", item["intro"])
            self.place(
                index,
                item,
                lambda data, handout=handout: toolkit_page(data, handout),
                self.tax.tags(item),
            )

    def courses(self, home):
        index = self.section(home, CourseIndexPage, "e-learning")
        for item in files.originals("e-learning"):
            translations = files.translations(item, self.languages)
            course = self.place(
                index, item, course_page, self.tax.tags(item), translations=translations
            )
            for position, module in enumerate(item["modules"]):
                self.place(
                    course,
                    module,
                    course_module_page,
                    translations={
                        language: translated["modules"][position]
                        for language, translated in translations.items()
                    },
                )

    def ediscussions(self, home):
        """Discussions without dates in their file are open now, whenever the demo is loaded."""
        index = self.section(home, EDiscussionIndexPage, "e-discussions")
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        for item in files.originals("e-discussions"):
            questions = [EDiscussionQuestion(text=q) for q in item.get("questions", [])]
            self.place(
                index,
                item,
                lambda data: ediscussion_page(data, now),
                {"questions": questions},
            )


def home_page(item) -> HomePage:
    return HomePage(
        title=item["title"], slug="home", intro=item["intro"], body=markdown_to_html(item["body"])
    )


def standard_page(item) -> StandardPage:
    return StandardPage(
        title=item["title"],
        slug=item.slug,
        intro=item["intro"],
        body=markdown_to_html(item["body"]),
        show_in_menus=True,
    )


def legal_page(model):
    def build(item):
        fields = {"last_updated": _date(item["last_updated"])} if "last_updated" in item else {}
        if "version" in item:
            fields["version"] = str(item["version"])
        return model(
            title=item["title"],
            slug=item.slug,
            intro=item["intro"],
            body=markdown_to_html(item["body"]),
            **fields,
        )

    return build


def demo_logo(name: str, colour: str, slug: str, *, wordmark: bool = True):
    """A globe, and with `wordmark` the name, drawn as SVG (nothing is downloaded), as a Wagtail
    image, made once."""
    from wagtail.images import get_image_model

    Image = get_image_model()
    existing = Image.objects.filter(title=f"{name} logo").first()
    if existing:
        return existing
    initials = "".join(word[0] for word in name.split() if word[:1].isalnum())[:4]
    label = name if len(name) < 12 else initials
    width = 76 + 19 * len(label) if wordmark else 64
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="64" '
        f'viewBox="0 0 {width} 64" role="img"><title>{escape(name)}</title>'
        f'<circle cx="32" cy="32" r="26" fill="none" stroke="{colour}" stroke-width="5"/>'
        f'<path d="M8 32h48M32 6c-12 14-12 38 0 52M32 6c12 14 12 38 0 52" fill="none" '
        f'stroke="{colour}" stroke-width="3"/>'
        + (
            f'<text x="68" y="42" font-family="sans-serif" font-size="24" font-weight="700" '
            f'fill="{colour}">{escape(label)}</text>'
            if wordmark
            else ""
        )
        + "</svg>"
    )
    image = Image(title=f"{name} logo", file=ContentFile(svg.encode(), name=f"{slug}.svg"))
    image.save()
    return image


def milestone_page(item) -> MilestonePage:
    return MilestonePage(
        title=item["title"],
        slug=item.slug,
        intro=item["summary"],
        date=_date(item["date"]),
        date_precision=item["date_precision"],
        category=_lookup(CATEGORIES, item["category"], item, "category"),
        body=markdown_to_html(item.get("body", "")),
        our_role=item.get("our_role", ""),
    )


def project_page(item) -> ProjectPage:
    end_date = item.get("end_date")
    return ProjectPage(
        title=item["title"],
        slug=item.slug,
        intro=item["summary"],
        body=markdown_to_html(item.get("body", "")),
        status=item["status"],
        start_date=_date(item["start_date"]),
        end_date=_date(end_date) if end_date else None,
        budget=item.get("budget_usd"),
        currency=item.get("currency", "USD"),
        results=bullets_to_html(item.get("results", [])),
        lessons_learnt=bullets_to_html(item.get("lessons_learnt", [])),
        contact_name=item.get("contact_name", ""),
        contact_email=item.get("contact_email", ""),
    )


def news_page(item) -> NewsPage:
    return NewsPage(
        title=item["title"],
        slug=item.slug,
        intro=item["intro"],
        date=_date(item["date"]),
        body=markdown_to_html(item.get("body", "")),
    )


def event_page(item) -> EventPage:
    zone = ZoneInfo(item["timezone"])
    return EventPage(
        title=item["title"],
        slug=item.slug,
        intro=item["intro"],
        start=_datetime(item["start"]).replace(tzinfo=zone),
        end=_datetime(item["end"]).replace(tzinfo=zone),
        time_zone=item["timezone"],
        event_format=item["format"],
        location=item.get("location", ""),
        registration_url=item.get("registration_url", ""),
        organiser=item.get("organiser", ""),
        body=markdown_to_html(item.get("body", "")),
    )


def blog_page(item) -> BlogPage:
    return BlogPage(
        title=item["title"],
        slug=item.slug,
        intro=item["intro"],
        author_name=item.get("author_name", ""),
        date=_date(item["date"]),
        body=markdown_to_html(item.get("body", "")),
    )


def toolkit_page(item, handout: Document) -> ToolkitPage:
    modules = [
        raw_block(
            "module",
            title=module["title"],
            summary=module.get("summary", ""),
            body=markdown_to_html(module.get("body", "")),
            optional=module.get("optional", False),
        )
        for module in item["modules"]
    ]
    return ToolkitPage(
        title=item["title"],
        slug=item.slug,
        intro=item["intro"],
        modules=modules,
        downloads=[raw_block("download", document=handout.pk, title="Handout (PDF)")],
    )


def course_page(item) -> CoursePage:
    return CoursePage(title=item["title"], slug=item.slug, intro=item["intro"])


def course_module_page(module) -> CourseModulePage:
    return CourseModulePage(
        title=module["title"],
        slug=module["slug"],
        lessons=[lesson_block(lesson) for lesson in module["lessons"]],
    )


def ediscussion_page(item, now: datetime) -> EDiscussionPage:
    if "opens" in item:
        opens = timezone.make_aware(_datetime(item["opens"]))
        closes = timezone.make_aware(_datetime(item["closes"]))
    else:
        opens = now - timedelta(days=item["opens_days_ago"])
        closes = now + timedelta(days=item["closes_in_days"])
    summary = markdown_to_html(item.get("summary", ""))
    return EDiscussionPage(
        title=item["title"],
        slug=item.slug,
        intro=item["intro"],
        body=markdown_to_html(item.get("body", "")),
        opens_at=opens,
        closes_at=closes,
        summary=summary,
        summary_published_at=closes if summary else None,
    )


def raw_block(block_type: str, **value) -> dict:
    """A StreamField child in Wagtail's stored (raw JSON) form."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def lesson_block(lesson: files.Item) -> dict:
    if lesson["type"] == "text":
        return raw_block("text", body=markdown_to_html(lesson["body"]))
    if lesson["type"] == "video":
        return raw_block("video", title=lesson["title"], caption=lesson.get("caption", ""), url="")
    choices = [
        {"text": text, "correct": index == lesson["correct"]}
        for index, text in enumerate(lesson["choices"])
    ]
    return raw_block(
        "quiz", question=lesson["question"], choices=choices, explanation=lesson["explanation"]
    )


def demo_cover(page: Page, theme):
    """The page's cover illustration, drawn and stored once under the page's slug."""
    image_model = get_image_model()
    title = f"Cover: {page.slug}"
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    png = illustrations.cover_png(theme.slug if theme else page.slug, page.slug)
    # An ImageFile given to the constructor: the field reads width and height from it.
    return image_model.objects.create(
        title=title,
        description=illustrations.alt_text(theme, settings.LANGUAGE_CODE, page.slug),
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(png), name=f"cover-{page.slug[:60]}.png"),
        file_size=len(png),
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
def load(log=print, languages=None) -> int:
    """Load the demo site and its translations into `languages` (None: every content language).

    `languages=()` loads the English site alone: what unit tests and benchmarks build on.
    """
    created = Loader(languages).run()
    log(f"Created {created} demo pages.")
    return created
