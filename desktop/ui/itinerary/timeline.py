"""The agenda: one column per day, a custom-painted block per item in the local time of where it happens.

The day's axis is the clock on the wall wherever the delegation is: a block runs from the local clock of its
start to the local clock of its end, so a flight Shenzhen 01:30 CST → Madrid 08:10 CEST ends just before the
09:00 coach in Madrid, as the travellers live it, instead of overlapping it. (Where the arrival clock reads
earlier than the departure clock, the block takes the item's real duration.) What runs past midnight goes on
at the top of the next day's column, in a block marked as a continuation. Each block shows its times with
both zones (e.g. '09:05 CEST – 09:25 WEST'); hotel stays run as a strip under the day's header; double
bookings get a red frame and a ⚠, tight connections an orange one."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.ui.date_text import weekday_day
from desktop.ui.itinerary.kinds import CONFLICT, WARNING, kind_colour, kind_label, status_label
from desktop.ui.itinerary.rows import DayRows, EntryRow

GUTTER = 54  # hour labels
HEADER = 48  # date and cities
STAY_ROW = 20
MIN_COLUMN = 180
HOUR = 64  # pixels per hour
MIN_BLOCK = 36  # room for the time and the title of a short hop


@dataclass
class Block:
    entry: EntryRow
    rect: QRectF
    continued: bool = False  # the part after a midnight of an item begun on an earlier day
    continues: bool = False  # the item goes on past this day's midnight


@dataclass(frozen=True)
class Segment:
    """The part of an item drawn in one day's column, in hours from that day's midnight."""

    date: dt.date
    top: float
    bottom: float
    continued: bool
    continues: bool


class AgendaTimeline(QWidget):
    item_selected = Signal(int)
    item_activated = Signal(int)  # double-click or Enter: edit it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_timeline")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Agenda, one column per day"))
        self._days: list[DayRows] = []
        self._segments: dict[dt.date, list[tuple[EntryRow, Segment]]] = {}
        self._blocks: list[Block] = []
        self._stays: list[Block] = []
        self._first_hour, self._last_hour = 8, 20
        self.selected_id = 0

    # --- data ---
    def set_days(self, days: list[DayRows]) -> None:
        self._days = days
        self._segments = self._segments_by_day(days)
        tops = [seg.top for segs in self._segments.values() for _e, seg in segs]
        bottoms = [seg.bottom for segs in self._segments.values() for _e, seg in segs]
        self._first_hour = max(0, min(8, math.floor(min(tops)))) if tops else 8
        self._last_hour = min(24, max(20, math.ceil(max(bottoms)))) if bottoms else 20
        self.updateGeometry()
        self._layout()
        self.update()

    @staticmethod
    def _segments_by_day(days: list[DayRows]) -> dict[dt.date, list[tuple[EntryRow, Segment]]]:
        """Each shown day's parts of items, a continuation under the day it falls on."""
        shown = {d.date for d in days}
        out: dict[dt.date, list[tuple[EntryRow, Segment]]] = {d: [] for d in shown}
        last = max(shown, default=None)
        for day in days:
            for e in day.entries:
                if e.kind == "hotel":
                    continue
                for seg in segments(e, last):
                    if seg.date in out:
                        out[seg.date].append((e, seg))
        return out

    def days(self) -> list[DayRows]:
        return self._days

    def block_for(self, item_id: int) -> Block | None:
        """The item's first block (where it starts), or its hotel strip."""
        return next((b for b in (*self._blocks, *self._stays) if b.entry.item_id == item_id), None)

    def blocks_for(self, item_id: int) -> list[Block]:
        """Every block of a timed item: where it starts, then its continuations after midnight."""
        return [b for b in self._blocks if b.entry.item_id == item_id]

    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def select(self, item_id: int) -> None:
        self.selected_id = item_id
        self.update()

    # --- geometry ---
    def _stay_rows(self) -> int:
        return max((len(d.stays) for d in self._days), default=0)

    def _grid_top(self) -> int:
        return HEADER + self._stay_rows() * STAY_ROW + (6 if self._stay_rows() else 0)

    def sizeHint(self) -> QSize:
        hours = self._last_hour - self._first_hour
        return QSize(GUTTER + max(1, len(self._days)) * MIN_COLUMN, self._grid_top() + hours * HOUR + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _column_width(self) -> float:
        n = max(1, len(self._days))
        return max(MIN_COLUMN, (self.width() - GUTTER) / n)

    def _y(self, hours: float) -> float:
        return self._grid_top() + (hours - self._first_hour) * HOUR

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._layout()
        super().resizeEvent(event)

    def _layout(self) -> None:
        """Place every block: overlapping items of a day share the column side by side."""
        self._blocks, self._stays = [], []
        width = self._column_width()
        for col, day in enumerate(self._days):
            x0 = GUTTER + col * width
            for row, stay in enumerate(day.stays):
                rect = QRectF(x0 + 3, HEADER + row * STAY_ROW + 2, width - 6, STAY_ROW - 3)
                self._stays.append(Block(stay, rect))
            # a short block is drawn MIN_BLOCK tall: it takes that room from its neighbours' lanes too
            spans = [
                (e, seg, seg.top, max(seg.bottom, seg.top + MIN_BLOCK / HOUR))
                for e, seg in self._segments.get(day.date, [])
            ]
            for cluster in _clusters(spans):
                lanes: list[float] = []
                placed = []
                for e, seg, top, bottom in cluster:
                    lane = next((i for i, end in enumerate(lanes) if end <= top), None)
                    if lane is None:
                        lanes.append(bottom)
                        lane = len(lanes) - 1
                    else:
                        lanes[lane] = bottom
                    placed.append((e, seg, lane))
                n = len(lanes)
                lane_width = (width - 8) / n
                for e, seg, lane in placed:
                    y0 = self._y(seg.top)
                    height = max(MIN_BLOCK, self._y(seg.bottom) - y0)
                    rect = QRectF(x0 + 4 + lane * lane_width, y0 + 1, lane_width - 3, height - 2)
                    self._blocks.append(Block(e, rect, seg.continued, seg.continues))

    # --- painting ---
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        width = self._column_width()
        grid_top = self._grid_top()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)
        line = QColor(pal.mid().color())
        line.setAlpha(90)

        # hours
        p.setFont(small)
        for hour in range(self._first_hour, self._last_hour + 1):
            y = self._y(hour)
            p.setPen(QPen(line, 1))
            p.drawLine(GUTTER - 4, int(y), self.width(), int(y))
            p.setPen(pal.placeholderText().color())
            p.drawText(QRect(0, int(y) - 8, GUTTER - 8, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")

        # day columns and headers
        for col, day in enumerate(self._days):
            x0 = GUTTER + col * width
            if day.date.weekday() >= 5:
                p.fillRect(QRectF(x0, grid_top, width, self.height() - grid_top), QColor(0, 0, 0, 8))
            p.setPen(QPen(line, 1))
            p.drawLine(int(x0), 0, int(x0), self.height())
            p.setPen(pal.text().color())
            p.setFont(bold)
            p.drawText(
                QRectF(x0 + 6, 4, width - 12, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                weekday_day(day.date),
            )
            p.setFont(small)
            p.setPen(pal.placeholderText().color())
            zones = sorted({e.start.tzname() or "" for e in day.entries if e.kind != "hotel"} - {""})
            sub = " · ".join(day.cities) + (f"  ({', '.join(zones)})" if zones else "")
            p.drawText(
                QRectF(x0 + 6, 24, width - 12, 18),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(small).elidedText(sub, Qt.TextElideMode.ElideRight, int(width - 12)),
            )
        p.setPen(QPen(line, 1))
        p.drawLine(0, grid_top - 2, self.width(), grid_top - 2)

        for block in self._stays:
            self._paint_stay(p, block, small)
        for block in self._blocks:
            self._paint_block(p, block, small, bold)
        p.end()

    def _paint_stay(self, p: QPainter, block: Block, font: QFont) -> None:
        e, rect = block.entry, block.rect
        colour = kind_colour(e.kind)
        fill = QColor(colour)
        fill.setAlpha(45)
        p.setPen(QPen(colour.darker(110), 2 if e.item_id == self.selected_id else 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        p.setFont(font)
        p.setPen(self.palette().text().color())
        text = f"{kind_label(e.kind)}: {e.title}"
        p.drawText(
            rect.adjusted(6, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 10)),
        )

    def _paint_block(self, p: QPainter, block: Block, small: QFont, bold: QFont) -> None:
        e, rect = block.entry, block.rect
        colour = kind_colour(e.kind)
        cancelled = e.status == "cancelled"
        if cancelled:
            colour = QColor("#9e9e9e")
        fill = QColor(colour)
        fill.setAlpha(40 if cancelled else 60)
        selected = e.item_id == self.selected_id
        if e.conflicts:
            pen = QPen(CONFLICT, 2.5)
        elif e.warnings:
            pen = QPen(WARNING, 2.5, Qt.PenStyle.DashLine)
        else:
            pen = QPen(colour.darker(115), 1)
        if e.status == "tentative" and not (e.conflicts or e.warnings):
            pen.setStyle(Qt.PenStyle.DashLine)
        if selected:
            pen.setWidthF(pen.widthF() + 1.5)
            fill.setAlpha(110)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 4, 4)
        p.fillRect(QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2), colour)
        # a cut edge where the item crosses midnight: torn (dotted) at the bottom of the part that goes on
        # and at the top of the part that carries on, with a ▾ / ▴ pointing to the other part
        cut = QPen(colour.darker(140), 2, Qt.PenStyle.DotLine)
        if block.continues:
            p.setPen(cut)
            p.drawLine(
                rect.bottomLeft() + QPoint(6, 0).toPointF(), rect.bottomRight() - QPoint(6, 0).toPointF()
            )
            p.setPen(colour.darker(140))
            p.setFont(small)
            p.drawText(
                rect.adjusted(0, 0, -6, -2), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "▾"
            )
        if block.continued:
            p.setPen(cut)
            p.drawLine(rect.topLeft() + QPoint(6, 0).toPointF(), rect.topRight() - QPoint(6, 0).toPointF())

        inner = rect.adjusted(9, 3, -5, -3)
        text_colour = self.palette().text().color()
        y = inner.top()
        badge = ""
        if e.conflicts:
            badge = "⚠"
        elif e.warnings:
            badge = "⏱"
        if badge:
            p.setFont(bold)
            p.setPen(CONFLICT if e.conflicts else WARNING)
            p.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, badge)
        lines: list[tuple[QFont, str, QColor, bool]] = [
            (small, e.time_range, text_colour, False),
            (bold, e.title, text_colour, cancelled),
        ]
        if block.continued:
            lines.insert(0, (small, "↳ " + self.continued_text(e), colour.darker(130), False))
        detail = " · ".join(x for x in (e.where, e.travel) if x)
        if detail:
            lines.append((small, detail, self.palette().placeholderText().color(), False))
        if e.status != "confirmed":
            lines.append((small, status_label(e.status), self.palette().placeholderText().color(), False))
        for font, text, colour_, strike in lines:
            metrics = QFontMetrics(font)
            if y + metrics.height() > inner.bottom() + 2 and y > inner.top():
                break
            f = QFont(font)
            f.setStrikeOut(strike)
            p.setFont(f)
            p.setPen(colour_)
            room = int(inner.width() - (14 if badge and y == inner.top() else 0))
            p.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, room),
            )
            y += metrics.height()

    def continued_text(self, e: EntryRow) -> str:
        """The first line of a continuation block: 'continued from Sun 8 Sep'."""
        return self.tr("continued from {0}").format(weekday_day(e.day))

    # --- interaction ---
    def _hit(self, pos: QPoint) -> Block | None:
        for block in reversed(self._blocks):
            if block.rect.contains(pos.toPointF()):
                return block
        return next((b for b in self._stays if b.rect.contains(pos.toPointF())), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self._hit(event.position().toPoint())
        self.select(block.entry.item_id if block else 0)
        self.item_selected.emit(self.selected_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self._hit(event.position().toPoint())
        if block is not None:
            self.item_activated.emit(block.entry.item_id)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        ordered = list(
            dict.fromkeys(
                b.entry.item_id for b in sorted(self._blocks, key=lambda b: (b.entry.start, b.entry.item_id))
            )
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id:
            self.item_activated.emit(self.selected_id)
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and ordered:
            step = 1 if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            i = ordered.index(self.selected_id) + step if self.selected_id in ordered else 0
            self.select(ordered[max(0, min(i, len(ordered) - 1))])
            self.item_selected.emit(self.selected_id)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            help_event = event
            block = self._hit(help_event.pos())
            if block is None:
                QToolTip.hideText()
                return True
            e = block.entry
            who = ", ".join(e.participants) if e.participants else self.tr("Whole delegation")
            parts = [f"{kind_label(e.kind)}: {e.title}", e.time_range, e.where, e.travel, who, e.problem_text]
            QToolTip.showText(help_event.globalPos(), "\n".join(x for x in parts if x), self)
            return True
        return super().event(event)


def segments(e: EntryRow, last: dt.date | None = None) -> list[Segment]:
    """Where an item is drawn, in hours from midnight of each day it covers: from the local clock of its
    start to the local clock of its end (a flight Lisbon 12:00 WEST → Shenzhen 11:30 CST the next day runs
    to 11:30 of the next day's column); past midnight it goes on from 00:00 of the next day, up to ``last``
    (the last day shown)."""
    start = e.start.hour + e.start.minute / 60 + e.start.second / 3600
    wall = (e.end.replace(tzinfo=None) - e.start.replace(tzinfo=None)).total_seconds() / 3600
    if wall <= 0:  # flying west across many zones: the clocks go back, draw the real duration
        wall = (e.end.astimezone(dt.UTC) - e.start.astimezone(dt.UTC)).total_seconds() / 3600
    hours = max(0.0, wall)
    out: list[Segment] = []
    date, top, continued = e.start.date(), start, False
    while top + hours > 24.0 and (last is None or date < last) and len(out) < 366:
        out.append(Segment(date, top, 24.0, continued, True))
        hours -= 24.0 - top
        date, top, continued = date + dt.timedelta(days=1), 0.0, True
    out.append(Segment(date, top, min(24.0, top + hours), continued, top + hours > 24.0))
    return out


_Span = tuple[EntryRow, Segment, float, float]


def _clusters(spans: list[_Span]) -> list[list[_Span]]:
    """Groups of items that overlap one another, directly or through a third."""
    out: list[list[_Span]] = []
    end = -1.0
    for span in sorted(spans, key=lambda s: (s[2], -s[3], s[0].item_id)):
        top, bottom = span[2], span[3]
        if out and top < end:
            out[-1].append(span)
            end = max(end, bottom)
        else:
            out.append([span])
            end = bottom
    return out
