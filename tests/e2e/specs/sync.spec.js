// Team sync through a real CouchDB-protocol peer: pouchdb-server (from npm, in memory, on the
// loopback address and a port derived from PORT) started by this spec. Two browser contexts
// sync one workspace through it: an edit in one appears in the other, edits made offline in
// both go out when the network returns and both converge, and a concurrent edit of one
// objective is shown as a conflict, field by field, and resolved; the server failing mid-sync
// and the tab closed then lose nothing.
import { test, expect, App, expectNoAxeViolations } from "../support/app.js";
import { specPort } from "../support/static-server.js";
import {
  UP_TO_DATE,
  couchFetch,
  expectTitle,
  fillSyncForm,
  newDatabase as newCouchDatabase,
  objectiveId,
  retitle,
  startCouch,
  stopCouch,
} from "../support/couch.js";

const OTHER_TAB =
  "Another tab of this browser is syncing this workspace; its conflicts and errors are shown there. This tab shows when it last synced and takes over when that tab is closed.";

let couch;

test.beforeAll(async () => {
  couch = await startCouch(specPort(1));
});

test.afterAll(async () => {
  await stopCouch(couch);
});

/** A new, empty database on the open server. */
const newDatabase = () => newCouchDatabase(couch);

/** Sets sync up on the Team sync page (no sign-in: the test server is open) and waits. */
const startSync = (app, database) => fillSyncForm(app, couch, database);

/** The server's current version of objective `code`'s document, with any conflicting leaves. */
async function serverObjective(app, database, code) {
  const id = encodeURIComponent(`objective:${await objectiveId(app, code)}`);
  return (await couchFetch(couch, `/${database}/${id}?conflicts=true`)).json;
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
  return { other, context, database };
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

/** Edits objective S1 in both browsers while A is offline, then brings A back; returns A's
 * conflict, shown on its Team sync page. */
async function concurrentEdit(app, other) {
  await app.page.context().setOffline(true);
  await retitle(app, "S1", "Title from A");
  await retitle(other, "S1", "Title from B");
  await app.open("#/sync");
  await app.page.context().setOffline(false);
  const conflict = app.page.getByTestId("sync-conflict");
  await expect(conflict).toHaveCount(1, { timeout: 40_000 });
  // The import's comparison: the record as the group's name, the fields that differ, a choice.
  await expect(conflict.getByRole("group")).toHaveAccessibleName(/^Objective S1/);
  const row = conflict.getByRole("row", { name: /^title/ });
  await expect(row).toContainText('"Title from A"');
  await expect(row).toContainText('"Title from B"');
  // Never picked silently: A keeps its version until someone decides.
  expect((await app.storedObjectives()).S1.title).toBe("Title from A");
  return conflict;
}

/** Waits until the server holds one leaf of S1, titled `title`: the losing revisions deleted. */
async function expectResolvedOnServer(app, database, title) {
  await expect
    .poll(async () => {
      const doc = await serverObjective(app, database, "S1");
      return { title: doc.record?.title, conflicts: doc._conflicts ?? [] };
    }, { timeout: 40_000 })
    .toEqual({ title, conflicts: [] });
}

test("a concurrent edit of one objective is shown as a conflict and resolved with Keep mine", async ({ app, browser }) => {
  const { other, context, database } = await twoBrowsers(browser, app);
  try {
    const conflict = await concurrentEdit(app, other);
    await expectNoAxeViolations(app.page, "a sync conflict");
    await app.page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(app.page, "a sync conflict in dark colours");
    await app.page.emulateMedia({ colorScheme: "light" });
    // Resolving without a choice picks nothing.
    await conflict.getByRole("button", { name: /^Resolve/ }).click();
    await expect(app.page.getByRole("alert").filter({ hasText: "Choose “Keep mine” or “Take theirs” first." })).toBeVisible();
    await expect(conflict).toHaveCount(1);
    await conflict.getByRole("radio", { name: "Keep mine" }).check();
    await conflict.getByRole("button", { name: /^Resolve/ }).click();
    await expect(conflict).toHaveCount(0);
    await expectResolvedOnServer(app, database, "Title from A");
    await expectTitle(other, "S1", "Title from A");
    await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE);
    expect(await other.storedObjectives()).toEqual(await app.storedObjectives());
  } finally {
    await context.close();
  }
});

test("a conflict resolved with Take theirs takes the server's version here and there", async ({ app, browser }) => {
  const { other, context, database } = await twoBrowsers(browser, app);
  try {
    const conflict = await concurrentEdit(app, other);
    await conflict.getByRole("radio", { name: "Take theirs" }).check();
    await conflict.getByRole("button", { name: /^Resolve/ }).click();
    await expect(conflict).toHaveCount(0);
    await expectTitle(app, "S1", "Title from B");
    await expectResolvedOnServer(app, database, "Title from B");
    await expectTitle(other, "S1", "Title from B");
    await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE);
    expect(await other.storedObjectives()).toEqual(await app.storedObjectives());
  } finally {
    await context.close();
  }
});

