"""Resolve date expressions (spaCy DATE entities) against the document date.

``resolve_date`` turns a phrase such as "on Monday", "23 July", "last month" or "in 2012" into an
ISO value at the precision the text supports: ``'YYYY-MM-DD'`` (day), ``'YYYY-MM'`` (month) or
``'YYYY'`` (year). The parsing itself is done by dateparser (``languages=['en']``, ``RELATIVE_BASE``
= the document date); this module adds a thin layer for what dateparser gets wrong or leaves out:

* Leading prepositions ("on", "in", "since", "over", ...) and a trailing possessive are dropped.
* Fuzzy modifiers ("early", "earlier", "late", "mid-", "the end of", ...) before "this/last/next
  week|month|year", a month, a weekday or a year are dropped: "earlier this month" is resolved as
  "this month" (dateparser does not parse it at all), "late 2018" as "2018".
* Vague, anaphoric and duration phrases give ``None``: "the past few years", "recently",
  "for years", "two days after" / "a day later" (relative to another event, not to the document;
  dateparser would count them from the document date; ``days_later`` says how far, and
  ``when.attach.choose_date`` counts it from the day the article told before), "three days"
  (dateparser reads it as "three days ago"), "the next day", decades ("the 1990s": dateparser
  reads "1990s" as 1990 seconds ago).
* Weekday names without a qualifier are computed here: the nearest such day on or before the
  document date for ``prefer='past'``, on or after it for ``'future'``, the nearer of the two for
  ``'current'``. **The document's own weekday is the document day for every ``prefer``**
  ("on Monday" in a story dated Monday 2019-11-25 is 2019-11-25, not 2019-11-18): wire copy
  (AP style) names the current day by its weekday. "last Monday" / "next Monday" are left to
  dateparser (2019-11-18 / 2019-12-02 for that story).
* A day-month or a month with no year gets its year here (dateparser only knows strict past/future):
  ``'past'`` takes the latest candidate not after the document date, ``'future'`` the earliest not
  before it, ``'current'`` the nearest. For a day-month a slack of ``DAY_MONTH_SLACK_DAYS`` (7) days
  is allowed in the "wrong" direction, because a past-tense clause that names a date a day or two
  after the document date is far more likely a tense/timezone slip than an event a year earlier: so
  "26 July" in a story of 2017-07-25 is 2017-07-26 for every ``prefer``. A month has no slack: a
  past "December" in a November story is December of the year before.
* A parenthesis that names a date wins over the words before it: "today (25 July)" is 25 July of the
  year nearest the document date (the document's year except across New Year).
* Week-based expressions ("last week", "this week", "three weeks ago", "earlier this week", "the
  weekend") never give day precision: they give the month of the Monday–Sunday week (clipped to the
  document day on the side that ``prefer`` excludes, when the week contains the document day), or
  the year when that week straddles two months, e.g. "last week" for 2019-11-25 → ``'2019-11'``.
* "this/last/next month" → month precision; "this/last/next year", "a year ago" → year precision.
* Without a document date only expressions that carry a four-digit year and no relative word
  resolve ("23 July 2017", "March 2019", "in 2012"); "Monday", "23 July", "yesterday" → ``None``.
* For ``prefer='past'`` nothing later than ``MAX_PAST_FUTURE_DAYS`` (366) days after the document
  date is returned.

``ResolvedDate.text`` is the (cleaned) part of the expression that produced the date, e.g.
"25 July" for "today (25 July)".

``find_dateline`` reads a wire dateline ("MOSCOW, July 25 (Reuters) -") at the very start of a
text; ``copyright_years`` lists the years in copyright lines so callers can warn instead of taking
them as news dates.

Speed (measured on this project's 2-core machine, Python 3.11, dateparser 1.5.0, warm, two runs):
mean 0.40–0.41 ms per ``resolve_date`` call over the 71 phrase/document-date/prefer cases of
``tests/unit/when/test_dates.py`` × 50 rounds (median 0.46–0.48 ms; phrases rejected by the regex
layer ~0.004 ms, phrases parsed by dateparser 0.4–1.0 ms). The first call in a process costs
130–155 ms (dateparser's warm-up). A fresh ``DateDataParser`` is built per call (its settings carry
the document date); that costs little next to the parse and keeps the module free of mutable state.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Literal

from dateparser.date import DateDataParser

Precision = Literal["day", "month", "year"]
Prefer = Literal["past", "future", "current"]

DAY_MONTH_SLACK_DAYS = 7
MAX_PAST_FUTURE_DAYS = 366

_DP_PREFER: dict[str, str] = {"past": "past", "future": "future", "current": "current_period"}
# No 'timestamp' or 'no-spaces-time' parser: a bare number is never an epoch time or a packed
# date in news text ("20191125" came back as 2019-01-01).
_DP_PARSERS: tuple[str, ...] = ("relative-time", "custom-formats", "absolute-time")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved date: ``value`` is 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' as ``precision`` says."""

    value: str
    precision: Precision
    text: str  # the expression used


# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAMES = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
_NUMBER_WORDS = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
    r"a\s+couple\s+of|half\s+an?|a\s+half)"
)
_UNIT = r"(?:hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?)"

_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|2[01]\d\d)(?!\d)")
_MONTH_RE = re.compile(rf"\b{_MONTH_NAMES}\b\.?", re.IGNORECASE)
_DAY_NUM_RE = re.compile(r"(?<![\d:])\d{1,2}(?:st|nd|rd|th)?(?![\d:])")
_PAREN_RE = re.compile(r"^(?P<outer>.*?)\s*\((?P<inner>[^()]*)\)\s*(?P<rest>.*)$")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|s'|s’)$")
_PREPOSITION_RE = re.compile(
    r"^(?:on|in|at|by|since|until|till|til|from|during|of|for|over|around|about|throughout|"
    r"starting|beginning|through|as\s+of|as\s+(?:early|recently|late)\s+as)\s+",
    re.IGNORECASE,
)
_IN_DURATION_RE = re.compile(rf"^in\s+{_NUMBER_WORDS}\s+{_UNIT}\b", re.IGNORECASE)
_MODIFIER_RE = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?(?:earlier|early|later|late)\b|mid\b-?|middle\s+of|end\s+of|"
    r"beginning\s+of|start\s+of|first\s+half\s+of|second\s+half\s+of|"
    r"(?:spring|summer|autumn|fall|winter)(?=\s+(?:of\s+)?\d{4}\b))(?:\s+of)?[\s-]*",
    re.IGNORECASE,
)
_AFTER_MODIFIER_RE = re.compile(
    rf"^(?:(?:this|last|next|the)\s+(?:week|month|year)\b|{_MONTH_NAMES}\b|{_WEEKDAY_NAMES}\b|\d{{4}}\b)",
    re.IGNORECASE,
)
_THE_UNIT_RE = re.compile(r"^the\s+(week|month|year)$", re.IGNORECASE)
_VAGUE_RE = re.compile(
    r"\b(?:recent(?:ly)?|past|coming|upcoming|few|several|many|some|couple|decades?|centur(?:y|ies)|"
    r"ages|era|soon|once|eventually|previously|formerly|now|currently|nowadays|lately|later|earlier|"
    r"before|after|afterwards?|beforehand|following|previous|preceding|prior|same|each|every|per|"
    r"whole|entire|within|between|time|times|period|days|years|weeks|months)\b"
    r"|^the\s+(?:next|other)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b"
    r"|^next\s+(?:day|morning|afternoon|evening)\b",
    re.IGNORECASE,
)
# Plural units are fine after a number with "ago"/"from now" or "in N units".
_AGO_RE = re.compile(
    rf"^{_NUMBER_WORDS}\s+{_UNIT}\s+(?:ago|from\s+now|hence)$|^in\s+{_NUMBER_WORDS}\s+{_UNIT}(?:'|’)?"
    r"(?:\s+time)?$",
    re.IGNORECASE,
)
_DURATION_RE = re.compile(
    rf"^{_NUMBER_WORDS}[\s-]+{_UNIT}$|^\S+-(?:hour|day|night|week|month|year)s?(?:-long|-old)?$",
    re.IGNORECASE,
)
_BARE_NUMBER_RE = re.compile(r"^\d+$")
_DECADE_RE = re.compile(r"\b\d{2,3}0(?:'s|s)\b|'\d0s\b", re.IGNORECASE)
_WEEKEND_RE = re.compile(r"^(?:(this|last|next|the|past)\s+)?weekend$", re.IGNORECASE)
_WEEKDAY_RE = re.compile(
    rf"^(?:(last|next|this|coming)\s+)?({_WEEKDAY_NAMES})\.?"
    r"(?:\s*,?\s*(?:morning|afternoon|evening|night|midday|noon))?$",
    re.IGNORECASE,
)
_QUALIFIED_MONTH_RE = re.compile(rf"^(last|this|next)\s+({_MONTH_NAMES})\.?$", re.IGNORECASE)
_RELATIVE_RE = re.compile(
    r"\b(?:ago|last|next|this|yesterday|today|tomorrow|tonight|hence|coming)\b|\bfrom\s+now\b",
    re.IGNORECASE,
)
_WS_RE = re.compile(r"\s+")

