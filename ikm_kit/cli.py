"""Command line ``ikm-kit`` (help in Indonesian; ``--lang en`` for English).

    ikm-kit start                  # JupyterLab at notebooks/00_mulai_di_sini.ipynb
    ikm-kit dashboards             # Voila for officials on 127.0.0.1:8866
    ikm-kit data                   # list the built-in datasets
    ikm-kit data export semua --format xlsx --out keluaran/
    ikm-kit templates --out templat/
    ikm-kit version
"""
from __future__ import annotations

import argparse
import ipaddress
import os
import secrets
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import NoReturn, Sequence

from ikm_kit import i18n
from ikm_kit._version import __version__
from ikm_kit.errors import IkmError
from ikm_kit.i18n import t
from ikm_kit.paths import PACKAGE_ROOT, project_root  # noqa: F401  (project_root: public here since 0.1)

START_NOTEBOOK = "notebooks/00_mulai_di_sini.ipynb"
#: seconds Voila waits for a cell's outputs after the cell finished (nbclient's default is 4): on a
#: loaded classroom server (load 6+ on 2 cores, measured) a widget's output arrived later, was
#: dropped, and the dashboard stayed blank
VOILA_IOPUB_TIMEOUT_S = 30
# Voila's page config points MathJax at cdnjs unless told otherwise; dashboards
# need no LaTeX, so an empty local script keeps every page offline.
OFFLINE_TORNADO_SETTINGS = '{"mathjax_url": "data:text/javascript,"}'


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[override]
        return super().add_usage(usage, actions, groups, prefix if prefix is not None else t("cli.usage") + " ")


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = t("cli.positionals")
        self._optionals.title = t("cli.optionals")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=t("cli.help_help"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.error", message=message) + "\n" + t("cli.see_help", prog=self.prog) + "\n")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``."""
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return all(ipaddress.ip_address(a[4][0]).is_loopback
                       for a in socket.getaddrinfo(host, None))
        except (socket.gaierror, ValueError):
            return False


def voila_args(root: Path, host: str, port: int, token: str | None, open_browser: bool) -> list[str]:
    """The ``voila`` command line used for the officials' dashboard server.

    ``ikm_kit.serve`` is Voila with compression, immutable versioned static files and the
    pre-rendered leaders' summary at ``/ringkasan`` (see that module)."""
    args = [
        sys.executable, "-m", "ikm_kit.serve", str(root / "dashboards"),
        f"--Voila.ip={host}", f"--port={port}",
        "--template=ikm",
        "--Voila.tornado_settings=" + OFFLINE_TORNADO_SETTINGS,
        "--VoilaConfiguration.show_tracebacks=False",
        "--VoilaConfiguration.file_allowlist=['^$']",
        # charts are PlotView widgets: the 4.8 MB jupyterlab-plotly renderer is never used;
        # no dashboard shows code, so no pygments highlighting extension either
        "--VoilaConfiguration.extension_denylist=['jupyterlab-plotly', 'jupyterlab_pygments']",
        f"--VoilaExecutor.iopub_timeout={VOILA_IOPUB_TIMEOUT_S}",
        # kernels over Unix sockets in Voila's private folder: no TCP ports for other local
        # processes, no port races when many pages open at once
        "--KernelManager.transport=ipc",
        # idle kernels (closed tabs) are shut down after 15 minutes
        "--MappingKernelManager.cull_idle_timeout=900",
        "--MappingKernelManager.cull_interval=60",
        "--MappingKernelManager.cull_connected=False",
    ]
    if token:
        args.append(f"--token={token}")
    if not open_browser:
        args.append("--no-browser")
    return args


def lab_args(root: Path, port: int, open_browser: bool, notebook: str = START_NOTEBOOK) -> list[str]:
    """The ``jupyter lab`` command line used by ``ikm-kit start``."""
    args = [
        sys.executable, "-m", "jupyterlab",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.default_url=/lab/tree/{notebook}",
        "--VoilaConfiguration.template=ikm",
        "--VoilaConfiguration.show_tracebacks=False",
        "--VoilaConfiguration.extension_denylist=['jupyterlab-plotly']",
        f"--VoilaExecutor.iopub_timeout={VOILA_IOPUB_TIMEOUT_S}",
        "--MappingKernelManager.cull_idle_timeout=7200",
        # offline: Voila's page config would point MathJax at a public CDN
        "--ServerApp.tornado_settings=" + OFFLINE_TORNADO_SETTINGS,
        # offline training room: no news feed, no update check (both go to the internet)
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if not open_browser:
        args.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # containers and CI machines run as root; JupyterLab refuses that without this flag
        args.append("--allow-root")
    return args


# signals that end a command; each is passed on to the server as SIGTERM, on which
# JupyterLab and Voila shut their kernels down before exiting
STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, n))


