"""Reading and writing spreadsheets (CSV and XLSX) as rows of text cells."""

import csv
import datetime as dt
import io
from collections.abc import Iterable

from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook

XLSX_MAGIC = b"PK\x03\x04"


class TableError(ValueError):
    """The file cannot be read as a table; the message says why, in the user's language."""


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(content: bytes) -> list[list[str]]:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise TableError(_("This is not a readable XLSX file.")) from error
    sheet = workbook.worksheets[0]
    rows = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def _decode(content: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1251", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableError(_("The file's text encoding is not UTF-8."))


def _read_csv(content: bytes) -> list[list[str]]:
    text = _decode(content)
    if "\x00" in text:
        raise TableError(_("This is not a CSV file."))
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def read_table(content: bytes, file_name: str) -> tuple[list[str], list[dict[str, str]]]:
    """The header (lower-case names) and the non-empty rows of the file's first sheet."""
    is_xlsx = content.startswith(XLSX_MAGIC) or file_name.lower().endswith(".xlsx")
    rows = _read_xlsx(content) if is_xlsx else _read_csv(content)
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        raise TableError(_("The file is empty."))
    header = [cell.strip().lower() for cell in rows[0]]
    records = [
        dict(zip(header, row + [""] * (len(header) - len(row)), strict=False)) for row in rows[1:]
    ]
    return header, records


def write_csv(columns: list[str], rows: Iterable[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def write_xlsx(columns: list[str], rows: Iterable[list[str]], title: str) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append(columns)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