# Datelines ---------------------------------------------------------------------------------
_DL_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?"
    r"|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?"
    r"|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
_DL_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_DL_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_DL_MONTH}(?:,?\s+\d{{4}})?)"
)
_DL_REGION = rf"(?!{_DL_DATE}\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
_DL_CAPS = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){0,3}"
_DL_MIXED = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_DL_DASH = r"(?:-{1,2}|–|—|:)"
_DATELINE_AGENCY_RE = re.compile(
    rf"^\s*(?P<place>{_DL_MIXED}(?:,\s*{_DL_REGION}){{0,2}}?)(?:,\s*(?P<date>{_DL_DATE}))?"
    rf"\s*\((?P<agency>[A-Z][A-Za-z.&/' -]{{0,40}})\)\s*(?:{_DL_DASH}|$)"
)
_DATELINE_CAPS_RE = re.compile(
    rf"^\s*(?P<place>{_DL_CAPS}(?:,\s*{_DL_REGION}){{0,2}}?)(?:,\s*(?P<date>{_DL_DATE}))?"
    rf"\s*{_DL_DASH}\s"
)

# Copyright ---------------------------------------------------------------------------------
_COPYRIGHT_RE = re.compile(r"©|\(c\)|\bcopyright\b|\ball\s+rights\s+reserved\b", re.IGNORECASE)
_COPYRIGHT_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_COPYRIGHT_LINE_MAX = 200


# --------------------------------------------------------------------------------------------
# resolve_date
# --------------------------------------------------------------------------------------------


# Pure in its arguments and 1-3 ms a dateparser call: news repeats its date phrases.
@functools.lru_cache(maxsize=8192)
def resolve_date(
    expression: str,
    document_date: dt.date | None,
    prefer: Prefer = "past",
) -> ResolvedDate | None:
    """Resolve a date phrase against ``document_date``; ``None`` when unparseable or too vague.

    ``prefer`` is the direction to choose when the text leaves it open: 'past' for events that
    occurred, 'future' for planned ones, 'current' for the nearest date either way.
    """
    if isinstance(document_date, dt.datetime):
        document_date = document_date.date()
    text = _clean(expression)
    if not text:
        return None
    paren = _PAREN_RE.match(text)
    if paren:
        inner = _clean(paren.group("inner"))
        if inner and (_MONTH_RE.search(inner) or _YEAR_RE.search(inner)):
            found = _resolve(inner, document_date, "current")
            if found is not None:
                return found
        outer = _clean(f"{paren.group('outer')} {paren.group('rest')}")
        return _resolve(outer, document_date, prefer) if outer else None
    return _resolve(text, document_date, prefer)


def _clean(text: str) -> str:
    text = _WS_RE.sub(" ", text).strip().strip(" ,;:.!?\"'“”‘’")
    text = _POSSESSIVE_RE.sub("", text).strip()
    while True:
        if _IN_DURATION_RE.match(text):
            break
        stripped = _PREPOSITION_RE.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return text


def _strip_modifiers(text: str) -> str:
    while True:
        m = _MODIFIER_RE.match(text)
        if not m or m.end() == 0:
            return text
        rest = text[m.end() :]
        if not _AFTER_MODIFIER_RE.match(rest):
            return text
        text = rest


