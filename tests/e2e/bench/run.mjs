#!/usr/bin/env node
// SixTwo benchmark: generates realistic workspaces (1,000 and 10,000 objectives by default),
// reports what they cost in localStorage, and times the release build in headless Chromium:
// start-up to a usable register and tree with the workspace already stored, "Expand all" on
// the tree, and keystroke-to-paint latency while editing a title. Medians over fresh browser
// contexts; timings come from the page's own clock. `cargo xtask bench` builds dist/ and runs
// this script; see --help for the options.
//
// Timings on a shared 2-core machine are noisy. They are reported, never asserted.

import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { collectLoad, collectMemory, probe } from "./probe.mjs";
import { markdownTable } from "./report.mjs";
import {
  QUOTA_UTF16_UNITS,
  TRIM_LEVELS,
  WORKSPACE_KEY,
  trimSummary,
  describeWorkspace,
  encodeStored,
  generateWorkspace,
  trimWorkspace,
  utf16Units,
  validateWorkspace,
} from "./workspace.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const e2eDir = resolve(here, "..");
const repoRoot = resolve(here, "..", "..", "..");

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Unbucketed performance.memory values.
  "--enable-precise-memory-info",
];
const VIEWPORT = { width: 1280, height: 800 };
/** The text typed into the title: 30 printable ASCII characters (each gets a keydown). */
const TYPED = " - revised after the Q3 review";
const KEY_INTERVAL_MS = 60;
/** Seeded data must leave room for the preferences key (open tree nodes) in the same quota. */
const SEED_BUDGET = Math.floor(QUOTA_UTF16_UNITS * 0.95);

const HELP = `Usage: node tests/e2e/bench/run.mjs [options]   (or: cargo xtask bench -- [options])

  --sizes 1000,10000   workspace sizes (objectives) to generate and measure
  --runs N             measured runs per size and scenario, each in a fresh context (default 5)
  --throttle R         CPU slowdown via CDP Emulation.setCPUThrottlingRate (default 1 = none)
  --dist DIR           the built app to serve (default: $SIXTWO_DIST or <repo>/dist)
  --port P             port for tests/e2e/serve.mjs (default: a free one)
  --seed S             generator seed (default 20261124)
  --oversize MODE      what to store when the realistic workspace exceeds the quota:
                         trim (default): the least-trimmed variant that fits
                         shim: the realistic text, served by a getItem stub (nothing stored)
  --out FILE           JSON report (default <repo>/target/bench-report.json)
  --generate-only      only generate, validate and report storage footprints
  --help`;

class UsageError extends Error {}

