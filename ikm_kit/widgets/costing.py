"""``CostingApp``: a product's HPP (*harga pokok produksi*), break-even and price, live.

Choose a product from the catalogue (or an example, or start blank), edit the
bill of materials in a small grid, move the sliders for price, volume and
wage; the KPI cards, the plain-language reading and the chart update at once
(one ``PlotView`` chart, redrawn in place).  The workbook can be downloaded and a
filled workbook uploaded.

    >>> from ikm_kit.widgets.costing import CostingApp
    >>> app = CostingApp(product="contoh_lemari")   # display: put ``app`` last in a cell
    >>> app.result.hpp_full > app.result.hpp_variable
    True
"""
from __future__ import annotations

import base64
import html
import math
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ikm_kit import formats
from ikm_kit.costing import (
    MATERIAL_KINDS, UMK_KENDARI_2022, CostModel, HppResult, Material, WoodPart, catalogue_products, examples,
    from_excel, hpp, monte_carlo, product_from_catalogue, tornado, workbook_bytes,
)
from ikm_kit.costing.channels import channel_prices, channel_sentence
from ikm_kit.figures.common import new_figure
from ikm_kit.figures.costing import SPECS, update_figure
from ikm_kit.i18n import t
from ikm_kit.widgets.common import BaseApp, guarded, kpi_card
from ikm_kit.widgets.plot import PlotView
from ikm_kit.widgets.sliders import EchoGuard, float_noise, set_slider

BLANK, EX_LEMARI, EX_ABON = "__kosong__", "contoh_lemari", "contoh_abon"
CHARTS = ("breakdown", "break_even", "tornado", "monte_carlo")
MC_DRAWS = 20_000
_XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _nice_step(top: float) -> float:
    if top <= 0:
        return 1.0
    return 10 ** max(0, math.floor(math.log10(top)) - 3)


def _grid_step(value: float, preferred: float) -> float:
    """The largest of ``preferred``, ``preferred``/10, … (down to 0,0001) that ``value`` is a multiple of.

    A browser slider snaps its value to ``min + k·step``; a model value off
    that grid (e.g. a wage of Rp 2.823.315 with steps of Rp 10.000) would be
    silently changed by the browser and sent back.

        >>> _grid_step(2_823_315, 10_000), _grid_step(2_200_000, 1_000), _grid_step(4.33, 1)
        (1.0, 1000, 0.01)
    """
    step = preferred
    while step > 1e-4:
        k = value / step
        if abs(k - round(k)) < 1e-9 * max(1.0, abs(k)):
            return step
        step = step / 10 if step > 1 else round(step / 10, 6)
    return step


class _BomRow:
    """One editable material line; keeps the original :class:`WoodPart` when its volume is unchanged."""

    def __init__(self, app: "CostingApp", line: Material | WoodPart | None = None) -> None:
        self.wood = line if isinstance(line, WoodPart) else None
        lay = lambda w: widgets.Layout(width=w, min_width="4em")  # noqa: E731
        self.kind = widgets.Dropdown(options=list(MATERIAL_KINDS), value=getattr(line, "kind", "bahan"),
                                     layout=lay("8.5em"))
        self.name = widgets.Text(value=getattr(line, "name", ""), layout=lay("14em"))
        self.qty = widgets.FloatText(value=float(getattr(line, "quantity", 0.0)), layout=lay("7em"))
        self.unit = widgets.Text(value=getattr(line, "unit", ""), layout=lay("5em"))
        self.price = widgets.FloatText(value=float(getattr(line, "unit_price", 0.0)), layout=lay("9em"))
        self.waste = widgets.FloatText(value=float(getattr(line, "waste_pct", 0.0)), layout=lay("5em"))
        self.remove = widgets.Button(icon="trash", layout=widgets.Layout(width="2.6em"))
        self.remove.on_click(lambda _b: app._remove_row(self))
        self.box = widgets.HBox([self.kind, self.name, self.qty, self.unit, self.price, self.waste, self.remove],
                                layout=widgets.Layout(flex_flow="row wrap", gap="0.2em"))
        self.box.add_class("ikm-wrap")
        for w in (self.kind, self.name, self.qty, self.unit, self.price, self.waste):
            w.observe(app._on_change, names="value")

    def is_blank(self) -> bool:
        return not self.name.value.strip() and not self.qty.value and not self.price.value

    def close(self) -> None:
        """Close the row's widgets (kernel and browser forget them)."""
        for w in (self.kind, self.name, self.qty, self.unit, self.price, self.waste, self.remove, self.box):
            w.close()

    def material(self, index: int) -> Material | WoodPart:
        name = self.name.value.strip()
        if not name:
            from ikm_kit.errors import InputError

            raise InputError(t("costing.app.row_name_missing", row=index + 1))
        if (self.wood is not None and self.kind.value == "kayu"
                and math.isclose(self.qty.value, self.wood.volume_m3, rel_tol=1e-9, abs_tol=1e-12)):
            return replace(self.wood, name=name, price_per_m3=self.price.value, waste_pct=self.waste.value)
        return Material(name, self.qty.value, self.price.value, unit=self.unit.value, kind=self.kind.value,
                        waste_pct=self.waste.value)


