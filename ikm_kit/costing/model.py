"""Product cost model and *harga pokok produksi* (HPP) per unit.

The model is a set of small frozen dataclasses; :func:`hpp` turns a
:class:`CostModel` into an :class:`HppResult` with the unit cost under **full
costing** and **variable costing** side by side and a breakdown into
BBB (biaya bahan baku), BTKL (biaya tenaga kerja langsung) and BOP (biaya
overhead pabrik) tetap/variabel.

Units and conventions (used everywhere in :mod:`ikm_kit.costing`):

* money in Rupiah (Rp), nominal;
* every material, labour and machine quantity is **per batch**; ``batch_size``
  is the number of finished units a batch gives;
* fixed costs are per **month**; ``units_per_month`` is the planned **sales**
  volume; ``units_produced_per_month`` (default: the same) is the production
  volume over which full costing spreads the fixed costs;
* the owner's own work (``owner_wage_rp_per_month``, *upah pemilik*) is a fixed
  cost line of its own — default 0, so older models keep their numbers;
* names ending in ``_pct`` are percent numbers (``20`` = 20 %); names ending in
  ``_ratio`` and probabilities are fractions (``0.2`` = 20 %).

"HPP" here always means *harga pokok produksi* (cost of goods manufactured),
not *harga pokok penjualan* (cost of goods sold).

    >>> from ikm_kit.costing import CostModel, Material, LabourInput, Overhead, hpp
    >>> m = CostModel("Kursi", batch_size=10, units_per_month=40, price=350_000,
    ...               materials=[Material("Kayu", 0.2, 1_600_000, unit="m3", kind="kayu")],
    ...               labour=[LabourInput("Tukang", days_per_batch=5)],
    ...               overheads=[Overhead("Sewa workshop", 10_000_000, "tahun")])
    >>> round(hpp(m).hpp_full)
    109300
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Iterable, Sequence, Union

import pandas as pd

from ikm_kit import validation as V
from ikm_kit.errors import InputError
from ikm_kit.i18n import t
from ikm_kit.costing._params import data_parameter

# ---------------------------------------------------------------------------
# Sourced parameters (see /docs and the domain brief; marks V/P/U)


@dataclass(frozen=True)
class Parameter:
    """A sourced default value: ``mark`` is V (verified), P (partly) or U (unverified)."""

    key: str
    value: float
    unit: str
    year: int | None
    source: str
    mark: str
    note: str = ""


#: Default parameters for Kota Kendari.  Marks: V verified in the cited source,
#: P partly verified (sources disagree / secondary), U convention or estimate.
PARAMETERS: dict[str, Parameter] = {
    p.key: p
    for p in (
        Parameter("umk_kendari_2022", 2_823_315, "Rp/bulan", 2022,
                  "Disnaker Kota Kendari via sultra.tribunnews.com (14 Des 2022)", "P",
                  "Two figures exist: 2.822.592 (Antara, Nov 2021) and 2.823.315 (Disnaker, Des 2022)."),
        Parameter("umk_kendari_2022_antara", 2_822_592, "Rp/bulan", 2022,
                  "sultra.antaranews.com (Nov 2021)", "P", "Alternative 2022 figure."),
        Parameter("working_days_per_month", 25, "hari/bulan", None,
                  "konvensi latihan (UMK ÷ 25 hari kerja)", "U", "Training convention, not a regulation."),
        Parameter("hours_per_day", data_parameter("jam_kerja_per_hari")[0], "jam/hari", None,
                  "data/parameters.csv: jam_kerja_per_hari (ilustratif)", "U",
                  "One home: data/parameters.csv — 8 hours less one hour's break."),
        Parameter("wood_price_konsel_2021", 1_600_000, "Rp/m3", 2021,
                  "mediakendari.com (Konawe Selatan, Apr 2021): Rp1,4 jt → 1,6 jt per m3", "V",
                  "Species not stated."),
        Parameter("wood_price_konsel_2021_before", 1_400_000, "Rp/m3", 2021,
                  "mediakendari.com (Konawe Selatan, Apr 2021)", "V", "Price before the Ramadan rise."),
        Parameter("workshop_rent_year", 10_000_000, "Rp/tahun", 2022,
                  "sultra.tribunnews.com (11 Jan 2022): sewa yang direncanakan", "V",
                  "Planned rent per workshop, Sentra IKM Meubeler Lepo-Lepo; not yet charged in Jan 2022."),
        Parameter("tariff_b2", 1_444.70, "Rp/kWh", 2023, "PLN tariff list (ngopibareng.id, Okt 2023)", "V",
                  "B-2 bisnis 6.600 VA–200 kVA."),
        Parameter("tariff_i3", 1_114.74, "Rp/kWh", 2023, "PLN tariff list (ngopibareng.id, Okt 2023)", "V",
                  "I-3 industri > 200 kVA."),
        Parameter("tariff_i12_low", 1_114.74, "Rp/kWh", 2023, "bracket for I-1/I-2 (subsidised rate not found)",
                  "U", "Sensitivity range for a sentra workshop: 1.114,74–1.444,70."),
        Parameter("tariff_i12_high", 1_444.70, "Rp/kWh", 2023, "bracket for I-1/I-2 (subsidised rate not found)",
                  "U", "Sensitivity range for a sentra workshop: 1.114,74–1.444,70."),
    )
}

UMK_KENDARI_2022 = PARAMETERS["umk_kendari_2022"].value
WORKING_DAYS = PARAMETERS["working_days_per_month"].value
HOURS_PER_DAY = PARAMETERS["hours_per_day"].value
WOOD_PRICE_M3 = PARAMETERS["wood_price_konsel_2021"].value
WORKSHOP_RENT_YEAR = PARAMETERS["workshop_rent_year"].value
TARIFF_B2 = PARAMETERS["tariff_b2"].value
TARIFF_I3 = PARAMETERS["tariff_i3"].value

MATERIAL_KINDS = ("kayu", "hardware", "finishing", "bahan", "kemasan")
OVERHEAD_BASES = ("bulan", "tahun", "batch", "unit")
ALLOCATION_BASES = ("unit", "jam_mesin")


def _f(key: str) -> str:
    return t(f"costing.field.{key}")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value).strip()


def _name(value: object, field_key: str) -> str:
    text = _text(value)
    if not text:
        raise InputError(t("costing.error.required", field=_f(field_key)))
    return text


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


def _where(name: str, label: str) -> str:
    return f"{label} ({name})" if name else label


# ---------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True)
class Material:
    """A material line of the bill of materials, **per batch**.

    ``quantity`` in ``unit`` (kg, buah, liter, m3, ...), ``unit_price`` in Rp per
    ``unit``; ``waste_pct`` adds a percentage for cutting waste / spillage
    (cost = quantity × price × (1 + waste_pct/100)).  ``kind`` is one of
    ``kayu, hardware, finishing, bahan, kemasan``.

    >>> Material("Engsel", 4, 10_000, unit="buah", kind="hardware").cost
    40000.0
    """

    name: str
    quantity: float
    unit_price: float
    unit: str = ""
    kind: str = "bahan"
    waste_pct: float = 0.0

    def __post_init__(self) -> None:
        _set(self, "name", _name(self.name, "material_name"))
        _set(self, "unit", _text(self.unit))
        kind = _text(self.kind).lower()
        V.choice(kind, MATERIAL_KINDS, _where(self.name, _f("kind")))
        _set(self, "kind", kind)
        _set(self, "quantity", V.non_negative(self.quantity, _where(self.name, _f("quantity"))))
        _set(self, "unit_price", V.non_negative(self.unit_price, _where(self.name, _f("unit_price"))))
        _set(self, "waste_pct", V.non_negative(self.waste_pct, _where(self.name, _f("waste_pct"))))

    @property
    def volume_m3(self) -> float:
        """Net wood volume (m3) for ``kind='kayu'`` given in m3, else 0."""
        return self.quantity if self.kind == "kayu" else 0.0

    @property
    def cost(self) -> float:
        """Rp per batch, waste included."""
        return self.quantity * self.unit_price * (1.0 + self.waste_pct / 100.0)


@dataclass(frozen=True)
class WoodPart:
    """A sawn-wood part from its dimensions (mm); price per m3; **per batch**.

    Volume = length × width × thickness / 10^9 × pieces (m3); the cost adds
    ``waste_pct`` for cutting waste / sawing yield.  The default price is
    Rp1,6 jt/m3 (Konawe Selatan, Apr 2021 [V], species not stated).

    >>> p = WoodPart("Papan samping", 1800, 500, 20, pieces=2, waste_pct=20)
    >>> round(p.volume_m3, 4), round(p.cost)
    (0.036, 69120)
    """

    name: str
    length_mm: float
    width_mm: float
    thickness_mm: float
    pieces: float = 1
    price_per_m3: float = WOOD_PRICE_M3
    species: str = ""
    waste_pct: float = 0.0

    def __post_init__(self) -> None:
        _set(self, "name", _name(self.name, "material_name"))
        _set(self, "species", _text(self.species))
        for attr in ("length_mm", "width_mm", "thickness_mm", "pieces", "price_per_m3", "waste_pct"):
            _set(self, attr, V.non_negative(getattr(self, attr), _where(self.name, _f(attr))))

    kind = "kayu"  # class attribute, not a field

    @property
    def unit(self) -> str:
        return "m3"

    @property
    def volume_m3(self) -> float:
        return self.length_mm * self.width_mm * self.thickness_mm / 1e9 * self.pieces

    @property
    def quantity(self) -> float:
        return self.volume_m3

    @property
    def unit_price(self) -> float:
        return self.price_per_m3

    @property
    def cost(self) -> float:
        return self.volume_m3 * self.price_per_m3 * (1.0 + self.waste_pct / 100.0)


MaterialLine = Union[Material, WoodPart]


@dataclass(frozen=True)
class LabourInput:
    """Direct labour per batch: ``workers`` × (days × daily rate + hours × hourly rate).

    Daily rate = ``monthly_wage`` ÷ ``working_days`` (default UMK Kota Kendari 2022
    Rp2.823.315 [P] ÷ 25 days [U convention]); hourly rate = daily ÷ ``hours_per_day``.

    >>> round(LabourInput("Tukang", days_per_batch=5).cost)
    564663
    """

    name: str
    days_per_batch: float = 0.0
    hours_per_batch: float = 0.0
    workers: float = 1
    monthly_wage: float = UMK_KENDARI_2022
    working_days: float = WORKING_DAYS
    hours_per_day: float = HOURS_PER_DAY

    def __post_init__(self) -> None:
        _set(self, "name", _name(self.name, "labour_name"))
        for attr in ("days_per_batch", "hours_per_batch", "workers", "monthly_wage"):
            _set(self, attr, V.non_negative(getattr(self, attr), _where(self.name, _f(attr))))
        for attr in ("working_days", "hours_per_day"):
            _set(self, attr, V.positive(getattr(self, attr), _where(self.name, _f(attr))))

    @property
    def daily_rate(self) -> float:
        return self.monthly_wage / self.working_days

    @property
    def hourly_rate(self) -> float:
        return self.daily_rate / self.hours_per_day

    @property
    def cost(self) -> float:
        """Rp per batch."""
        return self.workers * (self.days_per_batch * self.daily_rate + self.hours_per_batch * self.hourly_rate)


@dataclass(frozen=True)
class Overhead:
    """Another factory overhead (BOP) line.

    ``per`` says what ``amount`` (Rp) is for: ``bulan`` or ``tahun`` → a **fixed**
    cost (rent, security, salaried supervisor); ``batch`` or ``unit`` → a
    **variable** cost (gas per batch, label per unit).

    >>> round(Overhead("Sewa workshop", 10_000_000, "tahun").fixed_per_month)
    833333
    """

    name: str
    amount: float
    per: str = "bulan"

    def __post_init__(self) -> None:
        _set(self, "name", _name(self.name, "overhead_name"))
        per = _text(self.per).lower()
        V.choice(per, OVERHEAD_BASES, _where(self.name, _f("per")))
        _set(self, "per", per)
        _set(self, "amount", V.non_negative(self.amount, _where(self.name, _f("amount"))))

    @property
    def is_fixed(self) -> bool:
        return self.per in ("bulan", "tahun")

    @property
    def fixed_per_month(self) -> float:
        return self.amount if self.per == "bulan" else self.amount / 12.0 if self.per == "tahun" else 0.0

    def variable_per_batch(self, batch_size: float) -> float:
        return self.amount if self.per == "batch" else self.amount * batch_size if self.per == "unit" else 0.0


@dataclass(frozen=True)
class Asset:
    """A depreciable asset (machine, tools): straight-line monthly depreciation, a fixed cost.

    >>> Asset("Alat tangan", 6_000_000, life_years=5).depreciation_per_month
    100000.0
    """

    name: str
    cost: float
    salvage: float = 0.0
    life_years: float = 5.0

    def __post_init__(self) -> None:
        _set(self, "name", _name(self.name, "asset_name"))
        _set(self, "cost", V.non_negative(self.cost, _where(self.name, _f("asset_cost"))))
        _set(self, "salvage", V.non_negative(self.salvage, _where(self.name, _f("salvage"))))
        _set(self, "life_years", V.positive(self.life_years, _where(self.name, _f("life_years"))))
        if self.salvage > self.cost:
            raise InputError(t("costing.error.salvage", name=self.name, salvage=self.salvage, cost=self.cost))

    @property
    def depreciation_per_month(self) -> float:
        return (self.cost - self.salvage) / self.life_years / 12.0


@dataclass(frozen=True)
class MachineUse:
    """Use of a (shared) machine per batch: rental fee and electricity, both variable.

    Cost per batch = hours × (fee per hour + power kW × tariff Rp/kWh).  Default
    tariff B-2 Rp1.444,70/kWh [V]; for a sentra workshop on I-1/I-2 bracket
    with 1.114,74–1.444,70 [U].  The machine hours are also the basis for
    allocation per machine hour and for contribution per machine hour.

    >>> round(MachineUse("Gergaji meja", 2, fee_per_hour=15_000, power_kw=2.2).cost, 2)
    36356.68
    """

    name: str
    hours_per_batch: float
    fee_per_hour: float = 0.0
    power_kw: float = 0.0
    tariff: float = TARIFF_B2

    def __post_init__(self) -> None:
        _set(self, "name", _name(self.name, "machine_name"))
        for attr in ("hours_per_batch", "fee_per_hour", "power_kw", "tariff"):
            _set(self, attr, V.non_negative(getattr(self, attr), _where(self.name, _f(attr))))

    @property
    def kwh(self) -> float:
        return self.hours_per_batch * self.power_kw

    @property
    def fee_cost(self) -> float:
        return self.hours_per_batch * self.fee_per_hour

    @property
    def electricity_cost(self) -> float:
        return self.kwh * self.tariff

    @property
    def cost(self) -> float:
        return self.fee_cost + self.electricity_cost


@dataclass(frozen=True)
class BatchYield:
    """Food batch output from the main raw material with yield and shrinkage.

    units = input × yield_pct/100 × (1 − shrinkage_pct/100) ÷ unit_size, e.g. 10 kg
    fish, 60 % edible flesh, 50 % weight lost in cooking, 0,1 kg packs → 30 packs.

    >>> BatchYield(10, 60, 50, 0.1).units
    30.0
    """

    input_qty: float
    yield_pct: float = 100.0
    shrinkage_pct: float = 0.0
    unit_size: float = 1.0

    def __post_init__(self) -> None:
        _set(self, "input_qty", V.positive(self.input_qty, _f("yield_input")))
        _set(self, "yield_pct", V.positive(self.yield_pct, _f("yield_pct")))
        _set(self, "shrinkage_pct", V.non_negative(self.shrinkage_pct, _f("shrinkage_pct")))
        _set(self, "unit_size", V.positive(self.unit_size, _f("unit_size")))
        if self.yield_pct > 100:
            raise InputError(t("costing.error.pct_max", field=_f("yield_pct"), value=self.yield_pct))
        if self.shrinkage_pct >= 100:
            raise InputError(t("costing.error.pct_below_100", field=_f("shrinkage_pct"), value=self.shrinkage_pct))

    @property
    def output_qty(self) -> float:
        return self.input_qty * self.yield_pct / 100.0 * (1.0 - self.shrinkage_pct / 100.0)

    @property
    def units(self) -> float:
        return self.output_qty / self.unit_size


def _tuple(items: Iterable[object] | None, types: tuple[type, ...], field_key: str) -> tuple:
    if items is None:
        return ()
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InputError(t("costing.error.not_a_list", field=_f(field_key), value=V.type_name(items)))
    out = tuple(items)
    for item in out:
        if not isinstance(item, types):
            raise InputError(t("costing.error.wrong_item", field=_f(field_key), value=repr(item)[:60],
                               valid=", ".join(tp.__name__ for tp in types)))
    return out


@dataclass(frozen=True)
class CostModel:
    """Everything needed to compute HPP (harga pokok produksi) of one product.

    * ``batch_size`` — finished units per batch (> 0); replaced by
      ``batch_yield.units`` when a :class:`BatchYield` is given (food);
    * ``units_per_month`` — planned production = sales per month; divides the
      monthly fixed costs under full costing (allocation ``"unit"``);
    * ``price`` — selling price per unit (Rp, 0 = not set);
    * ``allocation`` — ``"unit"`` or ``"jam_mesin"``: fixed BOP per unit is
      fixed/month ÷ units/month, or fixed/month ÷ ``machine_hours_per_month``
      × machine hours per unit;
    * ``markup_pct``, ``target_profit`` (Rp/month), ``market_low``/``market_high``
      (Rp/unit) — for the pricing section of the workbook;
    * ``owner_wage_rp_per_month`` — the owner's own wage (*upah pemilik*, Rp/month),
      a fixed cost line shown apart from BOP; it enters HPP (full costing), BEP
      and prices.  Default 0 (the owner works for free — the common illusion);
      a sourced proposal is the UMK Kota Kendari 2022 Rp2.823.315 [P];
    * ``units_produced_per_month`` — production per month (default ``None`` =
      ``units_per_month``).  With production ≠ sales, full costing carries part
      of the fixed costs into the stock and its profit differs from variable
      costing by exactly that amount (:meth:`HppResult.reconciliation`).

    >>> m = CostModel("Meja", units_per_month=8, units_produced_per_month=10, price=500_000,
    ...               owner_wage_rp_per_month=2_000_000)
    >>> m.production_per_month, m.fixed_cost_per_month
    (10.0, 2000000.0)
    """

    name: str
    batch_size: float = 1.0
    units_per_month: float = 0.0
    price: float = 0.0
    materials: Sequence[MaterialLine] = ()
    labour: Sequence[LabourInput] = ()
    overheads: Sequence[Overhead] = ()
    assets: Sequence[Asset] = ()
    machines: Sequence[MachineUse] = ()
    allocation: str = "unit"
    machine_hours_per_month: float = 0.0
    batch_yield: BatchYield | None = None
    markup_pct: float = 30.0
    target_profit: float = 0.0
    market_low: float = 0.0
    market_high: float = 0.0
    owner_wage_rp_per_month: float = 0.0
    units_produced_per_month: float | None = None

    def __post_init__(self) -> None:
        name = _text(self.name)
        if not name:
            raise InputError(t("costing.error.required", field=_f("product_name")))
        _set(self, "name", name)
        _set(self, "batch_size", V.positive(self.batch_size, _f("batch_size")))
        for attr in ("units_per_month", "price", "machine_hours_per_month", "markup_pct",
                     "target_profit", "market_low", "market_high", "owner_wage_rp_per_month"):
            _set(self, attr, V.non_negative(getattr(self, attr), _f(attr)))
        if self.units_produced_per_month is not None:
            _set(self, "units_produced_per_month",
                 V.non_negative(self.units_produced_per_month, _f("units_produced_per_month")))
        alloc = _text(self.allocation).lower().replace(" ", "_")
        V.choice(alloc, ALLOCATION_BASES, _f("allocation"))
        _set(self, "allocation", alloc)
        _set(self, "materials", _tuple(self.materials, (Material, WoodPart), "materials"))
        _set(self, "labour", _tuple(self.labour, (LabourInput,), "labour"))
        _set(self, "overheads", _tuple(self.overheads, (Overhead,), "overheads"))
        _set(self, "assets", _tuple(self.assets, (Asset,), "assets"))
        _set(self, "machines", _tuple(self.machines, (MachineUse,), "machines"))
        if self.batch_yield is not None and not isinstance(self.batch_yield, BatchYield):
            raise InputError(t("costing.error.wrong_item", field=_f("batch_yield"),
                               value=repr(self.batch_yield)[:60], valid="BatchYield"))
        if self.market_high and self.market_low > self.market_high:
            raise InputError(t("costing.error.market_range", low=self.market_low, high=self.market_high))

    # convenient derived values ------------------------------------------------
    @property
    def effective_batch_size(self) -> float:
        """Units per batch (from :class:`BatchYield` when given)."""
        return self.batch_yield.units if self.batch_yield is not None else self.batch_size

    @property
    def production_per_month(self) -> float:
        """Units produced per month (``units_produced_per_month``, else = sales)."""
        return self.units_per_month if self.units_produced_per_month is None else self.units_produced_per_month

    @property
    def batches_per_month(self) -> float:
        return self.production_per_month / self.effective_batch_size

    @property
    def machine_hours_per_batch(self) -> float:
        return sum(m.hours_per_batch for m in self.machines)

    @property
    def machine_hours_per_unit(self) -> float:
        return self.machine_hours_per_batch / self.effective_batch_size

    @property
    def fixed_overhead_per_month(self) -> float:
        """Fixed BOP per month: fixed overheads + depreciation (Rp)."""
        return (sum(o.fixed_per_month for o in self.overheads)
                + sum(a.depreciation_per_month for a in self.assets))

    @property
    def fixed_cost_per_month(self) -> float:
        """All fixed costs per month (Rp): fixed BOP + the owner's wage."""
        return self.fixed_overhead_per_month + self.owner_wage_rp_per_month

    def replace(self, **changes: object) -> "CostModel":
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)

    def hpp(self) -> "HppResult":
        return hpp(self)

    def _repr_html_(self) -> str:  # pragma: no cover - display only
        return hpp(self)._repr_html_()


