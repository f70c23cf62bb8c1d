"""Reference taxonomies every M4D Hub needs (not demo content), and their idempotent loader."""

import pycountry
from django.db import transaction
from django.utils.text import slugify

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
    "Remittances and financial inclusion",
    "Diaspora engagement",
    "Labour migration and decent work",
    "Climate change, environment and human mobility",
    "Migration and health",
    "Education and skills",
    "Gender and migration",
    "Return and reintegration",
    "Local governance and migration mainstreaming",
    "Policy coherence (whole-of-government)",
    "Migration data",
    "Social inclusion and cohesion",
    "Human rights and protection",
    "Trafficking and smuggling",
    "Urban migration",
    "Youth",
]

REGIONS = [
    "Africa",
    "Arab States / Middle East and North Africa",
    "Asia and the Pacific",
    "Europe and Central Asia",
    "Latin America and the Caribbean",
    "North America",
]

RESOURCE_TYPES = [
    "Report",
    "Policy brief",
    "Toolkit or guide",
    "Training material",
    "Case study",
    "Good practice",
    "Academic paper",
    "Video",
    "Dataset",
    "Newsletter",
    "Other",
]

SDG_GOALS = [
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
]

# The SDG targets that mention migrants or migration.
SDG_TARGETS = {
    "3.c": "Health financing and the health workforce",
    "4.b": "Scholarships for developing countries",
    "5.2": "Eliminate violence against women and girls, including trafficking",
    "8.7": "End forced labour, modern slavery and human trafficking",
    "8.8": "Protect labour rights, including of migrant workers",
    "10.7": "Orderly, safe, regular and responsible migration and mobility",
    "10.c": "Remittance costs below 3%, no corridors above 5%",
    "16.2": "End abuse, exploitation, trafficking and violence against children",
    "17.18": "Data disaggregated by migratory status",
}

GCM_OBJECTIVES = [
    "Accurate and disaggregated data",
    "Minimize adverse drivers of migration",
    "Accurate and timely information",
    "Legal identity and documentation",
    "Pathways for regular migration",
    "Fair and ethical recruitment, decent work",
    "Reduce vulnerabilities in migration",
    "Save lives; missing migrants",
    "Counter smuggling of migrants",
    "Eradicate trafficking in persons",
    "Integrated border management",
    "Certainty and predictability in procedures",
    "Detention only as a last resort",
    "Consular protection and assistance",
    "Access to basic services",
    "Inclusion and social cohesion",
    "End discrimination; evidence-based public discourse",
    "Skills development and recognition",
    "Migrants and diasporas contribute to sustainable development",
    "Faster, safer, cheaper remittances; financial inclusion",
    "Safe return, readmission and sustainable reintegration",
    "Portability of social security entitlements",
    "International cooperation and global partnerships",
]


def _named(model, names):
    existing = set(model.objects.values_list("name", flat=True))
    model.objects.bulk_create(
        [model(name=name, slug=slugify(name)) for name in names if name not in existing]
    )


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
