"""UN M49 geographic regions (unstats.un.org/unsd/methodology/m49) for every ISO 3166-1 country,
and how each M49 sub-region maps onto the hub's six regions (DOMAIN.md).

pycountry has no regions. Each line: M49 sub-region, its region, and the alpha-2 codes in it.
Antarctica (AQ) belongs to no M49 region.
"""

AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA = "Africa", "Americas", "Asia", "Europe", "Oceania"

SUB_REGIONS = {
    "Northern Africa": (AFRICA, "DZ EG LY MA SD TN EH"),
    "Sub-Saharan Africa": (
        AFRICA,
        # Eastern, Middle, Southern and Western Africa (M49's intermediate regions)
        "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW "
        "AO CM CF TD CG CD GQ GA ST "
        "BW SZ LS NA ZA "
        "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    ),
    "Latin America and the Caribbean": (
        AMERICAS,
        # the Caribbean, Central America and South America
        "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI "
        "BZ CR SV GT HN MX NI PA "
        "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    ),
    "Northern America": (AMERICAS, "BM CA GL PM US"),
    "Central Asia": (ASIA, "KZ KG TJ TM UZ"),
    "Eastern Asia": (ASIA, "CN HK MO KP JP MN KR TW"),
    "South-eastern Asia": (ASIA, "BN KH ID LA MY MM PH SG TH TL VN"),
    "Southern Asia": (ASIA, "AF BD BT IN IR MV NP PK LK"),
    "Western Asia": (ASIA, "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"),
    "Eastern Europe": (EUROPE, "BY BG CZ HU PL MD RO RU SK UA"),
    "Northern Europe": (EUROPE, "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB"),
    "Southern Europe": (EUROPE, "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES"),
    "Western Europe": (EUROPE, "AT BE FR DE LI LU MC NL CH"),
    "Australia and New Zealand": (OCEANIA, "AU CX CC HM NZ NF"),
    "Melanesia": (OCEANIA, "FJ NC PG SB VU"),
    "Micronesia": (OCEANIA, "GU KI MH FM NR MP PW UM"),
    "Polynesia": (OCEANIA, "AS CK PF NU PN WS TK TO TV WF"),
}

NO_REGION = {"AQ"}

# The hub's regions (reference_data.REGIONS), by M49 sub-region.
MENA = "Arab States / Middle East and North Africa"
EUROPE_AND_CENTRAL_ASIA = "Europe and Central Asia"
ASIA_PACIFIC = "Asia and the Pacific"
HUB_REGION_OF_SUB_REGION = {
    "Northern Africa": MENA,
    "Sub-Saharan Africa": "Africa",
    "Latin America and the Caribbean": "Latin America and the Caribbean",
    "Northern America": "North America",
    "Central Asia": EUROPE_AND_CENTRAL_ASIA,
    "Eastern Asia": ASIA_PACIFIC,
    "South-eastern Asia": ASIA_PACIFIC,
    "Southern Asia": ASIA_PACIFIC,
    "Western Asia": MENA,
    "Eastern Europe": EUROPE_AND_CENTRAL_ASIA,
    "Northern Europe": EUROPE_AND_CENTRAL_ASIA,
    "Southern Europe": EUROPE_AND_CENTRAL_ASIA,
    "Western Europe": EUROPE_AND_CENTRAL_ASIA,
    "Australia and New Zealand": ASIA_PACIFIC,
    "Melanesia": ASIA_PACIFIC,
    "Micronesia": ASIA_PACIFIC,
    "Polynesia": ASIA_PACIFIC,
}
# Western Asia's Caucasus, Cyprus and Türkiye are in Europe and Central Asia, as UNDP groups them.
HUB_REGION_EXCEPTIONS = {code: EUROPE_AND_CENTRAL_ASIA for code in ("AM", "AZ", "CY", "GE", "TR")}


def sub_region_of(code: str) -> str | None:
    """The M49 sub-region of an ISO alpha-2 code, or None (Antarctica, unknown codes)."""
    return _SUB_REGION_BY_CODE.get(code.upper())


def region_of(code: str) -> str | None:
    """The M49 region (continent) of an ISO alpha-2 code, or None."""
    sub_region = sub_region_of(code)
    return SUB_REGIONS[sub_region][0] if sub_region else None


def hub_region_of(code: str) -> str | None:
    """The name of the hub Region a country belongs to, or None."""
    code = code.upper()
    if code in HUB_REGION_EXCEPTIONS:
        return HUB_REGION_EXCEPTIONS[code]
    sub_region = sub_region_of(code)
    return HUB_REGION_OF_SUB_REGION[sub_region] if sub_region else None


_SUB_REGION_BY_CODE = {
    code: sub_region for sub_region, (_, codes) in SUB_REGIONS.items() for code in codes.split()
}
