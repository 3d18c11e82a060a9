"""Contacts from CSV and Excel: people and their organizations, created or matched, all or nothing.

Files come from Outlook, Excel (a French Excel writes semicolons and Windows-1252), colleagues'
address lists and counterparts' offices, so the reader accepts:

- UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), else Windows-1252;
- comma, semicolon or tab separators (whichever the header line uses most);
- headers in English, French or Dutch, in any order and case, accents optional; unknown columns are
  ignored and listed in the summary;
- .xlsx workbooks (the first sheet, first row as headers).

This module reads the file into contacts; `services.contacts` matches them to the people and
organizations already stored (by e-mail, else by the same names once case and accents are folded),
fills in empty fields of a matched person without overwriting any, and creates the others by the
rules of a single create. Any bad row refuses the whole file with its line number, column and reason.

Bounds, each a refusal naming the limit before the work grows with the file: a file of at most
MAX_FILE_BYTES; an .xlsx whose parts expand to at most MAX_XLSX_EXPANDED bytes (read from the zip's
directory before anything is decompressed: a 2 MB workbook can hold a 2 GB cell); at most
MAX_CONTACT_ROWS contacts; at most MAX_CELL_CHARS characters in a cell. An .xlsx is read without
trusting its `<dimension>` tag, which other programs leave stale (openpyxl's read-only mode would
stop at the rows it announces).
"""

from __future__ import annotations

import csv
import functools
import io
import re
import zipfile
from pathlib import Path

from ..errors import MissionPlannerError, ValidationError
from ..services.contacts import ORGANIZATION_KEYS, PERSON_KEYS, check_contact, fold, merge_contacts
from ..services.validation import clean_text

# Canonical field -> header spellings (folded: lower case, no accents, only letters and digits).
HEADERS: dict[str, tuple[str, ...]] = {
    "family_name": ("familyname", "lastname", "surname", "nom", "nomdefamille", "achternaam",
                    "familienaam", "naam"),
    "given_name": ("givenname", "firstname", "forename", "prenom", "prenoms", "voornaam", "voornamen"),
    "full_name": ("fullname", "name", "displayname", "nomcomplet", "volledigenaam"),
    "native_name": ("nativename", "nomnatif", "nomenecritureoriginale", "nomoriginal", "eigennaam",
                    "naamineigenschrift", "inheemsenaam", "kanji", "hangul"),
    "organization": ("organization", "organisation", "organisatie", "company", "companyname", "societe",
                     "entreprise", "bedrijf", "institution", "instelling", "employer", "organism",
                     "organisme"),
    "organization_native": ("organizationnativename", "organisationnomnatif", "organisatieeigennaam"),
    "title": ("jobtitle", "function", "position", "role", "fonction", "poste", "functie", "rol",
              # Google Contacts (current and older exports)
              "organizationtitle", "organization1title"),
    "honorific": ("title", "honorific", "civilite", "titre", "aanspreektitel", "titel", "nameprefix"),
    "email": ("email", "emailaddress", "mail", "courriel", "adresseemail", "adressee-mail",
              "emailadres", "e-mail", "e-mailaddress", "e-mailadres",
              "email1value",                       # Google Contacts
              "adressedemessagerie"),              # Outlook in French
    "phone": ("phone", "telephone", "tel", "businessphone", "workphone", "telephonebureau", "telefoon",
              "telefoonnummer", "telefoonwerk", "telefoonopwerk",
              "phone1value"),                      # Google Contacts (a mobile by its label: see _contact)
    "mobile": ("mobile", "mobilephone", "cell", "cellphone", "gsm", "portable", "telephoneportable",
               "telephonemobile", "mobiel", "mobieletelefoon", "mobielnummer", "telmobile"),
    "country": ("country", "pays", "land", "countrycode", "codepays", "countryregion", "paysregion",
                "landregio",
                "businesscountryregion", "paysregionbureau", "landregiowerk",   # Outlook EN, FR, NL
                "address1country"),                                             # Google Contacts
    "form_of_address": ("formofaddress", "salutation", "formuledappel", "aanspreekvorm"),
    "pronunciation": ("pronunciation", "prononciation", "uitspraak"),
    "notes": ("notes", "note", "remarks", "remarques", "commentaire", "commentaires", "opmerkingen",
              "notities"),
}
HEADERS["organization"] += ("organizationname", "organization1name")  # Google Contacts
# A second column of the same name means something else in some exports: Outlook in French has
# "Titre" twice, the first the honorific (M., Mme), the second the job title.
SECOND_OF_SAME_NAME = {"honorific": "title"}
# The label beside a Google phone number ("Phone 1 - Label": Mobile, Work…).
PHONE_LABELS = ("phone1label", "phone1type")
# Columns left out that look like data a person would miss: said loudly in the summary.
LOOKS_IMPORTANT = ("mail", "courriel", "phone", "tel", "gsm", "mobile", "mobiel", "company", "societe",
                   "bedrijf", "employer", "organizationname", "title", "titre", "titel", "functie", "fonction",
                   "position", "job")
