"""Read the demo content files: YAML, or Markdown with a YAML front matter, one item a file.

A file `<slug>.yaml` or `<slug>.md` holds one item in English. Its translations sit beside it as
`<slug>.<language>.yaml` or `<slug>.<language>.md` and hold only the fields that are translated.
"""

import re
from pathlib import Path

import yaml
from django.utils.html import escape

CONTENT = Path(__file__).parent / "content"
SUFFIXES = (".md", ".yaml")
FRONT_MATTER = re.compile(r"\A---\n(.*?)^---\n?(.*)\Z", re.DOTALL | re.MULTILINE)


#: What a translation file may hold, by folder: the text, never dates, links or taxonomies.
TRANSLATABLE = {
    "site": {"title", "intro", "body", "name", "tagline", "footer_text", "contact_address"},
    "sections": {"title", "intro"},
    "milestones": {"title", "summary", "body", "our_role"},
    "library": {"title", "abstract", "body"},
    "projects": {"title", "summary", "body", "results", "lessons_learnt"},
    "news": {"title", "intro", "body"},
    "events": {"title", "intro", "body", "location"},
    "blog": {"title", "intro", "body"},
    "toolkits": {"title", "intro", "modules"},
    "e-learning": {"title", "intro", "modules"},
    "e-discussions": {"title", "intro", "body", "summary"},
}


class DemoContentError(Exception):
    """A demo content file that the loader cannot use; the message names the file."""


class Item(dict):
    """One item's fields; asking for a field the file lacks names the file and the field."""

    def __init__(self, data: dict, path: Path, where: str = ""):
        super().__init__(
            (key, _wrap(value, path, f"{where}.{key}" if where else key))
            for key, value in data.items()
        )
        self.path = path
        self.where = where

    @property
    def slug(self) -> str:
        return self.path.name.split(".", 1)[0]

    def __missing__(self, key):
        field = f"{self.where}.{key}" if self.where else key
        raise DemoContentError(f"{shown(self.path)}: the required field '{field}' is missing.")


def _wrap(value, path: Path, where: str):
    if isinstance(value, dict):
        return Item(value, path, where)
    if isinstance(value, list):
        return [_wrap(element, path, f"{where}[{i}]") for i, element in enumerate(value)]
    return value


def shown(path: Path) -> str:
    try:
        return str(path.relative_to(CONTENT))
    except ValueError:
        return str(path)


def read(path: Path) -> Item:
    """The item in one file; a Markdown file's text after the front matter is its `body`."""
    text = path.read_text(encoding="utf-8")
    body = None
    if path.suffix == ".md":
        match = FRONT_MATTER.match(text)
        if not match:
            raise DemoContentError(f"{shown(path)}: a Markdown file starts with a '---' block.")
        text, body = match.groups()
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise DemoContentError(f"{shown(path)}: not valid YAML ({error}).") from error
    if not isinstance(data, dict):
        raise DemoContentError(f"{shown(path)}: expected fields (key: value), got {data!r}.")
    if body is not None and body.strip():
        data["body"] = body.strip()
    return Item(data, path)


def originals(folder: str) -> list[Item]:
    """The English items of a folder, in file-name order."""
    paths = sorted(
        path
        for path in (CONTENT / folder).iterdir()
        if path.suffix in SUFFIXES and "." not in path.stem
    )
    return [read(path) for path in paths]


def read_list(path: Path) -> list[Item]:
    """A file holding a list of small records (the organisations)."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(rows, list):
        raise DemoContentError(f"{shown(path)}: expected a list of records.")
    return [Item(row, path, f"[{index}]") for index, row in enumerate(rows)]


def original(folder: str, slug: str) -> Item:
    for suffix in SUFFIXES:
        path = CONTENT / folder / f"{slug}{suffix}"
        if path.exists():
            return read(path)
    raise DemoContentError(f"{folder}/{slug}: no such file ({' or '.join(SUFFIXES)}).")


def translations(item: Item, languages) -> dict[str, Item]:
    """The item as it reads in each language that has a translation file beside it.

    A translation file may hold only its folder's translatable fields; lists (modules, lessons,
    choices) are translated element by element and keep the original's length.
    """
    translatable = TRANSLATABLE[item.path.parent.name]
    found = {}
    for language in languages:
        for suffix in SUFFIXES:
            path = item.path.with_name(f"{item.slug}.{language}{suffix}")
            if not path.exists():
                continue
            translation = read(path)
            unknown = sorted(set(translation) - set(translatable))
            if unknown:
                raise DemoContentError(
                    f"{shown(path)}: {', '.join(unknown)} cannot be translated here "
                    f"(only {', '.join(sorted(translatable))})."
                )
            found[language] = Item(overlay(item, translation, path), path)
    return found


def overlay(original, translation, path: Path, where: str = ""):
    """The original with the translated values put in its place."""
    if isinstance(original, dict) and isinstance(translation, dict):
        merged = dict(original)
        for key, value in translation.items():
            field = f"{where}.{key}" if where else key
            if key not in original:
                raise DemoContentError(f"{shown(path)}: '{field}' is not in the original.")
            merged[key] = overlay(original[key], value, path, field)
        return merged
    if isinstance(original, list) and isinstance(translation, list):
        if len(original) != len(translation):
            raise DemoContentError(
                f"{shown(path)}: '{where}' has {len(translation)} entries; "
                f"the original has {len(original)}."
            )
        return [
            overlay(before, after, path, f"{where}[{i}]")
            for i, (before, after) in enumerate(zip(original, translation, strict=True))
        ]
    return translation


def markdown_to_html(text: str) -> str:
    """The little Markdown the files use: paragraphs, '## ' headings and '- ' lists."""
    html = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.strip().splitlines()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            html.append(f"<h2>{escape(' '.join(' '.join(lines)[3:].split()))}</h2>")
        elif all(line.startswith("- ") for line in lines):
            html.append(bullets_to_html([line[2:] for line in lines]))
        else:
            html.append(f"<p>{escape(' '.join(' '.join(lines).split()))}</p>")
    return "".join(html)


def bullets_to_html(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""
