"""What the sentra's leaders and officials look at (pure computation, no widgets).

- :mod:`ikm_kit.leaders.overview` — one sentra month by month: workshops by
  status, occupancy, rent billed and paid (start notebook, dashboard
  ``profil_sentra``);
- :mod:`ikm_kit.leaders.summary` — both sentras on one page: monthly
  indicators, change since last month, what needs attention (dashboard
  ``ringkasan_pimpinan``);
- :mod:`ikm_kit.leaders.budget` — the sentras' yearly budget line (penerimaan
  daerah, biaya UPTD, subsidi APBD, the tariffs behind them), one rendering for
  the dashboard and the report;
- :mod:`ikm_kit.leaders.export` — that summary as a printable HTML page and an
  XLSX workbook.

Their figures are :mod:`ikm_kit.figures.overview` and
:mod:`ikm_kit.figures.summary`, their apps :mod:`ikm_kit.widgets.overview` and
:mod:`ikm_kit.widgets.dashboards`.  Nothing is imported here, so a dashboard
kernel that needs only the overview does not pay for the summary.
"""
