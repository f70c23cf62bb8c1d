"""Keep the translation catalogues in locale/ whole: update them, compile them, check them.

    python scripts/catalogues.py update   # makemessages for every language, then compile
    python scripts/catalogues.py check    # CI: fail on any gap (exit 1), listing each one

`check` fails when, for a language in settings.LANGUAGES other than the source language:
- an entry is untranslated (an empty msgstr, or an empty plural form) or marked fuzzy;
- `makemessages` would add a string that the catalogue does not hold yet;
- the compiled .mo file does not hold what its .po says (a .po edited without `update`).

The .mo files are committed, so a fresh clone serves every language without gettext's tools;
`update` and `check` need gettext's xgettext and msgmerge (Debian: `apt-get install gettext`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
DOMAINS = ("django", "djangojs")
# The same options every time, so that a catalogue only changes when a string does.
MAKEMESSAGES = [
    "--no-location",
    "--no-obsolete",
    "--ignore=.venv/*",
    "--ignore=.cache/*",
    "--ignore=tests/*",
    "--ignore=bench/*",
    "--ignore=scripts/*",
    "--ignore=node_modules/*",
]


def languages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
    import django
    from django.conf import settings

    django.setup()
    source = settings.LANGUAGE_CODE.split("-")[0]
    return [code for code, _name in settings.LANGUAGES if code != source]


def catalogue(lang: str, domain: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"


def makemessages(langs: list[str]) -> None:
    manage = [sys.executable, str(ROOT / "manage.py"), "makemessages", *MAKEMESSAGES]
    for lang in langs:
        (LOCALE / lang / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
        locale_args = ["-l", lang]
        subprocess.run([*manage, *locale_args], cwd=ROOT, check=True)
        subprocess.run([*manage, "-d", "djangojs", *locale_args], cwd=ROOT, check=True)


def compile_all(langs: list[str]) -> None:
    for lang in langs:
        for domain in DOMAINS:
            po_path = catalogue(lang, domain)
            if po_path.exists():
                polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))


def keys(po: polib.POFile) -> set[tuple[str, str]]:
    return {(entry.msgctxt or "", entry.msgid) for entry in po if not entry.obsolete}


def gaps(lang: str, domain: str) -> list[str]:
    """What is wrong with one committed catalogue, one line each."""
    po_path = catalogue(lang, domain)
    if not po_path.exists():
        return [f"{po_path.relative_to(ROOT)}: missing"]
    po = polib.pofile(str(po_path))
    found = []
    for entry in po:
        if entry.obsolete:
            continue
        where = f"{po_path.relative_to(ROOT)}: {entry.msgid[:70]!r}"
        if "fuzzy" in entry.flags:
            found.append(f"{where} is fuzzy")
        elif entry.msgid_plural:
            if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                found.append(f"{where} has an untranslated plural form")
        elif not entry.msgstr:
            found.append(f"{where} is untranslated")
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        found.append(f"{mo_path.relative_to(ROOT)}: missing (run `make messages`)")
    else:
        compiled = {
            (e.msgctxt or "", e.msgid): (e.msgstr, e.msgstr_plural) for e in polib.mofile(mo_path)
        }
        for entry in po.translated_entries():
            if compiled.get((entry.msgctxt or "", entry.msgid)) != (
                entry.msgstr,
                entry.msgstr_plural,
            ):
                found.append(
                    f"{mo_path.relative_to(ROOT)}: stale for {entry.msgid[:50]!r} "
                    "(run `make messages`)"
                )
                break
    return found


def new_strings(langs: list[str]) -> list[str]:
    """Strings in the code that makemessages would add to the committed catalogues."""
    committed = {
        (lang, domain): keys(polib.pofile(str(catalogue(lang, domain))))
        for lang in langs
        for domain in DOMAINS
        if catalogue(lang, domain).exists()
    }
    backup = Path(tempfile.mkdtemp(prefix="hub-locale-"))
    shutil.copytree(LOCALE, backup / "locale")
    try:
        makemessages(langs)
        found = []
        for (lang, domain), before in committed.items():
            after = keys(polib.pofile(str(catalogue(lang, domain))))
            for ctxt, msgid in sorted(after - before):
                label = f"{ctxt}|{msgid}" if ctxt else msgid
                found.append(f"{catalogue(lang, domain).relative_to(ROOT)}: new {label[:70]!r}")
        return found
    finally:
        shutil.rmtree(LOCALE)
        shutil.copytree(backup / "locale", LOCALE)
        shutil.rmtree(backup)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    langs = languages()
    if command == "update":
        makemessages(langs)
        compile_all(langs)
        return 0
    if command == "check":
        problems = [line for lang in langs for domain in DOMAINS for line in gaps(lang, domain)]
        problems += new_strings(langs)
        for line in problems:
            print(line)
        total = sum(
            len(polib.pofile(str(catalogue(lang, domain))))
            for lang in langs
            for domain in DOMAINS
            if catalogue(lang, domain).exists()
        )
        print(f"catalogues: {len(langs)} languages, {total} entries, {len(problems)} problems")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
