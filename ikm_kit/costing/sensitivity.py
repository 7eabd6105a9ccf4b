"""Sensitivity of HPP and profit: one-at-a-time (tornado) and Monte Carlo.

A :class:`~ikm_kit.costing.CostModel` is linear in its prices, so it is split
once into components (wood, other materials by kind, wages, electricity,
machine fees, other variable BOP, fixed BOP, batch size, volume, price) and
evaluated for whole arrays of input values at once (vectorised).

Inputs are named (see :func:`sensitivity_inputs`) and uncertain values are
given **in the input's own unit** (Rp/m3 for ``harga_kayu``, Rp/month for
``upah``, Rp/kWh for ``tarif_listrik`` ...).

Wood and units: ``harga_kayu`` is the price of wood bought **per m³** and
scales only the ``kind="kayu"`` lines measured in m³ (unit ``m3``/``m³``, or
no unit, as for :class:`~ikm_kit.costing.WoodPart`).  Wood bought in other
units — plywood sheets (``lembar``), boards by the piece — is the separate
input ``kayu_lain`` (Rp/batch), so a change of the m³ price never scales a
sheet price (and sheets are never counted as m³ in the average m³ price).

    >>> from ikm_kit.costing import examples, tornado, monte_carlo, Triangular
    >>> m = examples.lemari_2_badan()
    >>> tornado(m, pct=10).iloc[0]["input"]
    'upah'
    >>> r = monte_carlo(m, {"harga_kayu": Triangular(1_400_000, 1_600_000, 1_800_000)}, n=1000, seed=1)
    >>> 0 <= r.prob_loss <= 1
    True
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

from ikm_kit._lazy import lazy_module
from ikm_kit import validation as V
from ikm_kit.errors import InputError, SimulationError
from ikm_kit.i18n import t
from ikm_kit.costing.model import CostModel, MATERIAL_KINDS, hpp

stats = lazy_module("scipy.stats")      # ~1 s to import: deferred to the first Monte Carlo draw

OUTPUTS = ("hpp_full", "hpp_variable", "profit")
INPUT_ORDER = ("harga_kayu", "kayu_lain", "hardware", "finishing", "bahan", "kemasan", "upah", "tarif_listrik",
               "sewa_mesin", "bop_variabel", "biaya_tetap", "ukuran_batch", "volume", "harga_jual")
_UNITS = {"harga_kayu": "Rp/m3", "kayu_lain": "Rp/batch", "hardware": "Rp/batch", "finishing": "Rp/batch", "bahan": "Rp/batch",
          "kemasan": "Rp/batch", "upah": "Rp/bulan", "tarif_listrik": "Rp/kWh", "sewa_mesin": "Rp/batch",
          "bop_variabel": "Rp/batch", "biaya_tetap": "Rp/bulan", "ukuran_batch": "unit",
          "volume": "unit/bulan", "harga_jual": "Rp/unit"}


def _f(key: str) -> str:
    return t(f"costing.field.{key}")


# ---------------------------------------------------------------------------
# Distributions


@dataclass(frozen=True)
class Triangular:
    """Triangular distribution: lowest, most likely and highest value."""

    low: float
    mode: float
    high: float

    def __post_init__(self) -> None:
        for a in ("low", "mode", "high"):
            object.__setattr__(self, a, V.number(getattr(self, a), a))
        if not (self.low <= self.mode <= self.high) or self.low == self.high:
            raise InputError(t("costing.error.triangular", low=self.low, mode=self.mode, high=self.high))

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return rng.triangular(self.low, self.mode, self.high, size=n)

    @property
    def mean(self) -> float:
        return (self.low + self.mode + self.high) / 3.0


@dataclass(frozen=True)
class Uniform:
    """Uniform distribution between ``low`` and ``high``."""

    low: float
    high: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", V.number(self.low, "low"))
        object.__setattr__(self, "high", V.number(self.high, "high"))
        if not self.low < self.high:
            raise InputError(t("costing.error.uniform", low=self.low, high=self.high))

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return rng.uniform(self.low, self.high, size=n)

    @property
    def mean(self) -> float:
        return (self.low + self.high) / 2.0


@dataclass(frozen=True)
class Normal:
    """Normal distribution (``mean``, standard deviation ``sd``), cut at 0 (no negative prices)."""

    mean: float
    sd: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "mean", V.positive(self.mean, "mean"))
        object.__setattr__(self, "sd", V.positive(self.sd, "sd"))

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        a = (0.0 - self.mean) / self.sd
        return stats.truncnorm.rvs(a, np.inf, loc=self.mean, scale=self.sd, size=n, random_state=rng)


Distribution = Triangular | Uniform | Normal


# ---------------------------------------------------------------------------
# Linear decomposition

_CUBIC = {"", "m3", "m³", "m^3", "m**3", "kubik", "meterkubik", "meter kubik"}


def is_cubic_metre(unit: object) -> bool:
    """True for a material unit that means m³ (``m3``, ``m³``, ``meter kubik``; no unit counts as m³
    for wood, as a :class:`~ikm_kit.costing.WoodPart` line)."""
    text = str(unit or "").strip().lower()
    return text in _CUBIC or text.replace(" ", "") in _CUBIC



@dataclass(frozen=True)
class _Components:
    kind_cost: dict[str, float]      # Rp/batch per material kind (wood = 'kayu')
    wood_price: float                # cost-weighted average Rp/m3
    labour: float                    # Rp/batch
    wage: float                      # labour-cost-weighted average monthly wage
    electricity: float               # Rp/batch
    tariff: float                    # kWh-weighted tariff
    machine_fee: float               # Rp/batch
    ov_batch: float                  # other variable BOP per batch (incl. per-unit items × batch)
    fixed: float                     # Rp/month
    batch: float
    volume: float
    price: float
    allocation: str
    capacity_hours: float
    machine_hours_batch: float
    wood_other: float = 0.0          # Rp/batch of kind='kayu' lines not bought per m3 (sheets, pieces)

    @classmethod
    def of(cls, model: CostModel) -> "_Components":
        if not isinstance(model, CostModel):
            raise InputError(t("costing.error.wrong_item", field=_f("model"), value=V.type_name(model),
                               valid="CostModel"))
        batch = model.effective_batch_size
        kinds = {k: 0.0 for k in MATERIAL_KINDS}
        wood_cost = wood_vol = wood_other = 0.0
        for m in model.materials:
            if m.kind == "kayu" and not is_cubic_metre(m.unit):
                wood_other += m.cost            # sheets / pieces: their own price, not Rp/m3
                continue
            kinds[m.kind] += m.cost
            if m.kind == "kayu" and m.unit_price > 0:
                wood_cost += m.cost
                wood_vol += m.cost / m.unit_price
        labour = sum(x.cost for x in model.labour)
        wage = (sum(x.cost * x.monthly_wage for x in model.labour) / labour) if labour > 0 else 0.0
        elec = sum(x.electricity_cost for x in model.machines)
        kwh = sum(x.kwh for x in model.machines)
        return cls(
            kind_cost=kinds,
            wood_price=wood_cost / wood_vol if wood_vol > 0 else 0.0,
            labour=labour,
            wage=wage,
            electricity=elec,
            tariff=elec / kwh if kwh > 0 else 0.0,
            machine_fee=sum(x.fee_cost for x in model.machines),
            ov_batch=sum(o.variable_per_batch(batch) for o in model.overheads),
            fixed=model.fixed_cost_per_month,
            batch=batch,
            volume=model.units_per_month,
            price=model.price,
            allocation=model.allocation,
            capacity_hours=model.machine_hours_per_month,
            machine_hours_batch=model.machine_hours_per_batch,
            wood_other=wood_other,
        )

    def base_values(self) -> dict[str, float]:
        vals = {
            "harga_kayu": self.wood_price if self.kind_cost["kayu"] > 0 else 0.0,
            "kayu_lain": self.wood_other,
            "hardware": self.kind_cost["hardware"],
            "finishing": self.kind_cost["finishing"],
            "bahan": self.kind_cost["bahan"],
            "kemasan": self.kind_cost["kemasan"],
            "upah": self.wage,
            "tarif_listrik": self.tariff,
            "sewa_mesin": self.machine_fee,
            "bop_variabel": self.ov_batch,
            "biaya_tetap": self.fixed,
            "ukuran_batch": self.batch,
            "volume": self.volume,
            "harga_jual": self.price,
        }
        return {k: v for k, v in vals.items() if v > 0}

    def evaluate(self, factors: Mapping[str, np.ndarray | float]) -> dict[str, np.ndarray]:
        """HPP full/variable (Rp/unit) and profit (Rp/month) for input factors (value ÷ base)."""
        g = lambda k: factors.get(k, 1.0)  # noqa: E731
        per_batch = (self.kind_cost["kayu"] * g("harga_kayu")
                     + self.wood_other * g("kayu_lain")
                     + self.kind_cost["hardware"] * g("hardware")
                     + self.kind_cost["finishing"] * g("finishing")
                     + self.kind_cost["bahan"] * g("bahan")
                     + self.kind_cost["kemasan"] * g("kemasan")
                     + self.labour * g("upah")
                     + self.electricity * g("tarif_listrik")
                     + self.machine_fee * g("sewa_mesin")
                     + self.ov_batch * g("bop_variabel"))
        batch = self.batch * g("ukuran_batch")
        volume = self.volume * g("volume")
        fixed = self.fixed * g("biaya_tetap")
        vc = per_batch / batch
        if self.allocation == "unit":
            with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
                fixed_unit = np.where(np.asarray(volume) > 0, fixed / np.where(volume > 0, volume, 1.0), 0.0)
        elif self.capacity_hours > 0:
            fixed_unit = fixed / self.capacity_hours * self.machine_hours_batch / batch
        else:
            fixed_unit = 0.0 * vc
        price = self.price * g("harga_jual")
        full = vc + fixed_unit
        profit = (price - vc) * volume - fixed
        shape = np.broadcast(np.asarray(full), np.asarray(profit)).shape
        return {"hpp_full": np.broadcast_to(full, shape).astype(float),
                "hpp_variable": np.broadcast_to(vc, shape).astype(float),
                "profit": np.broadcast_to(profit, shape).astype(float)}


def sensitivity_inputs(model: CostModel) -> pd.DataFrame:
    """The named inputs that can be varied, with base value and unit.

    Columns: ``input``, ``label``, ``base``, ``unit``.  Only inputs present in the
    model (base > 0) are listed.
    """
    base = _Components.of(model).base_values()
    return pd.DataFrame([
        {"input": k, "label": t(f"costing.input.{k}"), "base": base[k], "unit": _UNITS[k]}
        for k in INPUT_ORDER if k in base
    ])


def _output(output: str) -> str:
    return V.choice(output, OUTPUTS, _f("output"))


def tornado(model: CostModel, pct: float = 10.0, output: str = "hpp_full",
            inputs: list[str] | None = None) -> pd.DataFrame:
    """One-at-a-time sensitivity: each input −pct % and +pct %, the rest at base.

    ``output`` is ``hpp_full``, ``hpp_variable`` (Rp/unit) or ``profit``
    (Rp/month).  Returns one row per input, sorted by ``swing`` (largest first):
    ``input, label, unit, base, low_value, high_value, output_base,
    output_low, output_high, swing``.

    >>> from ikm_kit.costing import examples
    >>> df = tornado(examples.abon_ikan(), pct=10)
    >>> list(df.columns)[:3]
    ['input', 'label', 'unit']
    """
    p = V.positive(pct, _f("pct"))
    if p >= 100:
        raise InputError(t("costing.error.pct_below_100", field=_f("pct"), value=pct))
    out = _output(output)
    comp = _Components.of(model)
    base = comp.base_values()
    if inputs is None:
        # a batch of one (a wardrobe) cannot be 10 % larger: leave batch size out then
        names = [k for k in INPUT_ORDER if k in base and not (k == "ukuran_batch" and comp.batch <= 1)]
    elif isinstance(inputs, str):
        names = [inputs]
    elif isinstance(inputs, (bytes, Mapping)) or not isinstance(inputs, Iterable):
        raise InputError(t("error.not_a_list", field=_f("input"), value=V.type_name(inputs)))
    else:
        names = list(inputs)
    for k in names:
        V.choice(k, list(base), _f("input"))
    if out == "hpp_variable":
        names = [k for k in names if k not in ("biaya_tetap", "volume", "harga_jual")]
    elif out == "hpp_full":
        names = [k for k in names if k != "harga_jual"]
    lo, hi = 1 - p / 100.0, 1 + p / 100.0
    base_out = float(comp.evaluate({})[out])
    rows = []
    for k in names:
        vals = comp.evaluate({k: np.array([lo, hi])})[out]
        rows.append({
            "input": k, "label": t(f"costing.input.{k}"), "unit": _UNITS[k], "base": base[k],
            "low_value": base[k] * lo, "high_value": base[k] * hi, "output_base": base_out,
            "output_low": float(vals[0]), "output_high": float(vals[1]),
            "swing": float(abs(vals[1] - vals[0])),
        })
    df = pd.DataFrame(rows, columns=["input", "label", "unit", "base", "low_value", "high_value",
                                     "output_base", "output_low", "output_high", "swing"])
    df = df.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)
    df.attrs.update(output=out, pct=p)
    return df


# ---------------------------------------------------------------------------
# Monte Carlo


@dataclass(frozen=True)
class MonteCarloResult:
    """Draws of HPP (Rp/unit) and monthly profit (Rp) under input uncertainty.

    ``samples`` has one column per uncertain input plus ``hpp_full``,
    ``hpp_variable`` and ``profit``.
    """

    samples: pd.DataFrame = field(repr=False)
    n: int
    seed: int | None
    uncertainties: Mapping[str, object]
    base: Mapping[str, float]

    @property
    def prob_loss(self) -> float:
        """Probability that the monthly profit is below zero (fraction)."""
        return float(np.mean(self.samples["profit"].to_numpy() < 0))

    def percentiles(self, q: tuple[float, ...] = (5, 50, 95)) -> pd.DataFrame:
        """Percentiles of the outputs: rows ``hpp_full, hpp_variable, profit``, columns ``p5``…"""
        outs = list(OUTPUTS)
        arr = np.percentile(self.samples[outs].to_numpy(), q, axis=0)
        df = pd.DataFrame(arr.T, index=outs, columns=[f"p{g:g}" for g in q])
        df.insert(0, "mean", self.samples[outs].mean().to_numpy())
        df.insert(0, "label", [t(f"costing.output.{o}") for o in outs])
        return df

    def interpretation(self) -> str:
        from ikm_kit.formats import percent, rupiah

        p = self.percentiles()
        return t("costing.interp.mc", n=f"{self.n:,}".replace(",", "."),
                 p5=rupiah(p.loc["hpp_full", "p5"]), p95=rupiah(p.loc["hpp_full", "p95"]),
                 loss=percent(self.prob_loss))

    def _repr_html_(self) -> str:
        from ikm_kit.formats import percent, rupiah
        from ikm_kit.formats_html import html_table

        p = self.percentiles()
        rows = [(r.label, rupiah(r.mean), rupiah(r.p5), rupiah(r.p50), rupiah(r.p95)) for r in p.itertuples()]
        rows.append((t("costing.label.prob_loss"), percent(self.prob_loss), "", "", ""))
        return html_table(t("costing.title.mc"), rows, note=self.interpretation(),
                          header=["", t("costing.label.mean"), "P5", "P50", "P95"])


def default_uncertainty(model: CostModel) -> dict[str, Distribution]:
    """Illustrative uncertainty set (**ilustrasi**, mostly [U]) for training.

    * ``harga_kayu``: triangular 1,4 / 1,6 / 1,8 jt per m3 around the model's price
      (1,4 → 1,6 jt seen in Konsel 2021 [V]; the upper end is an assumption);
    * ``tarif_listrik``: uniform 1.114,74–1.444,70 Rp/kWh (I-1/I-2 bracket [U]);
    * other materials (and wood not bought per m3, ``kayu_lain``) ±15 %,
      volume −30 %/+10 % (triangular) [U];
    * ``harga_jual``: uniform over the market range when the model has one.
    """
    base = _Components.of(model).base_values()
    out: dict[str, Distribution] = {}
    if "harga_kayu" in base:
        w = base["harga_kayu"]
        out["harga_kayu"] = Triangular(w * 1.4 / 1.6, w, w * 1.8 / 1.6)
    for k in ("kayu_lain", "hardware", "finishing", "bahan", "kemasan"):
        if k in base:
            out[k] = Triangular(base[k] * 0.85, base[k], base[k] * 1.15)
    if "tarif_listrik" in base:
        out["tarif_listrik"] = Uniform(1_114.74, 1_444.70)
    if "volume" in base:
        out["volume"] = Triangular(base["volume"] * 0.7, base["volume"], base["volume"] * 1.1)
    if "harga_jual" in base and model.market_low > 0 and model.market_high > model.market_low:
        out["harga_jual"] = Uniform(model.market_low, model.market_high)
    return out


def monte_carlo(model: CostModel, uncertainties: Mapping[str, Distribution] | None = None, n: int = 100_000,
                seed: int | None = 42, progress: Callable[[float], None] | None = None,
                chunk_size: int = 25_000) -> MonteCarloResult:
    """Seeded, vectorised Monte Carlo of HPP per unit and monthly profit.

    ``uncertainties`` maps input names (see :func:`sensitivity_inputs`) to
    :class:`Triangular`, :class:`Normal` or :class:`Uniform` in the input's unit;
    default :func:`default_uncertainty`.  ``progress(fraction_done)`` is called
    after each chunk (last call with ``1.0``).  Same seed → same result.
    100.000 draws take a few tens of milliseconds.

    >>> from ikm_kit.costing import examples
    >>> r = monte_carlo(examples.lemari_2_badan(), n=10_000, seed=1)
    >>> r.samples.shape[0]
    10000
    """
    try:
        n_int = int(n)
    except (TypeError, ValueError, OverflowError):
        raise InputError(t("error.not_a_number", field=_f("draws"), value=n)) from None
    if n_int != n or n_int < 1 or n_int > 10_000_000:
        raise SimulationError(t("costing.error.draws", value=n))
    chunk = max(1, int(min(V.positive(chunk_size, "chunk_size"), n_int)))
    comp = _Components.of(model)
    base = comp.base_values()
    if uncertainties is not None and not isinstance(uncertainties, Mapping):
        raise InputError(t("costing.error.distribution", name="uncertainties", value=V.type_name(uncertainties)))
    unc = default_uncertainty(model) if uncertainties is None else dict(uncertainties)
    for k, dist in unc.items():
        V.choice(k, list(base), _f("input"))
        if not hasattr(dist, "sample"):
            raise InputError(t("costing.error.distribution", name=k, value=V.type_name(dist)))
    if seed is not None:
        s = V.non_negative(seed, "seed")
        if s != int(s):
            raise InputError(t("error.not_a_number", field="seed", value=seed))
        seed = int(s)
    rng = np.random.default_rng(seed)
    draws = {k: np.asarray(unc[k].sample(rng, n_int), dtype=float) for k in INPUT_ORDER if k in unc}
    for k, d in draws.items():
        if np.any(d < 0) or (k in ("ukuran_batch",) and np.any(d <= 0)):
            raise SimulationError(t("costing.error.negative_draw", name=t(f"costing.input.{k}")))
    factors = {k: d / base[k] for k, d in draws.items()}
    outs = {o: np.empty(n_int) for o in OUTPUTS}
    done = 0
    while done < n_int:
        stop = min(n_int, done + chunk)
        res = comp.evaluate({k: f[done:stop] for k, f in factors.items()})
        for o in OUTPUTS:
            outs[o][done:stop] = res[o]
        done = stop
        if progress is not None:
            progress(done / n_int)
    samples = pd.DataFrame({**draws, **outs})
    return MonteCarloResult(samples=samples, n=n_int, seed=seed, uncertainties=unc, base=base)


def _check_consistency(model: CostModel) -> float:
    """Largest abs difference between the linear decomposition and :func:`hpp` (tests)."""
    r = hpp(model)
    e = _Components.of(model).evaluate({})
    diffs = [abs(float(e["hpp_full"]) - r.hpp_full), abs(float(e["hpp_variable"]) - r.hpp_variable)]
    if model.price > 0:
        diffs.append(abs(float(e["profit"]) - r.profit_per_month))
    return max(diffs) if diffs else math.nan


__all__ = ["Triangular", "Uniform", "Normal", "Distribution", "sensitivity_inputs", "tornado",
           "MonteCarloResult", "monte_carlo", "default_uncertainty", "OUTPUTS"]
