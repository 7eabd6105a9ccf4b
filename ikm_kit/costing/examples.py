"""Worked examples for the training (**ilustrasi**: sourced prices, assumed quantities).

* :func:`lemari_2_badan` — two-section wardrobe in the Lepo-Lepo furniture sentra.
  Sourced: wood Rp1,6 jt/m3 (Konawe Selatan 2021 [V]), UMK Kota Kendari 2022
  Rp2.823.315/month [P] ÷ 25 working days [U], planned workshop rent Rp10 jt/year [V],
  selling price Rp2,2 jt (Konsel 2021 range Rp1,8–2,2 jt [V]), tariff B-2
  Rp1.444,70/kWh [V].  Assumed [U]: part dimensions, waste 20 %, hardware and
  finishing prices, 5 days × 2 people, machine fee Rp15.000/hour, 4 units/month.
* :func:`abon_ikan` — abon ikan (fish floss) in 100 g packs.  Sourced: cakalang
  Rp25.000/kg at TPI Kendari (Oct 2023 [V]), retail Rp20–30k per pack
  (Papua reference [P]).  Assumed [U]: recipe, 60 % edible yield, 50 % cooking
  shrinkage, packaging and gas prices, rent as in the furniture sentra.
* :func:`idx_example` — the textbook break-even example (idxchannel.com): FC Rp140 jt,
  VC Rp75.000 (BBB 35k + BTKL 25k + lain 15k), P Rp95.000.
"""
from __future__ import annotations

from ikm_kit import validation as V
from ikm_kit.i18n import t
from ikm_kit.costing.model import (
    TARIFF_B2, UMK_KENDARI_2022, WOOD_PRICE_M3, WORKSHOP_RENT_YEAR, Asset, BatchYield, CostModel,
    LabourInput, MachineUse, Material, Overhead, WoodPart,
)


def lemari_2_badan(price: float = 2_200_000, units_per_month: float = 4) -> CostModel:
    """Lemari 2 badan, batch of 1 (see module docstring for sources and assumptions)."""
    w = dict(price_per_m3=WOOD_PRICE_M3, species="kayu lokal (jenis tidak disebut)", waste_pct=20)
    return CostModel(
        name="Lemari 2 badan (ilustrasi)",
        batch_size=1,
        units_per_month=units_per_month,
        price=price,
        materials=[
            WoodPart("Papan samping", 1800, 500, 20, pieces=2, **w),
            WoodPart("Papan atas/bawah", 1000, 500, 20, pieces=2, **w),
            WoodPart("Papan belakang", 1800, 1000, 10, pieces=1, **w),
            WoodPart("Daun pintu", 1800, 500, 20, pieces=2, **w),
            WoodPart("Rak/sekat", 1000, 500, 20, pieces=4, **w),
            Material("Engsel", 4, 10_000, unit="buah", kind="hardware"),
            Material("Kunci lemari", 1, 35_000, unit="buah", kind="hardware"),
            Material("Pegangan pintu", 2, 15_000, unit="buah", kind="hardware"),
            Material("Paku dan sekrup", 1, 20_000, unit="paket", kind="hardware"),
            Material("Lem kayu", 1, 30_000, unit="kg", kind="finishing"),
            Material("Amplas", 5, 5_000, unit="lembar", kind="finishing"),
            Material("Politur/cat", 1, 85_000, unit="liter", kind="finishing"),
        ],
        labour=[
            LabourInput("Tukang", days_per_batch=5, monthly_wage=UMK_KENDARI_2022),
            LabourInput("Pembantu tukang", days_per_batch=5, monthly_wage=UMK_KENDARI_2022),
        ],
        overheads=[Overhead("Sewa workshop sentra", WORKSHOP_RENT_YEAR, "tahun")],
        assets=[Asset("Alat tangan dan mesin kecil", 6_000_000, 0, 5)],
        machines=[MachineUse("Gergaji meja (mesin bersama)", 2, fee_per_hour=15_000, power_kw=2.2,
                             tariff=TARIFF_B2)],
        markup_pct=30,
        target_profit=1_000_000,
        market_low=1_800_000,
        market_high=2_200_000,
    )


def abon_ikan(price: float = 30_000, batches_per_month: float = 8) -> CostModel:
    """Abon ikan, 100 g packs, batch from 10 kg fresh fish (yield and shrinkage)."""
    yld = BatchYield(input_qty=10, yield_pct=60, shrinkage_pct=50, unit_size=0.1)
    return CostModel(
        name="Abon ikan 100 g (ilustrasi)",
        batch_size=yld.units,
        batch_yield=yld,
        units_per_month=yld.units * V.non_negative(batches_per_month, t("costing.field.batches_per_month")),
        price=price,
        materials=[
            Material("Ikan cakalang segar", 10, 25_000, unit="kg", kind="bahan"),
            Material("Bumbu (bawang, ketumbar, serai)", 1, 60_000, unit="paket", kind="bahan"),
            Material("Gula", 1, 15_000, unit="kg", kind="bahan"),
            Material("Minyak goreng", 2, 18_000, unit="liter", kind="bahan"),
            Material("Kelapa (santan)", 3, 10_000, unit="butir", kind="bahan"),
            Material("Standing pouch 100 g + label", 30, 1_500, unit="buah", kind="kemasan"),
        ],
        labour=[LabourInput("Pengolah", days_per_batch=1, workers=2, monthly_wage=UMK_KENDARI_2022)],
        overheads=[
            Overhead("Gas LPG 3 kg", 22_000, "batch"),
            Overhead("Sewa workshop sentra", WORKSHOP_RENT_YEAR, "tahun"),
        ],
        assets=[Asset("Peralatan masak", 3_000_000, 0, 3)],
        machines=[MachineUse("Mesin peniris minyak (spinner)", 1, fee_per_hour=10_000, power_kw=0.25,
                             tariff=TARIFF_B2)],
        markup_pct=30,
        target_profit=1_000_000,
        market_low=20_000,
        market_high=30_000,
    )


def idx_example() -> CostModel:
    """The idxchannel.com example as a model: BBB 35k, BTKL 25k, other 15k; FC 140 jt/month.

    Labour is entered as a per-unit overhead-free amount via a material-like line
    so the totals are exactly the textbook's; the BEP is 7.000 units/month.
    """
    return CostModel(
        name="Contoh BEP idxchannel",
        batch_size=1,
        units_per_month=7_000,
        price=95_000,
        materials=[Material("Bahan baku", 1, 35_000, unit="unit", kind="bahan")],
        labour=[LabourInput("Tenaga kerja langsung", days_per_batch=1, monthly_wage=25_000, working_days=1)],
        overheads=[Overhead("Biaya variabel lain", 15_000, "unit"),
                   Overhead("Biaya tetap", 140_000_000, "bulan")],
    )


__all__ = ["lemari_2_badan", "abon_ikan", "idx_example"]