def _resolve(text: str, doc: dt.date | None, prefer: Prefer) -> ResolvedDate | None:
    text = _strip_modifiers(text)
    the_unit = _THE_UNIT_RE.match(text)
    if the_unit:
        text = f"this {the_unit.group(1)}"
    if _BARE_NUMBER_RE.match(text) and not _YEAR_RE.fullmatch(text):
        return None  # "25", "0": not a date on its own
    if _DECADE_RE.search(text) or _DURATION_RE.match(text):
        return None
    weekend = _WEEKEND_RE.match(text)
    if weekend:
        if doc is None:
            return None
        return _weekend(text, doc, prefer, (weekend.group(1) or "").lower())
    if _VAGUE_RE.search(text) and not _AGO_RE.match(text):
        return None
    years = {int(y) for y in _YEAR_RE.findall(text)}

    if doc is None:
        if not years or _RELATIVE_RE.search(text):
            return None
        base = dt.date(min(years), 1, 1)
        return _via_dateparser(text, base, prefer, years, None)

    weekday = _WEEKDAY_RE.match(text)
    if weekday and not weekday.group(1):
        target = _weekday_index(weekday.group(2))
        return _day(_nearest_weekday(doc, target, prefer), text, doc, prefer)
    if weekday:  # "last/next/this Friday": dateparser knows these
        text_for_dp = f"{weekday.group(1)} {weekday.group(2)}"
        return _via_dateparser(text_for_dp, doc, prefer, years, doc, shown=text)
    qualified = _QUALIFIED_MONTH_RE.match(text)
    if qualified:
        qualifier = qualified.group(1).lower()
        direction: Prefer = (
            "past" if qualifier == "last" else "future" if qualifier == "next" else "current"
        )
        month = _month_number(qualified.group(2))
        start, end = _pick_month(month, doc, direction)
        return _finish(start, end, "month", text, doc, prefer)
    return _via_dateparser(text, doc, prefer, years, doc)


_DAY_MONTH_RE = re.compile(
    rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAMES})\.?(?:,?\s+(\d{{4}}))?$", re.IGNORECASE
)
_MONTH_DAY_RE = re.compile(
    rf"^({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?$", re.IGNORECASE
)
SMALL_NUMBERS = {
    word: n
    for n, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1
    )
}
# a count of days or weeks: digits or a small number's word ("a" and "an" are one)
_COUNT = rf"\d{{1,3}}|{'|'.join(SMALL_NUMBERS)}"
_DAYS_AGO_RE = re.compile(rf"^({_COUNT})\s+days?\s+ago$")
_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
# a span of time after a day the story told before: "two days later", "the next day"
_LATER_RE = re.compile(
    rf"^(?:(a|an|{_COUNT})\s+(days?|weeks?)"
    r"\s+later|the\s+(?:next|following)\s+(day|week)|later\s+that\s+(day))$",
    re.IGNORECASE,
)
# and before it: "two weeks earlier", "the previous day", "a day before"
_EARLIER_RE = re.compile(
    rf"^(?:(a|an|{_COUNT})\s+(days?|weeks?)\s+(?:earlier|before)"
    r"|the\s+(?:previous|preceding)\s+(day|week)|the\s+(day)\s+before)$",
    re.IGNORECASE,
)


def _counted(word: str) -> int:
    """The number a count's word says: "3" 3, "two" 2, "a" 1."""
    lower = word.lower()
    if lower in ("a", "an"):
        return 1
    return int(lower) if lower.isdigit() else SMALL_NUMBERS[lower]


def days_later(text: str) -> int | None:
    """How many days after a day told before the phrase says: "two days later" 2, "a week
    later" 7, "the next day" 1, "later that day" 0, "two weeks earlier" -14, "the previous
    day" -1; None for any other phrase."""
    found = _LATER_RE.match(text.strip())
    if found is not None:
        count, unit, next_unit, same_day = found.groups()
        if same_day:
            return 0
        return _span(count, unit or next_unit)
    found = _EARLIER_RE.match(text.strip())
    if found is not None:
        count, unit, previous_unit, day_before = found.groups()
        return -_span(count, unit or previous_unit or day_before)
    return None


def _span(count: str | None, unit: str) -> int:
    """The days in a count of days or weeks ("two weeks" 14); no count is one."""
    return _counted(count or "a") * (7 if unit.lower().startswith("week") else 1)


def _plain_read(text: str, base: dt.date, prefer: Prefer) -> tuple[dt.date, str] | None:
    """What dateparser reads for the commonest phrases, without dateparser (a millisecond a
    call, and news repeats these with a new document date each article): "today",
    "yesterday", "two days ago", "23 July 2017", "July 23", "Jan. 5". None: ask dateparser."""
    lower = text.lower()
    if lower in _DAY_WORDS:
        return base + dt.timedelta(days=_DAY_WORDS[lower]), "day"
    ago = _DAYS_AGO_RE.match(lower)
    if ago:
        return base - dt.timedelta(days=_counted(ago.group(1))), "day"
    found = _DAY_MONTH_RE.match(text)
    if found:
        day, month, year = found.group(1), found.group(2), found.group(3)
    else:
        found = _MONTH_DAY_RE.match(text)
        if found is None:
            return None
        month, day, year = found.group(1), found.group(2), found.group(3)
    try:
        if year:
            return dt.date(int(year), _month_number(month), int(day)), "day"
        date = dt.date(base.year, _month_number(month), int(day))
    except ValueError:
        return None  # "30 February": dateparser's business
    moved: dt.date | None = date
    if prefer == "past" and date > base:
        moved = _same_day_in(date, base.year - 1)
    elif prefer == "future" and date <= base:  # dateparser takes next year's on the day itself
        moved = _same_day_in(date, base.year + 1)
    return (moved, "day") if moved is not None else None


