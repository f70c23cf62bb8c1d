"""Checks JSON-LD against the schema.org vocabulary (release and licence in the data file).

Each node's @type must be a schema.org type, each property one whose domain includes that type
or one of its ancestors, and each enumeration URL a member schema.org defines.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

VOCABULARY = Path(__file__).parent / "data" / "schemaorg-vocabulary.json"
SCHEMA = "https://schema.org/"


@cache
def vocabulary() -> dict:
    return json.loads(VOCABULARY.read_text())


def ancestors(schema_type: str) -> set[str]:
    types = vocabulary()["types"]
    seen, todo = set(), [schema_type]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo += types.get(current, [])
    return seen


def problems(node, path: str = "$") -> list[str]:
    """What in `node` (a JSON-LD value) schema.org does not define; empty when all is well."""
    found = []
    if isinstance(node, list):
        for position, item in enumerate(node):
            found += problems(item, f"{path}[{position}]")
        return found
    if isinstance(node, str):
        if (
            node.startswith(SCHEMA)
            and node[len(SCHEMA) :] not in vocabulary()["enumeration_members"]
        ):
            found.append(f"{path}: {node} is not a schema.org enumeration member")
        return found
    if not isinstance(node, dict):
        return found
    if "@graph" in node:
        return problems(node["@graph"], f"{path}.@graph")
    schema_type = node.get("@type")
    if schema_type is None:
        return [f"{path}: a node without @type"]
    if schema_type not in vocabulary()["types"]:
        return [f"{path}: {schema_type} is not a schema.org type"]
    lineage = ancestors(schema_type)
    properties = vocabulary()["properties"]
    for key, value in node.items():
        if key.startswith("@"):
            continue
        # "query-input" is the input constraint of SearchAction's "query" (schema.org Actions).
        name = key.removesuffix("-input").removesuffix("-output")
        if name not in properties:
            found.append(f"{path}.{key}: not a schema.org property")
        elif not lineage & set(properties[name]):
            found.append(f"{path}.{key}: not a property of {schema_type}")
        found += problems(value, f"{path}.{key}")
    return found
