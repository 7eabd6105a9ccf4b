// ikm-kit PlotView: draws a plotly figure sent by the kernel as JSON.
//
// plotly.js (~4.8 MB) is NOT part of the widget state: it is loaded once per
// page from the server (the 'ikm' Voila template starts that download while
// the page boots; elsewhere, e.g. JupyterLab, this module adds the script
// itself) and is cached by the browser.  Updates use Plotly.react, which
// redraws only what changed.

function baseUrl() {
  const el = document.getElementById("jupyter-config-data");
  if (el) {
    try {
      const cfg = JSON.parse(el.textContent || "{}");
      if (cfg.baseUrl) return cfg.baseUrl.endsWith("/") ? cfg.baseUrl : cfg.baseUrl + "/";
    } catch (e) { /* fall through */ }
  }
  return "/";
}

function loadPlotly(asset) {   // asset: path below the server's base URL (PlotView.asset)
  if (window.Plotly && window.Plotly.react) return Promise.resolve(window.Plotly);
  if (window.ikmPlotlyReady) return window.ikmPlotlyReady;
  window.ikmPlotlyReady = new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = baseUrl() + asset;
    s.async = true;
    s.onload = () => (window.Plotly ? resolve(window.Plotly) : reject(new Error("Plotly missing")));
    s.onerror = () => reject(new Error("plotly.js could not be loaded from " + s.src));
    document.head.appendChild(s);
  });
  // a failed load may be retried by the next view (e.g. after the server is back)
  window.ikmPlotlyReady.catch(() => { window.ikmPlotlyReady = null; });
  return window.ikmPlotlyReady;
}

const CONFIG = {
  responsive: true,
  displaylogo: false,
  modeBarButtonsToRemove: ["select2d", "lasso2d", "sendDataToCloud"],
  toImageButtonOptions: { format: "png", scale: 2 },
};

// Phones (plot narrower than NARROW px): wrap the title over several lines and
// put the legend under the plot, so neither is cut off nor drawn over the other.
const NARROW = 520;

function wrap(text, maxChars) {
  const words = String(text).split(/\s+/);
  const lines = [];
  let line = "";
  for (const w of words) {
    if (line && (line + " " + w).length > maxChars) { lines.push(line); line = w; }
    else { line = line ? line + " " + w : w; }
  }
  if (line) lines.push(line);
  return lines;
}

function adapt(layout, width) {
  if (!width || width >= NARROW) return layout;
  const out = Object.assign({}, layout);
  const margin = Object.assign({ l: 60, r: 20, t: 80, b: 50 }, layout.margin || {});
  margin.l = Math.min(margin.l, 48);
  margin.r = Math.min(margin.r, 12);
  const title = layout.title && layout.title.text;
  let titleLines = 0;
  if (title && title.indexOf("<br>") < 0) {
    const lines = wrap(title, Math.max(18, Math.floor((width - 20) / 9)));
    titleLines = lines.length;
    const font = Object.assign({}, (layout.title && layout.title.font) || {}, { size: 15 });
    out.title = Object.assign({}, layout.title, { text: lines.join("<br>"), font: font, y: 0.98, yanchor: "top", yref: "container" });
  }
  margin.t = Math.max(30, 18 * titleLines + 22);
  if (layout.showlegend !== false) {
    out.legend = Object.assign({}, layout.legend || {}, { orientation: "h", x: 0, xanchor: "left", y: -0.18, yanchor: "top" });
    margin.b = Math.max(margin.b, 110);
  }
  out.margin = margin;
  out.height = (layout.height || 420) + (titleLines > 1 ? 18 * (titleLines - 1) : 0) + 40;
  return out;
}

function parse(spec) {
  if (!spec) return { data: [], layout: {} };
  try {
    const fig = JSON.parse(spec);
    return { data: fig.data || [], layout: fig.layout || {} };
  } catch (e) {
    return null;
  }
}

export default {
  render({ model, el }) {
    el.classList.add("ikm-plot");
    const box = document.createElement("div");
    box.className = "ikm-plot-box";
    const note = document.createElement("div");
    note.className = "ikm-plot-note";
    note.setAttribute("role", "status");
    note.textContent = model.get("loading_text");
    el.appendChild(note);
    el.appendChild(box);
    let alive = true;
    let plotly = null;
    let drawn = false;

    let received = 0;
    let narrow = false;   // drawn with the phone layout
    let busy = false;     // a Plotly.react call is running
    let dirty = false;    // a newer figure arrived meanwhile

    function draw() {
      received = performance.now();
      if (!alive || !plotly) return;
      // draw at once (no frame delay); a figure arriving while plotly is still
      // drawing is drawn right after, so bursts (slider drags) coalesce
      if (busy) { dirty = true; return; }
      const fig = parse(model.get("spec"));
      if (fig === null) return;
      busy = true;
      dirty = false;
      let layout = Object.assign({}, fig.layout);
      if (layout.height === undefined) layout.height = 420;
      narrow = box.clientWidth > 0 && box.clientWidth < NARROW;
      layout = adapt(layout, box.clientWidth || el.clientWidth);
      const start = performance.now();
      let done;
      try {
        done = plotly.react(box, fig.data, layout, CONFIG);
      } catch (e) {
        done = Promise.reject(e);
      }
      Promise.resolve(done).then(() => {
        if (!drawn) { drawn = true; note.textContent = ""; note.style.display = "none"; }
        // timings for benchmarks/bench_dashboards.py (last 50 redraws on this page)
        const log = (window.ikmPlotTimings = window.ikmPlotTimings || []);
        log.push({ received: received, start: start, drawn: performance.now() });
        if (log.length > 50) log.shift();
      }).catch((e) => {
        console.error("ikm-kit PlotView:", e);
      }).finally(() => {
        busy = false;
        if (dirty && alive) draw();
      });
    }

    loadPlotly(model.get("asset")).then((P) => { plotly = P; draw(); }).catch(() => {
      note.textContent = model.get("error_text");
      note.classList.add("ikm-plot-error");
    });
    model.on("change:spec", draw);
    const ro = typeof ResizeObserver !== "undefined"
      ? new ResizeObserver(() => {
          if (!drawn || !plotly || box.offsetParent === null) return;
          const nowNarrow = box.clientWidth > 0 && box.clientWidth < NARROW;
          if (nowNarrow !== narrow) draw();          // phone <-> wide: other title/legend layout
          else plotly.Plots.resize(box);
        })
      : null;
    if (ro) ro.observe(el);
    return () => {
      alive = false;
      model.off("change:spec", draw);
      if (ro) ro.disconnect();
      if (plotly) plotly.purge(box);
    };
  },
};
