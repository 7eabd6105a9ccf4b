"""The officials' dashboard server (``ikm-kit dashboards``): Voila, tuned for slow phone links.

``python -m ikm_kit.serve <voila arguments>`` runs Voila 0.5 with:

- **compression**: ``compress_response`` is passed to Tornado *before* the
  application is built (Voila applies ``tornado_settings`` too late for it), so
  pages and API answers are gzipped; static files are served **precompressed**
  (brotli quality 11, else gzip level 9), each file compressed once in a
  background thread and kept in memory, with on-the-fly gzip until then;
- **caching**: every static URL the pages use carries a version (Voila's own
  chunks are moved below ``voila/static/v-<hash>/``, template files carry
  ``?v=<content hash>``, lab extensions have content hashes in their names) and
  is sent ``Cache-Control: public, max-age=31536000, immutable``: a second visit
  asks the server for none of them;
- **preloading**: the widget extensions' scripts are announced in the page's
  ``<head>`` (``preload.json``), so a phone fetches them with Voila's own
  scripts instead of in three rounds after the page has started;
- **no console errors**: MathJax (no dashboard typesets LaTeX) points at a local
  no-op script instead of a ``data:`` URL that Voila's loader breaks;
- **the leaders' summary at** ``/ringkasan``: the ``ikm-kit laporan`` HTML of
  the latest month, no kernel and no widgets, made at server start and again
  when the data files change, linked from the dashboards' index page.

    >>> from ikm_kit.serve import versioned_static_url
    >>> versioned_static_url("/").startswith("/voila/static/v-")
    True
"""
from __future__ import annotations

import asyncio
import gzip
import hashlib
import logging
import mimetypes
import os
import re
import shutil
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tornado import web

from ikm_kit import __version__
from ikm_kit.i18n import t

log = logging.getLogger("ikm_kit.serve")

#: Cache-Control of every versioned static file
IMMUTABLE = "public, max-age=31536000, immutable"
#: text types worth compressing (fonts like woff2 are already compressed)
COMPRESSIBLE = re.compile(r"\.(js|mjs|css|json|svg|html|txt|map|ttf|eot|otf|woff)$")
#: files at least this large are precompressed (Tornado gzips even tiny static files on the fly anyway)
MIN_SIZE = 200
MATHJAX_STUB = "voila/templates/ikm/static/mathjax-off.js"
SUMMARY_PATH = "ringkasan"


# ------------------------------------------------------------------ versions
def _static_version() -> str:
    import voila

    return hashlib.sha256(f"{voila.__version__}|{__version__}".encode()).hexdigest()[:12]


def versioned_static_url(base_url: str) -> str:
    """Voila's static folder below a version segment (changes with Voila and ikm-kit)."""
    return f"{base_url.rstrip('/')}/voila/static/v-{_static_version()}"


def page_config_hook(page_config: dict, **_kwargs) -> dict:
    """Voila ``page_config_hook``: load Voila's own chunks from the versioned static URL."""
    base_url = page_config.get("baseUrl") or _kwargs.get("base_url") or "/"
    page_config["fullStaticUrl"] = versioned_static_url(base_url)
    return page_config


# ------------------------------------------------------------------ preloading
#: the lab-extension scripts a dashboard page loads (widget managers, anywidget), below
#: ``voila/labextensions/``; made in the repository by ``tools/preload_manifest.py --write``
#: and installed with the ``ikm`` template
PRELOAD_MANIFEST = Path(__file__).resolve().parent.parent / "share/jupyter/voila/templates/ikm/preload.json"


def installed_preload_manifest() -> Path:
    """The ``preload.json`` of the installed ``ikm`` template (else the repository's)."""
    from jupyter_core.paths import jupyter_path

    for candidate in jupyter_path("voila", "templates", "ikm", "preload.json"):
        if os.path.isfile(candidate):
            return Path(candidate)
    return PRELOAD_MANIFEST