def _same_day_in(date: dt.date, year: int) -> dt.date | None:
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February
        return None


@functools.lru_cache(maxsize=4096)
def _dateparser_read(text: str, base: dt.date, prefer: Prefer) -> tuple[dt.date, str] | None:
    """dateparser's reading of ``text`` from ``base``: (date, period), or None. Cached: one
    call costs milliseconds, and an article repeats its phrases ("on Tuesday")."""
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
            "PREFER_DATES_FROM": _DP_PREFER[prefer],
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": list(_DP_PARSERS),
        },
    )
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def warm_up() -> None:
    """Read one phrase with dateparser, which compiles its language data on first use (about
    0.15 s): a pipeline pays that when it loads, not on the first article that needs it."""
    _dateparser_read.__wrapped__("last month", dt.date(2000, 1, 15), "past")


def _via_dateparser(
    text: str,
    base: dt.date,
    prefer: Prefer,
    years: set[int],
    doc: dt.date | None,
    shown: str | None = None,
) -> ResolvedDate | None:
    read = _plain_read(text, base, prefer) or _dateparser_read(text, base, prefer)
    if read is None:
        return None
    found, period = read
    if years and found.year not in years:
        return None  # dateparser read something other than the year written
    shown = shown or text
    if period == "year":
        return _finish(
            dt.date(found.year, 1, 1), dt.date(found.year, 12, 31), "year", shown, doc, prefer
        )
    if period == "month":
        if (
            doc is not None
            and not years
            and _MONTH_RE.search(text)
            and not _RELATIVE_RE.search(text)
        ):
            start, end = _pick_month(found.month, doc, prefer)
        else:
            start, end = _month_span(found.year, found.month)
        return _finish(start, end, "month", shown, doc, prefer)
    if period == "week":
        start = found - dt.timedelta(days=found.weekday())
        end = start + dt.timedelta(days=6)
        if doc is not None and start <= doc <= end:
            if prefer == "past":
                end = doc
            elif prefer == "future":
                start = doc
        return _finish(start, end, "month", shown, doc, prefer)
    # day (or time within a day)
    if (
        doc is not None
        and not years
        and _MONTH_RE.search(text)
        and _DAY_NUM_RE.search(_MONTH_RE.sub(" ", text))
        and not _RELATIVE_RE.search(text)
    ):
        found = _pick_day(found.month, found.day, doc, prefer)
    return _day(found, shown, doc, prefer)


def _day(day: dt.date, text: str, doc: dt.date | None, prefer: Prefer) -> ResolvedDate | None:
    return _finish(day, day, "day", text, doc, prefer)


def _finish(
    start: dt.date,
    end: dt.date,
    precision: Precision,
    text: str,
    doc: dt.date | None,
    prefer: Prefer,
) -> ResolvedDate | None:
    """Express [start, end] at ``precision`` or coarser; apply the 'past' future-date guard."""
    if (
        doc is not None
        and prefer == "past"
        and start > doc + dt.timedelta(days=MAX_PAST_FUTURE_DAYS)
    ):
        return None
    if precision == "day" and start == end:
        return ResolvedDate(start.isoformat(), "day", text)
    if precision in ("day", "month") and (start.year, start.month) == (end.year, end.month):
        return ResolvedDate(f"{start.year:04d}-{start.month:02d}", "month", text)
    if start.year == end.year:
        return ResolvedDate(f"{start.year:04d}", "year", text)
    return None


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _pick_month(month: int, doc: dt.date, prefer: Prefer) -> tuple[dt.date, dt.date]:
    spans = [_month_span(year, month) for year in (doc.year - 1, doc.year, doc.year + 1)]
    if prefer == "past":
        return max(s for s in spans if s[0] <= doc)
    if prefer == "future":
        return min(s for s in spans if s[1] >= doc)
    return min(
        spans,
        key=lambda s: (
            0 if s[0] <= doc <= s[1] else min(abs((s[0] - doc).days), abs((s[1] - doc).days))
        ),
    )


