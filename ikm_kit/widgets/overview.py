"""``SentraOverviewApp``: pick a sentra and a month, see occupancy and rent.

    >>> from ikm_kit.widgets.overview import SentraOverviewApp
    >>> app = SentraOverviewApp()          # display it: put ``app`` last in a cell
"""
from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from ikm_kit import data, formats
from ikm_kit.figures.overview import occupancy_trend_figure
from ikm_kit.i18n import t
from ikm_kit.leaders.overview import SENTRAS, month_summary, occupancy_trend
from ikm_kit.widgets.common import BaseApp, guarded, kpi_card
from ikm_kit.widgets.plot import PlotView


class SentraOverviewApp(BaseApp):
    """Occupancy of a sentra's workshops per month: KPI cards + a plot updated in place."""

    title_key = "overview.app_title"

    def __init__(self, occupancy: pd.DataFrame | None = None, sentra: str = "mebel") -> None:
        super().__init__()
        self._occupancy = occupancy if occupancy is not None else data.load("occupancy_monthly")
        self._trends: dict[str, pd.DataFrame] = {}
        months = sorted(self._occupancy["month"].unique())
        self._months = [pd.Timestamp(m) for m in months]
        self.sentra = widgets.Dropdown(layout=widgets.Layout(width="auto", max_width="100%"))
        self.month = widgets.SelectionSlider(options=[(formats.month(m), m) for m in self._months],
                                             value=self._months[0], continuous_update=False,
                                             layout=widgets.Layout(width="100%", max_width="40em"))
        self.kpis = widgets.HTML()
        self.note = widgets.HTML()
        self.figure = PlotView()
        self._apply_texts()
        self.sentra.value = sentra
        self.sentra.observe(self._on_change, names="value")
        self.month.observe(self._on_change, names="value")
        controls = widgets.HBox([self.sentra, self.month],
                                layout=widgets.Layout(flex_flow="row wrap", gap="1em"))
        controls.add_class("ikm-wrap")
        self.set_body([controls, self.kpis, self.note, self.figure])
        self.refresh()

    def _apply_texts(self) -> None:
        current = self.sentra.value
        self.sentra.options = [(t(f"overview.sentra_{s}"), s) for s in SENTRAS]
        if current:
            self.sentra.value = current
        self.sentra.description = t("overview.sentra")
        self.month.description = t("overview.month")
        value = self.month.value
        self.month.options = [(formats.month(m), m) for m in self._months]
        self.month.value = value

    @guarded
    def _on_change(self, change: dict) -> None:
        self.refresh()

    def refresh(self) -> None:
        sentra, month = self.sentra.value, self.month.value
        if sentra not in self._trends:            # the data do not change: one computation per sentra
            self._trends[sentra] = occupancy_trend(self._occupancy, sentra)
        trend = self._trends[sentra]
        summary = month_summary(self._occupancy, sentra, month, trend=trend)
        collection = (t("overview.kpi_note_collection", rate=formats.percent(summary.collection_rate, 0))
                      if summary.rent_billed_rp > 0 else t("overview.kpi_note_no_rent"))
        self.kpis.value = "".join([
            kpi_card(t("overview.occupied"), formats.number(summary.occupied),
                     t("overview.kpi_note_occupancy", units=summary.units)),
            kpi_card(t("overview.occupancy_rate"), formats.percent(summary.occupancy_rate)),
            kpi_card(t("overview.rent_billed"), formats.rupiah(summary.rent_billed_rp), collection),
            kpi_card(t("overview.rent_paid"), formats.rupiah(summary.rent_paid_rp)),
        ])
        self.note.value = f"<p>{summary.interpretation()}</p>"
        self.figure.show_figure(occupancy_trend_figure(trend, sentra, summary.month))
