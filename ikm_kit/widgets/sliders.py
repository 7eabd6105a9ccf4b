"""Sliders the kernel changes while the browser is still catching up.

Two things go wrong when an app moves a slider itself (a product is loaded, an
upload is read, a button proposes a value) and the participant acts right after:

1. **Range before value.** Setting ``max``, ``step`` and ``value`` one after the
   other sends three messages.  The browser applies ``max`` first, clamps or
   snaps the *old* value into the new range and, because the sliders use
   ``continuous_update``, sends that stale value back.  The kernel takes it as
   the participant's move, after it has already set the new value: the
   uploaded workbook's price or volume is silently replaced.
   :func:`set_slider` sends range, step and value in **one** message
   (``hold_sync``), so the browser never sees a half-updated slider.
2. **Late echoes.** The browser's slider (noUiSlider) turns a value into a
   position and back and often sends the result (``2199999.9999999995`` for
   Rp 2.200.000).  When the kernel has meanwhile set a newer value (the
   "Pakai UMK" button right after an upload), that late echo of the older
   value would undo it.  :class:`EchoGuard` recognises such an echo (a value
   from the browser equal, up to rounding, to a value the kernel set earlier
   and has since replaced) and puts the kernel's newer value back.

    >>> import ipywidgets as widgets
    >>> s = widgets.FloatSlider(min=0, max=10, step=1, value=5)
    >>> set_slider(s, 2_823_315, max=6_000_000, step=1); s.value, s.max
    (2823315.0, 6000000.0)
"""
from __future__ import annotations

import math
import time
from typing import Any

__all__ = ["EchoGuard", "float_noise", "set_slider"]


def float_noise(old: object, new: object) -> bool:
    """True when two numbers differ only by rounding (a slider's value echoed back by the browser).

        >>> float_noise(2_200_000.0, 2_199_999.9999999995), float_noise(2_200_000.0, 2_190_000.0)
        (True, False)
    """
    return (isinstance(old, (int, float)) and isinstance(new, (int, float)) and old != new
            and math.isclose(old, new, rel_tol=1e-12, abs_tol=1e-9))


def _same(a: object, b: object) -> bool:
    return a == b or float_noise(a, b)


#: the order in which the browser must apply a slider's state: the range and step before the value
_ORDER = ("min", "max", "step", "value")


def set_slider(slider: Any, value: float, *, min: float | None = None, max: float | None = None,  # noqa: A002
               step: float | None = None) -> None:
    """Set a slider's range, step and value (same units as the slider, e.g. Rp) in one browser message.

    The kernel-side order keeps ``min <= max`` at every moment (ipywidgets
    refuses ``min > max``); the browser receives only the final state, with
    ``value`` as the last key: it applies the keys in that order, and a value
    applied before its new step would be snapped to the old step (Rp 2.823.315
    on a Rp 10.000 grid → Rp 2.820.000) and sent back.

        >>> import ipywidgets as widgets
        >>> s = widgets.FloatSlider(min=0, max=10, value=5)
        >>> set_slider(s, 50, min=20, max=100, step=5); (s.min, s.max, s.step, s.value)
        (20.0, 100.0, 5.0, 50.0)
    """
    with slider.hold_sync():
        if min is not None and max is not None and min > slider.max:
            slider.max = max
            slider.min = min
        else:
            if min is not None:
                slider.min = min
            if max is not None:
                slider.max = max
        if step is not None:
            slider.step = step
        slider.value = value
        # hold_sync would send its pending keys as a set (any order): send them ourselves, value last
        pending = set(slider._states_to_send)
        slider._states_to_send.clear()
    keys = [k for k in _ORDER if k in pending] + sorted(pending.difference(_ORDER))
    if keys:
        slider.send_state(keys)


class EchoGuard:
    """Tells a participant's move of a slider from the browser's late echo of an older kernel value.

    Call :meth:`drop` first in the app's ``value`` observer; when it returns
    True, ignore the change (the guard has already put the kernel's current
    value back where needed).  The rules, for a value arriving from the browser:

    * equal up to rounding to the kernel's current value: the browser echoing
      it (nothing changed; dropped, no recomputation);
    * equal up to rounding to a value the kernel set earlier and has since
      replaced (within ``window_s`` seconds, each such value at most once): a
      late echo; the current value is restored and sent to the browser;
    * anything else: the participant moved the slider; kept, and older kernel
      values are forgotten (their echoes, sent before this move, have arrived).

    Values the kernel sets itself are recorded in the same call.  A change is
    "from the browser" when ipywidgets holds the property lock for ``value``
    (``Widget.set_state`` sets it while it applies a browser message).

        >>> import ipywidgets as widgets
        >>> s, guard = widgets.FloatSlider(min=0, max=6e6, step=1), EchoGuard()
        >>> s.observe(lambda c: guard.drop(c), names="value")
        >>> s.value = 1_250_000.0            # kernel: e.g. an uploaded workbook
        >>> s.value = 2_823_315.0            # kernel: the "Pakai UMK" button
        >>> s.set_state({"value": 1_249_999.9999999998})   # the browser's late echo of the upload
        >>> s.value
        2823315.0
    """

    def __init__(self, window_s: float = 30.0) -> None:
        self.window_s = window_s
        self._current: dict[int, object] = {}
        self._older: dict[int, list[tuple[object, float]]] = {}
        self._restoring = False

    def drop(self, change: dict) -> bool:
        """True when ``change`` (a traitlets change of ``value``) is not a participant's move."""
        if self._restoring:
            return True
        owner, new = change["owner"], change["new"]
        key = id(owner)
        from_browser = "value" in getattr(owner, "_property_lock", {})
        now = time.monotonic()
        older = [(v, t) for v, t in self._older.get(key, []) if now - t <= self.window_s]
        if not from_browser:
            if key in self._current and not _same(self._current[key], new):
                older.append((self._current[key], now))
            self._current[key] = new
            self._older[key] = older[-8:]
            return False
        current = self._current.get(key, change["old"])
        if _same(current, new):
            self._older[key] = older
            return True
        for i, (value, _t) in enumerate(older):
            if _same(value, new):
                del older[i]
                self._older[key] = older
                self._restore(owner, current)
                return True
        self._current[key] = new
        self._older[key] = []
        return False

    def _restore(self, owner: Any, value: object) -> None:
        self._restoring = True
        try:
            owner.value = value       # differs from the locked (browser) value, so it is sent
        finally:
            self._restoring = False