# Not data of their own: the label, type or display name beside a value.
NOT_DATA = ("label", "type", "displayname")
_LOOKUP = {spelling: field for field, spellings in HEADERS.items() for spelling in spellings}
MAX_FILE_BYTES = 50 * 1024 * 1024       # a contacts file as stored (CSV text or zipped workbook)
MAX_XLSX_EXPANDED = 50 * 1024 * 1024    # all the parts of a workbook once decompressed
MAX_CONTACT_ROWS = 100_000              # contacts (non-empty lines after the header) in one file
MAX_CELL_CHARS = 100_000                # one cell, the longest a text field may be (MAX_LONG_TEXT)
PROGRESS_EVERY = 1000                   # rows between two calls of an import's `progress`


class ContactsError(ValidationError):
    """A contacts file that cannot be imported; the message names the file, the line and the column."""


def header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(str(text or "")))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel turns phone numbers typed without "+" into numbers
    return str(value).strip()


# Reading ----------------------------------------------------------------------------------------

def _decode(raw: bytes, source: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ContactsError(code="contacts.broken-utf16", where=source, byte=exc.start) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ContactsError(code="contacts.encoding", where=source, byte=exc.start) from None


def _delimiter(opening: list[str]) -> str:
    """The separator whose split of the opening lines names the most columns we know (a notes cell
    full of commas in a French semicolon file must not decide); failing that, the separator the
    opening lines use most (one line may be a title with none)."""
    candidates = (";", ",", "\t")

    def known(delimiter: str) -> int:
        rows = csv.reader(io.StringIO("\n".join(opening)), delimiter=delimiter)
        try:
            return max((sum(header_key(cell) in _LOOKUP for cell in row) for row in rows), default=0)
        except csv.Error:
            return 0

    named = {d: known(d) for d in candidates}
    if max(named.values()) >= 2:
        return max(candidates, key=lambda d: (named[d], d == ","))
    counts = {d: max((line.count(d) for line in opening), default=0) for d in candidates}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _megabytes(n: int) -> float:
    """Bytes as megabytes, for a message that shows them to the unit ({size:,.0f} MB)."""
    return n / (1024 * 1024)


class _Rows:
    """The rows read so far, refusing a file with too many contacts or too long a cell."""

    def __init__(self, source: str, unit: str):
        self.source, self.unit = source, unit
        self.rows: list[tuple[int, list[str]]] = []
        self.filled = 0

    def add(self, number: int, cells: list[str]) -> None:
        for i, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS:
                raise ContactsError(code="contacts.cell-too-long", where=f"{self.source}: {self.unit} {number}",
                                    field=self.column(i), length=len(cell), limit=MAX_CELL_CHARS)
        if any(c.strip() for c in cells):
            self.filled += 1
            if self.filled > MAX_CONTACT_ROWS + 1:  # the header, then the contacts
                raise ContactsError(code="contacts.too-many-rows", where=f"{self.source}: {self.unit} {number}",
                                    limit=MAX_CONTACT_ROWS)
        self.rows.append((number, cells))

    def column(self, i: int) -> str:
        if self.unit == "line":
            return f"column {i + 1}"
        from openpyxl.utils import get_column_letter

        return f"column {get_column_letter(i + 1)}"


def read_csv_rows(raw: bytes, source: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) for every record, the header first; line numbers are where a record starts."""
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContactsError(code="contacts.not-text", where=source)
    text = _decode(raw, source)
    opening = [ln for ln in text.splitlines()[:50] if ln.strip()][:10]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(opening), strict=True)
    rows, start = _Rows(source, "line"), 1
    try:
        for cells in reader:
            rows.add(start, cells)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ContactsError(code="contacts.csv-cell-too-long", where=f"{source}: line {start}",
                                limit=MAX_CELL_CHARS) from None
        raise ContactsError(code="contacts.bad-csv", where=f"{source}: line {start}", reason=str(exc)) from None
    return rows.rows


def _check_expanded_size(raw: bytes, source: str) -> None:
    """Refuse a workbook whose parts would expand past MAX_XLSX_EXPANDED, before decompressing any.

    The sizes come from the zip's directory; `zipfile` never yields more than the size an entry
    declares (and fails its CRC check if the data says otherwise), so a lying entry cannot grow.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        return  # not a readable zip: load_workbook says so in its own words
    if total > MAX_XLSX_EXPANDED:
        raise ContactsError(code="contacts.workbook-too-large", where=source, size=_megabytes(total),
                            limit=_megabytes(MAX_XLSX_EXPANDED))


def read_xlsx_rows(raw: bytes, source: str) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    _check_expanded_size(raw, source)
    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # a damaged file fails in zipfile, zlib, XML or openpyxl, in many ways
        raise ContactsError(code="contacts.bad-workbook", where=source, kind=type(exc).__name__,
                            reason=str(exc)) from None
    rows = _Rows(source, "row")
    try:
        ws = wb.worksheets[0]
        if hasattr(ws, "reset_dimensions"):
            # Read-only mode stops at the rows the sheet's <dimension> tag announces, and programs
            # that write workbooks leave it stale: read every row the sheet holds instead.
            ws.reset_dimensions()
        for n, row in enumerate(ws.iter_rows(values_only=True), start=1):
            rows.add(n, [_cell(c) for c in row])
    except ContactsError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged sheet
        raise ContactsError(code="contacts.bad-sheet", where=source, reason=str(exc)) from None
    finally:
        wb.close()
    return rows.rows


def read_rows(path_or_bytes, name: str | None = None) -> tuple[str, list[tuple[int, list[str]]], str]:
    if isinstance(path_or_bytes, bytes | bytearray):
        raw, source = bytes(path_or_bytes), name or "contacts"
    else:
        path = Path(path_or_bytes)
        source = str(path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ContactsError(code="contacts.too-large", where=source, size=_megabytes(size),
                                    limit=_megabytes(MAX_FILE_BYTES))
            raw = path.read_bytes()
        except FileNotFoundError:
            raise MissionPlannerError(code="file.no-such-file", path=str(path)) from None
        except IsADirectoryError:
            raise MissionPlannerError(code="contacts.folder", path=str(path)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ContactsError(code="contacts.too-large", where=source, size=_megabytes(len(raw)),
                            limit=_megabytes(MAX_FILE_BYTES))
    if raw.startswith(b"PK\x03\x04") or source.lower().endswith((".xlsx", ".xlsm")):
        return source, read_xlsx_rows(raw, source), "row"
    return source, read_csv_rows(raw, source), "line"


# Import -----------------------------------------------------------------------------------------

def _columns(header: list[str], source: str, line: int, unit: str = "line") -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    ignored = []
    for i, name in enumerate(header):
        try:  # header names are printed (ignored columns, errors): no control character may pass
            clean_text(str(name), "header")
        except ValidationError as exc:
            raise ContactsError.like(exc, where=f"{source}: {unit} {line}",
                                field=_Rows(source, unit).column(i)) from None
        field = _LOOKUP.get(header_key(name))
        if field in columns and SECOND_OF_SAME_NAME.get(field) not in (None, *columns):
            field = SECOND_OF_SAME_NAME[field]
        if header_key(name) in PHONE_LABELS:
            columns["phone_label"] = i
            continue
        if field is None or field in columns:
            if str(name).strip():
                ignored.append(str(name).strip())
            continue
        columns[field] = i
    if "family_name" not in columns and "full_name" not in columns:
        found = ", ".join(str(h) for h in header if h)
        if not found:
            raise ContactsError(code="contacts.no-family-column-empty", where=f"{source}: {unit} {line}")
        raise ContactsError(code="contacts.no-family-column", where=f"{source}: {unit} {line}", found=found)
    return columns, ignored


def _split_full_name(full: str) -> tuple[str, str]:
    if "," in full:  # "Ohmura, Hideaki"
        family, _, given = full.partition(",")
        return given.strip(), family.strip()
    parts = full.split()
    if len(parts) == 1:
        return "", parts[0]
    if _family_first(full):  # "山田 太郎", "김 민준": the family name is written first
        return " ".join(parts[1:]), parts[0]
    return " ".join(parts[:-1]), parts[-1]


def _family_first(text: str) -> bool:
    """A name written in kana, kanji or hangul: Japanese, Korean (and Chinese) put the family name
    first, whichever column the name was typed in."""
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
               or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f" for c in text)


def import_contacts(planner, path, dry_run: bool = False, progress=None, skip_bad_rows: bool = False) -> dict:
    """Create or match the people (and organizations) of a CSV or XLSX file; all or nothing.

    `progress`, when given, is called with no argument between steps of the work (every
    PROGRESS_EVERY rows); it may raise to cancel the import, which then writes nothing.
    `skip_bad_rows`: a row that breaks a rule is left out and listed in the summary's `skipped`
    (line and reason) instead of refusing the file; the good rows are then imported together.
    """
    source, rows, unit = read_rows(path)
    rows = [(n, cells) for n, cells in rows if any(c.strip() for c in cells)]
    if not rows:
        raise ContactsError(code="contacts.empty", where=source)
    # Exports often open with a title line ("Liste des contacts - juin 2017"): the header is the
    # first of the opening lines that names a family-name column.
    start = next((i for i, (_n, cells) in enumerate(rows[:10])
                  if any(_LOOKUP.get(header_key(c)) in ("family_name", "full_name") for c in cells)), 0)
    rows = rows[start:]
    header_line, header = rows[0]
    columns, ignored = _columns(header, source, header_line, unit)
    labels = {field: str(header[i]).strip() for field, i in columns.items()}

    skipped: list[dict] = []

    def contacts():
        for line, cells in rows[1:]:
            try:
                contact = _contact(columns, cells)
                if skip_bad_rows:
                    check_contact(contact)
            except ValidationError as exc:
                refusal = ContactsError.like(exc, where=f"{source}: {unit} {line}",
                                             field=labels.get(exc.field, exc.field))
                if not skip_bad_rows:
                    raise refusal from None
                skipped.append({"line": line, "reason": str(refusal)})
                continue
            yield line, contact

    try:
        summary = merge_contacts(planner, contacts(), unit=unit, dry_run=dry_run, progress=progress,
                                 progress_every=PROGRESS_EVERY)
    except ContactsError:
        raise
    except ValidationError as exc:
        raise ContactsError.like(exc, where=f"{source}: {exc.where}" if exc.where else source,
                            field=labels.get(exc.field, exc.field)) from None
    filled = {i for _line, cells in rows[1:] for i, cell in enumerate(cells) if cell.strip()}
    missed = [str(name).strip() for i, name in enumerate(header)
              if i in filled and i not in columns.values() and looks_important(str(name))]
    # `unit`: what the file's records are called where the summary names one ("row" in a workbook).
    return dict(summary, ignored_columns=ignored, missed_columns=missed, skipped=skipped, dry_run=dry_run,
                unit=unit)


def write_skipped_report(path, summary: dict) -> Path:
    """FILE-skipped.csv beside the contacts file: each row `--skip-bad-rows` (or the window's choice)
    left out, with its line (a workbook's row) and reason, in UTF-8 with a BOM so Excel opens it
    with its accents. Returns the report's path."""
    from ..output_files import write_output

    report = Path(path).with_name(Path(path).stem + "-skipped.csv")
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([summary.get("unit", "line"), "reason"])
    writer.writerows([s["line"], s["reason"]] for s in summary["skipped"])
    write_output(report, text.getvalue().encode("utf-8-sig"))
    return report


def looks_important(name: str) -> bool:
    """Whether a column's name looks like an e-mail, a phone, an organization or a job title: data the
    person importing would expect to find, said loudly when it was left out (an unknown layout)."""
    key = header_key(name)
    return any(word in key for word in LOOKS_IMPORTANT) and not key.endswith(NOT_DATA)


def country_code(text: str) -> str:
    """A country as a two-letter code: the code itself, or its name in English, French or Dutch
    ("Japon", "Zuid-Korea", "Korea, Republic of") through CLDR's territory names (Babel); the text
    as it was when it is neither (the validation then names it)."""
    value = text.strip()
    if len(value) == 2 and value.isalpha():
        return value.upper()
    return _territories().get(header_key(value), value)


@functools.cache
def _territories() -> dict[str, str]:
    """Folded country name (English, French, Dutch) -> ISO code, read from CLDR once per process."""
    from babel import Locale

    codes: dict[str, str] = {}
    for lang in ("en", "fr", "nl"):
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                codes.setdefault(header_key(name), code)
    # How exports commonly write the two Koreas and a few others besides CLDR's short names.
    codes.update({header_key(k): v for k, v in (("Korea, Republic of", "KR"), ("Republic of Korea", "KR"),
                                                 ("Korea", "KR"), ("Corée", "KR"), ("Korea, South", "KR"),
                                                 ("UK", "GB"), ("USA", "US"))})
    return codes


def _contact(columns: dict[str, int], cells: list[str]) -> dict:
    """A row's cells by field (PERSON_KEYS and ORGANIZATION_KEYS), a full name split if need be."""
    def get(field: str) -> str:
        i = columns.get(field)
        return cells[i].strip() if i is not None and i < len(cells) and cells[i] else ""

    contact = {key: get(key) for key in (*PERSON_KEYS, *ORGANIZATION_KEYS)}
    if contact["country"]:
        contact["country"] = country_code(contact["country"])
    if "mobile" in header_key(get("phone_label")) and contact["phone"] and not contact["mobile"]:
        contact["mobile"], contact["phone"] = contact["phone"], ""
    if not contact["family_name"] and get("full_name"):
        contact["given_name"], contact["family_name"] = _split_full_name(get("full_name"))
        if not contact["family_name"]:
            raise ValidationError(code="contacts.name-empty", field="full_name")
    if not contact["family_name"]:
        raise ValidationError(code="contacts.family-name-empty",
                              field="family_name" if "family_name" in columns else "full_name")
    if _family_first(contact["family_name"] + contact["given_name"]):
        contact["name_order"] = "eastern"  # shown 'YAMADA Tarō' style, family name first
    return contact
