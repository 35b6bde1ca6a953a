"""Keep Ruang's translation catalogs: extract, merge, compile and check.

    uv run python resources/translations/catalogs.py update   # new words in, gone words out
    uv run python resources/translations/catalogs.py build    # .ts -> .qm, .po -> .mo
    uv run python resources/translations/catalogs.py check    # what is missing or stale
    uv run python resources/translations/catalogs.py fill F.json  # take translations from F

ui/ words come from pyside6-lupdate (the `tr()` calls) and live in ruang_<lang>.ts under one
context (see ui/i18n.py); Qt's own words that the window shows (standard buttons, the text
fields' menu) are listed in QT_WORDS below. booking/ words come from Babel's extractor (`_`,
`N_`, `ngettext`) and live in booking_<lang>.po. English is the source language of both.
"""

import io
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TARGETS = ("id",)  # the languages translated from English
CONTEXT = "Ruang"
QT_LOCALE_NAMES = {"id": "id_ID"}

# Words Qt itself puts on screen in our windows (its catalogs have no Indonesian).
QT_WORDS = (
    "OK", "Cancel", "Close", "Save", "Apply", "Reset", "Help", "Yes", "No", "Open",
    "Discard", "Yes to &All", "N&o to All", "Abort", "Retry", "Ignore", "Restore Defaults",
    "&Yes", "&No", "&OK", "&Cancel", "&Close", "&Save", "Don't Save", "Save All",
    "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
    "Show Details...", "Hide Details...", "Undo", "Redo", "Undo %1", "Redo %1",
)


@dataclass(frozen=True)
class Word:
    """One message to translate: its English source, Qt's disambiguation, plural or not."""

    source: str
    comment: str = ""
    numerus: bool = False


# ----- ui/: Qt Linguist ------------------------------------------------------------------------

def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def extract_ui() -> dict[Word, list[str]]:
    """Every word ui/ asks tr() for, with the files that ask, plus QT_WORDS."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "extract.ts"
        subprocess.run([_tool("lupdate"), *map(str, ui_sources()), "-ts", str(target),
                        "-locations", "absolute", "-silent",
                        # modules outside a QObject wrap QCoreApplication.translate as _tr
                        "-tr-function-alias", "tr+=_tr"], check=True)
        tree = ET.parse(target)
    words: dict[Word, list[str]] = {}
    for message in tree.getroot().iter("message"):
        word = Word(message.findtext("source") or "", message.findtext("comment") or "",
                    message.get("numerus") == "yes")
        places = words.setdefault(word, [])
        for location in message.findall("location"):
            name = Path(location.get("filename", "")).name
            hit = next((p for p in ui_sources() if p.name == name), None)
            shown = str(hit.relative_to(ROOT)) if hit else name
            if shown not in places:
                places.append(shown)
    for source in QT_WORDS:
        words.setdefault(Word(source), []).append("Qt")
    return words


def ts_path(language: str) -> Path:
    return HERE / f"ruang_{language}.ts"


def read_ts(path: Path) -> dict[Word, tuple[list[str], bool]]:
    """The translations in a .ts file: word -> (forms, finished)."""
    found: dict[Word, tuple[list[str], bool]] = {}
    if not path.exists():
        return found
    for message in ET.parse(path).getroot().iter("message"):
        word = Word(message.findtext("source") or "", message.findtext("comment") or "",
                    message.get("numerus") == "yes")
        translation = message.find("translation")
        if translation is None:
            found[word] = ([], False)
            continue
        forms = ([f.text or "" for f in translation.findall("numerusform")] if word.numerus
                 else [translation.text or ""])
        finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
        found[word] = (forms, finished and all(forms))
    return found


def write_ts(path: Path, language: str, words: dict[Word, list[str]],
             known: dict[Word, tuple[list[str], bool]]) -> None:
    root = ET.Element("TS", version="2.1", language=QT_LOCALE_NAMES[language],
                      sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for word in sorted(words, key=lambda w: (w.source.lower(), w.source, w.comment)):
        message = ET.SubElement(context, "message")
        if word.numerus:
            message.set("numerus", "yes")
        for place in words[word]:
            ET.SubElement(message, "location", filename=place)
        ET.SubElement(message, "source").text = word.source
        if word.comment:
            ET.SubElement(message, "comment").text = word.comment
        forms, finished = known.get(word, ([], False))
        translation = ET.SubElement(message, "translation")
        if not finished:
            translation.set("type", "unfinished")
        if word.numerus:
            for form in forms or [""]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0] if forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def build_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


# ----- booking/: gettext with Babel -----------------------------------------------------------

KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


# Words the terminal shows before any window: they use booking/'s gettext too.
TERMINAL_WORDS = ("ui/display.py", "ui/system_libraries.py", "ui/app.py")


def booking_sources() -> list[Path]:
    return [*sorted((ROOT / "booking").rglob("*.py")), *(ROOT / p for p in TERMINAL_WORDS)]


def extract_booking():  # type: ignore[no-untyped-def]
    """A Babel catalog of every word booking/ marks."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract

    template = Catalog(project="Ruang", charset="utf-8")
    for path in booking_sources():
        with path.open("rb") as handle:
            for line, message, comments, _context in extract(
                    "python", handle, keywords=KEYWORDS, comment_tags=("Translators:",)):
                template.add(message, locations=[(str(path.relative_to(ROOT)), line)],
                             auto_comments=comments)
    return template


def po_path(language: str) -> Path:
    return HERE / f"booking_{language}.po"