def _run(args: list[str], cwd: Path, env_extra: dict[str, str] | None = None) -> int:
    """Run a server (``args``) until it exits; stopping ``ikm-kit`` stops it and its kernels.

    SIGTERM (``kill <pid>``, a supervisor), SIGHUP (terminal closed) and SIGINT
    (Ctrl+C) sent to ``ikm-kit`` are forwarded to the server as SIGTERM, and
    ``ikm-kit`` waits until the server has shut its kernels down, so nothing
    is left running and holding the port. Returns the server's exit code
    (0 when it was stopped by one of these signals).
    """
    env = dict(os.environ)
    env["IKM_LANG"] = i18n.get_language()
    if env_extra:
        env.update(env_extra)
    sys.stdout.flush()
    sys.stderr.flush()
    stopping: list[int] = []
    child: list[subprocess.Popen] = []

    def forward(signum, frame):  # noqa: ARG001 - signal handler signature
        stopping.append(signum)
        if child and child[0].poll() is None:
            child[0].send_signal(signal.SIGTERM)

    previous = {}
    try:
        for sig in STOP_SIGNALS:
            try:
                previous[sig] = signal.signal(sig, forward)
            except ValueError:  # not the main thread (embedded use): no handlers
                break
        child.append(subprocess.Popen(args, cwd=str(cwd), env=env))
        if stopping:  # a signal came while the server was being started
            forward(stopping[0], None)
        while True:
            try:
                code = child[0].wait()
                break
            except KeyboardInterrupt:  # SIGINT while handlers are not installed
                forward(signal.SIGINT, None)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0 if stopping and code in (0, -signal.SIGTERM, 128 + signal.SIGTERM) else code


def cmd_start(ns: argparse.Namespace) -> int:
    from ikm_kit.workspace import sync_workspace

    project = project_root(ns.project)
    workspace = Path(ns.workspace) if ns.workspace else project / "ruang-kerja"
    report = sync_workspace(workspace, project, edition=ns.edisi)
    print(t("workspace.using", path=workspace, edition=ns.edisi))
    for line in report.messages():
        print("  " + line)
    print(t("cli.starting_lab", url=f"http://127.0.0.1:{ns.port}/lab/tree/{START_NOTEBOOK}"))
    print(t("cli.stop_hint"))
    sys.stdout.flush()
    return _run(lab_args(workspace.resolve(), ns.port, not ns.no_browser), workspace)


def cmd_dashboards(ns: argparse.Namespace) -> int:
    root = project_root(ns.project)
    token = ns.token
    if not is_loopback(ns.host) and not token:
        token = secrets.token_urlsafe(24)
    display_host = ns.host if ns.host not in ("0.0.0.0", "::") else socket.gethostname()
    url = f"http://{display_host}:{ns.port}/"
    if token:
        url += f"?token={token}"
        if not is_loopback(ns.host):
            print(t("cli.token_generated"))
    print(t("cli.serving", url=url))
    print(t("cli.stop_hint"))
    sys.stdout.flush()
    return _run(voila_args(root, ns.host, ns.port, token, not ns.no_browser), root)


def cmd_data(ns: argparse.Namespace) -> int:
    from ikm_kit import data

    action = ns.action or "list"
    if action == "list":
        table = data.list_datasets()
        print(t("data.list_header"))
        width = max(len(n) for n in table["name"]) + 2
        for row in table.itertuples(index=False):
            print(f"  {row.name:<{width}} {row.rows:>7}  {row.description}")
        return 0
    if action == "export":
        paths = data.export(ns.name or "semua", ns.format, ns.out or ".")
        for path in paths:
            print(t("data.exported", path=path))
        return 0
    if action == "regenerate":
        from ikm_kit.data import generate

        out = Path(ns.out) if ns.out else project_root(None) / "data"
        written = list(generate.write_all(out))
        generate.write_dictionary(out / "README.md")
        print(t("data.regenerated", path=out, count=len(written) + 1))
        return 0
    raise IkmError(t("error.unknown_choice", field="data", value=action, valid="list, export, regenerate"))


def cmd_templates(ns: argparse.Namespace) -> int:
    from ikm_kit import costing

    from ikm_kit.costing.cashbook import write_cash_book_templates

    for path in costing.write_templates(ns.out) + write_cash_book_templates(ns.out):
        print(t("data.exported", path=path))
    return 0


def cmd_participant(ns: argparse.Namespace) -> int:
    from ikm_kit import editions

    for path in editions.build_participant_edition(ns.out):
        print(t("data.exported", path=path))
    return 0


def cmd_handout(ns: argparse.Namespace) -> int:
    from ikm_kit import handouts

    for path in handouts.build_handouts(ns.out, pdf=ns.pdf, notebooks=ns.notebook or None, edition=ns.edisi):
        print(t("data.exported", path=path))
    return 0


def cmd_forms(ns: argparse.Namespace) -> int:
    from ikm_kit import paper_forms

    for path in paper_forms.write_forms(ns.out, ns.form or None, pdf=not ns.no_pdf):
        print(t("data.exported", path=path))
    return 0


