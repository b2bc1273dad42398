"""Publication dates as sources give them (file names, JSON fields, feed and WARC dates) -> ISO dates.

Only dates that are real calendar days in 1990-2100 are kept: a wrong date is worse than none,
because the dates stage resolves relative expressions (``أمس الخميس``) against it.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from email.utils import parsedate_tz

MIN_YEAR, MAX_YEAR = 1990, 2100

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YMD = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_DMY = re.compile(r"\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d])")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])")
# In a file name: 2017-06-04, 20170604, or day first 04-06-2017, 04062017; never inside a longer
# run of letters/digits, so hex hashes do not read as dates.
_NAME_YMD = re.compile(r"(?<![0-9A-Za-z])(\d{4})([-_.]?)(\d{2})\2(\d{2})(?![0-9A-Za-z])")
_NAME_DMY = re.compile(r"(?<![0-9A-Za-z])(\d{2})([-_.]?)(\d{2})\2(\d{4})(?![0-9A-Za-z])")


def iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` when the parts make a real day within the supported years."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_from_name(name: str) -> str | None:
    """The first valid date written in a file name (``...-20170604.txt``, ``2017-06-04_x``, ``04062017``)."""
    for m in _NAME_YMD.finditer(name):
        found = iso(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if found:
            return found
    for m in _NAME_DMY.finditer(name):
        found = iso(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if found:
            return found
    return None


def _from_string(value: str) -> str | None:
    s = value.translate(_DIGITS)
    m = _YMD.match(s) or _COMPACT.match(s)
    if m:
        return iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY.match(s)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        # Day first is the convention of Arabic outlets; month first only when the day cannot be one.
        return iso(year, b, a) if b <= 12 else iso(year, a, b)
    parsed = parsedate_tz(s)  # RFC 822 / 2822, as in RSS and HTTP
    if parsed:
        return iso(parsed[0], parsed[1], parsed[2])
    return None


def iso_date(value: object) -> str | None:
    """Best-effort ISO date of a source's date value (string, datetime, date, struct_time, epoch)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return iso(value.year, value.month, value.day)
    if isinstance(value, time.struct_time):
        return iso(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) > 1e11 else value  # milliseconds since the epoch
        try:
            day = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return iso(day.year, day.month, day.day)
    if isinstance(value, str):
        return _from_string(value[:100])
    return None