class CostingApp(BaseApp):
    """HPP calculator: product choice, BOM grid, sliders, KPIs, one chart, Excel download/upload."""

    title_key = "costing.app.title"

    def __init__(self, product: str | None = EX_LEMARI, model: CostModel | None = None) -> None:
        super().__init__()
        self._loading = True
        self._base: CostModel = examples.lemari_2_badan()
        self.result: HppResult | None = None
        # the material grid (≈ 250 widget models for a typical product) is built when the
        # participant first opens it, so the first page load carries only what is shown
        self._row_list: list[_BomRow] | None = None
        self._echoes = EchoGuard()      # the browser's late slider echoes never undo a newer value
        self._chart_shown: str | None = None
        full = widgets.Layout(width="100%", max_width="42em")
        self.product = widgets.Dropdown(layout=full)
        self.name = widgets.Text(layout=full)
        self.batch = widgets.BoundedFloatText(min=0, max=1e9, layout=widgets.Layout(width="22em"))
        self.batch_note = widgets.HTML()
        self.grid_header = widgets.HTML()
        self.grid = widgets.VBox()
        self.add_row = widgets.Button(icon="plus", layout=widgets.Layout(width="auto"))
        self.add_row.on_click(self._on_add_row)
        slider = dict(continuous_update=True, readout=False, layout=widgets.Layout(width="100%", max_width="36em"))
        self.price = widgets.FloatSlider(min=0, max=1, **slider)
        self.volume = widgets.FloatSlider(min=0, max=1, **slider)
        self.wage = widgets.FloatSlider(min=1_500_000, max=5_000_000, step=10_000, value=UMK_KENDARI_2022, **slider)
        self.price_out, self.volume_out, self.wage_out = widgets.HTML(), widgets.HTML(), widgets.HTML()
        # the owner's own wage (issue 16): default 0 as in the model; the button proposes the UMK
        self.owner_wage = widgets.FloatSlider(min=0, max=6_000_000, step=10_000, value=0, **slider)
        self.owner_wage_out = widgets.HTML()
        self.owner_wage_umk = widgets.Button(layout=widgets.Layout(width="auto"))
        self.owner_wage_umk.on_click(self._on_owner_wage_umk)
        self.channels = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.chart = widgets.ToggleButtons(options=[(c, c) for c in CHARTS], value="breakdown",
                                           style={"button_width": "auto"})
        self.kpis = widgets.HTML()
        self.note = widgets.HTML()
        self._fig = new_figure()         # built in place (fast), then shown
        self.figure = PlotView()
        self.download = widgets.Button(icon="download", layout=widgets.Layout(width="auto"))
        self.download.on_click(self._on_download)
        self.download_link = widgets.HTML()
        self.upload = widgets.FileUpload(accept=".xlsx", multiple=False)
        self.upload.observe(self._on_upload, names="value")
        self.upload_label = widgets.HTML()
        for w in (self.name, self.batch, self.price, self.volume, self.wage, self.owner_wage, self.chart):
            w.observe(self._on_change, names="value")
        self.product.observe(self._on_product, names="value")

        sliders = widgets.VBox([
            widgets.HBox([self.price, self.price_out], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox([self.volume, self.volume_out], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox([self.wage, self.wage_out], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox([self.owner_wage, self.owner_wage_out, self.owner_wage_umk],
                         layout=widgets.Layout(flex_flow="row wrap", align_items="center", gap="0.4em")),
        ])
        self.bom_box = widgets.VBox([self.grid_header, self.grid, self.add_row])
        self.bom_accordion = widgets.Accordion(children=[self.bom_box], selected_index=None)
        self.bom_accordion.observe(self._on_bom_open, names="selected_index")
        files = widgets.HBox([self.download, self.download_link, self.upload_label, self.upload],
                             layout=widgets.Layout(flex_flow="row wrap", gap="0.6em", align_items="center"))
        files.add_class("ikm-wrap")
        self.set_body([self.product, self.name, widgets.HBox([self.batch, self.batch_note]), self.bom_accordion,
                       sliders, self.kpis, self.note, self.chart, self.figure, self.channels, files])
        self._apply_texts()
        if model is not None:
            self.load_model(model)
        else:
            self.product.value = product if product in [v for _, v in self.product.options] else EX_LEMARI
            self._load_choice(self.product.value)
        self._loading = False
        self._safe_refresh()

    # ------------------------------------------------------------------ texts
    def _apply_texts(self) -> None:
        loading, self._loading = self._loading, True
        try:
            current = self.product.value
            options = [(t("costing.app.blank"), BLANK), (t("costing.app.example_lemari"), EX_LEMARI),
                       (t("costing.app.example_abon"), EX_ABON)]
            cat = catalogue_products()
            if "product_id" in cat.columns and len(cat):
                options += [(f"{r.name} ({r.product_id})", str(r.product_id)) for r in cat.itertuples()]
            self.product.options = options
            if current in [v for _, v in options]:
                self.product.value = current
            self.product.description = t("costing.app.product")
            self.name.description = t("costing.field.product_name")
            self.batch.description = t("costing.app.batch")
            self.price.description = t("costing.app.price")
            self.volume.description = t("costing.app.volume")
            self.wage.description = t("costing.app.wage")
            self.owner_wage.description = t("costing.app.owner_wage")
            self.owner_wage_umk.description = t("costing.app.owner_wage_umk", umk=formats.rupiah(UMK_KENDARI_2022))
            self.owner_wage_umk.tooltip = t("costing.app.owner_wage_umk_source")
            for s in (self.product, self.name, self.batch, self.price, self.volume, self.wage, self.owner_wage):
                s.style = {"description_width": "14em"}
            chart = self.chart.value
            self.chart.options = [(t(f"costing.app.chart_{c}"), c) for c in CHARTS]
            self.chart.value = chart
            self.add_row.description = t("costing.app.add_row")
            self.download.description = t("costing.app.download")
            self.upload.description = t("costing.app.upload")
            self.upload_label.value = ""
            self.bom_accordion.set_title(0, t("costing.app.bom_title"))
            heads = [("kind", "8.5em"), ("material_name", "14em"), ("quantity", "7em"), ("unit", "5em"),
                     ("unit_price", "9em"), ("waste_pct", "5em")]
            cells = "".join(f'<span style="display:inline-block;width:{w};font-size:0.85em;color:#444;'
                            f'padding-right:0.2em">{html.escape(t("costing.app.col_" + k))}</span>' for k, w in heads)
            self.grid_header.value = f"<div>{cells}</div>"
            for row in self._row_list or []:
                row.remove.tooltip = t("costing.app.remove_row")
            self._chart_shown = None      # rebuild the chart with new labels
        finally:
            self._loading = loading

    # ------------------------------------------------------------------ loading
    def _load_choice(self, choice: str) -> None:
        if choice == BLANK:
            model = CostModel(t("costing.app.new_product"), batch_size=1, units_per_month=10,
                              materials=[Material(t("costing.app.new_material"), 1, 10_000, unit="kg")])
        elif choice == EX_LEMARI:
            model = examples.lemari_2_badan()
        elif choice == EX_ABON:
            model = examples.abon_ikan()
        else:
            model = product_from_catalogue(choice)
        self.load_model(model)

    def load_model(self, model: CostModel) -> None:
        """Show ``model`` (sliders' ranges follow its price, volume and wage)."""
        loading, self._loading = self._loading, True
        try:
            self._base = model
            self.download_link.value = ""
            self.name.value = model.name
            self.batch.value = model.batch_size
            self.batch.disabled = model.batch_yield is not None
            self.batch_note.value = (f"<i>{html.escape(t('costing.app.batch_from_yield', units=formats.number(model.effective_batch_size, 1)))}</i>"
                                     if model.batch_yield is not None else "")
            old, self._row_list = self._row_list, None
            self.grid.children = []
            for row in old or []:
                row.close()
            if self.bom_accordion.selected_index is not None:
                self._build_rows()
            r = hpp(model)
            top_price = max(model.market_high * 1.5, r.hpp_full * 2, model.price * 1.5, 1_000.0)
            # every range starts at a multiple of its step and the step divides the model's
            # value, so the browser's slider never snaps (silently changes) it
            step = _nice_step(top_price)
            # range, step and value go to the browser in one message each (set_slider): a range
            # arriving before its value would make the browser send the old value back
            set_slider(self.price, model.price, min=0, max=math.ceil(top_price / step) * step,
                       step=_grid_step(model.price, step))
            vol_step = 1 if model.units_per_month * 3 >= 20 else 0.1
            top_vol = math.ceil(max(model.units_per_month * 3, 10.0) / vol_step) * vol_step
            set_slider(self.volume, model.units_per_month, min=0, max=top_vol,
                       step=_grid_step(model.units_per_month, vol_step))
            wages = [x.monthly_wage for x in model.labour]
            wage = wages[0] if wages else UMK_KENDARI_2022
            wage_step = _grid_step(wage, 10_000)
            set_slider(self.wage, wage, min=math.floor(min(1_500_000, wage * 0.5) / wage_step) * wage_step,
                       max=math.ceil(max(5_000_000, wage * 1.5) / wage_step) * wage_step, step=wage_step)
            self.wage.disabled = not model.labour
            ow = model.owner_wage_rp_per_month
            ow_step = _grid_step(ow, 10_000)
            set_slider(self.owner_wage, ow, max=math.ceil(max(6_000_000, ow * 1.5) / ow_step) * ow_step,
                       step=ow_step)
        finally:
            self._loading = loading

    # ------------------------------------------------------------------ material grid
    @property
    def _rows(self) -> list[_BomRow]:
        """The material rows (built on first use)."""
        if self._row_list is None:
            self._build_rows()
        return self._row_list

    def _build_rows(self) -> None:
        loading, self._loading = self._loading, True
        try:
            self._row_list = [_BomRow(self, m) for m in self._base.materials]
            for row in self._row_list:
                row.remove.tooltip = t("costing.app.remove_row")
            self.grid.children = [r.box for r in self._row_list]
        finally:
            self._loading = loading

    @guarded
    def _on_bom_open(self, change: dict) -> None:
        if change["new"] is not None and self._row_list is None:
            self._build_rows()

    # ------------------------------------------------------------------ model
    def current_model(self) -> CostModel:
        """The model as edited in the app (may raise an Indonesian :class:`IkmError`)."""
        if self._row_list is None:          # grid never opened: the materials are the model's
            materials = list(self._base.materials)
        else:
            materials = [row.material(i) for i, row in enumerate(self._row_list) if not row.is_blank()]
        labour = [replace(x, monthly_wage=self.wage.value) for x in self._base.labour]
        return self._base.replace(name=self.name.value, batch_size=self.batch.value, materials=materials,
                                  labour=labour, price=self.price.value, units_per_month=self.volume.value,
                                  owner_wage_rp_per_month=self.owner_wage.value)

    # ------------------------------------------------------------------ callbacks
    @guarded
    def _on_change(self, change: dict | None = None) -> None:
        if change is not None and change.get("owner") in (self.price, self.volume, self.wage, self.owner_wage):
            if self._echoes.drop(change):
                return    # the browser echoed a value the kernel set (now or before): not the participant's move
        if change is not None and float_noise(change.get("old"), change.get("new")):
            return        # the browser's slider echoed the value back with rounding noise: nothing changed
        if not self._loading:
            self.refresh()

    @guarded
    def _on_product(self, change: dict) -> None:
        if self._loading:
            return
        self._load_choice(change["new"])
        self.refresh()

    @guarded
    def _on_add_row(self, _button: Any = None) -> None:
        row = _BomRow(self, None)
        row.remove.tooltip = t("costing.app.remove_row")
        self._rows.append(row)
        self.grid.children = [r.box for r in self._rows]
        self.bom_accordion.selected_index = 0

    @guarded
    def _remove_row(self, row: _BomRow) -> None:
        if row in self._rows:
            self._rows.remove(row)
            self.grid.children = [r.box for r in self._rows]
            row.close()
            self.refresh()

    @guarded
    def _on_download(self, _button: Any = None) -> None:
        model = self.current_model()
        data = base64.b64encode(workbook_bytes(model)).decode("ascii")
        slug = re.sub(r"[^A-Za-z0-9]+", "_", model.name).strip("_").lower() or "hpp"
        self.download_link.value = (
            f'<a download="hpp_{html.escape(slug)}.xlsx" href="data:{_XLSX_MIME};base64,{data}" '
            f'style="font-weight:600">{html.escape(t("costing.app.download_link", file=f"hpp_{slug}.xlsx"))}</a>')

    @guarded
    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        item = files[0]
        content = bytes(item["content"]) if not isinstance(item["content"], bytes) else item["content"]
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "upload.xlsx"
            p.write_bytes(content)
            model = from_excel(p)
        self.load_model(model)
        self.refresh()
        self.show_message(t("costing.app.uploaded", name=model.name), "ok")

    @guarded
    def _on_owner_wage_umk(self, _button: Any = None) -> None:
        # step and value in one message; a late browser echo of the upload's value cannot undo it (EchoGuard)
        # (the observer refreshes)
        set_slider(self.owner_wage, UMK_KENDARI_2022, step=_grid_step(UMK_KENDARI_2022, 10_000))

    def _on_presentation_mode(self, on: bool) -> None:
        self.figure.set_font_size(20 if on else None)

    def _channel_table(self, r: HppResult) -> str:
        df = channel_prices(r)
        rp = formats.rupiah
        cols = ["channel", "price_rp", "channel_keeps_rp", "to_workshop_rp", "days_to_cash", "mark"]
        head = "".join(f'<th style="text-align:{"left" if c == "channel" else "right"};padding:0.2em 0.5em">'
                       f'{html.escape(t("channels.col." + c))}</th>' for c in cols)
        body = ""
        for row in df.itertuples():
            cells = [html.escape(row.channel), rp(row.price_rp), rp(row.channel_keeps_rp), rp(row.to_workshop_rp),
                     formats.number(row.days_to_cash), html.escape(row.mark)]
            body += "<tr>" + "".join(
                f'<td style="text-align:{"left" if i == 0 else "right"};padding:0.2em 0.5em;'
                f'white-space:{"normal" if i == 0 else "nowrap"}">{c}</td>'
                for i, c in enumerate(cells)) + "</tr>"
        intro = t("costing.app.channels_intro", markup=formats.number(r.model.markup_pct, 1),
                  target=rp(r.hpp_full * (1 + r.model.markup_pct / 100)))
        return (f'<div class="ikm-channels" style="max-width:calc(100vw - 40px);white-space:normal"><b>{html.escape(t("channels.title"))}</b>'
                f'<p style="max-width:60em;margin:0.2em 0">{html.escape(intro)}</p>'
                f'<div style="overflow-x:auto;max-width:100%"><table style="border-collapse:collapse">'
                f'<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
                f'<p style="max-width:60em;margin:0.2em 0;font-size:0.9em">'
                f'{html.escape(channel_sentence(df))} {html.escape(t("costing.app.channels_source"))}</p></div>')

    def _safe_refresh(self) -> None:
        guarded(lambda self: self.refresh())(self)

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        """Recompute HPP/BEP and update KPIs, text and the chart (in place)."""
        if self._loading:
            return
        model = self.current_model()
        r = hpp(model)
        self.result = r
        rp = formats.rupiah
        self.price_out.value = f"<b>{rp(model.price)}</b>"
        self.volume_out.value = f"<b>{formats.number(model.units_per_month, 1)} {html.escape(t('costing.app.per_month'))}</b>"
        self.wage_out.value = f"<b>{rp(self.wage.value)}</b>"
        self.owner_wage_out.value = f"<b>{rp(self.owner_wage.value)}</b>"
        cards = [
            kpi_card(t("costing.app.kpi_full"), rp(r.hpp_full), t("costing.app.kpi_full_note")),
            kpi_card(t("costing.app.kpi_variable"), rp(r.hpp_variable), t("costing.app.kpi_variable_note")),
        ]
        if r.has_break_even:
            bep = r.break_even()
            cards.append(kpi_card(t("costing.app.kpi_bep"), formats.number(bep.units_whole),
                                  t("costing.app.kpi_bep_note", revenue=rp(bep.revenue))))
        else:
            cards.append(kpi_card(t("costing.app.kpi_bep"), "–", t("costing.app.kpi_no_bep")))
        cards.append(kpi_card(t("costing.app.kpi_profit"), rp(r.profit_per_month),
                              t("costing.app.kpi_profit_note", units=formats.number(model.units_per_month, 1))))
        self.kpis.value = "".join(cards)
        self.note.value = f'<p style="max-width:60em">{html.escape(r.interpretation())}</p>'
        self.channels.value = self._channel_table(r)
        chart = self.chart.value
        if chart == "break_even" and not r.has_break_even:
            self.show_message(t("costing.interp.price_below_vc", price=rp(r.price), vc=rp(r.variable_cost)), "warning")
            chart = "breakdown"
        elif self._message_level == "warning":
            self.clear_message()
        if chart == "breakdown":
            spec = SPECS["breakdown"](r)
        elif chart == "break_even":
            spec = SPECS["break_even"](r)
        elif chart == "tornado":
            spec = SPECS["tornado"](tornado(model, pct=10))
        else:
            spec = SPECS["monte_carlo"](monte_carlo(model, n=MC_DRAWS, seed=2022))
        if self._chart_shown != chart:      # new chart type: fresh traces and layout
            self._fig = new_figure()
        update_figure(self._fig, spec, height=420)
        self.figure.show_figure(self._fig)
        self._chart_shown = chart


__all__ = ["CostingApp"]
