// Team sync through a real CouchDB-protocol peer: pouchdb-server (from npm, in memory, on the
// loopback address and a port derived from PORT) started by this spec. Two browser contexts
// sync one workspace through it: an edit in one appears in the other, edits made offline in
// both go out when the network returns and both converge, and a concurrent edit of one
// objective is shown as a conflict, field by field, and resolved; the server failing mid-sync
// and the tab closed then lose nothing.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, App, expectNoAxeViolations } from "../support/app.js";
import { specPort } from "../support/static-server.js";

const require = createRequire(import.meta.url);
const COUCH_PORT = specPort(1);
const COUCH = `http://127.0.0.1:${COUCH_PORT}`;
const UP_TO_DATE = "Up to date. Changes from the team arrive as they are made.";

let couch;

test.beforeAll(async () => {
  // pouchdb-server writes its config and log into its working folder: a temporary one.
  const dir = await mkdtemp(join(tmpdir(), "sixtwo-couch-"));
  const bin = require.resolve("pouchdb-server/bin/pouchdb-server");
  const child = spawn(
    process.execPath,
    [bin, "--in-memory", "--host", "127.0.0.1", "--port", String(COUCH_PORT)],
    { cwd: dir, stdio: "ignore" },
  );
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(`${COUCH}/`)).ok) break;
    } catch {
      if (tries > 300) throw new Error(`pouchdb-server did not start on ${COUCH}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  couch = { child, dir };
});

test.afterAll(async () => {
  if (!couch) return;
  couch.child.kill();
  if (couch.child.exitCode === null) await once(couch.child, "exit");
  await rm(couch.dir, { recursive: true, force: true });
});

let databases = 0;

/** A new, empty database on the server. */
async function newDatabase() {
  databases += 1;
  const name = `team-${databases}-${Date.now()}`;
  const response = await fetch(`${COUCH}/${name}`, { method: "PUT" });
  expect(response.ok).toBe(true);
  return name;
}

/** Sets sync up on the Team sync page (no sign-in: the test server is open) and waits. */
async function startSync(app, database) {
  const page = app.page;
  await app.open("#/sync");
  await expect(app.heading).toHaveText("Team sync");
  await page.getByLabel("Server address").fill(COUCH);
  await page.getByLabel("Database", { exact: true }).fill(database);
  await page.getByLabel("None: the database is open to anyone who can reach it").check();
  await page.getByRole("button", { name: "Start syncing" }).click();
  await expect(page.getByTestId("sync-status")).toHaveText(UP_TO_DATE);
}

/** The id of the stored objective with `code`. */
async function objectiveId(app, code) {
  const envelope = await app.storedEnvelope();
  return envelope.workspace.objectives.find((o) => o.code === code).id;
}

/** Retitles objective `code` on its page, waits until it is stored, and returns. */
async function retitle(app, code, title) {
  await app.open(`#/objectives/${await objectiveId(app, code)}`);
  await app.page.getByRole("textbox", { name: "Title" }).fill(title);
  await app.waitForSaved();
}

/** Waits until browser `app` has stored `title` for objective `code`. */
async function expectTitle(app, code, title) {
  await expect.poll(async () => (await app.storedObjectives())[code]?.title, { timeout: 40_000 }).toBe(title);
}

/** Two browsers syncing one database: A with the example, B starting empty. */
async function twoBrowsers(browser, app) {
  const database = await newDatabase();
  await app.loadExample();
  await app.waitForSaved();
  await startSync(app, database);
  const context = await browser.newContext();
  const other = new App(await context.newPage());
  await other.open("#/");
  await startSync(other, database);
  await expect.poll(async () => Object.keys(await other.storedObjectives()).length).toBe(9);
  return { other, context };
}

test("an edit in one browser appears in the other, and the other way round", async ({ app, browser }) => {
  const { other, context } = await twoBrowsers(browser, app);
  try {
    expect(await other.storedObjectives()).toEqual(await app.storedObjectives());
    await retitle(app, "S1", "Restore services faster (edited in A)");
    await expectTitle(other, "S1", "Restore services faster (edited in A)");
    await retitle(other, "S2", "Edited in B");
    await expectTitle(app, "S2", "Edited in B");
    // Syncing never touches the file format: the stored workspace is what export writes.
    expect((await other.storedEnvelope()).format).toBe((await app.storedEnvelope()).format);
  } finally {
    await context.close();
  }
});

test("edits made offline in both browsers go out when the network returns", async ({ app, browser }) => {
  const { other, context } = await twoBrowsers(browser, app);
  try {
    await app.page.context().setOffline(true);
    await retitle(app, "S1", "Offline in A");
    await retitle(other, "S3", "Online in B");
    await app.open("#/sync");
    await expect(app.page.getByTestId("sync-status")).toContainText("The server cannot be reached.");
    await expect(app.page.getByTestId("sync-pending")).toHaveText("1 change made here is not on the server yet.");
    // The edit is stored here while offline; closing the tab would not lose it.
    expect((await app.storedObjectives()).S1.title).toBe("Offline in A");
    await app.page.context().setOffline(false);
    await expectTitle(other, "S1", "Offline in A");
    await expectTitle(app, "S3", "Online in B");
    await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE);
    await expect(app.page.getByTestId("sync-pending")).toHaveText("");
  } finally {
    await context.close();
  }
});