def read_po(path: Path):  # type: ignore[no-untyped-def]
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po as babel_read_po

    if not path.exists():
        return Catalog(locale=path.stem.split("_")[-1])
    with path.open("rb") as handle:
        return babel_read_po(handle)


def write_po(path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    from babel.messages.pofile import write_po as babel_write_po

    buffer = io.BytesIO()
    babel_write_po(buffer, catalog, width=100, omit_header=False, include_lineno=False,
                   sort_output=True, ignore_obsolete=True)
    path.write_bytes(buffer.getvalue())


def mo_bytes(po: Path) -> bytes:
    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, read_po(po))
    return buffer.getvalue()


# ----- the commands ----------------------------------------------------------------------------

def update() -> None:
    words = extract_ui()
    for language in TARGETS:
        write_ts(ts_path(language), language, words, read_ts(ts_path(language)))
        catalog = read_po(po_path(language))
        template = extract_booking()
        template.creation_date = catalog.creation_date  # no churn when nothing changed
        catalog.update(template, no_fuzzy_matching=True)
        catalog.project, catalog.version = "Ruang", ""
        catalog.copyright_holder = "Coding Factory"
        catalog.msgid_bugs_address = ""
        catalog.obsolete.clear()
        write_po(po_path(language), catalog)


def fill(path: Path, language: str = "id") -> int:
    """Take translations from a JSON file {"ui": {source: text}, "booking": {msgid: text}}
    (a plural message gives a list of forms; a ui word with a disambiguation may be keyed
    "source\u0004disambiguation"); returns how many entries it set."""
    import json

    given = json.loads(path.read_text(encoding="utf-8"))
    done = 0
    ui_words: dict[str, object] = given.get("ui", {})
    if ui_words:
        ts = ts_path(language)
        known = read_ts(ts)
        places = {word: [] for word in known}  # type: dict[Word, list[str]]
        for message in ET.parse(ts).getroot().iter("message"):
            word = Word(message.findtext("source") or "", message.findtext("comment") or "",
                        message.get("numerus") == "yes")
            places[word] = [loc.get("filename", "") for loc in message.findall("location")]
        for word in known:
            # A word with a disambiguation may be given as "source\u0004disambiguation".
            text = (ui_words.get(f"{word.source}\x04{word.comment}") if word.comment else None) \
                or ui_words.get(word.source)
            if text:
                forms = list(text) if isinstance(text, list) else [str(text)]
                known[word] = (forms, True)
                done += 1
        write_ts(ts, language, places, known)
    booking_words: dict[str, object] = given.get("booking", {})
    if booking_words:
        po = po_path(language)
        catalog = read_po(po)
        for message in catalog:
            key = message.id if isinstance(message.id, str) else message.id[0]
            text = booking_words.get(key) if key else None
            if text:
                message.string = tuple(text) if isinstance(text, list) else str(text)
                message.flags.discard("fuzzy")
                done += 1
        write_po(po, catalog)
    return done


def build() -> None:
    for language in TARGETS:
        build_qm(ts_path(language), HERE / f"ruang_{language}.qm")
        (HERE / f"booking_{language}.mo").write_bytes(mo_bytes(po_path(language)))


def problems() -> list[str]:
    """What keeps a catalog from being complete and current, one line each."""
    found: list[str] = []
    words = extract_ui()
    template = extract_booking()
    wanted_ids = {m.id for m in template if m.id}
    for language in TARGETS:
        ts, po = ts_path(language), po_path(language)
        known = read_ts(ts)
        for word in words:
            if word not in known:
                found.append(f"{ts.name}: missing {word.source!r} (run catalogs.py update)")
            elif not known[word][1]:
                found.append(f"{ts.name}: unfinished {word.source!r}")
        for word in known:
            if word not in words:
                found.append(f"{ts.name}: no longer used {word.source!r} (run catalogs.py update)")
        qm = HERE / f"ruang_{language}.qm"
        if not qm.exists():
            found.append(f"{qm.name} is missing (run catalogs.py build)")
        else:
            with tempfile.TemporaryDirectory() as folder:
                fresh = Path(folder) / qm.name
                build_qm(ts, fresh)
                if fresh.read_bytes() != qm.read_bytes():
                    found.append(f"{qm.name} is older than {ts.name} (run catalogs.py build)")
        catalog = read_po(po)
        have = {m.id: m for m in catalog if m.id}
        for message_id in sorted(wanted_ids, key=str):
            message = have.get(message_id)
            shown = message_id if isinstance(message_id, str) else message_id[0]
            if message is None:
                found.append(f"{po.name}: missing {shown!r} (run catalogs.py update)")
            elif message.fuzzy or not (all(message.string) if isinstance(message.string, tuple)
                                       else message.string):
                found.append(f"{po.name}: unfinished {shown!r}")
        for message_id in have:
            if message_id not in wanted_ids:
                shown = message_id if isinstance(message_id, str) else message_id[0]
                found.append(f"{po.name}: no longer used {shown!r} (run catalogs.py update)")
        mo = HERE / f"booking_{language}.mo"
        if not mo.exists():
            found.append(f"{mo.name} is missing (run catalogs.py build)")
        elif mo.read_bytes() != mo_bytes(po):
            found.append(f"{mo.name} is older than {po.name} (run catalogs.py build)")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "fill" and len(argv) > 1:
        for name in argv[1:]:
            print(f"{name}: {fill(Path(name))} entries set")  # noqa: T201
    elif command == "check":
        listed = problems()
        for line in listed:
            print(line)  # noqa: T201 - a command-line tool
        return 1 if listed else 0
    else:
        print(__doc__)  # noqa: T201
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
