"""The shipped dashboard server (``ikm-kit dashboards`` → ``ikm_kit.serve``): compression, caching,
no console errors, the pre-rendered leaders' summary at ``/ringkasan`` (issue 20)."""
from __future__ import annotations

import gzip
import re
import time
import urllib.error
import urllib.request

import pytest

from conftest import free_port, start_server, stop_server
from ikm_kit.serve import IMMUTABLE, MIN_SIZE, _accepted

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TOKEN = "uji-kompresi-123"
DASHBOARDS = ("kalkulator_hpp", "simulator_mutu", "utilisasi_sentra", "ringkasan_pimpinan", "profil_sentra")
STATIC = re.compile(r"/voila/(static|templates|labextensions)/")


def test_accept_encoding_parsing():
    assert _accepted("gzip, deflate, br, zstd") == ["gzip", "deflate", "br", "zstd"]
    assert _accepted("br;q=0, gzip;q=0.5") == ["gzip"]
    assert _accepted("br;q=0.01") == ["br"]
    assert _accepted(None) == []


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from ikm_kit import cli

    port = free_port()
    args = cli.voila_args(cli.project_root(None), "127.0.0.1", port, TOKEN, open_browser=False)
    srv = start_server(args, f"http://127.0.0.1:{port}/?token={TOKEN}", tmp_path_factory.mktemp("serve") / "v.log")
    srv.base = f"http://127.0.0.1:{port}/"
    yield srv
    stop_server(srv.proc)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _get(url: str, encoding: str = "br, gzip") -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    try:
        with _OPENER.open(req, timeout=60) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, b""


def _summary_ready(server) -> bytes:
    # the first request after a start (no page on disk yet) waits while the page is made:
    # the official gets the summary, not a "come back later" notice
    status, headers, body = _get(f"{server.base}ringkasan?token={TOKEN}", "gzip")
    assert status == 200, status
    assert headers["content-encoding"] == "gzip"
    return gzip.decompress(body)


def _context(browser, server, **kwargs):
    ctx = browser.new_context(**kwargs)
    page = ctx.new_page()
    page.goto(f"{server.base}?token={TOKEN}")           # the token becomes a cookie
    return ctx, page


class _Log(list):
    cached = None


def _network_log(ctx, page):
    """CDP log of every response of the page: url, status, headers, served from the cache?"""
    cdp = ctx.new_cdp_session(page)
    cdp.send("Network.enable")
    log, from_cache = _Log(), set()
    cdp.on("Network.responseReceived", lambda e: log.append(dict(
        id=e["requestId"], url=e["response"]["url"], status=e["response"]["status"],
        headers={k.lower(): v for k, v in e["response"]["headers"].items()},
        disk=e["response"].get("fromDiskCache") or False)))
    # answered by the browser's (memory) cache without asking the server
    cdp.on("Network.requestServedFromCache", lambda e: from_cache.add(e["requestId"]))
    log.cached = lambda r: r["disk"] or r["id"] in from_cache  # type: ignore[attr-defined]
    return log


def test_summary_page_needs_the_token_and_matches_the_report(server):
    status, _headers, _body = _get(f"{server.base}ringkasan")
    assert status in (302, 403)
    doc = _summary_ready(server).decode("utf-8")
    from ikm_kit.leaders.export import report_filename, summary_html
    from ikm_kit.leaders.summary import leaders_summary

    s = leaders_summary()
    assert "<script" not in doc.lower()
    # the same document as `ikm-kit laporan` for the latest month, plus a link to the dashboards
    report = summary_html(s, charts={})
    cards = re.findall(r'<div class="kpi".*?</div></div>', report)
    assert len(cards) == 10 and all(card in doc for card in cards)
    assert doc.count("<svg") == 5
    assert re.search(r'<nav class=\'top\'>.*<a href="/">', doc)
    assert report_filename(s.month, "html") == f"ringkasan_pimpinan_{s.month:%Y_%m}.html"


def test_summary_page_waits_on_first_start_and_is_kept_for_the_next(tmp_path):
    """A phone arriving right after the server starts gets the summary (the request waits while
    the page is made), and a restarted server serves the page kept on disk at once."""
    from ikm_kit import cli

    cache = tmp_path / "cache"
    bodies, logs = [], []
    for run in range(2):
        port = free_port()
        args = cli.voila_args(cli.project_root(None), "127.0.0.1", port, TOKEN, open_browser=False)
        log = tmp_path / f"v{run}.log"
        srv = start_server(args, f"http://127.0.0.1:{port}/?token={TOKEN}", log, env={"IKM_CACHE_DIR": str(cache)})
        try:
            status, _headers, body = _get(f"http://127.0.0.1:{port}/ringkasan?token={TOKEN}", "identity")
            assert status == 200, status
            bodies.append(body)
            logs.append(log.read_text(errors="replace"))
        finally:
            stop_server(srv.proc)
    assert "from the cache" not in logs[0] and "leaders' summary page ready:" in logs[0]
    assert "leaders' summary page ready from the cache" in logs[1]
    assert "leaders' summary page ready:" not in logs[1]       # not made again
    assert bodies[0] == bodies[1] and b'class="kpi"' in bodies[0]
    assert len(list((cache / "ringkasan").glob("ringkasan-*.html"))) == 1


