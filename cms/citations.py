"""Citation export of library resources: BibTeX, RIS and CSL-JSON."""

import json
import re

BIBTEX_TYPES = {"academic-paper": "article", "report": "techreport"}
RIS_TYPES = {
    "academic-paper": "JOUR",
    "report": "RPRT",
    "policy-brief": "RPRT",
    "video": "VIDEO",
    "dataset": "DATA",
    "newsletter": "NEWS",
}
CSL_TYPES = {
    "academic-paper": "article-journal",
    "report": "report",
    "policy-brief": "report",
    "video": "motion_picture",
    "dataset": "dataset",
}


def _type_slug(resource) -> str:
    return resource.resource_type.slug if resource.resource_type_id else ""


def _split_name(author: str) -> tuple[str, str]:
    """'Aminata Diallo' → ('Diallo', 'Aminata'); a one-word or corporate name stays whole."""
    parts = author.rsplit(" ", 1)
    return (parts[1], parts[0]) if len(parts) == 2 and not author.endswith(")") else (author, "")


def _bibtex_escape(text: str) -> str:
    text = re.sub(r"([&%$#_{}])", r"\\\1", text)
    return text.replace("~", r"\textasciitilde{}").replace("^", r"\textasciicircum{}")


def citation_key(resource) -> str:
    first = resource.author_list[0] if resource.author_list else resource.publisher or "m4dhub"
    family = re.sub(r"[^A-Za-z0-9]", "", _split_name(first)[0]) or "m4dhub"
    return f"{family.lower()}{resource.publication_date.year}{resource.pk}"


def bibtex(resource) -> str:
    entry_type = BIBTEX_TYPES.get(_type_slug(resource), "misc")
    authors = " and ".join(
        "{" + _bibtex_escape(family) + ", " + _bibtex_escape(given) + "}"
        if given
        else "{{" + _bibtex_escape(family) + "}}"
        for family, given in map(_split_name, resource.author_list)
    )
    fields = [
        ("title", "{" + _bibtex_escape(resource.title) + "}"),
        ("author", authors),
        ("year", str(resource.publication_date.year)),
        ("month", resource.publication_date.strftime("%b").lower()),
        (
            "institution" if entry_type == "techreport" else "publisher",
            _bibtex_escape(resource.publisher),
        ),
        ("url", resource.external_url),
        ("abstract", _bibtex_escape(resource.abstract)),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@{entry_type}{{{citation_key(resource)},\n{body}\n}}\n"


def ris(resource) -> str:
    lines = [("TY", RIS_TYPES.get(_type_slug(resource), "GEN")), ("TI", resource.title)]
    for family, given in map(_split_name, resource.author_list):
        lines.append(("AU", f"{family}, {given}" if given else family))
    date = resource.publication_date
    lines += [
        ("PY", str(date.year)),
        ("DA", date.strftime("%Y/%m/%d")),
        ("PB", resource.publisher),
        ("AB", " ".join(resource.abstract.split())),
        ("UR", resource.external_url),
    ]
    lines += [("KW", theme.name) for theme in resource.themes.all()]
    lines += [("LA", version.language.code) for version in resource.versions.all()]
    lines.append(("ER", ""))
    return "\r\n".join(f"{tag}  - {value}" for tag, value in lines if value or tag == "ER") + "\r\n"


def csl_json(resource) -> str:
    date = resource.publication_date
    item = {
        "id": citation_key(resource),
        "type": CSL_TYPES.get(_type_slug(resource), "document"),
        "title": resource.title,
        "author": [
            {"family": family, "given": given} if given else {"literal": family}
            for family, given in map(_split_name, resource.author_list)
        ],
        "issued": {"date-parts": [[date.year, date.month, date.day]]},
        "publisher": resource.publisher or None,
        "abstract": resource.abstract or None,
        "URL": resource.external_url or None,
    }
    return json.dumps([{k: v for k, v in item.items() if v}], ensure_ascii=False, indent=2)
