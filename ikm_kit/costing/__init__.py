"""Product costing for sentra IKM: HPP (*harga pokok produksi*), break-even, pricing,
sensitivity, multi-product view and an Excel bridge.

Pure computation (numpy/pandas in, dataclasses/DataFrames out); figures are in
:mod:`ikm_kit.figures.costing`, the app in :mod:`ikm_kit.widgets.costing`.

    >>> from ikm_kit.costing import examples, hpp, break_even
    >>> r = hpp(examples.lemari_2_badan())
    >>> round(r.hpp_full), round(r.hpp_variable)
    (1952016, 1718683)
    >>> break_even(140_000_000, 95_000, 75_000).units
    7000.0

Money is in Rupiah; quantities are per batch; fixed costs per month;
``*_pct`` arguments are percent numbers (30 = 30 %).
"""
from ikm_kit.costing import examples
from ikm_kit.costing.breakeven import BreakEvenResult, break_even, margin_of_safety, profit_at
from ikm_kit.costing.channels import channel_label, channel_prices, channel_sentence, load_channels
from ikm_kit.costing.catalogue import catalogue_products, market_prices, product_from_catalogue
from ikm_kit.costing.excel import (
    build_workbook, from_excel, hpp_cells, to_excel, workbook_bytes, write_templates,
)
from ikm_kit.costing.model import (
    ALLOCATION_BASES, HOURS_PER_DAY, MATERIAL_KINDS, OVERHEAD_BASES, PARAMETERS, TARIFF_B2, TARIFF_I3,
    UMK_KENDARI_2022, WOOD_PRICE_M3, WORKING_DAYS, WORKSHOP_RENT_YEAR, Asset, BatchYield, CostModel,
    HppResult, LabourInput, MachineUse, Material, Overhead, Parameter, WoodPart, hpp, product_cost,
)
from ikm_kit.costing.portfolio import PortfolioResult, portfolio
from ikm_kit.costing.pricing import (
    MarketComparison, compare_with_market, margin_pct, margin_to_markup, markup_pct, markup_to_margin,
    markup_vs_margin, price_from_margin, price_from_markup, target_profit_price,
)
from ikm_kit.costing.sensitivity import (
    MonteCarloResult, Normal, Triangular, Uniform, default_uncertainty, monte_carlo, sensitivity_inputs,
    tornado,
)

__all__ = [
    # model
    "CostModel", "Material", "WoodPart", "LabourInput", "Overhead", "Asset", "MachineUse", "BatchYield",
    "HppResult", "hpp", "product_cost", "Parameter", "PARAMETERS", "UMK_KENDARI_2022", "WORKING_DAYS",
    "HOURS_PER_DAY", "WOOD_PRICE_M3", "WORKSHOP_RENT_YEAR", "TARIFF_B2", "TARIFF_I3", "MATERIAL_KINDS",
    "OVERHEAD_BASES", "ALLOCATION_BASES",
    # break-even
    "BreakEvenResult", "break_even", "margin_of_safety", "profit_at",
    # pricing
    "price_from_markup", "price_from_margin", "markup_pct", "margin_pct", "markup_to_margin",
    "margin_to_markup", "markup_vs_margin", "target_profit_price", "MarketComparison", "compare_with_market",
    # sensitivity
    "Triangular", "Uniform", "Normal", "tornado", "monte_carlo", "MonteCarloResult", "default_uncertainty",
    "sensitivity_inputs",
    # portfolio
    "portfolio", "PortfolioResult",
    # excel
    "to_excel", "from_excel", "write_templates", "build_workbook", "hpp_cells", "workbook_bytes",
    # catalogue
    "product_from_catalogue", "market_prices", "catalogue_products",
    "examples",
    # sales channels
    "channel_prices", "load_channels", "channel_label", "channel_sentence",
]
