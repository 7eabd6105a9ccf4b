"""A seeded virtual production line for SPC exercises (simulasi lini produksi).

Trainees draw samples hour by hour from a process whose behaviour the
trainer set up (mean, spread, drift, a step shift at some hour, tool wear,
defect rate) and try to detect the change with a control chart.  The same
``seed`` always gives the same line, whatever order the hours are sampled
in: every (hour, draw) has its own random stream derived from the seed.

Presets (values illustrative, not measured in Kendari):

* ``panjang_kaki_meja`` — table-leg length, target 720 mm, spec 718–722 mm;
* ``kadar_air_kayu`` — kiln-dried wood moisture, target 12 %, USL 14 %
  (RSNI3 0608:2016 "Kayu untuk furnitur": ≤ 14 %);
* ``berat_kemasan`` — 100 g abon pack net weight, spec 98–105 g.

    >>> from ikm_kit.quality.production_line import ProductionLine
    >>> line = ProductionLine(preset="panjang_kaki_meja", seed=1, shift_at_hour=20, shift_size_sigma=1.5)
    >>> line.sample(3).shape[0]
    5
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from ikm_kit import validation
from ikm_kit.errors import InputError, SimulationError
from ikm_kit.i18n import t


@dataclass(frozen=True)
class Preset:
    name: str
    mean: float
    sd: float
    unit: str
    lsl: float | None
    usl: float | None
    target: float
    decimals: int
    subgroup_size: int = 5
    defect_rate: float = 0.02


PRESETS: dict[str, Preset] = {
    "panjang_kaki_meja": Preset("panjang_kaki_meja", 720.0, 0.5, "mm", 718.0, 722.0, 720.0, 1),
    "kadar_air_kayu": Preset("kadar_air_kayu", 12.0, 0.5, "%", None, 14.0, 12.0, 1, subgroup_size=3,
                             defect_rate=0.01),
    "berat_kemasan": Preset("berat_kemasan", 101.5, 0.8, "g", 98.0, 105.0, 101.0, 1, defect_rate=0.03),
}


MAX_HOURS = 10_000  # hourly samples per run: over a year of a line running day and night


@dataclass
class ProductionLine:
    """A virtual process; change the settings, not the random numbers.

    Parameters (all optional; ``None`` takes the preset's value):

    ``mean``, ``sd``: process mean and standard deviation (preset unit);
    ``drift_per_hour``: slow trend of the mean per hour (unit/hour);
    ``shift_at_hour`` and ``shift_size_sigma``: a step change of the mean by
    that many σ from that hour on (e.g. a loosened jig); more steps can be
    given as ``shifts=[(hour, size_sigma), ...]``;
    ``tool_wear_per_hour``: extra spread added per hour (sd grows
    ``sd·(1 + wear·hour)``); ``defect_rate``: probability that a unit has a
    visual defect (cacat rupa) independent of the measurement;
    ``subgroup_size``: units per hourly sample; ``seed``: the random seed.
    """

    preset: str = "panjang_kaki_meja"
    seed: int = 0
    mean: float | None = None
    sd: float | None = None
    drift_per_hour: float = 0.0
    shift_at_hour: float | None = None
    shift_size_sigma: float = 0.0
    shifts: list[tuple[float, float]] = field(default_factory=list)
    tool_wear_per_hour: float = 0.0
    defect_rate: float | None = None
    subgroup_size: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.preset, str) or self.preset not in PRESETS:
            raise SimulationError(t("error.unknown_choice", field=t("quality.sim.preset"),
                                    value=self.preset, valid=", ".join(PRESETS)))
        p = PRESETS[self.preset]
        try:
            self.seed = int(validation.non_negative(self.seed, "seed"))
            self.mean = p.mean if self.mean is None else validation.number(self.mean, t("quality.sim.mean"))
            self.sd = p.sd if self.sd is None else validation.number(self.sd, t("quality.sim.sd"))
            self.drift_per_hour = validation.number(self.drift_per_hour, t("quality.sim.drift"))
            self.shift_size_sigma = validation.number(self.shift_size_sigma, t("quality.sim.shift_size"))
            self.tool_wear_per_hour = validation.non_negative(self.tool_wear_per_hour, t("quality.sim.wear"))
            rate = p.defect_rate if self.defect_rate is None else self.defect_rate
            self.defect_rate = validation.non_negative(rate, t("quality.sim.defect_rate"))
            size = p.subgroup_size if self.subgroup_size is None else self.subgroup_size
            self.subgroup_size = int(validation.positive(size, t("quality.subgroup_size")))
            steps = [(validation.non_negative(h, t("quality.sim.shift_hour")),
                      validation.number(s, t("quality.sim.shift_size"))) for h, s in self.shifts]
            if self.shift_at_hour is not None:
                self.shift_at_hour = validation.non_negative(self.shift_at_hour, t("quality.sim.shift_hour"))
                steps.append((self.shift_at_hour, self.shift_size_sigma))
        except InputError as exc:
            raise SimulationError(str(exc)) from None
        except (TypeError, ValueError):
            raise SimulationError(t("quality.sim.bad_shifts")) from None
        if self.sd <= 0:
            raise SimulationError(t("error.must_be_positive", field=t("quality.sim.sd"), value=self.sd))
        if self.defect_rate > 1:
            raise SimulationError(t("quality.error.probability", field=t("quality.sim.defect_rate"),
                                    value=self.defect_rate))
        if self.subgroup_size > 1000:
            raise SimulationError(t("quality.sim.too_many", n=self.subgroup_size))
        self._steps = sorted(steps)

    # ------------------------------------------------------------ the truth
    @property
    def spec(self) -> Preset:
        return PRESETS[self.preset]

    @property
    def unit(self) -> str:
        return self.spec.unit

    @property
    def change_hour(self) -> float | None:
        """The first hour with a step shift (what trainees should detect)."""
        return self._steps[0][0] if self._steps else None

    def true_mean(self, hour: float) -> float:
        """Process mean at ``hour`` (drift and step shifts included)."""
        return self._mean_at(self._hour_value(hour))

    def _mean_at(self, h: float) -> float:
        m = self.mean + self.drift_per_hour * h
        for at, size in self._steps:
            if h >= at:
                m += size * self.sd
        return float(m)

    def true_sd(self, hour: float) -> float:
        return self._sd_at(self._hour_value(hour))

    def _sd_at(self, h: float) -> float:
        return float(self.sd * (1.0 + self.tool_wear_per_hour * h))

    @staticmethod
    def _hour_value(hour: object) -> float:
        try:
            return validation.non_negative(hour, t("quality.sim.hour"))
        except InputError as exc:
            raise SimulationError(str(exc)) from None

    def with_settings(self, **changes: object) -> "ProductionLine":
        """A copy with some settings changed (same seed → same random numbers)."""
        return replace(self, **changes)

    # ------------------------------------------------------------ sampling
    def _hour(self, hour: object) -> int:
        try:
            h = validation.non_negative(hour, t("quality.sim.hour"))
        except InputError as exc:
            raise SimulationError(str(exc)) from None
        if h != int(h):
            raise SimulationError(t("quality.error.integer", field=t("quality.sim.hour"), value=hour))
        return int(h)

    def sample(self, hour: int, n: int | None = None, *, draw: int = 0) -> pd.DataFrame:
        """Take ``n`` units (default: the subgroup size) at ``hour``.

        Columns: ``hour``, ``unit_no`` (1..n), ``value`` (rounded like a
        workshop gauge), ``defect`` (visual defect, bool), ``out_of_spec`` (bool).
        ``draw`` numbers repeated samples within the same hour.
        """
        h = self._hour(hour)
        size = self._size(n)
        try:
            d = validation.non_negative(draw, "draw")
        except InputError as exc:
            raise SimulationError(str(exc)) from None
        if d != int(d):
            raise SimulationError(t("quality.error.integer", field="draw", value=draw))
        return pd.DataFrame(self._arrays(h, size, int(d)))

    def _size(self, n: object) -> int:
        size = self.subgroup_size if n is None else n
        try:
            size = int(validation.positive(size, t("quality.sample_size")))
        except InputError as exc:
            raise SimulationError(str(exc)) from None
        if size > 1000:
            raise SimulationError(t("quality.sim.too_many", n=size))
        return size

    def _arrays(self, h: int, size: int, draw: int = 0) -> dict[str, np.ndarray]:
        rng = np.random.default_rng([self.seed, h, draw])
        noise = rng.standard_normal(size)
        defects = rng.random(size) < self.defect_rate
        values = np.round(self._mean_at(h) + self._sd_at(h) * noise, self.spec.decimals)
        out = np.zeros(size, dtype=bool)
        if self.spec.lsl is not None:
            out |= values < self.spec.lsl
        if self.spec.usl is not None:
            out |= values > self.spec.usl
        return {"hour": np.full(size, h), "unit_no": np.arange(1, size + 1),
                "value": values, "defect": defects, "out_of_spec": out}

    def run(self, hours: int, *, start: int = 0, n: int | None = None) -> pd.DataFrame:
        """Samples for hours ``start`` … ``start + hours − 1`` (one per hour), long format."""
        total = self._hour(hours)
        first = self._hour(start)
        if total == 0:
            raise SimulationError(t("error.must_be_positive", field=t("quality.sim.hours"), value=hours))
        if total > MAX_HOURS:
            raise SimulationError(t("quality.sim.too_many", n=total))
        size = self._size(n)
        if total * size > 1_000_000:
            raise SimulationError(t("quality.sim.too_many", n=total * size))
        parts = [self._arrays(h, size) for h in range(first, first + total)]
        return pd.DataFrame({k: np.concatenate([p[k] for p in parts]) for k in parts[0]})

    def subgroups(self, hours: int, *, start: int = 0) -> np.ndarray:
        """The same data as :meth:`run` as a matrix: one row per hour."""
        df = self.run(hours, start=start)
        return df["value"].to_numpy().reshape(-1, self.subgroup_size)


__all__ = ["PRESETS", "Preset", "ProductionLine"]
