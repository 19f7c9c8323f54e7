"""The statistics tab: pool size, key candidates against the 2–3 target, women's share and its trend,
age bands, schooling and party members — figures, simple bar charts and, for the township, a table."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from villageadmin.core import cadre_stats
from villageadmin.core.cadre_stats import Statistics, YearPoint
from villageadmin.ui.widgets.charts import BarChart
from villageadmin.ui.widgets.table import Column, DictTableModel, make_table_view

STATE_COLOUR = {"short": "#b00020", "over": "#8a5300", "ok": "#2e7d32"}


class CadreStatsView(QWidget):
    """Shows a ``Statistics`` and a women's-share trend; ``show_stats(stats, trend)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("statsSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.key_label = QLabel()
        self.key_label.setObjectName("keyState")
        self.key_label.setWordWrap(True)
        lay.addWidget(self.key_label)
        grid = QGridLayout()
        self.age_chart = BarChart(title=self.tr("Age bands (people)"))
        self.age_chart.setObjectName("ageChart")
        self.schooling_chart = BarChart(title=self.tr("Schooling (people)"))
        self.schooling_chart.setObjectName("schoolingChart")
        self.women_chart = BarChart(title=self.tr("Women's share of the pool at each year's end (women/pool)"))
        self.women_chart.setObjectName("womenChart")
        self.key_chart = BarChart()
        self.key_chart.setObjectName("keyChart")
        grid.addWidget(self.age_chart, 0, 0)
        grid.addWidget(self.schooling_chart, 0, 1)
        grid.addWidget(self.women_chart, 1, 0)
        grid.addWidget(self.key_chart, 1, 1)
        lay.addLayout(grid, 2)
        self.table_title = QLabel(self.tr("Every village:"))
        lay.addWidget(self.table_title)
        self.model = DictTableModel([
            Column("village", self.tr("Village")),
            Column("pool", self.tr("In pool"), align_right=True),
            Column("key", self.tr("Key candidates"), align_right=True),
            Column("key_state_text", self.tr("2–3 rule"), color=lambda r: STATE_COLOUR.get(r["key_state"])),
            Column("women", self.tr("Women"), align_right=True),
            Column("women_percent", self.tr("Women %"), lambda v, r: f"{v:.1f}%", align_right=True,
                   color=lambda r: "#b00020" if r["pool"] and not r["women"] else None),
            Column("party", self.tr("Party members"), align_right=True),
            Column("under_36", self.tr("Aged 35 or under"), align_right=True),
        ])
        self.table = make_table_view(self.model, self, name="villageStatsTable")
        self.table.setMinimumHeight(180)
        lay.addWidget(self.table, 1)
        self.stats: Statistics | None = None

    def state_text(self, state: str) -> str:
        return {"short": self.tr("too few"), "over": self.tr("too many"), "ok": self.tr("meets the rule")}[state]

    def show_stats(self, stats: Statistics, trend: list[YearPoint], *, township: bool) -> None:
        self.stats = stats
        t = stats.total
        self.summary.setText(
            self.tr("In the pool: %1 people — key candidates %2, women %3 (%4), party members %5, "
                    "aged 35 or under %6.")
            .replace("%1", str(t.pool)).replace("%2", str(t.key)).replace("%3", str(t.women))
            .replace("%4", f"{t.women_percent:.1f}%").replace("%5", str(t.party)).replace("%6", str(t.under_36)))
        rule = f"{stats.key_min}–{stats.key_max}"
        if township:
            n = len(stats.villages)
            self.key_label.setText(
                self.tr("Key candidates: the rule is %1 per village. %2 of %3 villages have too few, %4 too many; "
                        "%5 villages have no women in the pool.")
                .replace("%1", rule).replace("%2", str(stats.villages_short)).replace("%3", str(n))
                .replace("%4", str(stats.villages_over)).replace("%5", str(stats.villages_without_women)))
            bad = stats.villages_short or stats.villages_over
            self.key_label.setStyleSheet(f"color: {STATE_COLOUR['short' if bad else 'ok']};")
        elif stats.villages:
            v = stats.villages[0]
            self.key_label.setText(self.tr("Key candidates: %1 (the rule is %2 per village) — %3")
                                   .replace("%1", str(v.key)).replace("%2", rule)
                                   .replace("%3", self.state_text(v.key_state)))
            self.key_label.setStyleSheet(f"color: {STATE_COLOUR[v.key_state]}; font-weight: bold;")
        bands = [name for _u, name in cadre_stats.AGE_BANDS]
        self.age_chart.set_data(bands, [t.age_bands[b] for b in bands])
        school = [k for k, n in t.schooling.items() if n or k != cadre_stats.UNKNOWN_SCHOOLING]
        self.schooling_chart.set_data(school, [t.schooling[k] for k in school])
        while len(trend) > 1 and trend[0].pool == 0:
            trend = trend[1:]  # years before the pool was started
        self.women_chart.set_data([f"{p.year}\n{p.women}/{p.pool}" for p in trend],
                                  [round(p.women_percent, 1) for p in trend],
                                  value_text=[f"{p.women_percent:.0f}%" for p in trend])
        if township:
            # How many villages have 0, 1, 2, 3, 4 or more key candidates; the bars outside 2–3 are the problem.
            counts = [0] * 5
            for v in stats.villages:
                counts[min(v.key, 4)] += 1
            labels = [self.tr("%1 key").replace("%1", str(i)) for i in range(4)] + [self.tr("4 or more")]
            self.key_chart.title = self.tr("Villages by number of key candidates (the rule: %1)").replace("%1", rule)
            self.key_chart.set_data(labels, counts)
        else:
            men = t.pool - t.women
            self.key_chart.title = self.tr("Key candidates and the pool, by sex")
            self.key_chart.set_series([self.tr("Key candidates"), self.tr("Whole pool")],
                                      [(self.tr("Men"), [t.key - t.key_women, men]),
                                       (self.tr("Women"), [t.key_women, t.women])])
        rows = []
        state_texts = {s: self.state_text(s) for s in ("short", "over", "ok")}  # translated once, not per village
        for v in stats.villages:
            rows.append({"village": f"{v.village_code} {v.village_name}", "pool": v.pool, "key": v.key,
                         "key_state": v.key_state, "key_state_text": state_texts[v.key_state], "women": v.women,
                         "women_percent": v.women_percent, "party": v.party, "under_36": v.under_36})
        self.model.set_rows(rows)
        self.table.setVisible(township)
        self.table_title.setVisible(township)