def cmd_report(ns: argparse.Namespace) -> int:
    from ikm_kit import formats
    from ikm_kit.figures.leaders_report import write_report
    from ikm_kit.leaders.summary import leaders_summary

    for path in write_report(leaders_summary(ns.bulan), ns.out, pdf=not ns.no_pdf):
        print(t("laporan.written", path=path, size=formats.number(path.stat().st_size / 1000, 0) + " kB"))
    return 0


def cmd_version(ns: argparse.Namespace) -> int:
    print(t("cli.version", version=__version__))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ikm-kit", description=t("cli.description"))
    parser.add_argument("--lang", choices=list(i18n.LANGUAGES), help=t("cli.lang_help"))
    sub = parser.add_subparsers(dest="command", title=t("cli.commands"), metavar="PERINTAH" if i18n.get_language() == "id" else "COMMAND", parser_class=_Parser)

    p = sub.add_parser("start", help=t("cli.start_help"), description=t("cli.start_help"))
    p.add_argument("--port", type=int, default=8888, help=t("cli.port_help"))
    p.add_argument("--no-browser", action="store_true", help=t("cli.no_browser_help"))
    p.add_argument("--workspace", help=t("cli.workspace_help"))
    p.add_argument("--edisi", choices=["peserta", "pelatih"], default="peserta", help=t("cli.edition_help"))
    p.add_argument("--project", help=t("cli.project_help"))
    p.set_defaults(func=cmd_start)

    p = sub.add_parser("dashboards", help=t("cli.dashboards_help"), description=t("cli.dashboards_help"))
    p.add_argument("--host", default="127.0.0.1", help=t("cli.host_help"))
    p.add_argument("--port", type=int, default=8866, help=t("cli.port_help"))
    p.add_argument("--token", default=None, help=t("cli.token_help"))
    p.add_argument("--no-browser", action="store_true", help=t("cli.no_browser_help"))
    p.add_argument("--project", help=t("cli.project_help"))
    p.set_defaults(func=cmd_dashboards)

    p = sub.add_parser("data", help=t("cli.data_help"), description=t("cli.data_help"))
    p.add_argument("action", nargs="?", choices=["list", "export", "regenerate"], help=t("cli.data_action_help"))
    p.add_argument("name", nargs="?", help=t("cli.data_export_help"))
    p.add_argument("--format", choices=["csv", "xlsx"], default="csv", help=t("cli.format_help"))
    # no default: "regenerate" without --out writes to the project's data/ (not into the current folder)
    p.add_argument("--out", default=None, help=t("cli.out_help"))
    p.set_defaults(func=cmd_data)

    p = sub.add_parser("templates", help=t("cli.templates_help"), description=t("cli.templates_help"))
    p.add_argument("--out", default="templat", help=t("cli.out_help"))
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("edisi-peserta", help=t("cli.participant_help"), description=t("cli.participant_help"))
    p.add_argument("--out", default="edisi-peserta", help=t("cli.out_help"))
    p.set_defaults(func=cmd_participant)

    p = sub.add_parser("handout", help=t("cli.handout_help"), description=t("cli.handout_help"))
    p.add_argument("--out", default="handout", help=t("cli.out_help"))
    p.add_argument("--pdf", action="store_true", help=t("cli.pdf_help"))
    p.add_argument("--edisi", choices=["peserta", "pelatih"], default="peserta", help=t("handout.edition_help"))
    p.add_argument("notebook", nargs="*", help="00_mulai_di_sini …")
    p.set_defaults(func=cmd_handout)

    p = sub.add_parser("formulir", help=t("forms.help"), description=t("forms.help"))
    p.add_argument("--out", default="formulir", help=t("cli.out_help"))
    p.add_argument("--no-pdf", action="store_true", help="XLSX")
    p.add_argument("form", nargs="*", help="audit_5r log_harian_mesin …")
    p.set_defaults(func=cmd_forms)

    p = sub.add_parser("laporan", help=t("laporan.cli_help"), description=t("laporan.cli_help"))
    p.add_argument("--bulan", default=None, metavar="TTTT-BB", help=t("laporan.month_help"))
    p.add_argument("--out", default=".", help=t("cli.out_help"))
    p.add_argument("--no-pdf", action="store_true", help=t("laporan.no_pdf_help"))
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("version", help=t("cli.version_help"), description=t("cli.version_help"))
    p.set_defaults(func=cmd_version)
    return parser


def _preselect_language(argv: Sequence[str]) -> None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            continue
        if value in i18n.LANGUAGES:
            i18n.set_language(value)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _preselect_language(argv)
    parser = build_parser()
    ns = parser.parse_args(argv)
    if ns.command is None:
        parser.print_help()
        return 0
    try:
        return int(ns.func(ns) or 0)
    except IkmError as exc:
        print(t("cli.error", message=exc), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
