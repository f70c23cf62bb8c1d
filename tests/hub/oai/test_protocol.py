"""The six verbs, their arguments and errors, paging and selective harvesting, over HTTP."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from cms.models import ResourcePage, ResourceType, Theme
from hub.oai.models import Record
from hub.oai.services import records
from hub.oai.services.protocol import TOKEN_SALT

from .conftest import NS, Answer, identifier


def harvest(oai, verb="ListIdentifiers", **params) -> list[Answer]:
    """Every response of a list, following the resumption tokens."""
    answers = [oai(verb=verb, **params)]
    while (token := answers[-1].token) is not None and token.text:
        answers.append(oai(verb=verb, resumptionToken=token.text))
    return answers


def listed(answers) -> list[str]:
    return [i for answer in answers for i in answer.identifiers]


def exposed_identifiers() -> set[str]:
    return {
        f"oai:hub.localhost:resource/{pk}" for pk in records.exposed().values_list("pk", flat=True)
    }


def test_identify_describes_the_repository(oai, a_library):
    answer = oai(verb="Identify")

    assert answer.error is None
    assert answer.request.get("verb") == "Identify"
    assert answer.text("oai:Identify/oai:baseURL") == "http://testserver/oai/"
    assert answer.text("oai:Identify/oai:protocolVersion") == "2.0"
    assert answer.text("oai:Identify/oai:deletedRecord") == "persistent"
    assert answer.text("oai:Identify/oai:granularity") == "YYYY-MM-DDThh:mm:ssZ"
    earliest = min(Record.objects.values_list("datestamp", flat=True))
    assert answer.text("oai:Identify/oai:earliestDatestamp") == earliest.strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    sample = answer.root.find(
        ".//{http://www.openarchives.org/OAI/2.0/oai-identifier}sampleIdentifier"
    )
    assert sample.text == "oai:hub.localhost:resource/1"


def test_post_answers_as_get_does(oai, a_library):
    by_get = oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(a_library[0]))
    by_post = oai(
        "post", verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(a_library[0])
    )

    assert by_post.error is None
    assert by_post.identifiers == by_get.identifiers == [identifier(a_library[0])]


def test_other_methods_are_refused_without_an_error_page(a_library):
    assert Client().put("/oai/?verb=Identify").status_code == 405


def test_the_formats_are_oai_dc_and_mods_for_the_repository_and_for_a_record(oai, a_library):
    for params in ({}, {"identifier": identifier(a_library[0])}):
        answer = oai(verb="ListMetadataFormats", **params)
        prefixes = [e.text for e in answer.findall(".//oai:metadataPrefix")]
        assert prefixes == ["oai_dc", "mods"]
    assert (
        oai(verb="ListMetadataFormats", identifier="oai:hub.localhost:resource/99999999").error
        == "idDoesNotExist"
    )


def test_sets_are_each_theme_and_each_resource_type_under_two_parents(oai, a_library):
    answer = oai(verb="ListSets")
    specs = [e.text for e in answer.findall(".//oai:setSpec")]

    assert "theme" in specs and "type" in specs
    for theme in Theme.objects.all():
        assert f"theme:{theme.slug}" in specs
    for kind in ResourceType.objects.all():
        assert f"type:{kind.slug}" in specs
    names = dict(zip(specs, [e.text for e in answer.findall(".//oai:setName")], strict=True))
    theme = Theme.objects.first()
    assert names[f"theme:{theme.slug}"] == theme.name


def test_a_set_selects_its_records_and_a_parent_set_all_of_its_subsets(oai, a_library, settings):
    settings.HUB_OAI_PAGE_SIZE = 1000
    theme = a_library[0].themes.first()
    in_theme = {identifier(p) for p in records.exposed().filter(themes=theme).distinct()}
    kind = a_library[0].resource_type

    answer = oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set=f"theme:{theme.slug}")
    assert set(answer.identifiers) == in_theme
    assert all(
        f"theme:{theme.slug}" in [s.text for s in header.findall("oai:setSpec", NS)]
        for header in answer.findall(".//oai:header")
    )
    assert (
        identifier(a_library[0])
        in oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set=f"type:{kind.slug}").identifiers
    )
    assert set(oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="type").identifiers) == {
        identifier(p) for p in records.exposed().exclude(resource_type=None)
    }
    assert (
        oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="theme:no-such-theme").error
        == "noRecordsMatch"
    )


def test_paging_sends_every_record_once_with_cursor_and_complete_list_size(
    oai, a_library, settings
):
    settings.HUB_OAI_PAGE_SIZE = 2
    expected = exposed_identifiers()

    answers = harvest(oai, "ListRecords", metadataPrefix="mods")

    assert len(answers) == -(-len(expected) // 2) >= 3
    got = listed(answers)
    assert len(got) == len(set(got)) and set(got) == expected
    tokens = [answer.token for answer in answers]
    assert [int(t.get("cursor")) for t in tokens] == list(range(0, len(expected), 2))
    assert {t.get("completeListSize") for t in tokens} == {str(len(expected))}
    assert all(t.text and t.get("expirationDate") for t in tokens[:-1])
    assert not tokens[-1].text and tokens[-1].get("expirationDate") is None
    # A continuation echoes only its token.
    assert dict(answers[1].request.attrib) == {
        "verb": "ListRecords",
        "resumptionToken": tokens[0].text,
    }


def test_a_list_that_fits_in_one_response_has_no_token(oai, a_library, settings):
    settings.HUB_OAI_PAGE_SIZE = 1000
    assert oai(verb="ListIdentifiers", metadataPrefix="oai_dc").token is None


def test_changes_during_a_harvest_lose_and_repeat_nothing_and_wait_for_the_next_one(
    oai, a_library, settings
):
    settings.HUB_OAI_PAGE_SIZE = 2
    first = oai(verb="ListIdentifiers", metadataPrefix="oai_dc")
    seen, ahead = first.identifiers, sorted(exposed_identifiers() - set(first.identifiers))
    number = lambda i: int(i.rsplit("/", 1)[1])  # noqa: E731
    # One record already sent and one not sent yet change.
    records.touch([number(seen[0]), number(ahead[-1])])

    answers = [first]
    while answers[-1].token is not None and answers[-1].token.text:
        answers.append(oai(verb="ListIdentifiers", resumptionToken=answers[-1].token.text))
    got = listed(answers)

    assert len(got) == len(set(got)), "a record was sent twice"
    unchanged = exposed_identifiers() - {seen[0], ahead[-1]}
    assert unchanged <= set(got), "an unchanged record was lost"
    assert ahead[-1] not in got
    following = harvest(oai, metadataPrefix="oai_dc", **{"from": first.text("oai:responseDate")})
    assert {seen[0], ahead[-1]} <= set(listed(following))


def test_from_and_until_select_by_datestamp_in_either_granularity(oai, a_library, settings):
    settings.HUB_OAI_PAGE_SIZE = 1000
    old, new = a_library[0], a_library[1]
    Record.objects.update(datestamp=timezone.now() - timedelta(days=3))
    Record.objects.filter(page_id=old.pk).update(datestamp=datetime(2020, 5, 1, 10, tzinfo=UTC))
    Record.objects.filter(page_id=new.pk).update(
        datestamp=datetime(2020, 5, 2, 10, 0, 1, tzinfo=UTC)
    )

    def ids(**params):
        return oai(verb="ListIdentifiers", metadataPrefix="oai_dc", **params).identifiers

    assert ids(**{"from": "2020-05-01", "until": "2020-05-01"}) == [identifier(old)]
    assert ids(**{"from": "2020-05-01T10:00:00Z", "until": "2020-05-01T10:00:00Z"}) == [
        identifier(old)
    ]
    assert ids(**{"from": "2020-05-01T10:00:01Z", "until": "2020-05-02T10:00:01Z"}) == [
        identifier(new)
    ]
    assert ids(until="2020-05-02") == [identifier(old), identifier(new)]
    assert identifier(old) not in ids(**{"from": "2020-05-02"})


def test_get_record_in_both_formats_describes_the_publication(oai, a_library):
    page = a_library[0]
    page.authors = "Aminata Diallo\nJosé Pérez"
    page.publisher = "IOM"
    page.abstract = "Remittances\x0b and development."
    page.save_revision().publish()

    dc = oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
    mods = oai(verb="GetRecord", metadataPrefix="mods", identifier=identifier(page))

    record = dc.find(".//oai_dc:dc")
    assert record.findtext("dc:title", namespaces=NS) == page.title
    assert [e.text for e in record.findall("dc:creator", NS)] == ["Aminata Diallo", "José Pérez"]
    assert record.findtext("dc:publisher", namespaces=NS) == "IOM"
    assert record.findtext("dc:date", namespaces=NS) == page.publication_date.isoformat()
    assert record.findtext("dc:description", namespaces=NS) == "Remittances and development."
    assert {e.text for e in record.findall("dc:subject", NS)} == {t.name for t in page.themes.all()}
    assert "http://testserver" + page.url in [e.text for e in record.findall("dc:identifier", NS)]
    assert [e.text for e in record.findall("dc:language", NS)] == ["en"]
    meta = mods.find(".//mods:mods")
    assert meta.findtext("mods:titleInfo/mods:title", namespaces=NS) == page.title
    assert meta.findtext("mods:originInfo/mods:publisher", namespaces=NS) == "IOM"
    assert meta.findtext("mods:genre", namespaces=NS) == page.resource_type.name
    assert [e.text for e in meta.findall("mods:name/mods:namePart", NS)] == [
        "Aminata Diallo",
        "José Pérez",
    ]


def test_language_versions_are_one_record_with_each_language_and_link(oai, a_library):
    from cms.models import Language, ResourceVersion

    page = a_library[0]
    ResourceVersion.objects.create(
        page=page,
        language=Language.objects.get(code="fr"),
        title="Version française",
        url="https://example.org/fr.pdf",
    )

    dc = oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
    mods = oai(verb="GetRecord", metadataPrefix="mods", identifier=identifier(page))

    assert sorted(e.text for e in dc.findall(".//dc:language")) == ["en", "fr"]
    assert "https://example.org/fr.pdf" in [e.text for e in dc.findall(".//dc:relation")]
    versions = mods.findall(".//mods:relatedItem[@type='otherVersion']")
    assert "Version française" in [
        v.findtext("mods:titleInfo/mods:title", namespaces=NS) for v in versions
    ]


def test_a_page_translation_adds_its_title_to_the_record_and_is_no_record_itself(
    oai, a_library, settings, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale

    settings.HUB_OAI_PAGE_SIZE = 1000
    page = a_library[0]
    before = Record.objects.get(page_id=page.pk).datestamp
    with django_capture_on_commit_callbacks(execute=True):
        copy = page.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
        copy.title = "Envois de fonds"
        copy.save_revision().publish()

    dc = oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
    titles = {
        e.get("{http://www.w3.org/XML/1998/namespace}lang"): e.text
        for e in dc.findall(".//dc:title")
    }
    assert titles == {"en": page.title, "fr": "Envois de fonds"}
    assert Record.objects.get(page_id=page.pk).datestamp > before
    assert identifier(copy) not in oai(verb="ListIdentifiers", metadataPrefix="oai_dc").identifiers
    assert oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(copy)).error == (
        "idDoesNotExist"
    )


ERRORS = [
    ({}, "badVerb"),
    ({"verb": "Harvest"}, "badVerb"),
    ({"verb": ["Identify", "Identify"]}, "badVerb"),
    ({"verb": "Identify", "set": "x"}, "badArgument"),
    ({"verb": "ListRecords"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "mods"]}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "colour": "red"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2020-13-01"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2020-1-1"}, "badArgument"),
    (
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "2020-01-01T25:00:00Z"},
        "badArgument",
    ),
    (
        {
            "verb": "ListRecords",
            "metadataPrefix": "oai_dc",
            "from": "2020-01-01",
            "until": "2020-01-01T00:00:00Z",
        },
        "badArgument",
    ),
    (
        {
            "verb": "ListRecords",
            "metadataPrefix": "oai_dc",
            "from": "2020-01-02",
            "until": "2020-01-01",
        },
        "badArgument",
    ),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "not a set"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "resumptionToken": "x"}, "badArgument"),
    ({"verb": "GetRecord", "identifier": "oai:hub.localhost:resource/1"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
    ({"verb": "ListIdentifiers", "metadataPrefix": "oai_datacite"}, "cannotDisseminateFormat"),
    (
        {
            "verb": "GetRecord",
            "metadataPrefix": "oai_dc",
            "identifier": "oai:hub.localhost:resource/0",
        },
        "idDoesNotExist",
    ),
    (
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:other.org:resource/1"},
        "idDoesNotExist",
    ),
    (
        {
            "verb": "GetRecord",
            "metadataPrefix": "oai_dc",
            "identifier": "oai:hub.localhost:resource/٣",
        },
        "idDoesNotExist",
    ),
    (
        {
            "verb": "GetRecord",
            "metadataPrefix": "oai_dc",
            "identifier": "oai:hub.localhost:resource/99999999999",
        },
        "idDoesNotExist",
    ),
    ({"verb": "ListRecords", "resumptionToken": "forged"}, "badResumptionToken"),
    ({"verb": "ListSets", "resumptionToken": "anything"}, "badResumptionToken"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2999-01-01"}, "noRecordsMatch"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "1999-01-01"}, "noRecordsMatch"),
]


@pytest.mark.parametrize(("params", "code"), ERRORS)
def test_bad_requests_get_the_protocols_error_codes(a_library, params, code):
    response = Client().get("/oai/", params)
    answer = Answer(b"".join(response.streaming_content))

    assert response.status_code == 200
    assert answer.error == code
    assert not answer.findall(".//oai:header")
    if code in ("badVerb", "badArgument"):
        assert dict(answer.request.attrib) == {}, "the request is echoed only when valid"
    else:
        assert answer.request.get("verb") == params["verb"]


def test_expired_and_cross_verb_tokens_are_bad_resumption_tokens(oai, a_library, settings):
    settings.HUB_OAI_PAGE_SIZE = 2
    token = oai(verb="ListRecords", metadataPrefix="oai_dc").token.text

    assert oai(verb="ListIdentifiers", resumptionToken=token).error == "badResumptionToken"
    assert oai(verb="ListRecords", resumptionToken=token + "x").error == "badResumptionToken"
    tampered = signing.loads(token, salt=TOKEN_SALT)
    assert tampered["m"] == "oai_dc"
    settings.HUB_OAI_TOKEN_MAX_AGE = -1
    assert oai(verb="ListRecords", resumptionToken=token).error == "badResumptionToken"


def test_drafts_and_private_resources_are_never_exposed(
    oai, a_library, settings, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    from .conftest import a_resource

    settings.HUB_OAI_PAGE_SIZE = 1000
    with django_capture_on_commit_callbacks(execute=True):
        draft = a_resource(title="Draft resource", live=False)
        draft.save_revision()
        secret = a_resource(title="Never public")
        PageViewRestriction.objects.create(
            page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        secret.save_revision().publish()
    records.reconcile()

    for verb, prefix in (("ListIdentifiers", "oai_dc"), ("ListRecords", "mods")):
        answer = oai(verb=verb, metadataPrefix=prefix)
        assert identifier(draft) not in answer.identifiers
        assert identifier(secret) not in answer.identifiers
        assert b"Never public" not in answer.body and b"Draft resource" not in answer.body
    for page in (draft, secret):
        assert oai(
            verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page)
        ).error == ("idDoesNotExist")


def test_a_record_made_private_is_deleted_and_public_again_comes_back(
    oai, a_library, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    page = a_library[0]
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN
        )
    answer = oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
    assert answer.deleted == [identifier(page)]
    assert answer.find(".//oai:metadata") is None
    assert page.title.encode() not in answer.body

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    answer = oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(page))
    assert answer.deleted == [] and answer.find(".//oai:metadata") is not None


def test_a_private_page_is_never_shown_even_before_its_row_is_updated(oai, a_library):
    from wagtail.models import PageViewRestriction

    page = a_library[0]
    # No on-commit callbacks run here: the row still says live.
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    answer = oai(verb="ListRecords", metadataPrefix="oai_dc")
    assert Record.objects.get(page_id=page.pk).deleted is False
    assert identifier(page) in answer.deleted
    assert page.title.encode() not in answer.body


def test_unpublished_and_deleted_records_stay_as_deleted_and_republishing_revives_them(
    oai, a_library, django_capture_on_commit_callbacks
):
    unpublished, deleted = a_library[0], a_library[1]
    deleted_id = identifier(deleted)
    with django_capture_on_commit_callbacks(execute=True):
        unpublished.unpublish()
        ResourcePage.objects.get(pk=deleted.pk).delete()

    listing = oai(verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert {identifier(unpublished), deleted_id} <= set(listing.deleted)
    gone = oai(verb="GetRecord", metadataPrefix="mods", identifier=deleted_id)
    assert gone.deleted == [deleted_id]

    with django_capture_on_commit_callbacks(execute=True):
        unpublished.save_revision().publish()
    back = oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(unpublished))
    assert back.deleted == [] and back.find(".//oai_dc:dc") is not None


def test_reconcile_writes_the_rows_that_no_signal_reported(db):
    from .conftest import a_resource

    bulk = a_resource(title="Loaded in bulk")  # created live, no publish signal
    assert not Record.objects.filter(page_id=bulk.pk).exists()

    result = records.reconcile()

    assert result.added >= 1
    assert Record.objects.get(page_id=bulk.pk).deleted is False
    ResourcePage.objects.filter(pk=bulk.pk).update(live=False)
    records.reconcile()
    assert Record.objects.get(page_id=bulk.pk).deleted is True


# --- Fuzz ---------------------------------------------------------------------------------------

KEYS = ["verb", "metadataPrefix", "identifier", "from", "until", "set", "resumptionToken"]
VALUES = [
    "Identify",
    "ListRecords",
    "ListIdentifiers",
    "GetRecord",
    "ListSets",
    "ListMetadataFormats",
    "oai_dc",
    "mods",
    "2020-01-01",
    "2020-02-30T00:00:00Z",
    "9999-12-31",
    "0000-01-01",
    "oai:hub.localhost:resource/1",
    "theme",
    "theme:",
    "",
    "\x00",
]
value = st.sampled_from(VALUES) | st.text(max_size=60)
pairs = st.lists(st.tuples(st.sampled_from(KEYS) | st.text(max_size=10), value), max_size=6)


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pairs=pairs, method=st.sampled_from(["get", "post"]))
@example(pairs=[("verb", "ListRecords"), ("resumptionToken", "a:b:c")], method="get")
@example(
    pairs=[
        ("verb", "GetRecord"),
        ("metadataPrefix", "oai_dc"),
        ("identifier", "oai:hub.localhost:resource/99999999999999999999"),
    ],
    method="post",
)
@example(
    pairs=[("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("until", "9999-12-31")],
    method="get",
)
def test_no_query_gets_a_server_error(a_library, pairs, method):
    from urllib.parse import urlencode

    client = Client(raise_request_exception=False)
    data = urlencode(pairs)
    if method == "get":
        response = client.get(f"/oai/?{data}")
    else:
        response = client.post("/oai/", data, content_type="application/x-www-form-urlencoded")
    if any("\x00" in k or "\x00" in v for k, v in pairs) and method == "get":
        assert response.status_code == 400  # NUL is refused for every URL (hub.core.middleware)
        return
    assert response.status_code == 200
    root = etree.fromstring(b"".join(response.streaming_content))
    assert root.tag == "{http://www.openarchives.org/OAI/2.0/}OAI-PMH"
