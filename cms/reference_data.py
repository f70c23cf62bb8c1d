"""Reference taxonomies every M4D Hub needs (not demo content), and their idempotent loader.

Their names are marked for the translation catalogues (locale/), where translators give the UN's
official wording in each language; `load()` copies those translations onto each term, where
editors can change them in the admin. Country and language names come from pycountry instead.
"""

import pycountry
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_noop

from cms import m49
from cms.models import (
    Country,
    GCMObjective,
    Language,
    Region,
    ResourceType,
    SustainableDevelopmentGoal,
    Theme,
)

THEMES = [
    gettext_noop("Remittances and financial inclusion"),
    gettext_noop("Diaspora engagement"),
    gettext_noop("Labour migration and decent work"),
    gettext_noop("Climate change, environment and human mobility"),
    gettext_noop("Migration and health"),
    gettext_noop("Education and skills"),
    gettext_noop("Gender and migration"),
    gettext_noop("Return and reintegration"),
    gettext_noop("Local governance and migration mainstreaming"),
    gettext_noop("Policy coherence (whole-of-government)"),
    gettext_noop("Migration data"),
    gettext_noop("Social inclusion and cohesion"),
    gettext_noop("Human rights and protection"),
    gettext_noop("Trafficking and smuggling"),
    gettext_noop("Urban migration"),
    gettext_noop("Youth"),
]

REGIONS = [
    gettext_noop("Africa"),
    gettext_noop("Arab States / Middle East and North Africa"),
    gettext_noop("Asia and the Pacific"),
    gettext_noop("Europe and Central Asia"),
    gettext_noop("Latin America and the Caribbean"),
    gettext_noop("North America"),
]

RESOURCE_TYPES = [
    gettext_noop("Report"),
    gettext_noop("Policy brief"),
    gettext_noop("Toolkit or guide"),
    gettext_noop("Training material"),
    gettext_noop("Case study"),
    gettext_noop("Good practice"),
    gettext_noop("Academic paper"),
    gettext_noop("Video"),
    gettext_noop("Dataset"),
    gettext_noop("Newsletter"),
    gettext_noop("Other"),
]

SDG_GOALS = [
    gettext_noop("No poverty"),
    gettext_noop("Zero hunger"),
    gettext_noop("Good health and well-being"),
    gettext_noop("Quality education"),
    gettext_noop("Gender equality"),
    gettext_noop("Clean water and sanitation"),
    gettext_noop("Affordable and clean energy"),
    gettext_noop("Decent work and economic growth"),
    gettext_noop("Industry, innovation and infrastructure"),
    gettext_noop("Reduced inequalities"),
    gettext_noop("Sustainable cities and communities"),
    gettext_noop("Responsible consumption and production"),
    gettext_noop("Climate action"),
    gettext_noop("Life below water"),
    gettext_noop("Life on land"),
    gettext_noop("Peace, justice and strong institutions"),
    gettext_noop("Partnerships for the goals"),
]

# The SDG targets that mention migrants or migration.
SDG_TARGETS = {
    "3.c": gettext_noop("Health financing and the health workforce"),
    "4.b": gettext_noop("Scholarships for developing countries"),
    "5.2": gettext_noop("Eliminate violence against women and girls, including trafficking"),
    "8.7": gettext_noop("End forced labour, modern slavery and human trafficking"),
    "8.8": gettext_noop("Protect labour rights, including of migrant workers"),
    "10.7": gettext_noop("Orderly, safe, regular and responsible migration and mobility"),
    "10.c": gettext_noop("Remittance costs below 3%, no corridors above 5%"),
    "16.2": gettext_noop("End abuse, exploitation, trafficking and violence against children"),
    "17.18": gettext_noop("Data disaggregated by migratory status"),
}

