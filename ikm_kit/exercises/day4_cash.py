"""Day-4 exercises on cash (``04_arus_kas_dan_pembukuan``): computed from
:func:`ikm_kit.costing.cashflow.tenant_year`, never typed in."""
from __future__ import annotations

from ikm_kit.exercises.core import choice, numeric

ORDER_MONTH = 6


def _year(**kw):
    from ikm_kit.costing.cashflow import tenant_year

    return tenant_year(**kw)


def _cash_in(month: int, **kw) -> float:
    return float(_year(**kw).table.set_index("month").loc[month, "cash_in"])


def _sales(month: int, **kw) -> float:
    return float(_year(**kw).table.set_index("month").loc[month, "sales"])


def _min_down_payment() -> float:
    for pct in range(0, 101, 10):
        if not _year(down_payment_pct=pct).months_below_zero:
            return float(pct)
    return 100.0


numeric(
    "04.kas_masuk_pesanan", lambda: _cash_in(ORDER_MONTH), tol=0.001, unit="Rp",
    hints=["ex.04_kas_masuk_pesanan.h1", "ex.04_kas_masuk_pesanan.h2"],
    mistakes=[(lambda: _sales(ORDER_MONTH), "ex.04_kas_masuk_pesanan.m_kredit_tunai"),
              (lambda: _sales(ORDER_MONTH) - _cash_in(ORDER_MONTH), "ex.04_kas_masuk_pesanan.m_hanya_pesanan")],
    explanation="ex.04_kas_masuk_pesanan.explain",
)

numeric(
    "04.kas_terendah", lambda: _year().lowest_cash, tol=0.005, unit="Rp",
    hints=["ex.04_kas_terendah.h1", "ex.04_kas_terendah.h2"],
    mistakes=[(lambda: -_year().lowest_cash, "ex.04_kas_terendah.m_tanda"),
              (lambda: _year(order_material_pct=0).lowest_cash, "ex.04_kas_terendah.m_lupa_bahan")],
    explanation="ex.04_kas_terendah.explain",
)

numeric(
    "04.kas_uang_muka", _min_down_payment, tol=0, rel=False, unit="%",
    hints=["ex.04_kas_uang_muka.h1"],
    mistakes=[(100, "ex.04_kas_uang_muka.m_seluruh"), (50, "ex.04_kas_uang_muka.m_separuh")],
    explanation="ex.04_kas_uang_muka.explain",
)

choice(
    "04.kas_prive", "prive",
    hints=["ex.04_kas_prive.h1"],
    mistakes=[("keluar_lain", "ex.04_kas_prive.m_biaya_usaha"), ("upah_karyawan", "ex.04_kas_prive.m_upah")],
    explanation="ex.04_kas_prive.explain",
)
