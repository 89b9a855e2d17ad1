// The Markdown summary of a benchmark report (for README.md): one column per workspace size.

const units = (n) => n.toLocaleString("en");
const mib = (bytes) => (bytes == null ? "n/a" : `${(bytes / 2 ** 20).toFixed(1)} MiB`);

function ms(value) {
  if (value == null) return "n/a";
  return value >= 100 ? `${Math.round(value).toLocaleString("en")} ms` : `${value.toFixed(1)} ms`;
}

/** A long-task duration: the Long Tasks API only reports tasks over 50 ms. */
const task = (value) => (value === 0 ? "none > 50 ms" : ms(value));

/** "median (min–max)" of a summary from run.mjs. */
function spread(stat) {
  if (!stat) return "n/a";
  if (stat.n === 1) return ms(stat.median);
  return `${ms(stat.median)} (${ms(stat.min).replace(" ms", "")}–${ms(stat.max)})`;
}

export function markdownTable(report) {
  const sizes = report.sizes;
  const header = ["", ...sizes.map((s) => `${units(s.count)} objectives`)];
  const rows = [];
  const row = (label, cell) => rows.push([label, ...sizes.map((s) => cell(s) ?? "n/a")]);

  row("Mix (strategic / tactical / operational), KPIs", (s) => {
    const { levels, kpis, chineseObjectives } = s.workspace;
    return `${units(levels.strategic)} / ${units(levels.tactical)} / ${units(levels.operational)}, ${units(kpis)} KPIs, ${units(chineseObjectives)} in Chinese`;
  });
  row("Stored size, realistic (UTF-16 units)", (s) =>
    `${units(s.storage.full.units)} (${units(s.storage.unitsPerObjective)} per objective, ${s.storage.full.percentOfQuota} % of quota)`);
  row("Fits the 5,242,880-unit quota?", (s) =>
    s.storage.full.fits ? "yes" : `**no**: at this density at most ${units(s.storage.maxObjectivesThatFit)} objectives fit`);
  const measured = sizes.some((s) => s.results);
  if (measured) {
    row("Workspace stored for the timings", (s) => {
      const seeded = s.storage.seeded;
      if (seeded.level === 0 && seeded.mode === "stored") return "the realistic one";
      if (seeded.mode === "shim") return "the realistic one, via a getItem stub (it cannot be stored; the JS heap below includes the stub's copy)";
      return `trimmed to fit: ${units(seeded.units)} units (${units(seeded.unitsPerObjective)} per objective), same objectives, codes, titles and tree but ${seeded.description}`;
    });
    const r = (get) => (s) => (s.results ? get(s.results) : "n/a");
    row("Start → usable register (painted)", r((x) => spread(x.registerUsableMs)));
    row("Start → usable tree (painted)", r((x) => spread(x.treeUsableMs)));
    row("Start → usable objective page", r((x) => spread(x.objectiveUsableMs)));
    row("of which wasm downloaded / app started", r((x) => `${ms(x.wasmFetchEndMs?.median)} / ${ms(x.registerAppStartedMs?.median)}`));
    row("Longest main-thread task, register load", r((x) => (x.registerLongestTaskMs?.max === 0 ? task(0) : spread(x.registerLongestTaskMs))));
    row("Expand all: click → painted (tree collapsed first)", r((x) => spread(x.expandAllMs)));
    row("Keystroke → paint, title field: p50 / p95 / max", r((x) =>
      `${ms(x.keystrokes.p50)} / ${ms(x.keystrokes.p95)} / ${ms(x.keystrokes.max)} (n = ${x.keystrokes.samples})`));
    row("Longest task while typing / in the save after it", r((x) => `${task(x.typingLongestTaskMs?.median)} / ${task(x.saveLongestTaskMs?.median)}`));
    row("JS heap after load (usedJSHeapSize, after GC)", r((x) => mib(x.jsHeapAfterLoadBytes?.median)));
    row("wasm linear memory after load", r((x) => mib(x.wasmMemoryAfterLoadBytes?.median)));
  }

  const line = (cells) => `| ${cells.join(" | ")} |`;
  const table = [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");

  const notes = [];
  const m = report.machine;
  const load = m.loadAverageEnd ? `; load average ${m.loadAverage[0]} at the start, ${m.loadAverageEnd[0]} at the end` : "";
  notes.push(`Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}${load}.`);
  if (report.browser) {
    const o = report.options;
    notes.push(`Browser: headless Chromium ${report.browser.version} (playwright-core ${report.playwrightCore}); CPU throttling ${o.throttle}×; viewport ${o.viewport.width}×${o.viewport.height}.`);
    notes.push(`Date: ${report.generatedAt}${report.git ? `; commit ${report.git.commit.slice(0, 12)}${report.git.dirty ? " with local changes" : ""}` : ""}.`);
    notes.push(`Medians of ${o.runs} runs, each in a fresh browser context (cold HTTP cache), after one warm-up load; (min–max) in brackets. Times are from navigation start in the page's clock, minus the time the init script took to store the workspace; keystrokes are pooled over all runs (${o.typed.length} keys ${o.keyIntervalMs} ms apart per run) and timed from each keydown's event.timeStamp to the next painted frame (requestAnimationFrame, then setTimeout 0).`);
    const deltas = sizes.map((s) => s.results?.resaveDeltaUnits?.median).filter((d) => d !== undefined && d !== null);
    if (deltas.length > 0) {
      notes.push(deltas.every((d) => d === 0)
        ? "Check: after the edit the app saved exactly the generated text plus the typed characters, so the sizes above are what the app itself stores."
        : `Check: the app's own save differed from the generated text by ${deltas.join(", ")} UTF-16 units.`);
    }
  } else {
    notes.push(`Date: ${report.generatedAt}. Storage footprints only (--generate-only).`);
  }
  return `${table}\n\n${notes.join("\n")}`;
}

/** The table of issue 12: every row side by side with its floor or anchor, and the ratio. */
export function issueTable(report) {
  const sizes = report.sizes ?? [];
  const small = sizes.find((s) => s.count === 1000) ?? sizes[0];
  const large = sizes.find((s) => s.count === 10000) ?? sizes[sizes.length - 1];
  const kb = (bytes) => (bytes == null ? "n/a" : `${(bytes / 1000).toLocaleString("en", { maximumFractionDigits: 1 })} KB`);
  const ratio = (a, b) => (a == null || b == null || b === 0 ? "n/a" : `${(a / b).toFixed(2)}×`);
  const rows = [];
  const row = (...cells) => rows.push(cells);

  const dist = report.dist;
  const budget = report.budget ?? {};
  if (dist) {
    const verdict = budget.gzipBytes ? (dist.gzipBytes <= budget.gzipBytes ? `within the budget of ${kb(budget.gzipBytes)}` : `**over the budget of ${kb(budget.gzipBytes)}**`) : "no budget given";
    const chunks = dist.allGzipBytes ? `; with the ${dist.chunkFiles} chunks of rarely used views ${kb(dist.allGzipBytes)}` : "";
    row("download (wasm+JS+CSS, gzip -9)", `${kb(dist.gzipBytes)} (wasm ${kb(dist.wasmGzipBytes)})${chunks}`, `Leptos todomvc ${kb(budget.todomvcGzipBytes)}`,
      ratio(dist.gzipBytes, budget.todomvcGzipBytes), `≤ ${kb(budget.targetBytes)}: ${ratio(dist.gzipBytes, budget.targetBytes)} of it; ${verdict}`);
  }
  const r = (size, get) => (size?.results ? get(size.results) : null);
  if (small?.results?.floorRegisterUsableMs) {
    const app = r(small, (x) => x.registerUsableMs?.median);
    const floor = r(small, (x) => x.floorRegisterUsableMs?.median);
    row(`open ${small.count.toLocaleString("en")} → register usable`, ms(app), ms(floor), ratio(app, floor), "≤ 1.5× floor");
  }
  if (large?.results?.floorTreeUsableMs) {
    const app = r(large, (x) => x.treeUsableMs?.median);
    const floor = r(large, (x) => x.floorTreeUsableMs?.median);
    row(`open ${large.count.toLocaleString("en")} → tree painted`, ms(app), ms(floor), ratio(app, floor), "≤ 1.5× floor");
  }
  if (large?.results?.floorKeystrokes) {
    const floor = r(large, (x) => x.floorKeystrokes.p95);
    const title = r(large, (x) => x.keystrokes.p95);
    const search = r(large, (x) => x.searchKeystrokes.p95);
    row(`keystroke → next frame, ${large.count.toLocaleString("en")}: title p95`, ms(title), `plain input p95 ${ms(floor)}`, ratio(title, floor), "p95 ≤ 33 ms");
    row(`keystroke → next frame, ${large.count.toLocaleString("en")}: register search p95`, ms(search), `plain input p95 ${ms(floor)}`, ratio(search, floor), "p95 ≤ 33 ms");
  }
  if (report.importExport) {
    const x = report.importExport;
    row(`import a ${kb(x.bytes)} export (${x.objectives.toLocaleString("en")} objectives) → preview`, ms(x.previewMs?.median), `JSON.parse ${ms(x.parseMs?.median)}`, ratio(x.previewMs?.median, x.parseMs?.median), "≤ 5× JSON.parse");
  }
  if (small?.storage?.app) {
    const app = small.storage.app.unitsPerObjective;
    const naive = small.storage.unitsPerObjective;
    row(`stored UTF-16 units per realistic objective (${small.count.toLocaleString("en")})`, units(Math.round(app)), `plain JSON ${units(naive)}`, ratio(app, naive), "≤ 400");
  }
  if (report.threeYears) {
    const t = report.threeYears;
    const stored = t.storedUnits == null ? "n/a" : `${units(t.storedUnits)} = ${t.percentOfQuota} % of the quota; ${t.fits ? "fits" : "**does not fit**"}`;
    row(`3 years: ${t.objectives} objectives × ${t.kpis} KPIs × weekly (${units(t.measurements)} measurements)`, stored, `plain JSON ${units(t.jsonUnits)} (${((t.jsonUnits * 100) / 5242880).toFixed(0)} %)`, ratio(t.storedUnits, t.jsonUnits), "fits, with room");
  }
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const header = ["what", "SixTwo", "floor / anchor", "ratio", "issue 12's target"];
  return ["Issue 12, side by side with the floor:", "", line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
