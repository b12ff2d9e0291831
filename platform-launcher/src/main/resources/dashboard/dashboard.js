// The on-call dashboard: draws the panels of the Grafana dashboard (ops/grafana/dashboards/news-platform.json, embedded
// in this page by the launcher) from this Prometheus' HTTP API, so the local view and Grafana run the same queries.
// Every panel says its state in data-state (loading | ok | none | error): the browser test and a glance both read it.
(function () {
  "use strict";
  const panels = JSON.parse(document.getElementById("news-panels").textContent);
  const REFRESH_MS = Number(document.body.dataset.refreshMs || 15000);
  const PREFIX = document.body.dataset.prefix || "";
  const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"];
  const main = document.getElementById("dashboard");
  const rangeSelect = document.getElementById("range");
  const views = [];

  // Grafana's interval variables are not PromQL: the values they take at a 15 s scrape interval.
  const promql = (expr) => expr.replaceAll("$__rate_interval", "1m").replaceAll("$__interval", "1m")
    .replaceAll("$__range", rangeSelect.value + "s");

  const legend = (format, metric) => {
    if (!format) {
      const labels = Object.entries(metric).filter(([k]) => k !== "__name__").map(([k, v]) => k + "=" + v);
      return labels.join(", ") || "value";
    }
    return format.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => metric[name] || "");
  };

  const SI = [[1e9, "G"], [1e6, "M"], [1e3, "k"]];
  function format(unit, v) {
    if (v === null || v === undefined || Number.isNaN(v)) return "-";
    if (!Number.isFinite(v)) return v > 0 ? "+Inf" : "-Inf";
    switch (unit) {
      case "percentunit": return (v * 100).toFixed(v < 0.01 && v > 0 ? 2 : 1) + " %";
      case "s": return v >= 3600 ? (v / 3600).toFixed(1) + " h" : v >= 60 ? (v / 60).toFixed(1) + " min"
        : v >= 1 ? v.toFixed(2) + " s" : v > 0 ? (v * 1000).toFixed(v < 0.01 ? 2 : 0) + " ms" : "0 s";
      case "bytes": {
        const k = ["B", "KiB", "MiB", "GiB", "TiB"];
        let i = 0;
        while (Math.abs(v) >= 1024 && i < k.length - 1) { v /= 1024; i++; }
        return v.toFixed(i ? 1 : 0) + " " + k[i];
      }
      default: {
        const suffix = unit === "reqps" ? " req/s" : unit === "ops" ? " ops/s" : "";
        for (const [size, prefix] of SI) if (Math.abs(v) >= size) return (v / size).toFixed(1) + prefix + suffix;
        return (Number.isInteger(v) ? String(v) : v.toPrecision(3)) + suffix;
      }
    }
  }

  async function api(path, params) {
    const response = await fetch(PREFIX + "/" + path + (params ? "?" + new URLSearchParams(params) : ""));
    const body = await response.json();
    if (body.status !== "success") throw new Error(body.error || response.statusText);
    return body.data;
  }

  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function frame(panel) {
    const box = element("section", "panel panel-" + panel.type);
    box.dataset.panel = panel.title;
    box.dataset.state = "loading";
    box.style.gridColumn = "span " + Math.max(3, panel.width || 12);
    const title = element("h3", null, panel.title);
    if (panel.description) title.title = panel.description;
    const body = element("div", "body");
    box.append(title, body);
    main.append(box);
    return { box, body };
  }

  function settle(view, state, message) {
    view.box.dataset.state = state;
    if (message) view.body.replaceChildren(element("p", "note", message));
  }

  // A stat: one tile per series of its instant queries, coloured by the panel's thresholds and value mappings.
  async function drawStat(view, panel) {
    const tiles = [];
    for (const target of panel.targets) {
      for (const s of (await api("api/v1/query", { query: promql(target.expr) })).result) {
        tiles.push({ name: legend(target.legendFormat, s.metric), value: Number(s.value[1]) });
      }
    }
    if (!tiles.length) return settle(view, "none", "no data");
    view.body.replaceChildren(...tiles.map((t) => {
      const mapped = (panel.mappings || {})[String(t.value)];
      const tile = element("div", "tile");
      tile.style.background = (mapped && mapped.color) || color(panel.thresholds, t.value);
      tile.append(element("span", "value", mapped ? mapped.text : format(panel.unit, t.value)),
        element("span", "name", t.name));
      return tile;
    }));
    settle(view, "ok");
  }

  function color(thresholds, value) {
    if (!Number.isFinite(value)) return "#6b7785"; // no figure (e.g. a ratio without traffic): grey, not green
    let chosen = "#3b4a5a";
    for (const step of thresholds || []) {
      if (step.value === null || value >= step.value) chosen = step.color;
    }
    return { green: "#2e7d32", red: "#c62828", orange: "#ef6c00", yellow: "#f9a825" }[chosen] || chosen;
  }

  // A time series: every series of its range queries on one uPlot chart, on the steps of the chosen range.
  async function drawSeries(view, panel) {
    const range = Number(rangeSelect.value);
    const step = Math.max(15, Math.round(range / 240));
    const now = Math.floor(Date.now() / 1000);
    const end = now - (now % step); // Prometheus answers at start + k * step: aligned, every panel shares the steps
    const start = end - range;
    const xs = [];
    for (let t = start; t <= end; t += step) xs.push(t);
    const index = new Map(xs.map((t, i) => [t, i]));
    const series = [];
    for (const target of panel.targets) {
      const data = await api("api/v1/query_range", { query: promql(target.expr), start, end, step });
      for (const s of data.result) {
        const ys = new Array(xs.length).fill(null);
        for (const [t, v] of s.values) {
          const i = index.get(Math.round(t));
          if (i !== undefined) ys[i] = Number.isFinite(Number(v)) ? Number(v) : null; // NaN: no data then
        }
        series.push({ label: legend(target.legendFormat, s.metric), values: ys });
      }
    }
    if (view.chart) { view.chart.destroy(); view.chart = null; }
    if (!series.length) return settle(view, "none", "no data: " + (panel.empty || "nothing to show"));
    view.body.replaceChildren();
    const opts = {
      width: Math.max(240, view.body.clientWidth), height: 200,
      scales: { x: { time: true }, y: { range: (u, min, max) => [Math.min(0, min), max > 0 ? max * 1.05 : 1] } },
      axes: [{}, { size: 80, values: (u, ticks) => ticks.map((v) => format(panel.unit, v)) }],
      series: [{}].concat(series.map((s, i) => ({
        label: s.label, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: false,
        value: (u, v) => format(panel.unit, v),
      }))),
    };
    view.chart = new uPlot(opts, [xs].concat(series.map((s) => s.values)), view.body);
    settle(view, "ok");
  }

  // Firing alerts with their summary and a link to the runbook section (this Prometheus serves the runbook too).
  async function drawAlerts(view) {
    const firing = (await api("api/v1/alerts")).alerts.filter((a) => a.state === "firing");
    if (!firing.length) {
      view.body.replaceChildren(element("p", "calm", "No alert is firing."));
      return settle(view, "ok");
    }
    const table = element("table");
    table.append(...firing.map((a) => {
      const row = element("tr");
      const name = element("td");
      const runbook = (a.annotations.runbook_url || "").replace(/^ops\/README\.md/, "runbook.html");
      const link = element("a", null, a.labels.alertname);
      link.href = runbook || "../alerts";
      name.append(link);
      row.append(name, element("td", null, a.labels.severity || ""),
        element("td", null, a.annotations.summary || ""), element("td", null, "since " + a.activeAt.slice(0, 19)));
      return row;
    }));
    view.body.replaceChildren(table);
    settle(view, "ok");
  }

  function build() {
    for (const panel of panels) {
      if (panel.type === "row") {
        main.append(element("h2", "row", panel.title));
        continue;
      }
      const view = frame(panel);
      view.draw = panel.type === "stat" ? () => drawStat(view, panel)
        : panel.type === "alerts" ? () => drawAlerts(view) : () => drawSeries(view, panel);
      views.push(view);
    }
  }

  async function refresh() {
    await Promise.all(views.map((view) => view.draw().catch((e) => settle(view, "error", "error: " + e.message))));
    document.getElementById("updated").textContent = "updated " + new Date().toLocaleTimeString();
    document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
  }

  build();
  rangeSelect.addEventListener("change", refresh);
  window.addEventListener("resize", () => views.forEach((v) => v.chart && v.chart.setSize(
    { width: Math.max(240, v.body.clientWidth), height: 200 })));
  // The next refresh starts when this one has ended: a slow Prometheus gets fewer queries, not a pile of them.
  (async function loop() {
    await refresh();
    setTimeout(loop, REFRESH_MS);
  })();
})();