function parseArgs(argv) {
  const options = {
    sizes: [1000, 10000],
    runs: 5,
    throttle: 1,
    dist: process.env.SIXTWO_DIST ? resolve(process.env.SIXTWO_DIST) : join(repoRoot, "dist"),
    port: null,
    seed: 20261124,
    oversize: "trim",
    out: join(repoRoot, "target", "bench-report.json"),
    generateOnly: false,
  };
  const args = [...argv];
  const value = (name) => {
    const next = args.shift();
    if (next === undefined) throw new UsageError(`${name} needs a value`);
    return next;
  };
  const positiveInt = (name, text) => {
    const number = Number(text);
    if (!Number.isInteger(number) || number < 1) throw new UsageError(`${name}: expected a positive whole number, got ${text}`);
    return number;
  };
  while (args.length > 0) {
    let arg = args.shift();
    if (arg.startsWith("--") && arg.includes("=")) {
      const [name, rest] = [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)];
      args.unshift(rest);
      arg = name;
    }
    switch (arg) {
      case "--sizes":
        options.sizes = value(arg).split(",").map((s) => positiveInt(arg, s.trim().replace(/_/g, "")));
        break;
      case "--runs":
        options.runs = positiveInt(arg, value(arg));
        break;
      case "--throttle": {
        const rate = Number(value(arg));
        if (!(rate >= 1)) throw new UsageError("--throttle: expected a number ≥ 1");
        options.throttle = rate;
        break;
      }
      case "--dist":
        options.dist = resolve(value(arg));
        break;
      case "--port":
        options.port = positiveInt(arg, value(arg));
        break;
      case "--seed":
        options.seed = positiveInt(arg, value(arg));
        break;
      case "--oversize":
        options.oversize = value(arg);
        if (!["trim", "shim"].includes(options.oversize)) throw new UsageError("--oversize: expected trim or shim");
        break;
      case "--out":
        options.out = resolve(value(arg));
        break;
      case "--generate-only":
        options.generateOnly = true;
        break;
      case "--help":
      case "-h":
        console.log(HELP);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown argument ${arg}; see --help`);
    }
  }
  return options;
}

// ----- small helpers -----

const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

function median(values) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summary(values) {
  const clean = values.filter((v) => typeof v === "number" && Number.isFinite(v));
  if (clean.length === 0) return null;
  return {
    median: round(median(clean)),
    min: round(Math.min(...clean)),
    max: round(Math.max(...clean)),
    n: clean.length,
  };
}

const round = (value) => (value === null || value === undefined ? null : Math.round(value * 10) / 10);

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function appVersion() {
  const cargo = readFileSync(join(repoRoot, "Cargo.toml"), "utf8");
  const match = cargo.match(/\[package\][^[]*?\nversion\s*=\s*"([^"]+)"/);
  return match ? match[1] : "0.1.0";
}

function gitInfo() {
  try {
    const commit = execFileSync("git", ["-C", repoRoot, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["-C", repoRoot, "status", "--porcelain", "--", "src", "style", "index.html", "Cargo.toml", "Cargo.lock"], { encoding: "utf8" }).trim() !== "";
    return { commit, dirty };
  } catch {
    return null;
  }
}

function distInfo(dist) {
  const files = readdirSync(dist);
  const size = (suffix) => files.filter((f) => f.endsWith(suffix)).reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  return { path: dist, wasmBytes: size(".wasm"), jsBytes: size(".js"), cssBytes: size(".css") };
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function startServer(dist, port) {
  const child = spawn(process.execPath, [join(e2eDir, "serve.mjs")], {
    env: { ...process.env, PORT: String(port), SIXTWO_DIST: dist },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`serve.mjs exited (${child.exitCode}): ${output}`);
    try {
      const response = await fetch(`${base}/index.html`);
      if (response.ok) return { child, base };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill();
  throw new Error(`serve.mjs did not answer on ${base}: ${output}`);
}

// ----- workspaces and what they cost -----

function prepareSize(count, options) {
  const started = Date.now();
  const workspace = generateWorkspace(count, options.seed);
  const problems = validateWorkspace(workspace);
  if (problems.length > 0) {
    throw new Error(`generated workspace of ${count} is invalid:\n  ${problems.slice(0, 10).join("\n  ")}`);
  }
  const version = appVersion();
  const variants = TRIM_LEVELS.map((description, level) => {
    const text = encodeStored(trimWorkspace(workspace, level), { appVersion: version });
    const units = utf16Units(text);
    return {
      level,
      description: level === 0 ? description : trimSummary(level),
      units,
      unitsPerObjective: Math.round(units / count),
      percentOfQuota: +((units * 100) / QUOTA_UTF16_UNITS).toFixed(1),
      fits: units <= QUOTA_UTF16_UNITS,
      text,
    };
  });
  const full = variants[0];
  const headerUnits = utf16Units(encodeStored({ ...workspace, objectives: [] }, { appVersion: version }));
  const perObjectiveExact = (full.units - headerUnits) / count;
  let seeded;
  if (full.units <= SEED_BUDGET) seeded = { ...full, mode: "stored" };
  else if (options.oversize === "shim") seeded = { ...full, mode: "shim" };
  else {
    const fitting = variants.find((variant) => variant.units <= SEED_BUDGET);
    if (!fitting) throw new Error(`no trimmed variant of ${count} objectives fits the quota`);
    seeded = { ...fitting, mode: "stored" };
  }
  // Something to edit: an operational objective with an English title, three quarters down.
  const target = workspace.objectives.slice(Math.floor(count * 0.75)).concat(workspace.objectives)
    .find((o) => o.level === "operational" && !/[\u4e00-\u9fff]/.test(o.title) && o.title.length + TYPED.length <= 300)
    ?? workspace.objectives[workspace.objectives.length - 1];
  log(`${count} objectives generated and checked in ${Date.now() - started} ms: ${full.units.toLocaleString("en")} UTF-16 units (${full.percentOfQuota} % of quota)`);
  return {
    count,
    workspace: describeWorkspace(workspace),
    strategicCount: workspace.objectives.filter((o) => o.level === "strategic").length,
    storage: {
      quotaUnits: QUOTA_UTF16_UNITS,
      full: strip(full),
      unitsPerObjective: Math.round(perObjectiveExact),
      fixedUnits: headerUnits,
      maxObjectivesThatFit: Math.floor((QUOTA_UTF16_UNITS - headerUnits) / perObjectiveExact),
      variants: variants.map(strip),
      seeded: { ...strip(seeded), mode: seeded.mode },
    },
    seedText: seeded.text,
    editTarget: { id: target.id, code: target.code, title: target.title },
  };
}

function strip({ text, ...rest }) {
  return rest;
}

// ----- the browser side -----

/** The init scripts that put the workspace where the app reads it at start-up. */
function seedScripts(origin, prepared) {
  const guard = `location.origin === ${JSON.stringify(origin)} && window.__bench`;
  const literal = JSON.stringify(prepared.seedText);
  const key = JSON.stringify(WORKSPACE_KEY);
  const seed =
    prepared.storage.seeded.mode === "shim"
      ? // Too big for the quota: answer the app's read with the text instead of storing it.
        `if (${guard}) { const seeded = ${literal}; const read = Storage.prototype.getItem;
          Storage.prototype.getItem = function (key) { const stored = read.call(this, key);
            return key === ${key} && stored === null && this === window.localStorage ? seeded : stored; }; }`
      : `if (${guard}) { try { localStorage.setItem(${key}, ${literal}); }
          catch (error) { window.__bench.failed = "seeding localStorage failed: " + error.name + ": " + error.message; } }`;
  return [
    `if (${guard}) window.__bench.seedStart = performance.now();`,
    seed,
    `if (${guard}) window.__bench.seedEnd = performance.now();`,
  ];
}

async function withContext(browser, session, prepared, body) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "en-US", timezoneId: "UTC", serviceWorkers: "block" });
  try {
    await context.addInitScript(probe, { origin: session.base, key: WORKSPACE_KEY });
    for (const content of seedScripts(session.base, prepared)) await context.addInitScript({ content });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (session.throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: session.throttle });
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    return await body(page, cdp, errors);
  } finally {
    await context.close();
  }
}

const TIMEOUT = 240_000;

async function waitForBench(page, predicate, arg, what) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: TIMEOUT, polling: 100 });
  } catch (error) {
    const failed = await page.evaluate(() => window.__bench && window.__bench.failed).catch(() => null);
    throw new Error(`${what}: ${failed ?? error.message}`);
  }
  const failed = await page.evaluate(() => window.__bench.failed);
  if (failed) throw new Error(`${what}: ${failed}`);
}

async function load(page, session, route) {
  await page.goto(`${session.base}/${route}`, { waitUntil: "commit", timeout: TIMEOUT });
  await waitForBench(page, () => window.__bench && (window.__bench.failed || window.__bench.marks.usable !== undefined), null, `loading ${route}`);
  const result = await page.evaluate(collectLoad);
  const seedMs = result.seedEnd - result.seedStart;
  const longest = result.longTasks.reduce((max, task) => Math.max(max, task.duration), 0);
  return {
    usableMs: round(result.usable - seedMs),
    usableRawMs: round(result.usable),
    usableDomMs: round(result.usableDom - seedMs),
    appStartedMs: round(result.appStarted - seedMs),
    wasmFetchEndMs: round(result.wasmFetchEnd - seedMs),
    seedMs: round(seedMs),
    storageReadMs: result.storageReads[0] ? result.storageReads[0].ms : null,
    storageReadUnits: result.storageReads[0] ? result.storageReads[0].units : null,
    longestTaskMs: longest,
    longTasks: result.longTasks,
    rowsRendered: result.rowsRendered,
    countText: result.countText,
  };
}

async function memory(page, cdp) {
  await sleep(1000);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const inPage = await page.evaluate(collectMemory);
  return { ...inPage, cdpUsedSize: heap.usedSize };
}

async function registerRun(browser, session, prepared) {
  return withContext(browser, session, prepared, async (page, cdp, errors) => {
    const result = await load(page, session, "#/register");
    const expected = `Showing ${prepared.count} of ${prepared.count} objectives.`;
    if (result.countText !== expected) throw new Error(`register shows "${result.countText}", expected "${expected}"`);
    result.memory = await memory(page, cdp);
    result.errors = errors;
    return result;
  });
}

async function treeRun(browser, session, prepared) {
  return withContext(browser, session, prepared, async (page, cdp, errors) => {
    const result = await load(page, session, "#/tree");
    const roots = await page.getAttribute('[role="treeitem"]', "aria-setsize");
    if (Number(roots) !== prepared.strategicCount) {
      throw new Error(`the tree has ${roots} top-level items, expected ${prepared.strategicCount}`);
    }
    result.memory = await memory(page, cdp);

    // Collapse everything and let it paint, then time "Expand all".
    await page.getByRole("button", { name: "Collapse all", exact: true }).click();
    await waitForBench(page, () => window.__bench.conditions.collapsed(), null, "collapse all");
    await page.evaluate(() => window.__bench.nextPaint());
    await sleep(500);
    await page.evaluate(() => window.__bench.armClick("Expand all", "expanded"));
    await page.getByRole("button", { name: "Expand all", exact: true }).click();
    await waitForBench(page, () => window.__bench.failed || window.__bench.marks.expanded !== undefined, null, "expand all");
    const expand = await page.evaluate(() => {
      const B = window.__bench;
      const mark = B.marks.expanded;
      const tasks = B.longTasks.filter((task) => task.start >= mark.clickedAt - 5);
      return { ...mark, longestTaskMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0), rowsRendered: document.querySelectorAll('[role="treeitem"]').length };
    });
    result.expand = expand;
    result.errors = errors;
    return result;
  });
}

async function editRun(browser, session, prepared) {
  return withContext(browser, session, prepared, async (page, cdp, errors) => {
    const { id, title } = prepared.editTarget;
    const result = await load(page, session, `#/objectives/${id}`);
    const shown = await page.inputValue("#objective-title");
    if (shown !== title) throw new Error(`objective page shows title "${shown}", expected "${title}"`);
    await sleep(500);
    await page.focus("#objective-title");
    await page.keyboard.press("End");
    await page.evaluate(() => window.__bench.nextPaint());
    const typingStart = await page.evaluate(() => {
      const B = window.__bench;
      B.keys = [];
      B.recordKeys = true;
      return performance.now();
    });
    // Keystrokes on a fixed 60 ms cadence; a busy page delays the next one, like a real one would.
    const start = Date.now();
    for (let i = 0; i < TYPED.length; i += 1) {
      const due = start + i * KEY_INTERVAL_MS;
      if (due > Date.now()) await sleep(due - Date.now());
      await page.keyboard.press(TYPED[i]);
    }
    await waitForBench(page, (count) => window.__bench.keys.length >= count, TYPED.length, "keystroke timings");
    const typed = await page.evaluate(() => {
      const B = window.__bench;
      B.recordKeys = false;
      return { keys: B.keys, end: performance.now() };
    });
    const value = await page.inputValue("#objective-title");
    if (value !== title + TYPED) throw new Error(`after typing the title is "${value}", expected "${title + TYPED}"`);

    // The debounced save (400 ms after the last change) and what it costs.
    await waitForBench(page, () => {
      const status = document.querySelector('[data-testid="save-status"]');
      return status && /Saved in this browser|Not saved/.test(status.textContent);
    }, null, "saving after typing");
    const saved = await page.evaluate(({ key, typingStart, typingEnd }) => {
      const B = window.__bench;
      const stored = window.localStorage.getItem(key);
      const during = B.longTasks.filter((task) => task.start >= typingStart && task.start < typingEnd);
      const after = B.longTasks.filter((task) => task.start >= typingEnd);
      return {
        status: document.querySelector('[data-testid="save-status"]').textContent.trim(),
        storedUnits: stored ? stored.length + key.length : 0,
        longestTaskTypingMs: during.reduce((max, task) => Math.max(max, task.duration), 0),
        longTasksTyping: during,
        saveLongestTaskMs: after.reduce((max, task) => Math.max(max, task.duration), 0),
        saveLongTasks: after,
      };
    }, { key: WORKSPACE_KEY, typingStart, typingEnd: typed.end });
    // The app's own stored form should equal the generated text plus the typed characters
    // (rev, savedAt and updated keep their lengths).
    if (prepared.storage.seeded.mode === "stored") {
      saved.resaveDeltaUnits = saved.storedUnits - (prepared.storage.seeded.units + TYPED.length);
    }
    result.keys = typed.keys;
    result.typingMs = round(typed.end - typingStart);
    result.save = saved;
    result.errors = errors;
    return result;
  });
}