GCM_OBJECTIVES = [
    gettext_noop("Accurate and disaggregated data"),
    gettext_noop("Minimize adverse drivers of migration"),
    gettext_noop("Accurate and timely information"),
    gettext_noop("Legal identity and documentation"),
    gettext_noop("Pathways for regular migration"),
    gettext_noop("Fair and ethical recruitment, decent work"),
    gettext_noop("Reduce vulnerabilities in migration"),
    gettext_noop("Save lives; missing migrants"),
    gettext_noop("Counter smuggling of migrants"),
    gettext_noop("Eradicate trafficking in persons"),
    gettext_noop("Integrated border management"),
    gettext_noop("Certainty and predictability in procedures"),
    gettext_noop("Detention only as a last resort"),
    gettext_noop("Consular protection and assistance"),
    gettext_noop("Access to basic services"),
    gettext_noop("Inclusion and social cohesion"),
    gettext_noop("End discrimination; evidence-based public discourse"),
    gettext_noop("Skills development and recognition"),
    gettext_noop("Migrants and diasporas contribute to sustainable development"),
    gettext_noop("Faster, safer, cheaper remittances; financial inclusion"),
    gettext_noop("Safe return, readmission and sustainable reintegration"),
    gettext_noop("Portability of social security entitlements"),
    gettext_noop("International cooperation and global partnerships"),
]


def translations_of(source: str) -> dict[str, str]:
    """The catalogues' translations of a reference name, by language code."""
    found = {}
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        with translation.override(code):
            value = translation.gettext(source)
        if value != source:
            found[code] = value
    return found


def _translate(model, field: str, sources) -> None:
    """Add the catalogues' translations that a term lacks; an editor's own wording is kept."""
    sources = set(sources)
    changed = []
    for term in model.objects.filter(**{f"{field}__in": sources}):
        merged = translations_of(getattr(term, field)) | (term.translations or {})
        if merged != term.translations:
            term.translations = merged
            changed.append(term)
    model.objects.bulk_update(changed, ["translations"])


def _named(model, names):
    existing = set(model.objects.values_list("name", flat=True))
    model.objects.bulk_create(
        [model(name=name, slug=slugify(name)) for name in names if name not in existing]
    )
    _translate(model, "name", names)


def assign_regions(country_model, region_model) -> int:
    """Give each country without a region its hub region from UN M49; editors' choices stay.

    Takes the models as arguments so that a data migration can pass its historical ones.
    """
    regions = {r.name: r for r in region_model.objects.filter(name__in=REGIONS)}
    changed = []
    for country in country_model.objects.filter(region__isnull=True):
        region = regions.get(m49.hub_region_of(country.code) or "")
        if region is not None:
            country.region = region
            changed.append(country)
    country_model.objects.bulk_update(changed, ["region"])
    return len(changed)


@transaction.atomic
def load() -> None:
    """Create any missing reference record; existing records (and editors' changes) are kept."""
    _named(Theme, THEMES)
    _named(Region, REGIONS)
    _named(ResourceType, RESOURCE_TYPES)

    have = set(Country.objects.values_list("code", flat=True))
    Country.objects.bulk_create(
        [
            Country(code=c.alpha_2, name=getattr(c, "common_name", c.name))
            for c in pycountry.countries
            if c.alpha_2 not in have
        ]
    )
    assign_regions(Country, Region)
    have = set(Language.objects.values_list("code", flat=True))
    Language.objects.bulk_create(
        [
            Language(code=lang.alpha_2, name=lang.name)
            for lang in pycountry.languages
            if hasattr(lang, "alpha_2") and lang.alpha_2 not in have
        ]
    )
    have = set(SustainableDevelopmentGoal.objects.values_list("code", flat=True))
    goals = [(str(number), number, title) for number, title in enumerate(SDG_GOALS, start=1)]
    targets = [(code, int(code.split(".")[0]), title) for code, title in SDG_TARGETS.items()]
    SustainableDevelopmentGoal.objects.bulk_create(
        [
            SustainableDevelopmentGoal(code=code, goal=goal, title=title)
            for code, goal, title in goals + targets
            if code not in have
        ]
    )
    have = set(GCMObjective.objects.values_list("number", flat=True))
    GCMObjective.objects.bulk_create(
        [
            GCMObjective(number=number, title=title)
            for number, title in enumerate(GCM_OBJECTIVES, start=1)
            if number not in have
        ]
    )
    _translate(SustainableDevelopmentGoal, "title", [*SDG_GOALS, *SDG_TARGETS.values()])
    _translate(GCMObjective, "title", GCM_OBJECTIVES)
