"""Reference taxonomies: every ISO 3166 country has its UN M49 region and a hub region."""

import pycountry
import pytest

from cms import m49, reference_data
from cms.models import Country, Region


def test_every_iso_country_has_an_m49_sub_region_except_antarctica():
    codes = {country.alpha_2 for country in pycountry.countries}

    assert len(codes) == 249
    assert {code for code in codes if m49.sub_region_of(code) is None} == {"AQ"}
    assert {m49.hub_region_of(code) for code in codes} - {None} == set(reference_data.REGIONS)


@pytest.mark.parametrize(
    ("code", "sub_region", "region", "hub_region"),
    [
        ("SN", "Sub-Saharan Africa", "Africa", "Africa"),
        ("MA", "Northern Africa", "Africa", "Arab States / Middle East and North Africa"),
        ("JO", "Western Asia", "Asia", "Arab States / Middle East and North Africa"),
        ("TR", "Western Asia", "Asia", "Europe and Central Asia"),
        ("KZ", "Central Asia", "Asia", "Europe and Central Asia"),
        ("PH", "South-eastern Asia", "Asia", "Asia and the Pacific"),
        ("FJ", "Melanesia", "Oceania", "Asia and the Pacific"),
        ("MX", "Latin America and the Caribbean", "Americas", "Latin America and the Caribbean"),
        ("CA", "Northern America", "Americas", "North America"),
        ("DE", "Western Europe", "Europe", "Europe and Central Asia"),
    ],
)
def test_a_country_is_placed_in_its_m49_and_hub_region(code, sub_region, region, hub_region):
    assert m49.sub_region_of(code) == sub_region
    assert m49.region_of(code) == region
    assert m49.hub_region_of(code) == hub_region


@pytest.mark.django_db
def test_loading_the_taxonomies_gives_every_country_but_antarctica_a_region():
    Country.objects.update(region=None)

    reference_data.load()

    assert Country.objects.count() == 249
    assert list(Country.objects.filter(region__isnull=True).values_list("code", flat=True)) == [
        "AQ"
    ]
    assert Country.objects.get(code="SN").region.name == "Africa"


@pytest.mark.django_db
def test_loading_again_keeps_an_editors_choice_of_region():
    europe = Region.objects.get(name="Europe and Central Asia")
    Country.objects.filter(code="MA").update(region=europe)

    reference_data.load()

    assert Country.objects.get(code="MA").region == europe