def test_summary_cache_key_follows_the_data(tmp_path):
    from ikm_kit.serve import SummaryPage

    page = SummaryPage("/", cache_dir=tmp_path)
    fp = page.fingerprint()
    page._keep(b"<p>bulan lalu</p>", fp)
    assert SummaryPage("/", cache_dir=tmp_path).load_cached()
    changed = fp + (("baru.csv", 1, 1),)
    assert page._cache_file(changed) != page._cache_file(fp)       # new data -> a new page is made
    assert page._cache_file(fp) != SummaryPage("/dasbor/", cache_dir=tmp_path)._cache_file(fp)
    page._keep(b"<p>bulan ini</p>", changed)                       # the older page is removed
    assert [p.read_bytes() for p in tmp_path.glob("ringkasan-*.html")] == [b"<p>bulan ini</p>"]
    page.workdir.rmdir()


def test_index_links_the_summary(server, browser):
    ctx, page = _context(browser, server)
    link = page.locator("li.ikm-summary a")
    assert link.get_attribute("href").startswith("/ringkasan")
    assert page.locator("ul.ikm-list li").count() == 1 + len(DASHBOARDS)
    ctx.close()


def test_compressed_immutable_and_no_console_errors(server, browser):
    """Every dashboard: no console error; every text response over 1 kB compressed; every static
    file versioned and immutable; a second visit asks the server for no static file."""
    _summary_ready(server)
    # first visit of each page (fills the server's precompression cache), then wait for brotli
    ctx, page = _context(browser, server)
    static = set()
    page.on("response", lambda r: static.add(r.url) if STATIC.search(r.url) else None)
    for name in DASHBOARDS:
        page.goto(f"{server.base}voila/render/{name}.ipynb")
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
    ctx.close()
    deadline = time.time() + 300                        # brotli quality 11, one file at a time
    pending = {u for u in static if re.search(r"\.(js|css)(\?|$)", u)}
    assert len(pending) > 40
    pending = {u for u in pending if len(_get(u, "identity")[2]) > MIN_SIZE}   # smaller ones are sent as they are
    while pending and time.time() < deadline:
        pending = {u for u in pending if _get(u)[1].get("content-encoding") != "br"}
        time.sleep(1)
    assert not pending

    for name in DASHBOARDS:
        ctx, page = _context(browser, server, viewport={"width": 1280, "height": 720})
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        warnings = []
        page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
        log = _network_log(ctx, page)
        page.goto(f"{server.base}voila/render/{name}.ipynb")
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
        page.wait_for_timeout(1500)
        assert errors == [], (name, errors)
        responses = [r for r in log if r["url"].startswith(server.base)]
        assert len(responses) > 20
        for r in responses:
            h = r["headers"]
            size = int(h.get("content-length", 2000))
            kind = h.get("content-type", "")
            if r["status"] == 200 and re.search(r"javascript|css|html|json", kind) and (
                    size > 1024 or "content-encoding" in h):
                assert h.get("content-encoding") in ("br", "gzip"), (name, r["url"], h)
            if STATIC.search(r["url"]):
                assert h.get("cache-control") == IMMUTABLE, (name, r["url"], h.get("cache-control"))
                if r["status"] == 200 and re.search(r"\.(js|css)(\?|$)", r["url"]):
                    if h.get("content-encoding") != "br":    # only tiny files are not precompressed
                        assert len(_get(r["url"], "identity")[2]) < MIN_SIZE, (name, r["url"], h)
        assert not [r["url"] for r in responses if "fonts" in r["url"] or r["url"].endswith((".woff", ".woff2"))]
        # the widget extensions' scripts are announced in <head> (preload.json) and exactly those load:
        # a stale manifest (after upgrading ipywidgets/anywidget/Voila) fails here ->
        # `.venv/bin/python tools/preload_manifest.py --write`
        preloaded = set(page.eval_on_selector_all('link[rel="preload"][as="script"]', "els => els.map(e => e.href)"))
        loaded = {r["url"] for r in responses if "/voila/labextensions/" in r["url"] and ".js" in r["url"]}
        assert len(preloaded) >= 10 and preloaded == loaded, (name, preloaded ^ loaded)
        assert not [w for w in warnings if "preload" in w], (name, warnings)
        # JupyterLab's CSS as one stylesheet, not the 344 kB voila-style.js script
        assert not [r["url"] for r in responses if "voila-style.js" in r["url"]], name
        assert [r for r in responses if "/static/voila-style-ikm.css" in r["url"]], name
        # second visit in the same browser (from the index: going to the same URL again would be
        # a reload, which revalidates): only the page and the kernel API reach the server
        page.goto(server.base)
        log.clear()
        page.goto(f"{server.base}voila/render/{name}.ipynb")
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
        page.wait_for_timeout(500)
        fetched = [(r["url"], r["status"]) for r in log if r["url"].startswith(server.base)
                   and not log.cached(r) and STATIC.search(r["url"])]
        assert len([r for r in log if log.cached(r)]) > 40
        assert fetched == [], (name, fetched)
        assert errors == [], (name, errors)
        ctx.close()

    # the summary page and the index: no console error either
    ctx, page = _context(browser, server)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{server.base}ringkasan")
    assert page.locator(".kpi").count() == 10
    page.goto(server.base)
    assert errors == []
    ctx.close()


