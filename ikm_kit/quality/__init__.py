"""Quality management computations (pengendalian mutu) for the sentra IKM training.

Pure computation: numpy/pandas/scipy in, dataclasses and DataFrames out, with
Indonesian ``_repr_html_``; no plotly, no widgets.  Figures are in
:mod:`ikm_kit.figures.quality`, interactive apps in :mod:`ikm_kit.widgets.quality`.

* basic tools — :func:`check_sheet`, :func:`blank_check_sheet`, :func:`pareto`,
  :func:`fishbone`, :func:`histogram`, :func:`scatter`, :func:`stratify`;
* control charts — :func:`xbar_r`, :func:`xbar_s`, :func:`imr`, :func:`p_chart`,
  :func:`np_chart`, :func:`c_chart`, :func:`u_chart` (run rules: Western
  Electric or Nelson; phase II via ``limits=``);
* capability — :func:`capability`;
* acceptance sampling — :func:`oc_single`, :func:`oc_double`, :func:`aoq`,
  :func:`ati`, :func:`aoql`, :func:`iso2859_plan`;
* food safety — :func:`check_ccp`, :func:`score_checklist`.

    >>> from ikm_kit.quality import p_chart
    >>> res = p_chart([12, 15, 8, 10, 4], 50)
    >>> round(res.center, 3)
    0.196
"""
from ikm_kit.quality.capability import CapabilityResult, capability, sigma_within
from ikm_kit.quality.charts import (
    ChartResult,
    IMRResult,
    XbarRResult,
    XbarSResult,
    c_chart,
    imr,
    np_chart,
    p_chart,
    u_chart,
    xbar_r,
    xbar_s,
)
from ikm_kit.quality.constants import constant
from ikm_kit.quality.constants import table as constants_table
from ikm_kit.quality.food_safety import (
    EXAMPLE_CRITICAL_LIMITS,
    CcpCheckResult,
    ChecklistScore,
    check_ccp,
    level_from_counts,
    score_checklist,
)
from ikm_kit.quality.iso2859 import (
    AQL_VALUES,
    Iso2859Plan,
    SinglePlan,
    code_letter,
    iso2859_plan,
    master_table,
    switching_rules,
)
from ikm_kit.quality.rules import rule_descriptions
from ikm_kit.quality.sampling import (
    aoq,
    aoql,
    aoql_point,
    asn_double,
    ati,
    lot_defectives,
    oc_double,
    oc_single,
    p_for_acceptance,
)
from ikm_kit.quality.tools import (
    SIX_M,
    BlankCheckSheet,
    CheckSheet,
    Fishbone,
    HistogramResult,
    ScatterResult,
    blank_check_sheet,
    check_sheet,
    fishbone,
    histogram,
    pareto,
    scatter,
    stratify,
)

__all__ = [
    "AQL_VALUES", "BlankCheckSheet", "CapabilityResult", "CcpCheckResult", "ChartResult", "CheckSheet",
    "ChecklistScore", "EXAMPLE_CRITICAL_LIMITS", "Fishbone", "HistogramResult", "IMRResult",
    "Iso2859Plan", "SIX_M", "ScatterResult", "SinglePlan", "XbarRResult", "XbarSResult", "aoq", "aoql",
    "aoql_point", "asn_double", "ati", "blank_check_sheet", "c_chart", "capability", "check_ccp",
    "check_sheet", "code_letter", "constant", "constants_table", "fishbone", "histogram", "imr",
    "iso2859_plan", "level_from_counts", "lot_defectives", "master_table", "np_chart", "oc_double", "oc_single",
    "p_chart", "p_for_acceptance", "pareto", "rule_descriptions", "scatter", "score_checklist",
    "sigma_within", "stratify", "switching_rules", "u_chart", "xbar_r", "xbar_s",
]