test("documents written on the server that break a rule are held aside and explained", async ({ app }) => {
  const database = await newDatabase();
  await app.loadExample();
  await app.waitForSaved();
  await startSync(app, database);
  const before = await app.storedObjectives();
  // Someone writes straight to the server: S2 takes S1's code, and S1 goes below its own child.
  const s2 = await serverObjective(app, database, "S2");
  s2.record.code = "S1";
  const s1 = await serverObjective(app, database, "S1");
  s1.record.parent = await objectiveId(app, "T1");
  for (const doc of [s2, s1]) {
    const written = await couchFetch(couch, `/${database}/${encodeURIComponent(doc._id)}`, { method: "PUT", body: doc });
    expect(written.status).toBe(201);
  }
  await app.open("#/sync");
  const held = app.page.getByTestId("sync-held");
  await expect(held).toHaveCount(2, { timeout: 40_000 });
  await expect(held.filter({ hasText: "the code S1 is used more than once" })).toHaveCount(1);
  await expect(held.filter({ hasText: "the parent links form a loop" })).toHaveCount(1);
  // Nothing was applied: the workspace here is as it was, and still passes every rule.
  expect(await app.storedObjectives()).toEqual(before);
  expect((await app.storedEnvelope()).workspace.objectives.find((o) => o.code === "S1").parent).toBeUndefined();
  await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE);
  await expectNoAxeViolations(app.page, "records held aside");
});

test("the server failing mid-sync and the tab closed then lose nothing", async ({ app, browser }) => {
  const { other, context } = await twoBrowsers(browser, app);
  try {
    // The server drops the connection when this browser writes its changes.
    let hit;
    const failed = new Promise((resolve) => (hit = resolve));
    await app.page.context().route(`${couch.url}/**/_bulk_docs`, async (route) => {
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

test("two tabs of one browser: one syncs, the other shows it and takes over when it closes", async ({ app }) => {
  const database = await newDatabase();
  await app.loadExample();
  await app.waitForSaved();
  await startSync(app, database);
  const titleOnServer = async (code) => (await serverObjective(second, database, code)).record?.title;
  // A second tab of the same browser, watched for every request it makes to the server.
  const second = new App(await app.page.context().newPage());
  const sentBySecond = [];
  second.page.on("request", (request) => {
    if (request.url().startsWith(couch.url)) sentBySecond.push(request.url());
  });
  await second.open("#/sync");
  await expect(second.page.getByTestId("sync-status")).toHaveText(OTHER_TAB);
  await expect(second.page.getByTestId("sync-last")).toContainText("Last synced:");
  // An edit in the second tab goes out through the first; one made on the server comes in.
  await retitle(second, "S1", "Edited in the second tab");
  await expect.poll(() => titleOnServer("S1"), { timeout: 40_000 }).toBe("Edited in the second tab");
  const s3 = await serverObjective(second, database, "S3");
  s3.record.title = "Edited on the server";
  expect((await couchFetch(couch, `/${database}/${encodeURIComponent(s3._id)}`, { method: "PUT", body: s3 })).status).toBe(201);
  await expectTitle(second, "S3", "Edited on the server");
  await expectTitle(app, "S3", "Edited on the server");
  // Only the first tab talked to the server.
  expect(sentBySecond).toEqual([]);
  await second.open("#/sync");
  await expect(second.page.getByTestId("sync-status")).toHaveText(OTHER_TAB);
  await expectNoAxeViolations(second.page, "the Team sync page of a tab that waits");
  // Pause and resume in the waiting tab apply to the tab that syncs.
  await app.open("#/sync");
  await second.page.getByRole("button", { name: "Pause" }).click();
  await expect(app.page.getByTestId("sync-status")).toHaveText("Paused. Changes made here wait until you resume.");
  await second.page.getByRole("button", { name: "Resume" }).click();
  await expect(app.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE, { timeout: 30_000 });
  await expect(second.page.getByTestId("sync-status")).toHaveText(OTHER_TAB);
  expect(sentBySecond).toEqual([]);

  // The first tab closes: the second takes over, sending and taking changes itself.
  await app.page.close();
  await expect(second.page.getByTestId("sync-status")).toHaveText(UP_TO_DATE, { timeout: 30_000 });
  await retitle(second, "S2", "After the first tab closed");
  await expect.poll(() => titleOnServer("S2"), { timeout: 40_000 }).toBe("After the first tab closed");
  expect(await titleOnServer("S1")).toBe("Edited in the second tab");
  expect(sentBySecond.length).toBeGreaterThan(0);
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