test("a concurrent edit of one objective is shown as a conflict and resolved", async ({ app, browser }) => {
  const { other, context } = await twoBrowsers(browser, app);
  try {
    await app.page.context().setOffline(true);
    await retitle(app, "S1", "Title from A");
    await retitle(other, "S1", "Title from B");
    await app.open("#/sync");
    await app.page.context().setOffline(false);
    const conflict = app.page.getByTestId("sync-conflict");
    await expect(conflict).toHaveCount(1, { timeout: 40_000 });
    await expect(conflict.getByRole("heading")).toContainText("Objective S1");
    const row = conflict.getByRole("row", { name: /^title/ });
    await expect(row).toContainText('"Title from A"');
    await expect(row).toContainText('"Title from B"');
    // Never picked silently: A keeps its version until someone decides.
    expect((await app.storedObjectives()).S1.title).toBe("Title from A");
    await expectNoAxeViolations(app.page, "a sync conflict");
    await conflict.getByRole("button", { name: /^Keep mine/ }).click();
    await expect(conflict).toHaveCount(0);
    await expectTitle(other, "S1", "Title from A");
    await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE);
    expect(await other.storedObjectives()).toEqual(await app.storedObjectives());
  } finally {
    await context.close();
  }
});

test("the server failing mid-sync and the tab closed then lose nothing", async ({ app, browser }) => {
  const { other, context } = await twoBrowsers(browser, app);
  try {
    // The server drops the connection when this browser writes its changes.
    let hit;
    const failed = new Promise((resolve) => (hit = resolve));
    await app.page.context().route(`${COUCH}/**/_bulk_docs`, async (route) => {
      hit();
      await route.abort("connectionreset");
    });
    await retitle(app, "S1", "Written while the server failed");
    await failed;
    await app.page.context().unrouteAll({ behavior: "ignoreErrors" });
    // The tab is closed and opened again before the next try.
    await app.reload();
    await expectTitle(other, "S1", "Written while the server failed");
    await app.open("#/sync");
    await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE);
    expect(await other.storedObjectives()).toEqual(await app.storedObjectives());
  } finally {
    await context.close();
  }
});

test("stop syncing keeps the local copy, and the password is never stored", async ({ app }) => {
  const database = await newDatabase();
  await app.loadExample();
  await app.waitForSaved();
  // Plain HTTP to another computer is refused at its field, and nothing is stored.
  await app.open("#/sync");
  await app.page.getByLabel("Server address").fill("http://couch.example.org");
  await app.page.getByLabel("Database", { exact: true }).fill(database);
  await app.page.getByRole("button", { name: "Start syncing" }).click();
  await expect(app.page.getByLabel("Server address")).toHaveAttribute("aria-invalid", "true");
  await expect(
    app.page.getByRole("alert").filter({ hasText: "Use https://. With http:// the password" }).first(),
  ).toBeVisible();
  await expect(app.page.getByLabel("Server address")).toBeFocused();
  expect(await app.page.evaluate(() => window.localStorage.getItem("sixtwo.sync"))).toBeNull();
  await startSync(app, database);
  const stored = await app.page.evaluate(() => window.localStorage.getItem("sixtwo.sync"));
  expect(stored).toContain(database);
  expect(stored.toLowerCase()).not.toContain("password");
  await app.page.getByRole("button", { name: "Stop syncing…" }).click();
  await app.page.getByRole("dialog").getByRole("button", { name: "Stop syncing" }).click();
  await expect(app.page.getByTestId("sync-status")).toHaveText(
    "Team sync is off: this workspace is kept in this browser only.",
  );
  expect(await app.page.evaluate(() => window.localStorage.getItem("sixtwo.sync"))).toBeNull();
  expect(Object.keys(await app.storedObjectives()).length).toBe(9);
  await expectNoAxeViolations(app.page, "the Team sync form");
});