// ----- main -----

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const prepared = options.sizes.map((count) => prepareSize(count, options));
  const report = {
    generatedAt: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
      loadAverage: os.loadavg().map((v) => +v.toFixed(2)),
      node: process.version,
    },
    git: gitInfo(),
    options: { sizes: options.sizes, runs: options.runs, throttle: options.throttle, seed: options.seed, oversize: options.oversize, viewport: VIEWPORT, typed: TYPED, keyIntervalMs: KEY_INTERVAL_MS },
    sizes: prepared.map(({ seedText, ...rest }) => rest),
  };

  if (!options.generateOnly) {
    if (!existsSync(join(options.dist, "index.html"))) {
      throw new Error(`${options.dist}/index.html is missing: build the app first (cargo xtask dist)`);
    }
    report.dist = distInfo(options.dist);
    const port = options.port ?? (await freePort());
    const server = await startServer(options.dist, port);
    const stop = () => server.child.exitCode === null && server.child.kill();
    process.on("exit", stop);
    let browser;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
      report.browser = { name: "Chromium", version: browser.version(), executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true };
      report.playwrightCore = JSON.parse(readFileSync(join(e2eDir, "node_modules", "playwright-core", "package.json"), "utf8")).version;
      const session = { base: server.base, throttle: options.throttle };
      log(`Chromium ${browser.version()}, serving ${options.dist} on ${server.base}, throttle ${options.throttle}×, ${options.runs} runs`);
      for (const [index, size] of prepared.entries()) {
        const entry = report.sizes[index];
        log(`${size.count} objectives: seeding ${size.storage.seeded.units.toLocaleString("en")} units (${size.storage.seeded.mode}, ${size.storage.seeded.description})`);
        await registerRun(browser, session, size); // warm-up: OS file cache, Chromium's first context
        const runs = [];
        for (let run = 1; run <= options.runs; run += 1) {
          const register = await registerRun(browser, session, size);
          const tree = await treeRun(browser, session, size);
          const edit = await editRun(browser, session, size);
          runs.push({ register, tree, edit });
          const keyP95 = percentile(edit.keys.map((k) => k.ms), 95);
          log(`  run ${run}/${options.runs}: register ${register.usableMs} ms, tree ${tree.usableMs} ms, expand ${tree.expand.ms} ms, key p95 ${keyP95} ms, save task ${edit.save.saveLongestTaskMs} ms`);
        }
        entry.runs = runs;
        entry.results = aggregate(runs);
      }
    } finally {
      if (browser) await browser.close();
      stop();
    }
  }

  report.machine.loadAverageEnd = os.loadavg().map((v) => +v.toFixed(2));
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(markdownTable(report));
  log(`JSON report written to ${options.out}`);
}

