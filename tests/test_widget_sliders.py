"""Sliders the kernel moves while the browser catches up (ikm_kit.widgets.sliders, CostingApp).

The browser side is simulated with ``Widget.set_state``: it is exactly what ipywidgets calls
when a browser message ``{"method": "update", "state": {...}}`` arrives (property lock, echo).
The race seen in the browser (tests/test_browser_dashboards.py::test_kalkulator_hpp):
an upload sets price/volume/owner wage, the participant clicks "Pakai UMK", and a value
the browser sent for the upload arrives afterwards.
"""
import time

import pytest

from ikm_kit.costing import UMK_KENDARI_2022, examples
from ikm_kit.widgets.costing import CostingApp
from ikm_kit.widgets.sliders import EchoGuard, set_slider

ipywidgets = pytest.importorskip("ipywidgets")


def _record(widget, sink):
    original = widget._send

    def send(msg, buffers=None):
        sink.append(msg)
        return original(msg, buffers=buffers)

    widget._send = send


def test_set_slider_sends_range_step_and_value_in_one_message():
    s = ipywidgets.FloatSlider(min=0, max=53_930, step=10, value=30_000)
    sent = []
    _record(s, sent)
    set_slider(s, 2_200_000, min=0, max=3_905_000, step=1_000)
    updates = [m["state"] for m in sent if m["method"] == "update"]
    # one message with the final state: the browser never clamps the old value to a half-new range
    assert updates == [{"max": 3_905_000.0, "step": 1_000.0, "value": 2_200_000.0}]
    # and the value comes last: the browser applies the keys in order, and a value applied before
    # its new step is snapped to the old one and sent back (seen: Rp 2.823.315 → Rp 2.820.000)
    assert list(updates[0]) == ["max", "step", "value"]


def test_set_slider_min_above_old_max():
    s = ipywidgets.FloatSlider(min=0, max=10, value=5)
    set_slider(s, 150, min=100, max=200, step=5)
    assert (s.min, s.max, s.step, s.value) == (100, 200, 5, 150)


def test_load_model_sends_each_slider_once():
    app = CostingApp(product="contoh_abon")
    sent = {name: [] for name in ("price", "volume", "wage", "owner_wage")}
    for name, sink in sent.items():
        _record(getattr(app, name), sink)
    model = examples.lemari_2_badan().replace(owner_wage_rp_per_month=1_250_000.0)
    app.load_model(model)
    for name, msgs in sent.items():
        updates = [m for m in msgs if m["method"] == "update"]
        assert len(updates) <= 1, (name, updates)
    assert sent["price"][0]["state"]["value"] == model.price
    assert sent["volume"][0]["state"]["value"] == model.units_per_month
    assert sent["owner_wage"][0]["state"]["value"] == 1_250_000.0
    for msgs in sent.values():
        for m in msgs:
            assert list(m["state"])[-1] == "value" or "value" not in m["state"], m


def test_umk_click_sends_step_before_value():
    app = CostingApp(product="contoh_lemari")           # owner wage 0, step Rp 10.000
    sent = []
    _record(app.owner_wage, sent)
    app._on_owner_wage_umk()
    assert [list(m["state"]) for m in sent if m["method"] == "update"] == [["step", "value"]]


def test_umk_click_survives_the_browsers_late_echo_of_the_upload():
    app = CostingApp(product="contoh_abon")
    app.load_model(examples.lemari_2_badan().replace(owner_wage_rp_per_month=1_250_000.0))
    app.refresh()
    sent = []
    _record(app.owner_wage, sent)
    app._on_owner_wage_umk()                      # the participant's click, processed first
    assert app.result.model.owner_wage_rp_per_month == UMK_KENDARI_2022
    # the browser's slider had sent the upload's value back (with noUiSlider's rounding) before
    # it saw the click's update; the kernel receives it only now
    app.owner_wage.set_state({"value": 1_249_999.9999999998})
    assert app.owner_wage.value == UMK_KENDARI_2022
    assert app.result.model.owner_wage_rp_per_month == UMK_KENDARI_2022
    assert sent[-1] == {"method": "update", "state": {"value": UMK_KENDARI_2022}, "buffer_paths": []}
    # the echo of the current value (rounding noise) changes nothing and recomputes nothing
    before = app.result
    app.owner_wage.set_state({"value": UMK_KENDARI_2022 - 5e-10})
    assert app.result is before
    # the participant's own moves count, also back to the upload's value
    app.owner_wage.set_state({"value": 1_000_000.0})
    assert app.result.model.owner_wage_rp_per_month == 1_000_000.0
    app.owner_wage.set_state({"value": 1_250_000.0})
    assert app.result.model.owner_wage_rp_per_month == 1_250_000.0


def test_upload_values_survive_stale_browser_values_of_the_previous_product():
    # abon (price Rp 30.000, 240 units) → lemari (Rp 2.200.000, 4 units): before set_slider the
    # browser clamped 240 into the new max of 12 units and sent it back after the kernel's 4
    app = CostingApp(product="contoh_abon")
    app.load_model(examples.lemari_2_badan())
    app.refresh()
    app.volume.set_state({"value": 240.0})        # a late echo of the previous product's volume
    app.price.set_state({"value": 30_000.0})      # and of its price
    assert app.result.model.units_per_month == 4.0
    assert app.result.model.price == 2_200_000.0


def test_guard_expires_old_values():
    s = ipywidgets.FloatSlider(min=0, max=100, step=1)
    guard = EchoGuard(window_s=0.0)
    s.observe(guard.drop, names="value")
    s.value = 10.0
    s.value = 20.0
    time.sleep(0.01)
    s.set_state({"value": 10.0})                  # too late to be an echo: a participant's move
    assert s.value == 10.0
