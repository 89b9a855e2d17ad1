#!/usr/bin/env node
// Where the time goes: loads one view of the app with a generated workspace under the CDP
// sampling profiler and prints the hottest functions (self and inclusive time). Optionally
// also types into an objective's title and waits for the save, or (--route register) types
// into the register's search.
//
// The release dist has no function names (wasm-opt drops them), so by default this builds a
// named copy: it runs wasm-bindgen on cargo's un-optimised-by-wasm-opt release artefact
// (target/wasm32-unknown-unknown/release/sixtwo.wasm, left by `trunk build --release` or
// `cargo xtask dist`) into a temporary directory, next to the CSS and index.html of --dist.
//
//   node tests/e2e/bench/profile.mjs --size 10000 --route register
//   node tests/e2e/bench/profile.mjs --size 1000 --route objective --trim 0
//
// A split build (`cargo xtask dist`) cannot be renamed this way (its main module expects the
// splitter's rewrites), so a --dist that holds the split loader (`sixtwo-<hash>-split.js`) is
// served unchanged, as `--as-built` asks for any --dist. Its functions have names only when it
// was built with `SIXTWO_KEEP_NAMES=1`, but the busy time, the browser's own work ("(program)")
// and the garbage collector are the same.
//
//   node tests/e2e/bench/profile.mjs --size 10000 --route register --dist /tmp/dist
//
// `--trace` types into the register's search (or, with --route objective, the title, after the
// save) a second time under Chromium's timeline trace and sums the renderer's main-thread events
// by name (style, layout, paint, script), which the sampling profiler lumps together as
// "(program)", and says how many layouts started from the document.
//
// `--trace-load` loads the view once more, in a fresh context, under Chromium's timeline trace
// (no sampling profiler running) and splits the opening by the trace's own events: when the wasm
// arrived, how long its compilation took and on which thread, each main-thread task over 2 ms
// with what it spent its time in (script, style, layout, paint), when the app started
// (`TrunkApplicationStarted`) and when the view was usable, how many layouts ran, and how many
// elements the page holds. None of these counts depend on the machine's load; the times do.
//
// Profiles are written as .cpuprofile files (open them in Chromium's DevTools).

import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { encodeStored, generateWorkspace, packStored, trimWorkspace, TRIM_LEVELS, QUOTA_UTF16_UNITS, utf16Units, WORKSPACE_KEY } from "./workspace.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..", "..");

const options = { asBuilt: false, trace: false, traceLoad: false, size: 10000, route: "register", trim: null, dist: process.env.SIXTWO_DIST ?? join(repoRoot, "dist"), wasm: join(repoRoot, "target", "wasm32-unknown-unknown", "release", "sixtwo.wasm"), out: join(repoRoot, "target"), top: 25, port: process.env.PORT ? Number(process.env.PORT) : null };
const args = process.argv.slice(2);
while (args.length) {
  const arg = args.shift();
  const next = () => args.shift();
  if (arg === "--size") options.size = Number(next());
  else if (arg === "--route") options.route = next();
  else if (arg === "--trim") options.trim = Number(next());
  else if (arg === "--dist") options.dist = resolve(next());
  else if (arg === "--wasm") options.wasm = resolve(next());
  else if (arg === "--out") options.out = resolve(next());
  else if (arg === "--top") options.top = Number(next());
  else if (arg === "--port") options.port = Number(next());
  else if (arg === "--as-built") options.asBuilt = true;
  else if (arg === "--trace") options.trace = true;
  else if (arg === "--trace-load") options.traceLoad = true;
  else {
    console.log("Usage: profile.mjs [--size N] [--route register|tree|objective|import] [--trim LEVEL] [--dist DIR] [--wasm FILE] [--out DIR] [--top N] [--port N] [--as-built] [--trace] [--trace-load]");
    process.exit(arg === "--help" ? 0 : 2);
  }
}

/** Whether `dist` is a split build: `cargo xtask dist` leaves its split loader there. */
function isSplitBuild(dist) {
  try {
    return readdirSync(dist).some((file) => /^sixtwo-[0-9a-f]+-split\.js$/.test(file));
  } catch {
    return false;
  }
}