def _pick_day(month: int, day: int, doc: dt.date, prefer: Prefer) -> dt.date:
    candidates: list[dt.date] = []
    for year in range(doc.year - 4, doc.year + 5):  # four years either way: 29 February
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 February outside a leap year
            continue
    slack = dt.timedelta(days=DAY_MONTH_SLACK_DAYS)
    if prefer == "past":
        before = [c for c in candidates if c <= doc + slack]
        return max(before) if before else min(candidates)
    if prefer == "future":
        after = [c for c in candidates if c >= doc - slack]
        return min(after) if after else max(candidates)
    return min(candidates, key=lambda c: abs((c - doc).days))


def _weekday_index(name: str) -> int:
    prefix = name.lower()[:3]
    return next(i for i, full in enumerate(_WEEKDAYS) if full.startswith(prefix))


def _month_number(name: str) -> int:
    prefix = name.lower()[:3]
    return next(i for i in range(1, 13) if calendar.month_name[i].lower().startswith(prefix))


def _nearest_weekday(doc: dt.date, target: int, prefer: Prefer) -> dt.date:
    back = (doc.weekday() - target) % 7
    forward = (target - doc.weekday()) % 7
    if prefer == "past" or (prefer == "current" and back <= forward):
        return doc - dt.timedelta(days=back)
    return doc + dt.timedelta(days=forward)


def _weekend(text: str, doc: dt.date, prefer: Prefer, qualifier: str) -> ResolvedDate | None:
    weekday = doc.weekday()
    current = doc - dt.timedelta(days=weekday - 5) if weekday >= 5 else None  # Saturday
    week = dt.timedelta(days=7)
    if qualifier == "next":
        saturday = current + week if current else _nearest_weekday(doc, 5, "future")
    elif qualifier in ("last", "past"):
        saturday = current - week if current else _nearest_weekday(doc, 5, "past")
    else:
        saturday = current if current else _nearest_weekday(doc, 5, prefer)
    return _finish(saturday, saturday + dt.timedelta(days=1), "month", text, doc, prefer)


# --------------------------------------------------------------------------------------------
# Datelines and copyright lines
# --------------------------------------------------------------------------------------------


def find_dateline(text: str) -> tuple[str | None, dt.date | None]:
    """Read a wire dateline at the very start of ``text``.

    "MOSCOW, July 25 (Reuters) -" → ("MOSCOW", None) (no year, so no date);
    "BEIRUT, Lebanon, March 3, 2019 (AFP) -" → ("BEIRUT, Lebanon", date(2019, 3, 3));
    "WASHINGTON (AP) —" → ("WASHINGTON", None). No dateline → (None, None).
    """
    head = text[:300]
    match = _DATELINE_AGENCY_RE.match(head) or _DATELINE_CAPS_RE.match(head)
    if not match:
        return None, None
    place = match.group("place").strip(" ,") or None
    date_text = match.group("date")
    day: dt.date | None = None
    if date_text:
        resolved = resolve_date(date_text, None)
        if resolved is not None and resolved.precision == "day":
            day = dt.date.fromisoformat(resolved.value)
    return place, day


def copyright_years(text: str) -> list[int]:
    """Years found in copyright lines ("© Copyright IBTimes 2024. All rights reserved.",
    "(c) 2019 Reuters", "Copyright 2020"), in order of appearance, without repeats.

    Only the line holding the mark is read: 30 characters before the mark and 80 after. The word
    "copyright" and "(c)" count only on short lines (≤ 200 characters), so a news sentence about
    a copyright case is not taken for a copyright notice.
    """
    years: list[int] = []
    for mark in _COPYRIGHT_RE.finditer(text):
        line_start = text.rfind("\n", 0, mark.start()) + 1
        line_end = text.find("\n", mark.end())
        if line_end == -1:
            line_end = len(text)
        symbol = mark.group(0) == "©" or mark.group(0).lower().startswith("all")
        if not symbol and line_end - line_start > _COPYRIGHT_LINE_MAX:
            continue
        window = text[max(line_start, mark.start() - 30) : min(line_end, mark.end() + 80)]
        for year in _COPYRIGHT_YEAR_RE.findall(window):
            if int(year) not in years:
                years.append(int(year))
    return years
