"""Read flattened KPI tables back into periods and labelled rows.

PDF extraction flattens a table such as

    ○ 実証実験等の実施件数(累計)      令和７年３月 31日現在(件)
     第２期 第３期
    平成 30～
    令和４年度 令和５年度 令和６年度 令和７年度 令和８年度 令和９年度
    目標値 200 60 120 180 240 300
    実績値 289 55 142 - - -

into lines. The row label (目標値) and the column headers (fiscal years) sit on other lines than
the values, so no sentence scorer can answer "令和6年度の実績は？" from the value row alone. This
module pairs each value with its period so the answerer can state it, while quoting the verbatim
row as evidence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.normalize import era_to_western

_ERA = "令和|平成|昭和"
_NUM = r"(?:[0-9]+|元)"
_PERIOD = re.compile(
    rf"(?P<start_era>{_ERA})(?P<start>{_NUM})(?:年度?)?[～~〜\-－](?:(?P<end_era>{_ERA}))?(?P<end>{_NUM})(?P<suf>年度|年)"
    rf"|(?P<era>{_ERA})(?P<year>{_NUM})(?P<suf2>年度|年)"
    rf"|(?P<west>(?:19|20)[0-9]{{2}})(?P<suf3>年度|年)"
)
_ROW_LABELS = ("目標値", "実績値", "進捗度", "進捗率", "達成率", "寄与度")
_ROW = re.compile(r"(目標値|実績値|進捗度|進捗率|達成率)(?:\s*[（(]%[）)])?")
_VALUE = re.compile(r"^[\-－―ー]$|^[△▲\-－]?[0-9][0-9,]*(?:\.[0-9]+)?\S{0,4}$")


def _n(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _year(era: str | None, raw: str) -> int:
    y = 1 if raw == "元" else int(raw)
    return era_to_western(era, y) if era else y


@dataclass(frozen=True)
class Period:
    """A column of a table: its label as written (NFKC) and the Western years it covers."""

    label: str
    first: int
    last: int
    fiscal: bool

    def covers(self, year: int) -> bool:
        return self.first <= year <= self.last


@dataclass(frozen=True)
class Row:
    """A labelled value row: the verbatim line, its label and its value cells."""

    label: str
    values: tuple[str, ...]
    line: str


@dataclass(frozen=True)
class Table:
    periods: tuple[Period, ...]
    rows: tuple[Row, ...]

    def value(self, row: Row, period: Period) -> str | None:
        """The cell of `row` in `period`'s column (values align with periods from the left)."""
        i = self.periods.index(period)
        return row.values[i] if i < len(row.values) else None


def parse_periods(text: str) -> list[Period]:
    """Period columns named in header text, in order (ranges such as 平成30～令和4年度 are one)."""
    s = re.sub(r"\s+", "", _n(text))
    out: list[Period] = []
    for m in _PERIOD.finditer(s):
        if re.match(r"[0-9]+月", s[m.end():]):
            continue  # a date such as 令和7年3月31日現在, not a column
        if m.group("start") is not None:
            first = _year(m.group("start_era"), m.group("start"))
            last = _year(m.group("end_era") or m.group("start_era"), m.group("end"))
            out.append(Period(re.sub("[~〜\\-－]", "～", m.group(0)), first, last, m.group("suf") == "年度"))
        elif m.group("era") is not None:
            y = _year(m.group("era"), m.group("year"))
            out.append(Period(m.group(0), y, y, m.group("suf2") == "年度"))
        else:
            y = int(m.group("west"))
            out.append(Period(m.group(0), y, y, m.group("suf3") == "年度"))
    return out


def parse_table(text: str) -> Table | None:
    """Parse a KPI-style table (periods header + 目標値/実績値 rows) from chunk text, or None."""
    lines = text.split("\n")
    rows: list[Row] = []
    header_lines: list[str] = []
    for line in lines:
        m = _ROW.search(line)
        if m:
            cells = [c for c in re.split(r"[\s\u3000]+", line[m.end():].strip()) if c]
            values = tuple(c for c in cells if _VALUE.match(_n(c)))
            if values:
                rows.append(Row(m.group(1), values, line.strip()))
                continue
        if not rows:
            header_lines.append(line)
        elif parse_periods(line) and not _ROW.search(line):
            # a second table in the same chunk: keep the first one only
            break
    if not rows:
        return None
    periods = parse_periods("\n".join(header_lines[-6:]))
    if not periods:
        return None
    return Table(tuple(periods), tuple(rows))