/** A servable copy of the app whose wasm keeps its function names. */
function namedDist() {
  if (!existsSync(options.wasm)) throw new Error(`${options.wasm} missing: run trunk build --release first`);
  const dir = mkdtempSync(join(os.tmpdir(), "sixtwo-profile-"));
  const bindgen = [join(os.homedir(), ".cargo", "bin", "wasm-bindgen"), "wasm-bindgen"].find((p) => p === "wasm-bindgen" || existsSync(p));
  execFileSync(bindgen, ["--target", "web", "--out-dir", dir, "--out-name", "sixtwo", options.wasm], { stdio: "inherit" });
  for (const file of readdirSync(options.dist)) {
    if (/\.(css|svg)$/.test(file)) copyFileSync(join(options.dist, file), join(dir, file));
  }
  const html = readFileSync(join(options.dist, "index.html"), "utf8")
    .replace(/ integrity=("[^"]*"|sha384-[A-Za-z0-9+/=]+)/g, "")
    // The policy holds the hash of the loader as built; the renamed loader would be refused.
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
    .replace(/\/sixtwo-[0-9a-f]+\.js/g, "/sixtwo.js")
    .replace(/\/sixtwo-[0-9a-f]+_bg\.wasm/g, "/sixtwo_bg.wasm");
  writeFileSync(join(dir, "index.html"), html);
  return dir;
}

/** Sums the durations of the renderer main thread's timeline events by name (nested events
 * are counted in their own rows too, so the rows overlap: RunTask holds everything). */
/** Types `text` 60 ms a key under a timeline trace, waits `settleMs`, saves the trace as
 * `trace-<name>-<size>.json` and prints where its layouts went. */
async function traceTyping(browser, page, text, settleMs, name, label) {
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  for (const ch of text) {
    await page.keyboard.press(ch === " " ? "Space" : ch);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(settleMs);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  writeFileSync(join(options.out, `trace-${name}-${options.size}.json`), JSON.stringify(trace));
  summariseTrace(trace, label);
}

function summariseTrace(trace, label) {
  const events = trace.traceEvents ?? trace;
  // The page's renderer: a trace of a navigation holds other renderers' main threads too.
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const main = mains.find((m) => events.some((e) => e.pid === m.pid && e.tid === m.tid && e.name === "Layout")) ?? mains[0];
  const totals = new Map();
  const open = new Map();
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid) continue;
    if (e.ph === "X" && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
    else if (e.ph === "B") open.set(e.name, e.ts);
    else if (e.ph === "E" && open.has(e.name)) {
      totals.set(e.name, (totals.get(e.name) ?? 0) + (e.ts - open.get(e.name)) / 1000);
      open.delete(e.name);
    }
  }
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, options.top);
  console.log(`\n== ${label}: main-thread events by name (inclusive)\n` + rows.map(([n, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${n}`).join("\n"));
  // Where each layout started: from the document (not partial) or from a layout boundary.
  const layouts = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.name === "Layout" && e.args?.beginData);
  const partial = layouts.filter((e) => e.args.beginData.partialLayout).length;
  const dirty = layouts.map((e) => e.args.beginData.dirtyObjects ?? 0);
  console.log(`layouts: ${layouts.length} (${partial} partial, ${layouts.length - partial} from the document); objects laid out: ${dirty.join(" ")}; on the page: ${layouts.at(-1)?.args.beginData.totalObjects ?? "?"}`);
}

function summarise(profile, label) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split("/").pop() || "native"})`;
  const self = new Map();
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = nodes.get(id);
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = name(nodes.get(at));
      if (!seen.has(n)) {
        seen.add(n);
        inclusive.set(n, (inclusive.get(n) ?? 0) + dt);
      }
    }
  });
  const top = (map, filter = () => true) =>
    [...map].filter(([n]) => filter(n)).sort((a, b) => b[1] - a[1]).slice(0, options.top)
      .map(([n, ms]) => `${Math.round(ms).toString().padStart(7)} ms  ${n.replace(/::h[0-9a-f]{16}$/, "").slice(0, 140)}`).join("\n");
  const total = [...self].reduce((sum, [, ms]) => sum + ms, 0);
  const idle = self.get("(idle)") ?? 0;
  console.log(`\n== ${label}: ${Math.round(total)} ms sampled, ${Math.round(total - idle)} ms busy`);
  console.log(`\n== ${label}: self time\n${top(self)}`);
  console.log(`\n== ${label}: inclusive time, app code\n${top(inclusive, (n) => /sixtwo::/.test(n))}`);
  console.log(`\n== ${label}: by phase (inclusive, ms)\n` + phases(profile, nodes, parent, name, self, total - idle));
}

/** The opening's phases (README, *Opening (stop 22)*): for each, the samples with a function
 * whose name (without its hash) matches anywhere on their stack, each sample counted once. */
function phases(profile, nodes, parent, name, self, busy) {
  const patterns = [
    ["app start (sixtwo::main: opening the state, first render)", /^sixtwo::main$/],
    ["decode (io::envelope::decode)", /sixtwo::io::envelope::decode$/],
    ["  unpack (io::compact::unpack)", /sixtwo::io::compact::unpack$/],
    ["    inflate (miniz_oxide)", /^miniz_oxide::inflate::/],
    ["    UTF-8 check", /^core::str::converts::from_utf8$|^alloc::string::String::from_utf8$/],
    ["  nesting scan (deeper_than)", /sixtwo::domain::json_path::deeper_than$/],
    ["  checks (domain::validate::validate)", /sixtwo::domain::validate::validate$/],
    ["  SipHash (std's hasher)", /core::hash::sip::|DefaultHasher as core::hash::Hasher|RandomState as core::hash::BuildHasher/],
    ["  foldhash", /foldhash::/],
    ["state (AppState::open_with_buffer, decode included)", /AppState::open_with_buffer$/],
    ["roll-up (domain::progress::roll_up)", /sixtwo::domain::progress::roll_up$/],
    ["tree (Forest::from_outline)", /Forest::from_outline$/],
    ["register order (sorted_positions)", /sixtwo::domain::register::sorted_positions$/],
    ["register search text (SearchIndex::new)", /sixtwo::domain::register::SearchIndex::new$/],
  ];
  const totals = patterns.map(() => 0);
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) stack.push(name(nodes.get(at)).replace(/::h[0-9a-f]{16}$/, ""));
    patterns.forEach(([, pattern], k) => {
      if (stack.some((frame) => pattern.test(frame))) totals[k] += dt;
    });
  });
  const rows = [
    ["busy", busy],
    ["the browser's own work: (program)", self.get("(program)") ?? 0],
    ["garbage collection", self.get("(garbage collector)") ?? 0],
    ["localStorage.getItem", self.get("getItem") ?? 0],
    ...patterns.map(([label], k) => [label, totals[k]]),
  ];
  return rows.map(([label, ms]) => `${ms.toFixed(1).padStart(8)}  ${label}`).join("\n");
}

