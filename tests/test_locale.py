"""The Italian and Russian catalogues are complete, keep every placeholder, and their committed .mo
files say exactly what the .po files say (scripts/update-catalogues refreshes and compiles them).

The .po and .mo files are read with the small parsers below so that the checks need neither
GNU gettext nor a third-party library."""

import re
import struct
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.utils import translation

import incontra

LOCALE_DIR = Path(incontra.__file__).parent / "locale"
LANGUAGES = ["it", "ru"]
PLURAL_FORMS = {
    "it": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
}
# %(name)s, %(count)d, bare %s/%d, {{ name }}, {name}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\{\s*\w+\s*\}\}|\{\w*\}")
PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


@dataclass
class Entry:
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        return f"{self.msgctxt}|{self.msgid}" if self.msgctxt else self.msgid


def po_unquote(text: str) -> str:
    return re.sub(r"\\(.)", lambda match: PO_ESCAPES[match.group(1)], text.strip()[1:-1])


def po_read(path: Path) -> list[Entry]:
    """Entries of a .po file, header included, obsolete (#~) entries left out."""
    entries, entry, target = [], Entry(), None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if target is not None:
                entries.append(entry)
            entry, target = Entry(), None
        elif line.startswith("#,"):
            entry.flags |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            po_append(entry, target, po_unquote(line))
        else:
            keyword, _, text = line.partition(" ")
            target = keyword
            po_start(entry, keyword, po_unquote(text))
    return entries


def po_start(entry: Entry, keyword: str, text: str) -> None:
    if keyword.startswith("msgstr"):
        entry.msgstr.append(text)
    else:
        setattr(entry, keyword, text)


def po_append(entry: Entry, keyword: str, text: str) -> None:
    if keyword.startswith("msgstr"):
        entry.msgstr[-1] += text
    else:
        setattr(entry, keyword, getattr(entry, keyword) + text)


def po_catalogue(entries: list[Entry]) -> dict[str, str]:
    """What msgfmt would compile: keys and values in the .mo encoding."""
    catalogue = {}
    for entry in entries:
        key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        if entry.msgid_plural is not None:
            key += f"\x00{entry.msgid_plural}"
        catalogue[key] = "\x00".join(entry.msgstr)
    # msgfmt leaves the extraction date out of the compiled header.
    if "" in catalogue:
        catalogue[""] = re.sub(r"POT-Creation-Date: [^\n]*\n", "", catalogue[""])
    return catalogue


def mo_catalogue(path: Path) -> dict[str, str]:
    data = path.read_bytes()
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">"
    count, originals, translations = struct.unpack(order + "3I", data[8:20])

    def string(table: int, index: int) -> str:
        length, offset = struct.unpack(
            order + "2I", data[table + 8 * index : table + 8 * index + 8]
        )
        return data[offset : offset + length].decode("utf-8")

    return {string(originals, i): string(translations, i) for i in range(count)}


def messages(language: str) -> list[Entry]:
    return [entry for entry in po_read(po_path(language)) if entry.msgid]


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_header_declares_language_and_plural_forms(language):
    header = po_read(po_path(language))[0]
    assert header.msgid == ""
    assert "fuzzy" not in header.flags
    assert f"Language: {language}\n" in header.msgstr[0]
    assert f"Plural-Forms: {PLURAL_FORMS[language]}\n" in header.msgstr[0]
    assert "Content-Type: text/plain; charset=UTF-8\n" in header.msgstr[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_a_translation_for_every_entry(language):
    nplurals = int(PLURAL_FORMS[language].split(";")[0].split("=")[1])
    untranslated = [
        entry.label
        for entry in messages(language)
        if not all(entry.msgstr)
        or len(entry.msgstr) != (nplurals if entry.msgid_plural is not None else 1)
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_fuzzy_entries(language):
    assert [entry.label for entry in messages(language) if "fuzzy" in entry.flags] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_keeps_every_placeholder(language):
    broken = [
        (entry.label, translated)
        for entry in messages(language)
        for translated in entry.msgstr
        if placeholders(translated) != placeholders(entry.msgid_plural or entry.msgid)
    ]
    assert broken == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_po(language):
    """A stale .mo (the .po edited, compilemessages not run) shows up as a difference here."""
    compiled = mo_catalogue(po_path(language).with_suffix(".mo"))
    assert compiled == po_catalogue(po_read(po_path(language)))


def test_po_reader_reads_context_plurals_and_continuation_lines(tmp_path):
    path = tmp_path / "sample.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n\n'
        '#, fuzzy, python-format\nmsgctxt "role"\nmsgid "A \\"b\\" "\n"c"\nmsgstr "x"\n\n'
        'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "%(n)s день"\n'
        'msgstr[1] "%(n)s дня"\n\n#~ msgid "old"\n#~ msgstr "старое"\n',
        encoding="utf-8",
    )
    header, context, plural = po_read(path)
    assert header.msgstr == ["Language: ru\n"]
    assert (context.msgctxt, context.msgid, context.flags) == (
        "role",
        'A "b" c',
        {"fuzzy", "python-format"},
    )
    assert (plural.msgid_plural, plural.msgstr) == ("%(n)s days", ["%(n)s день", "%(n)s дня"])
    assert po_catalogue([context, plural]) == {
        'role\x04A "b" c': "x",
        "%(n)s day\x00%(n)s days": "%(n)s день\x00%(n)s дня",
    }


def test_placeholders_counts_named_positional_and_template_variables():
    assert placeholders("%(count)d of %(name)s, %s, {{ counter }} and {name}") == Counter(
        ["%(count)d", "%(name)s", "%s", "{{ counter }}", "{name}"]
    )


def test_russian_translates_words_with_context_and_plurals():
    with translation.override("ru"):
        assert translation.gettext("Organisations") == "Организации"
        assert translation.pgettext("profile status", "Published") == "Опубликован"
        assert translation.pgettext("organisation kind", "Technology park") == "Технопарк"
        forms = [
            translation.ngettext("%(counter)s profile", "%(counter)s profiles", n) % {"counter": n}
            for n in (1, 3, 5, 11, 21, 22)
        ]
    assert forms == [
        "1 профиль",
        "3 профиля",
        "5 профилей",
        "11 профилей",
        "21 профиль",
        "22 профиля",
    ]


def test_italian_translates_words_with_context_and_plurals():
    with translation.override("it"):
        assert translation.gettext("Organisations") == "Organizzazioni"
        assert translation.pgettext("role", "Administrator") == "Amministratore"
        assert translation.gettext("operator") == "ente gestore"
        forms = [
            translation.ngettext("%(counter)s person", "%(counter)s people", n) % {"counter": n}
            for n in (0, 1, 2)
        ]
    assert forms == ["0 persone", "1 persona", "2 persone"]