# ---------------------------------------------------------------------------
# Result


@dataclass(frozen=True)
class HppResult:
    """HPP (harga pokok produksi) per unit under full and variable costing.

    Per-unit attributes (Rp/unit): ``bbb``, ``btkl``, ``bop_variable``,
    ``bop_fixed`` (allocated, full costing only), ``owner_wage`` (the owner's
    wage allocated per unit, full costing only), ``variable_cost`` (= HPP
    variable costing), ``hpp_full``, ``hpp_variable``.  Per month:
    ``fixed_cost`` (Rp, all fixed costs incl. ``owner_wage_month``),
    ``units_per_month`` (sales), ``units_produced`` and both profits
    ``profit_full_per_month`` / ``profit_variable_per_month`` with their
    :meth:`reconciliation`.  ``lines`` lists every cost line.
    """

    model: CostModel
    batch_size: float
    bbb_batch: float
    btkl_batch: float
    bop_variable_batch: float
    fixed_cost: float
    bop_fixed: float
    machine_hours_per_unit: float
    lines: pd.DataFrame = field(repr=False, compare=False)
    owner_wage_month: float = 0.0
    owner_wage: float = 0.0

    # per unit ---------------------------------------------------------------
    @property
    def bbb(self) -> float:
        return self.bbb_batch / self.batch_size

    @property
    def btkl(self) -> float:
        return self.btkl_batch / self.batch_size

    @property
    def bop_variable(self) -> float:
        return self.bop_variable_batch / self.batch_size

    @property
    def variable_cost(self) -> float:
        """Variable production cost per unit = HPP under variable costing."""
        return self.bbb + self.btkl + self.bop_variable

    @property
    def hpp_variable(self) -> float:
        return self.variable_cost

    @property
    def hpp_full(self) -> float:
        return self.variable_cost + self.bop_fixed + self.owner_wage

    @property
    def fixed_overhead(self) -> float:
        """Fixed BOP per month without the owner's wage (Rp/month)."""
        return self.fixed_cost - self.owner_wage_month

    @property
    def fixed_per_unit(self) -> float:
        """Fixed costs absorbed per unit under full costing: BOP tetap + owner's wage (Rp/unit)."""
        return self.bop_fixed + self.owner_wage

    @property
    def price(self) -> float:
        return self.model.price

    @property
    def units_per_month(self) -> float:
        return self.model.units_per_month

    @property
    def contribution_margin(self) -> float:
        return self.price - self.variable_cost

    @property
    def units_produced(self) -> float:
        """Units produced per month (= sales unless ``units_produced_per_month`` is set)."""
        return self.model.production_per_month

    @property
    def stock_change_units(self) -> float:
        """Production − sales per month (units; > 0 the stock grows)."""
        return self.units_produced - self.units_per_month

    @property
    def fixed_in_stock(self) -> float:
        """Fixed costs carried into (> 0) or out of (< 0) the stock under full costing (Rp/month)."""
        change = self.stock_change_units
        return self.fixed_per_unit * change if change != 0 else 0.0

    @property
    def profit_per_month(self) -> float:
        """Variable-costing profit: (price − variable cost) × units sold − fixed cost (Rp/month)."""
        return self.contribution_margin * self.units_per_month - self.fixed_cost

    @property
    def profit_variable_per_month(self) -> float:
        """Profit under variable costing (Rp/month): all fixed costs are costs of the month."""
        return self.profit_per_month

    @property
    def profit_full_per_month(self) -> float:
        """Profit under full costing (Rp/month).

        Units sold carry HPP full costing; fixed costs not absorbed by the
        production (machine-hour allocation) are a cost of the month:
        (price − HPP full) × sold − (fixed − fixed per unit × produced).  Equal
        to the variable-costing profit + :attr:`fixed_in_stock` (opening stock,
        if production < sales, valued at this month's full cost).
        """
        under_absorbed = self.fixed_cost - self.fixed_per_unit * self.units_produced
        value = (self.price - self.hpp_full) * self.units_per_month - under_absorbed
        # a near-zero volume gives an infinite fixed cost per unit (inf − inf): use the identity instead
        return value if math.isfinite(value) else self.profit_variable_per_month + self.fixed_in_stock

    def reconciliation(self) -> pd.DataFrame:
        """The textbook reconciliation of the two profits (Rp/month).

        Rows (``item``): ``profit_variable``, ``fixed_closing_stock`` (+ fixed
        costs in the stock built up this month), ``fixed_opening_stock`` (−
        fixed costs in stock sold from earlier production), ``profit_full``.
        Columns: ``item``, ``label``, ``units``, ``rp``.

        >>> from ikm_kit.costing import CostModel, Overhead, Material, hpp
        >>> r = hpp(CostModel("Meja", units_per_month=8, units_produced_per_month=10, price=500_000,
        ...         materials=[Material("Kayu", 1, 200_000)], overheads=[Overhead("Sewa", 1_000_000)]))
        >>> r.reconciliation()["rp"].tolist()
        [1400000.0, 200000.0, 0.0, 1600000.0]
        """
        grow = max(self.stock_change_units, 0.0)
        fall = max(-self.stock_change_units, 0.0)
        rows = [
            ("profit_variable", math.nan, self.profit_variable_per_month),
            ("fixed_closing_stock", grow, self.fixed_per_unit * grow),
            ("fixed_opening_stock", fall, -self.fixed_per_unit * fall + 0.0),   # + 0.0: no "-0"
            ("profit_full", math.nan, self.profit_full_per_month),
        ]
        return pd.DataFrame([(k, t(f"costing.recon.{k}"), u, float(v)) for k, u, v in rows],
                            columns=["item", "label", "units", "rp"])

    def income_statements(self) -> pd.DataFrame:
        """Profit and loss of the month side by side, full vs variable costing (Rp/month).

        Rows (``item``): ``revenue``, ``variable_cogs`` (variable cost of the
        units sold), ``fixed_in_cogs`` (fixed cost per unit × sold, full costing
        only), ``fixed_period`` (all fixed costs under variable costing; the
        part not absorbed by production under full costing), ``profit``.
        """
        sold = self.units_per_month
        under = self.fixed_cost - self.fixed_per_unit * self.units_produced
        rows = [
            ("revenue", self.price * sold, self.price * sold),
            ("variable_cogs", -self.variable_cost * sold, -self.variable_cost * sold),
            ("fixed_in_cogs", -self.fixed_per_unit * sold, 0.0),
            ("fixed_period", -under, -self.fixed_cost),
            ("profit", self.profit_full_per_month, self.profit_variable_per_month),
        ]
        return pd.DataFrame([(k, t(f"costing.pl.{k}"), float(f), float(v)) for k, f, v in rows],
                            columns=["item", "label", "full_costing", "variable_costing"])

    @property
    def has_break_even(self) -> bool:
        return self.price > self.variable_cost

    def break_even(self):
        """:func:`ikm_kit.costing.break_even` with this product's monthly figures."""
        from ikm_kit.costing.breakeven import break_even

        return break_even(self.fixed_cost, self.price, self.variable_cost,
                          planned_units=self.units_per_month or None)

    def breakdown(self) -> pd.DataFrame:
        """Per-unit breakdown, full vs variable costing (Rp/unit).

        Columns: ``component`` (BBB, BTKL, BOP variabel, BOP tetap, HPP),
        ``label``, ``full_costing``, ``variable_costing``.  Under variable costing
        BOP tetap is a period cost (shown per month in the result, not per unit).
        """
        rows = [
            ("bbb", self.bbb, self.bbb),
            ("btkl", self.btkl, self.btkl),
            ("bop_variable", self.bop_variable, self.bop_variable),
            ("bop_fixed", self.bop_fixed, 0.0),
        ]
        if self.owner_wage_month > 0:
            rows.append(("owner_wage", self.owner_wage, 0.0))
        rows += [
            ("hpp", self.hpp_full, self.hpp_variable),
        ]
        return pd.DataFrame(
            [(k, t(f"costing.component.{k}"), full, var) for k, full, var in rows],
            columns=["component", "label", "full_costing", "variable_costing"],
        )

    def interpretation(self) -> str:
        """Plain-Indonesian reading of the numbers (active language)."""
        from ikm_kit.formats import rupiah

        parts = [t("costing.interp.hpp", name=self.model.name, full=rupiah(self.hpp_full),
                   var=rupiah(self.hpp_variable), fixed=rupiah(self.fixed_per_unit))]
        if self.units_per_month <= 0 and self.fixed_cost > 0 and self.model.allocation == "unit":
            parts.append(t("costing.interp.no_volume"))
        if self.price > 0:
            if self.has_break_even:
                bep = self.break_even()
                parts.append(t("costing.interp.bep", price=rupiah(self.price),
                               cm=rupiah(self.contribution_margin),
                               units=_num(bep.units_whole), revenue=rupiah(bep.revenue)))
                if self.units_per_month > 0:
                    key = "costing.interp.profit" if self.profit_per_month >= 0 else "costing.interp.loss"
                    parts.append(t(key, units=_num(self.units_per_month), profit=rupiah(abs(self.profit_per_month))))
            else:
                parts.append(t("costing.interp.price_below_vc", price=rupiah(self.price),
                               vc=rupiah(self.variable_cost)))
            if self.price < self.hpp_full and self.has_break_even:
                parts.append(t("costing.interp.price_below_full"))
        if self.owner_wage_month > 0:
            parts.append(t("costing.interp.owner_wage", wage=rupiah(self.owner_wage_month),
                           unit=rupiah(self.owner_wage)))
        elif self.fixed_cost > 0 or self.variable_cost > 0:
            parts.append(t("costing.interp.no_owner_wage"))
        if self.stock_change_units != 0 and self.price > 0 and self.units_per_month > 0:
            parts.append(t("costing.interp.stock_change", produced=_num(self.units_produced, 1),
                           sold=_num(self.units_per_month, 1), full=rupiah(self.profit_full_per_month),
                           var=rupiah(self.profit_variable_per_month), stock=rupiah(abs(self.fixed_in_stock))))
        return " ".join(parts)

    def to_frame(self) -> pd.DataFrame:
        return self.breakdown()

    def _repr_html_(self) -> str:
        from ikm_kit.formats import rupiah
        from ikm_kit.formats_html import html_table

        b = self.breakdown()
        rows = [(r.label, rupiah(r.full_costing), rupiah(r.variable_costing)) for r in b.itertuples()]
        rows.append((t("costing.label.fixed_per_month"), rupiah(self.fixed_cost), rupiah(self.fixed_cost)))
        if self.stock_change_units != 0 and self.price > 0:
            rows.append((t("costing.recon.profit_full"), rupiah(self.profit_full_per_month), ""))
            rows.append((t("costing.recon.profit_variable"), "", rupiah(self.profit_variable_per_month)))
        header = [t("costing.label.component"), t("costing.label.full_costing"), t("costing.label.variable_costing")]
        return html_table(t("costing.title.hpp", name=self.model.name), rows,
                          note=self.interpretation(), header=header)