function aggregate(runs) {
  const pick = (get) => summary(runs.map(get));
  const keys = runs.flatMap((run) => run.edit.keys.map((k) => k.ms));
  const keyDelays = runs.flatMap((run) => run.edit.keys.map((k) => k.inputDelayMs));
  return {
    registerUsableMs: pick((r) => r.register.usableMs),
    registerUsableDomMs: pick((r) => r.register.usableDomMs),
    registerAppStartedMs: pick((r) => r.register.appStartedMs),
    wasmFetchEndMs: pick((r) => r.register.wasmFetchEndMs),
    treeUsableMs: pick((r) => r.tree.usableMs),
    objectiveUsableMs: pick((r) => r.edit.usableMs),
    seedMs: pick((r) => r.register.seedMs),
    storageReadMs: pick((r) => r.register.storageReadMs),
    registerLongestTaskMs: pick((r) => r.register.longestTaskMs),
    treeLongestTaskMs: pick((r) => r.tree.longestTaskMs),
    expandAllMs: pick((r) => r.tree.expand.ms),
    expandAllFromHandlerMs: pick((r) => r.tree.expand.fromHandlerMs),
    expandAllLongestTaskMs: pick((r) => r.tree.expand.longestTaskMs),
    keystrokes: {
      samples: keys.length,
      p50: percentile(keys, 50),
      p95: percentile(keys, 95),
      max: keys.length ? Math.max(...keys) : null,
      inputDelayP95: percentile(keyDelays, 95),
    },
    typingLongestTaskMs: pick((r) => r.edit.save.longestTaskTypingMs),
    saveLongestTaskMs: pick((r) => r.edit.save.saveLongestTaskMs),
    savedUnits: pick((r) => r.edit.save.storedUnits),
    resaveDeltaUnits: pick((r) => r.edit.save.resaveDeltaUnits),
    saveStatus: runs[runs.length - 1].edit.save.status,
    jsHeapAfterLoadBytes: pick((r) => r.register.memory.usedJSHeapSize),
    jsHeapAfterTreeLoadBytes: pick((r) => r.tree.memory.usedJSHeapSize),
    wasmMemoryAfterLoadBytes: pick((r) => r.register.memory.wasmMemoryBytes),
    errors: [...new Set(runs.flatMap((r) => [...r.register.errors, ...r.tree.errors, ...r.edit.errors]))],
  };
}

main().catch((error) => {
  console.error(`bench: ${error instanceof UsageError ? error.message : error.stack ?? error}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