def preload_hrefs(base_url: str, labextensions_path: list[str], manifest: Path | None = None) -> list[str]:
    """URLs for ``<link rel="preload">`` in the dashboards' ``<head>``: the browser fetches the
    widget extensions while Voila's own scripts load, instead of one round trip after another
    (remoteEntry -> its chunks -> the widget models' chunks) once the page has started.  Only
    files that exist here are listed (a stale manifest preloads less, never a missing file).

    >>> preload_hrefs("/", [], Path("/nonexistent.json"))
    []
    """
    import json

    try:
        paths = json.loads((manifest or installed_preload_manifest()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for rel in paths:
        name = rel.split("?", 1)[0]
        if any(os.path.isfile(os.path.join(root, *name.split("/"))) for root in labextensions_path):
            out.append(f"{base_url.rstrip('/')}/voila/labextensions/{rel}")
    return out


_PRELOAD_LINKS: dict[str, str] = {}


def preload_links(base_url: str) -> str:
    """Jinja filter ``ikm_preload_links`` of the ``ikm`` template: the ``<link rel="preload">``
    elements for :func:`preload_hrefs` (made once per base URL)."""
    from markupsafe import Markup, escape
    from voila.utils import get_voila_labextensions_path

    if base_url not in _PRELOAD_LINKS:
        hrefs = preload_hrefs(base_url or "/", get_voila_labextensions_path())
        _PRELOAD_LINKS[base_url] = "".join(f'<link rel="preload" as="script" href="{escape(h)}">\n' for h in hrefs)
    return Markup(_PRELOAD_LINKS[base_url])


# ------------------------------------------------------------------ precompression
class CompressedCache:
    """Brotli/gzip bodies of static files, made once per file version in a background thread."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, float, int], dict[str, bytes]] = {}
        self._pending: set[tuple[str, float, int]] = set()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ikm-compress")
        try:
            import brotli  # noqa: F401

            self.encodings = ("br", "gzip")
        except ImportError:  # pragma: no cover - brotli is a dependency
            self.encodings = ("gzip",)

    @staticmethod
    def _key(path: str) -> tuple[str, float, int] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return (path, st.st_mtime, st.st_size)

    def compressible(self, path: str) -> bool:
        """Whether ``path`` gets precompressed bodies (a text type, at least ``MIN_SIZE`` bytes)."""
        key = self._key(path) if COMPRESSIBLE.search(path) else None
        return key is not None and key[2] >= MIN_SIZE

    def get(self, path: str, encoding: str) -> bytes | None:
        """The compressed body, or ``None`` (then compression is scheduled)."""
        if not COMPRESSIBLE.search(path):
            return None
        key = self._key(path)
        if key is None or key[2] < MIN_SIZE:
            return None
        with self._lock:
            bodies = self._data.get(key)
            if bodies is None and key not in self._pending:
                self._pending.add(key)
                self._pool.submit(self._compress, key)
        return bodies.get(encoding) if bodies else None

    def _compress(self, key: tuple[str, float, int]) -> None:
        try:
            raw = Path(key[0]).read_bytes()
            bodies = {"gzip": gzip.compress(raw, compresslevel=9, mtime=0)}
            if "br" in self.encodings:
                import brotli

                mode = brotli.MODE_FONT if key[0].endswith((".woff", ".ttf", ".otf", ".eot")) else brotli.MODE_TEXT
                bodies["br"] = brotli.compress(raw, quality=11, mode=mode)
            with self._lock:
                self._data = {k: v for k, v in self._data.items() if k[0] != key[0]}
                self._data[key] = bodies
        except Exception:  # noqa: BLE001 - a file that cannot be compressed is served as is
            log.exception("compressing %s", key[0])
        finally:
            with self._lock:
                self._pending.discard(key)

    def warm(self, roots: list[str]) -> None:
        """Schedule every compressible file under ``roots`` (server start)."""
        for root in roots:
            for dirpath, _dirs, files in os.walk(root):
                for name in files:
                    self.get(os.path.join(dirpath, name), "gzip")


CACHE = CompressedCache()


def _accepted(header: str | None) -> list[str]:
    """Encodings the client accepts (q > 0), e.g. ``['gzip', 'deflate', 'br', 'zstd']``."""
    out = []
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        if "q=0" in params.replace(" ", "") and not re.search(r"q=0\.\d*[1-9]", params):
            continue
        if name:
            out.append(name.strip().lower())
    return out


class CompressedStaticMixin:
    """For Tornado ``StaticFileHandler`` subclasses: precompressed bodies and immutable caching."""

    def is_versioned(self) -> bool:
        return "v" in self.request.arguments  # type: ignore[attr-defined]

    #: set for a response sent before the file's precompressed bodies exist (just after start):
    #: Tornado gzips it on the fly, and no cache may keep that one (a proxy such as the shipped
    #: nginx would otherwise serve the weaker gzip body for 30 days instead of brotli)
    provisional = False

    def _cache_control(self) -> str | None:
        if self.provisional:
            return "no-store"
        return IMMUTABLE if self.is_versioned() else None

    def set_extra_headers(self, path: str) -> None:
        if not self.settings.get("compress_response"):  # type: ignore[attr-defined]
            self.set_header("Vary", "Accept-Encoding")  # type: ignore[attr-defined] # else Tornado adds it
        if self._cache_control():
            self.set_header("Cache-Control", self._cache_control())  # type: ignore[attr-defined]

    def set_headers(self) -> None:
        super().set_headers()  # type: ignore[misc]
        if self._cache_control():   # FileFindHandler sets no-cache after set_extra_headers
            self.set_header("Cache-Control", self._cache_control())  # type: ignore[attr-defined]

    async def get(self, path: str, include_body: bool = True) -> None:  # type: ignore[override]
        h = self  # a tornado StaticFileHandler
        accepted = _accepted(h.request.headers.get("Accept-Encoding"))
        encoding = next((e for e in CACHE.encodings if e in accepted), None)
        if encoding is None or h.request.headers.get("Range"):
            return await super().get(path, include_body)  # type: ignore[misc]
        h.path = h.parse_url_path(path)
        absolute = h.get_absolute_path(h.root, h.path)
        h.absolute_path = h.validate_absolute_path(h.root, absolute)
        if h.absolute_path is None:
            return None
        body = CACHE.get(h.absolute_path, encoding)
        if body is None:                     # compressed soon; Tornado gzips this one on the fly
            self.provisional = CACHE.compressible(h.absolute_path)
            return await super().get(path, include_body)  # type: ignore[misc]
        h.modified = h.get_modified_time()
        h.set_headers()
        etag = h._headers.get("Etag")
        if etag:
            h.set_header("Etag", etag.rstrip('"') + f'-{encoding}"')
        if h.should_return_304():
            h.set_status(304)
            return None
        h.set_header("Content-Encoding", encoding)
        h.set_header("Content-Length", len(body))
        if include_body:
            h.write(body)
        return None


# ------------------------------------------------------------------ the summary page
class SummaryPage:
    """The pre-rendered leaders' summary (``ikm-kit laporan`` HTML of the latest month).

    Made in a subprocess (it draws the charts with Chromium, a few seconds) at server start and
    again when the data files change.  The page made last is also kept on disk (``cache_dir``,
    keyed by the data files, the package files, the language and the base URL), so a restarted
    server answers at once; a request that comes while the page is being made waits for it
    (up to ``WAIT_S``) instead of getting a "come back later" page.
    """

    #: how long a request waits for a page being made before the "being prepared" notice (s)
    WAIT_S = 40.0

    def __init__(self, base_url: str, logger: logging.Logger | None = None,
                 cache_dir: Path | None = None) -> None:
        self.base_url = base_url
        self.log = logger or log
        self.workdir = Path(tempfile.mkdtemp(prefix="ikm-ringkasan-"))
        self.cache_dir = cache_dir if cache_dir is not None else summary_cache_dir()
        self.bodies: dict[str, bytes] = {}
        self.etag = ""
        self.error = ""
        self._fingerprint: tuple | None = None
        self._task: asyncio.Task | None = None

    @staticmethod
    def fingerprint() -> tuple:
        from ikm_kit import data

        folder = data.data_dir()
        if folder is None or not folder.is_dir():
            return ()
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.glob("*.csv")))

    def _cache_file(self, fp: tuple) -> Path:
        from ikm_kit.i18n import get_language

        key = repr((fp, _package_fingerprint(), get_language(), self.base_url, __version__))
        return self.cache_dir / f"ringkasan-{hashlib.sha256(key.encode()).hexdigest()[:24]}.html"

    def _set(self, raw: bytes, fp: tuple) -> None:
        bodies = {"identity": raw, "gzip": gzip.compress(raw, compresslevel=9, mtime=0)}
        try:
            import brotli

            bodies["br"] = brotli.compress(raw, quality=11)
        except ImportError:  # pragma: no cover
            pass
        self.bodies, self.error = bodies, ""
        self.etag = '"' + hashlib.sha256(raw).hexdigest()[:20] + '"'
        self._fingerprint = fp

    def load_cached(self) -> bool:
        """Serve the page kept on disk for the current data, if there is one (server start)."""
        fp = self.fingerprint()
        try:
            raw = self._cache_file(fp).read_bytes()
        except OSError:
            return False
        self._set(raw, fp)
        self.log.info("leaders' summary page ready from the cache (%d bytes)", len(raw))
        return True

    def refresh(self) -> None:
        """Start making the page if the data changed since the last one (non-blocking)."""
        fp = self.fingerprint()
        if fp == self._fingerprint or (self._task is not None and not self._task.done()):
            return
        if self.load_cached():
            return
        self._task = asyncio.ensure_future(self._make(fp))

    async def ready(self, timeout: float | None = None) -> bool:
        """Wait (at most ``timeout`` s, default ``WAIT_S``) for a page being made; ``True`` when one is there."""
        task = self._task
        if task is not None and not task.done():
            try:
                await asyncio.wait_for(asyncio.shield(task), self.WAIT_S if timeout is None else timeout)
            except asyncio.TimeoutError:
                pass
        return bool(self.bodies)

    async def _make(self, fp: tuple) -> None:
        out = self.workdir / "out"
        shutil.rmtree(out, ignore_errors=True)
        env = dict(os.environ)
        cmd = [sys.executable, "-m", "ikm_kit.serve", "--make-summary", str(out), self.base_url]
        proc = await asyncio.create_subprocess_exec(*cmd, env=env, stdout=asyncio.subprocess.PIPE,
                                                    stderr=asyncio.subprocess.PIPE)
        _stdout, stderr = await proc.communicate()
        files = sorted(out.glob("*.html")) if out.is_dir() else []
        if proc.returncode != 0 or not files:
            self.error = stderr.decode("utf-8", errors="replace").strip().splitlines()[-1:] or ["?"]
            self.error = self.error[0]
            self.log.error("leaders' summary page: %s", self.error)
            self._fingerprint = fp
            return
        raw = files[0].read_bytes()
        self._set(raw, fp)
        self._keep(raw, fp)
        self.log.info("leaders' summary page ready: %s (%d bytes)", files[0].name, len(raw))

    def _keep(self, raw: bytes, fp: tuple) -> None:
        """Write the page to the disk cache (atomically; older pages of this server removed)."""
        target = self._cache_file(fp)
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            for old in self.cache_dir.glob("ringkasan-*.html"):
                if old != target:
                    old.unlink(missing_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(raw)
            os.replace(tmp, target)
        except OSError as exc:  # a read-only home: the page is still served from memory
            self.log.warning("leaders' summary page not cached on disk: %s", exc)


def summary_cache_dir() -> Path:
    """Where the summary page is kept between server starts (``IKM_CACHE_DIR`` or ``~/.cache/ikm-kit``)."""
    root = os.environ.get("IKM_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "ikm-kit")
    return Path(root) / "ringkasan"


def _package_fingerprint() -> str:
    """Size and time of every file of the package: a changed report layout makes a new page."""
    from ikm_kit.paths import PACKAGE_DIR

    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".js", ".css", ".csv", ".json") and "__pycache__" not in path.parts:
            st = path.stat()
            h.update(f"{path.relative_to(PACKAGE_DIR)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def make_summary(out: str, base_url: str) -> Path:
    """Write the summary page of the latest month (the ``laporan`` HTML plus a link to the dashboards)."""
    from ikm_kit.figures.leaders_report import report_html
    from ikm_kit.leaders.export import report_filename
    from ikm_kit.leaders.summary import leaders_summary

    summary = leaders_summary()
    links = [(t("laporan.page_intro"), None), (t("laporan.page_dashboards"), base_url)]
    path = Path(out) / report_filename(summary.month, "html")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_html(summary, nav=links), encoding="utf-8")
    return path


def _handler_classes():
    from jupyter_server.auth.decorator import allow_unauthenticated
    from jupyter_server.base.handlers import FileFindHandler, JupyterHandler
    from voila.static_file_handler import MultiStaticFileHandler, TemplateStaticFileHandler

    class IkmTemplateStaticHandler(CompressedStaticMixin, TemplateStaticFileHandler):
        pass

    class IkmVoilaStaticHandler(CompressedStaticMixin, MultiStaticFileHandler):
        """Voila's own files; below ``v-<hash>/`` they are versioned."""

        def initialize(self, paths, default_filename=None, versioned=False):
            super().initialize(paths, default_filename)
            self.versioned = versioned

        def is_versioned(self) -> bool:
            return self.versioned or super().is_versioned()

    class IkmLabextensionsHandler(CompressedStaticMixin, FileFindHandler):
        """Lab extension files: every file a page loads has a content hash in its name."""

        HASHED = re.compile(r"(^|/)(remoteEntry\.)?[\w-]*\.?[0-9a-f]{8,}\.js$")

        def is_versioned(self) -> bool:
            return bool(self.HASHED.search(self.request.path)) or super().is_versioned()

        # like FileFindHandler.get: public files (the login page needs them too)
        get = allow_unauthenticated(CompressedStaticMixin.get)

    class SummaryHandler(JupyterHandler):
        """``/ringkasan``: the pre-rendered summary page (same authentication as the dashboards)."""

        def initialize(self, page: SummaryPage) -> None:
            self.page = page

        @web.authenticated
        async def get(self) -> None:
            self.page.refresh()
            self.set_header("Cache-Control", "no-cache")
            if not self.page.bodies:    # being made (first start, new data): wait for it
                await self.page.ready()
            if not self.page.bodies:
                self.set_status(503)
                self.set_header("Retry-After", "3")
                self.set_header("Content-Type", "text/html; charset=utf-8")
                message = (t("laporan.page_failed", message=self.page.error) if self.page.error
                           else t("laporan.page_not_ready"))
                import html as _html

                self.finish('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" '
                            'content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="3">'
                            f"</head><body><p>{_html.escape(message)}</p></body></html>")
                return
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Etag", self.page.etag)
            if self.check_etag_header():
                self.set_status(304)
                self.finish()
                return
            accepted = _accepted(self.request.headers.get("Accept-Encoding"))
            encoding = next((e for e in ("br", "gzip") if e in accepted and e in self.page.bodies), "identity")
            if encoding != "identity":
                self.set_header("Content-Encoding", encoding)
            self.finish(self.page.bodies[encoding])

        def compute_etag(self):
            return None

    return IkmTemplateStaticHandler, IkmVoilaStaticHandler, IkmLabextensionsHandler, SummaryHandler


# ------------------------------------------------------------------ the application
def _voila_class():
    import tornado.web
    from jupyter_server.utils import url_path_join
    from voila.app import Voila
    from voila.static_file_handler import MultiStaticFileHandler, TemplateStaticFileHandler

    class IkmVoila(Voila):
        """Voila with compression, versioned immutable static files and the summary page."""

        name = "voila"

        def start(self):  # noqa: D401 - mirrors Voila.start
            self.connection_dir = tempfile.mkdtemp(prefix="voila_", dir=self.connection_dir_root)
            self.log.info("Storing connection files in %s." % self.connection_dir)
            if self.voila_configuration.page_config_hook is None:
                self.voila_configuration.page_config_hook = page_config_hook
            # the notebook pages are rendered by nbconvert's own Jinja environment: a filter, not a global
            filters = dict(self.config.VoilaExporter.get("filters") or {})
            filters.setdefault("ikm_preload_links", "ikm_kit.serve.preload_links")
            self.config.VoilaExporter.filters = filters
            settings = self.init_settings()
            # Voila.start applies tornado_settings after the Application exists, too late for
            # compress_response (its transform is chosen in the constructor): merge them first
            settings.update(self.tornado_settings)
            settings.setdefault("compress_response", True)
            # the typesetter appends "?config=..." to this URL: keep it versioned (immutable) all the same
            settings["mathjax_url"] = url_path_join(self.base_url, MATHJAX_STUB) + f"?v={_static_version()}&"
            settings["mathjax_config"] = "none"
            settings["voila_jinja2_env"].globals["ikm_t"] = t
            settings["voila_jinja2_env"].globals["ikm_summary_url"] = url_path_join(self.base_url, SUMMARY_PATH)
            self.app = tornado.web.Application(**settings)
            template_h, static_h, labext_h, summary_h = _handler_classes()
            handlers = []
            for handler in self.init_handlers():
                pattern, cls, *rest = handler
                if cls is TemplateStaticFileHandler:
                    cls = template_h
                elif cls is MultiStaticFileHandler:
                    cls = static_h
                    handlers.append((url_path_join(self.server_url, r"/voila/static/v-[0-9a-f]+/(.*)"), static_h,
                                     {**rest[0], "versioned": True}))
                elif pattern.endswith("/voila/labextensions/(.*)"):
                    cls = labext_h
                handlers.append((pattern, cls, *rest))
            self.summary_page = SummaryPage(self.base_url, self.log)
            handlers.insert(0, (url_path_join(self.server_url, SUMMARY_PATH), summary_h,
                                {"page": self.summary_page}))
            self.app.add_handlers(".*$", handlers)
            self.summary_page.load_cached()       # a page kept from the last start: served at once
            loop = asyncio.get_event_loop()
            loop.call_soon(self.summary_page.refresh)
            self.listen()

        def stop(self):
            shutil.rmtree(self.summary_page.workdir, ignore_errors=True)
            super().stop()

    return IkmVoila


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--make-summary"]:
        make_summary(argv[1], argv[2] if len(argv) > 2 else "/")
        return
    mimetypes.add_type("text/javascript", ".js")
    _voila_class().launch_instance(argv)


if __name__ == "__main__":
    main()
