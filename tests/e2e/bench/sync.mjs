#!/usr/bin/env node
// SixTwo team sync benchmark: how long a generated workspace (1,000 objectives by default, with
// their KPIs, measurements, reviews and plans) takes to go out to a CouchDB-protocol server and
// to come into a second, empty browser, and how long one edit then takes from one browser to
// the other, through the release build in headless Chromium and pouchdb-server (in memory,
// loopback). Each run uses a new database and fresh contexts. First push: from "Start syncing"
// to the page saying it is up to date. First pull: from "Start syncing" in an empty browser to
// the whole workspace stored there. Incremental change: from typing a new title into one
// objective in the first browser to the second browser having stored it (the first browser's
// save, its push, the second's long poll and pull). Reported, never asserted. `cargo xtask
// bench` runs it after `run.mjs`.
//
//   node tests/e2e/bench/sync.mjs [--objectives 1000] [--runs 3] [--dist DIR]

import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { WORKSPACE_KEY, encodeStored, generateWorkspace, utf16Units } from "./workspace.mjs";
import { unpackStored } from "../support/app.js";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const e2eDir = resolve(here, "..");
const repoRoot = resolve(here, "..", "..", "..");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"];
const UP_TO_DATE = "Up to date. Changes from the team arrive as they are made.";
const TIMEOUT = 900_000;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url, child, what) {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer on ${url}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function startSync(page, couch, database) {
  await page.goto("/#/sync");
  await page.getByLabel("Server address").fill(couch);
  await page.getByLabel("Database", { exact: true }).fill(database);
  await page.getByLabel("None: the database is open to anyone who can reach it").check();
  const started = Date.now();
  await page.getByRole("button", { name: "Start syncing" }).click();
  return started;
}

async function upToDate(page) {
  await page.getByTestId("sync-status").filter({ hasText: UP_TO_DATE }).waitFor({ timeout: TIMEOUT });
}

/** The workspace `page` has stored (unpacked from the compact stored form), or null. */
async function storedWorkspace(page, key) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  if (raw === null) return null;
  try {
    return JSON.parse(unpackStored(raw)).workspace ?? null;
  } catch {
    return null;
  }
}

/** Waits until `page` has stored a workspace for which `accept` is true. */
async function waitForStored(page, accept) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    const workspace = await storedWorkspace(page, WORKSPACE_KEY);
    if (workspace && accept(workspace)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the workspace was not stored in time");
}

async function main() {
  const count = Number(option("objectives", "1000"));
  const runs = Number(option("runs", "3"));
  const dist = resolve(option("dist", process.env.SIXTWO_DIST ?? join(repoRoot, "dist")));
  if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist}/index.html is missing: cargo xtask dist first`);
  const workspace = generateWorkspace(count);
  const seeded = encodeStored(workspace, { appVersion: "bench" });
  const appPort = await freePort();
  const couchPort = await freePort();
  const app = spawn(process.execPath, [join(e2eDir, "serve.mjs")], {
    env: { ...process.env, PORT: String(appPort), SIXTWO_DIST: dist },
    stdio: "ignore",
  });
  const couchDir = mkdtempSync(join(os.tmpdir(), "sixtwo-couch-bench-"));
  const couch = spawn(
    process.execPath,
    [require.resolve("pouchdb-server/bin/pouchdb-server"), "--in-memory", "--host", "127.0.0.1", "--port", String(couchPort)],
    { cwd: couchDir, stdio: "ignore" },
  );
  const base = `http://127.0.0.1:${appPort}`;
  const couchUrl = `http://127.0.0.1:${couchPort}`;
  let browser;
  try {
    await waitForHttp(`${base}/index.html`, app, "serve.mjs");
    await waitForHttp(`${couchUrl}/`, couch, "pouchdb-server");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    console.log(
      `${count} objectives (${utf16Units(seeded).toLocaleString("en")} UTF-16 units stored), ` +
        `Chromium ${browser.version()}, ${os.cpus().length} CPUs, ${runs} runs`,
    );
    const pushes = [];
    const pulls = [];
    const changes = [];
    for (let run = 1; run <= runs; run += 1) {
      const database = `bench-${run}-${Date.now()}`;
      await fetch(`${couchUrl}/${database}`, { method: "PUT" });
      const options = { baseURL: base, locale: "en-GB", serviceWorkers: "block", viewport: { width: 1280, height: 800 } };
      const first = await browser.newContext(options);
      await first.addInitScript(
        ({ key, text }) => {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, text);
        },
        { key: WORKSPACE_KEY, text: seeded },
      );
      const a = await first.newPage();
      const pushStart = await startSync(a, couchUrl, database);
      await upToDate(a);
      pushes.push(Date.now() - pushStart);
      const syncUnits = await a.evaluate(() => localStorage.getItem("sixtwo.sync")?.length ?? 0);
      const info = await (await fetch(`${couchUrl}/${database}`)).json();
      const second = await browser.newContext(options);
      const b = await second.newPage();
      const pullStart = await startSync(b, couchUrl, database);
      await upToDate(b);
      await waitForStored(b, (w) => w.objectives?.length === count);
      pulls.push(Date.now() - pullStart);
      // One edit in the first browser, until the second has stored it.
      const edited = workspace.objectives[0];
      const title = `Changed in run ${run}`;
      await a.goto(`/#/objectives/${edited.id}`);
      const field = a.getByRole("textbox", { name: "Title" });
      // The objective page keeps the title in a fold: open it, as a person does to edit it.
      await a.locator("#objective-title").waitFor({ state: "attached", timeout: TIMEOUT });
      await a.evaluate(() => {
        const fold = document.querySelector("#objective-title")?.closest("details");
        if (fold) fold.open = true;
      });
      await field.waitFor({ timeout: TIMEOUT });
      const changeStart = Date.now();
      await field.fill(title);
      await waitForStored(b, (w) => w.objectives?.find((o) => o.id === edited.id)?.title === title);
      changes.push(Date.now() - changeStart);
      console.log(
        `run ${run}: ${info.doc_count} documents, sync data stored ${syncUnits.toLocaleString("en")} UTF-16 units; ` +
          `first push ${pushes.at(-1)} ms, ` +
          `first pull into an empty browser ${pulls.at(-1)} ms, incremental change ${changes.at(-1)} ms`,
      );
      await first.close();
      await second.close();
    }
    console.log(
      `median of ${runs}: first push ${median(pushes)} ms, first pull ${median(pulls)} ms, ` +
        `incremental change ${median(changes)} ms (load average ${os.loadavg()[0].toFixed(1)})`,
    );
  } finally {
    if (browser) await browser.close();
    app.kill();
    couch.kill();
    if (couch.exitCode === null) await once(couch, "exit");
    rmSync(couchDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