def _num(value: float, decimals: int = 0) -> str:
    from ikm_kit.formats import number

    return number(value, decimals)


def hpp(model: CostModel) -> HppResult:
    """Compute HPP (harga pokok produksi) per unit, full and variable costing.

    Full costing: BBB + BTKL + BOP variabel + BOP tetap allocated (fixed/month ÷
    units/month, or per machine hour).  Variable costing: BBB + BTKL + BOP
    variabel; fixed BOP is a cost of the period.

    >>> from ikm_kit.costing import CostModel, Material, hpp
    >>> r = hpp(CostModel("Tes", batch_size=10, units_per_month=100,
    ...                   materials=[Material("Bahan", 5, 2_000)]))
    >>> r.hpp_variable, r.hpp_full
    (1000.0, 1000.0)
    """
    if not isinstance(model, CostModel):
        raise InputError(t("costing.error.wrong_item", field=_f("model"), value=V.type_name(model),
                           valid="CostModel"))
    batch = model.effective_batch_size
    if not batch > 0:
        raise InputError(t("error.must_be_positive", field=_f("batch_size"), value=batch))
    upm = model.production_per_month   # production cost per month
    rows: list[tuple] = []

    def var_row(component: str, category: str, name: str, per_batch: float) -> None:
        rows.append((component, category, name, "variabel", per_batch, per_batch / batch, per_batch / batch * upm))

    for m in model.materials:
        var_row("bbb", m.kind, m.name, m.cost)
    for lab in model.labour:
        var_row("btkl", "tenaga_kerja", lab.name, lab.cost)
    for mc in model.machines:
        var_row("bop_variable", "mesin", mc.name, mc.cost)
    for o in model.overheads:
        if not o.is_fixed:
            var_row("bop_variable", "overhead", o.name, o.variable_per_batch(batch))
    fixed_month = model.fixed_overhead_per_month
    owner_month = model.owner_wage_rp_per_month
    produced = model.production_per_month
    mh_unit = model.machine_hours_per_unit
    # share: the part of one Rp of monthly fixed cost that one unit carries (full costing)
    if model.allocation == "unit":
        share = 1.0 / produced if produced > 0 else 0.0
    elif model.machine_hours_per_month > 0:
        share = mh_unit / model.machine_hours_per_month
    elif fixed_month + owner_month > 0:
        raise InputError(t("costing.error.machine_hours_needed"))
    else:
        share = 0.0
    bop_fixed = fixed_month * share if fixed_month > 0 else 0.0      # 0 × inf (tiny volume) is 0, not NaN
    for o in model.overheads:
        if o.is_fixed:
            rows.append(("bop_fixed", "overhead", o.name, "tetap", math.nan,
                         o.fixed_per_month * share if o.fixed_per_month > 0 else 0.0, o.fixed_per_month))
    for a in model.assets:
        rows.append(("bop_fixed", "penyusutan", a.name, "tetap", math.nan,
                     a.depreciation_per_month * share if a.depreciation_per_month > 0 else 0.0,
                     a.depreciation_per_month))
    if owner_month > 0:
        rows.append(("owner_wage", "upah_pemilik", t("costing.component.owner_wage"), "tetap", math.nan,
                     owner_month * share, owner_month))
    lines = pd.DataFrame(rows, columns=["component", "category", "name", "behaviour",
                                        "per_batch", "per_unit", "per_month"])
    return HppResult(
        model=model,
        batch_size=batch,
        bbb_batch=sum(m.cost for m in model.materials),
        btkl_batch=sum(lab.cost for lab in model.labour),
        bop_variable_batch=sum(mc.cost for mc in model.machines)
        + sum(o.variable_per_batch(batch) for o in model.overheads),
        fixed_cost=fixed_month + owner_month,
        bop_fixed=bop_fixed,
        machine_hours_per_unit=mh_unit,
        lines=lines,
        owner_wage_month=owner_month,
        owner_wage=owner_month * share if owner_month > 0 else 0.0,
    )


product_cost = hpp


def model_fields(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


__all__ = [
    "PARAMETERS", "Parameter", "UMK_KENDARI_2022", "WORKING_DAYS", "HOURS_PER_DAY", "WOOD_PRICE_M3",
    "WORKSHOP_RENT_YEAR", "TARIFF_B2", "TARIFF_I3", "MATERIAL_KINDS", "OVERHEAD_BASES",
    "ALLOCATION_BASES", "Material", "WoodPart", "LabourInput", "Overhead", "Asset", "MachineUse",
    "BatchYield", "CostModel", "HppResult", "hpp", "product_cost",
]