/** Loads `hash` in a fresh context under the timeline trace and prints the opening's split. */
async function traceLoad(browser, base, hash, ready, seed) {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: seed });
  // The benchmark's marks, as user-timing marks the trace records: the app started (Trunk's
  // event, after `main` ran) and the view usable (its selector there, then the next frame).
  await context.addInitScript({
    content: `if (location.origin === ${JSON.stringify(base)}) {
      addEventListener("TrunkApplicationStarted", () => performance.mark("app-started"));
      const look = () => {
        if (document.querySelector(${JSON.stringify(ready)})) {
          performance.mark("view-in-dom");
          requestAnimationFrame(() => setTimeout(() => performance.mark("view-usable"), 0));
        } else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }`,
  });
  const page = await context.newPage();
  const categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "blink.user_timing", "loading", "v8"];
  await browser.startTracing(page, { categories });
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector(ready, { timeout: 300_000, state: "attached" });
  await page.waitForTimeout(500);
  const counts = await page.evaluate((readySelector) => ({
    elements: document.getElementsByTagName("*").length,
    nodes: (() => {
      let n = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) n += 1;
      return n;
    })(),
    ready: document.querySelectorAll(readySelector).length,
  }), ready);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  await context.close();
  writeFileSync(join(options.out, `trace-load-${options.route}-${options.size}.json`), JSON.stringify(trace));
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "ParseHTML"));
  const threadName = new Map(events.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const starts = events.filter((e) => e.name === "navigationStart" && String(e.args?.data?.documentLoaderURL ?? "").startsWith(base));
  const origin = (starts.at(-1) ?? events.find((e) => e.name === "ResourceSendRequest" && String(e.args?.data?.url ?? "").startsWith(base)))?.ts ?? 0;
  const at = (ts) => ((ts - origin) / 1000).toFixed(1).padStart(7);
  const lines = [];
  // The network: each file of the app, its type as served and when it was in.
  const requests = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (!data?.requestId) continue;
    const r = requests.get(data.requestId) ?? {};
    if (e.name === "ResourceSendRequest") Object.assign(r, { url: data.url, sent: e.ts });
    if (e.name === "ResourceReceiveResponse") Object.assign(r, { mime: data.mimeType, response: e.ts, fromCache: data.fromCache });
    if (e.name === "ResourceFinish") Object.assign(r, { finished: e.ts, bytes: data.encodedDataLength });
    requests.set(data.requestId, r);
  }
  lines.push("network (ms after navigation start): sent → response → finished, type as served");
  for (const r of [...requests.values()].filter((r) => r.url && r.sent).sort((a, b) => a.sent - b.sent)) {
    lines.push(`${at(r.sent)} → ${r.response ? at(r.response) : "      ?"} → ${r.finished ? at(r.finished) : "      ?"}  ${r.url.replace(base, "").slice(0, 60)}  ${r.mime ?? ""}`);
  }
  // The wasm's compilation, wherever it ran.
  const wasm = new Map();
  for (const e of events) {
    if (!/wasm/i.test(e.name) || e.ph === "M") continue;
    const w = wasm.get(e.name) ?? { count: 0, ms: 0, first: Infinity, last: 0, threads: new Set() };
    w.count += 1;
    w.ms += (e.dur ?? 0) / 1000;
    w.first = Math.min(w.first, e.ts);
    w.last = Math.max(w.last, e.ts + (e.dur ?? 0));
    w.threads.add(threadName.get(`${e.pid}:${e.tid}`) ?? `${e.tid}`);
    wasm.set(e.name, w);
  }
  lines.push("\nwasm events: count, summed duration, first start → last end, threads");
  for (const [name, w] of [...wasm].sort((a, b) => a[1].first - b[1].first)) {
    lines.push(`${String(w.count).padStart(6)} ${w.ms.toFixed(1).padStart(8)} ms ${at(w.first)} → ${at(w.last)}  ${name}  [${[...w.threads].join(", ")}]`);
  }
  // The marks, and the main thread's tasks over 2 ms with what they held.
  lines.push("\nmarks:");
  for (const e of events.filter((e) => ["app-started", "view-in-dom", "view-usable", "firstContentfulPaint", "firstPaint"].includes(e.name) && e.ts >= origin)) {
    lines.push(`${at(e.ts)}  ${e.name}`);
  }
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur);
  const tasks = onMain.filter((e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.dur >= 2000 && e.ts >= origin);
  const seen = new Set();
  lines.push("\nmain-thread tasks over 2 ms: start, duration, what they held (inclusive, overlapping)");
  for (const task of tasks) {
    const key = `${task.ts}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const inside = new Map();
    for (const e of onMain) {
      if (e === task || e.name.endsWith("RunTask") || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur / 1000);
    }
    const held = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(", ");
    lines.push(`${at(task.ts)} ${(task.dur / 1000).toFixed(1).padStart(7)} ms  ${held}`);
  }
  lines.push(`\nat the end: ${counts.elements} elements, ${counts.nodes} nodes in the document, ${counts.ready} × ${ready}`);
  console.log(`\n== loading ${hash}, traced (no profiler)\n${lines.join("\n")}`);
  summariseTrace(trace, `loading ${hash}, traced`);
}

const full = generateWorkspace(options.size);
// By default the whole realistic workspace in the app's compact stored form (as the benchmark
// stores it); with --trim, a trimmed one as plain JSON.
const level = options.trim ?? 0;
const workspace = trimWorkspace(full, level);
const json = encodeStored(workspace, { appVersion: "0.1.0" });
const text = options.trim === null ? packStored(json) : json;
if (utf16Units(text) > QUOTA_UTF16_UNITS) throw new Error(`${utf16Units(text)} UTF-16 units do not fit the quota: choose a --trim level`);
console.log(`${options.size} objectives, trim level ${level} (${TRIM_LEVELS[level]}), ${options.trim === null ? "compact" : "plain JSON"}, ${utf16Units(text).toLocaleString("en")} UTF-16 units`);

const split = !options.asBuilt && isSplitBuild(options.dist);
if (split) console.log(`${options.dist} is a split build: served as built`);
const dist = options.asBuilt || split ? options.dist : namedDist();
const port = options.port ?? 8000 + Math.floor(Math.random() * 900);
const server = spawn(process.execPath, [join(here, "..", "serve.mjs")], { env: { ...process.env, PORT: String(port), SIXTWO_DIST: dist }, stdio: "ignore" });
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
try {
  for (let i = 0; i < 50; i += 1) {
    if (await fetch(`${base}/index.html`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  const seed = `if (location.origin === ${JSON.stringify(base)}) localStorage.setItem(${JSON.stringify(WORKSPACE_KEY)}, ${JSON.stringify(text)});`;
  await context.addInitScript({ content: seed });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  const target = workspace.objectives[Math.floor(workspace.objectives.length * 0.75)];
  const hash = { register: "#/register", tree: "#/tree", objective: `#/objectives/${target.id}`, import: "#/data" }[options.route];
  const ready = { register: "table.register [data-row]", tree: '[role="treeitem"]', objective: "#objective-title", import: "#import-title" }[options.route];
  await cdp.send("Profiler.start");
  await page.goto(`${base}/${hash}`);
  // The title sits in a closed fold: wait for it to exist, not to show.
  await page.waitForSelector(ready, { timeout: 300_000, state: "attached" });
  await page.waitForTimeout(300);
  let { profile } = await cdp.send("Profiler.stop");
  writeFileSync(join(options.out, `profile-load-${options.route}-${options.size}.cpuprofile`), JSON.stringify(profile));
  summarise(profile, `loading ${hash}`);
  if (options.route === "objective") {
    await page.evaluate(() => { document.querySelector('[data-testid="identity-fold"]').open = true; });
    await page.focus("#objective-title");
    await page.keyboard.press("End");
    await cdp.send("Profiler.start");
    for (const ch of " revised") {
      await page.keyboard.press(ch);
      await page.waitForTimeout(60);
    }
    // Stopped before the save's pause (400 ms) ends, so the typing and the save are apart.
    await page.waitForTimeout(150);
    ({ profile } = await cdp.send("Profiler.stop"));
    writeFileSync(join(options.out, `profile-typing-${options.size}.cpuprofile`), JSON.stringify(profile));
    summarise(profile, "typing 8 characters");
    await cdp.send("Profiler.start");
    await page.waitForFunction(() => /Saved in|Not saved/.test(document.querySelector('[data-testid="save-status"]').textContent), null, { timeout: 120_000 });
    await page.waitForTimeout(300);
    ({ profile } = await cdp.send("Profiler.stop"));
    writeFileSync(join(options.out, `profile-save-${options.size}.cpuprofile`), JSON.stringify(profile));
    summarise(profile, "the debounced save after typing");
    console.log(`save status: ${await page.textContent('[data-testid="save-status"]')}`);
    if (options.trace) {
      await page.waitForTimeout(500);
      await traceTyping(browser, page, " again", 150, "title", "typing 6 more characters into the title, traced");
    }
  }
  if (options.route === "import") {
    // The app's own export of the stored workspace, chosen in the import field of an empty one.
    const button = page.getByRole("main").getByRole("button", { name: "Export the whole workspace (JSON)", exact: true });
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const exported = readFileSync(await download.path());
    console.log(`export: ${exported.length.toLocaleString("en")} bytes`);
    const empty = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } });
    const importPage = await empty.newPage();
    const importCdp = await empty.newCDPSession(importPage);
    await importCdp.send("Profiler.enable");
    await importCdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await importPage.goto(`${base}/#/data`);
    await importPage.waitForSelector("#import-title");
    await importPage.waitForTimeout(500);
    await importCdp.send("Profiler.start");
    await importPage.getByLabel("Choose a JSON file to import").setInputFiles({ name: "export.json", mimeType: "application/json", buffer: exported });
    await importPage.waitForSelector('[data-testid="import-contents"]', { timeout: 120_000 });
    await importPage.waitForTimeout(300);
    ({ profile } = await importCdp.send("Profiler.stop"));
    writeFileSync(join(options.out, `profile-import-${options.size}.cpuprofile`), JSON.stringify(profile));
    summarise(profile, "importing the export → preview");
  }
  if (options.route === "register") {
    await page.focus("#register-search");
    await cdp.send("Profiler.start");
    for (const ch of "service desk") {
      await page.keyboard.press(ch === " " ? "Space" : ch);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(500);
    ({ profile } = await cdp.send("Profiler.stop"));
    writeFileSync(join(options.out, `profile-search-${options.size}.cpuprofile`), JSON.stringify(profile));
    summarise(profile, "typing \"service desk\" into the register's search");
    if (options.trace) {
      await page.fill("#register-search", "");
      await page.waitForTimeout(500);
      await traceTyping(browser, page, "service desk", 500, "search", "typing \"service desk\" again, traced");
    }
  }
  if (options.traceLoad) await traceLoad(browser, base, hash, ready, seed);
} finally {
  await browser.close();
  server.kill();
}