def test_preload_manifest_lists_installed_files_only(tmp_path):
    from ikm_kit.serve import installed_preload_manifest, preload_hrefs

    manifest = tmp_path / "preload.json"
    (tmp_path / "ext" / "static").mkdir(parents=True)
    (tmp_path / "ext" / "static" / "remoteEntry.abc123.js").write_text("")
    manifest.write_text('["ext/static/remoteEntry.abc123.js", "ext/static/7.0f0f0f0f.js?v=0f0f0f0f"]')
    assert preload_hrefs("/dasbor/", [str(tmp_path)], manifest) == [
        "/dasbor/voila/labextensions/ext/static/remoteEntry.abc123.js"]      # the missing chunk is left out
    assert installed_preload_manifest().is_file()


def test_template_css_matches_the_installed_voila():
    """The ``ikm`` template's voila-style-ikm.css is voila-style.js's CSS (minus the unused blocks)
    of the Voila installed here: after a Voila upgrade, `python -m ikm_kit.devtools voila-css --write`."""
    from ikm_kit import devtools

    css = devtools.voila_css()
    assert devtools.VOILA_CSS.read_text(encoding="utf-8") == css
    for kept in ("lm-TabBar", "lm-TabPanel", "jp-OutputArea", "--md-red-50"):     # tabs, outputs, colours
        assert kept in css
    for marker in devtools.UNUSED_CSS:
        assert marker not in css
    assert "url(file:" not in css and len(css.encode()) < 150_000


def test_static_file_sent_before_its_precompression_is_not_kept_by_caches(tmp_path, monkeypatch):
    """Just after a start the server gzips on the fly until the brotli body is made: that answer is
    'no-store', so the shipped nginx (proxy_cache, 30 days) keeps the brotli body, not the gzip one
    (measured: 1,59 MB instead of 1,35 MB per cold visit through nginx when it cached the early ones)."""
    import asyncio
    import threading

    from tornado import web

    from ikm_kit import serve

    (tmp_path / "big.js").write_text("var ikm = 'ikm-kit';\n" * 400)
    cache = serve.CompressedCache()
    real_compress = cache._compress
    monkeypatch.setattr(cache, "_compress", lambda key: None)      # precompression not done yet
    monkeypatch.setattr(serve, "CACHE", cache)

    class Handler(serve.CompressedStaticMixin, web.StaticFileHandler):
        pass

    port, loop, started = free_port(), asyncio.new_event_loop(), threading.Event()

    def run():
        asyncio.set_event_loop(loop)
        web.Application([(r"/s/(.*)", Handler, {"path": str(tmp_path)})], compress_response=True).listen(
            port, "127.0.0.1")
        loop.call_soon(started.set)
        loop.run_forever()

    threading.Thread(target=run, daemon=True).start()
    started.wait(10)
    try:
        url = f"http://127.0.0.1:{port}/s/big.js?v=1"
        status, headers, body = _get(url)
        assert status == 200 and headers["content-encoding"] == "gzip"
        assert headers["cache-control"] == "no-store"
        assert gzip.decompress(body).startswith(b"var ikm")
        real_compress(cache._key(str(tmp_path / "big.js")))        # the background job finishes
        status, headers, body = _get(url)
        assert status == 200 and headers["content-encoding"] == "br"
        assert headers["cache-control"] == IMMUTABLE
        status, headers, _body = _get(f"http://127.0.0.1:{port}/s/big.js")   # not versioned: no long cache
        assert "immutable" not in headers.get("cache-control", "")
    finally:
        loop.call_soon_threadsafe(loop.stop)
