// The release build fetches the code of rarely used views when one first opens (README, Size
// and speed): the start page never fetches those chunks, opening such a view fetches its
// chunks and the view works, and after one visit the service worker has kept them, so such a
// view opens without a network too. The English messages only a group's views use are fetched
// with its code (messages/en-<group>-<hash>.txt), and a view whose texts cannot be fetched shows
// the same failure page as one whose code cannot. Team sync's code is fetched only for a workspace that has
// sync set up (pouchdb-server, as in the sync specs), and when it cannot be fetched the Team
// sync page says so and sync starts once it can.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test, expect, App } from "../support/app.js";
import { DIST, deploySite, specPort } from "../support/static-server.js";
import {
  UP_TO_DATE,
  couchFetch,
  fillSyncForm,
  newDatabase,
  objectiveId,
  retitle,
  startCouch,
  stopCouch,
} from "../support/couch.js";

/** The wasm chunks of dist/: the .wasm files index.html does not name (only the loader does). */
function chunkFiles() {
  const index = readFileSync(join(DIST, "index.html"), "utf8");
  return readdirSync(DIST).filter((name) => name.endsWith(".wasm") && !index.includes(name));
}

/** The chunk files among the addresses the page asked for so far. */
function fetchedChunks(requests, chunks) {
  return chunks.filter((chunk) => requests.some((url) => new URL(url).pathname.endsWith(`/${chunk}`)));
}

/** The groups' English messages files among the addresses the page asked for so far. */
function fetchedGroupTexts(requests) {
  return requests
    .map((url) => new URL(url).pathname.split("/").pop())
    .filter((name) => /^en-[a-z]+-[0-9a-f]{16}\.txt$/.test(name))
    .map((name) => name.split("-")[1]);
}

/** Waits until the page has been quiet on the network, so that every fetch it makes is seen. */
async function settle(page) {
  await page.waitForLoadState("networkidle");
}

test("the start page fetches no rarely used view's code; opening one fetches it, and it works", async ({
  page,
}) => {
  const chunks = chunkFiles();
  expect(chunks.length, "dist/ is the split release build (cargo xtask dist)").toBeGreaterThan(0);
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));

  const app = new App(page);
  await app.open("#/");
  await expect(app.heading).toHaveText("Overview");
  await app.go("Register", "Objectives register");
  await settle(page);
  expect(fetchedChunks(requests, chunks), "everyday views need no chunk").toEqual([]);
  expect(fetchedGroupTexts(requests), "nor a group's texts").toEqual([]);

  await app.go("Training", "Training");
  await settle(page);
  const forTraining = fetchedChunks(requests, chunks);
  expect(forTraining.length, "opening Training fetched its code").toBeGreaterThan(0);
  expect(forTraining.length, "and not every view's code").toBeLessThan(chunks.length);
  expect(fetchedGroupTexts(requests), "and its group's texts").toEqual(["exercises"]);
  // Focus moved to the new view's heading once its code was there.
  await expect(app.heading).toBeFocused();

  // The view works: it loads an exercise, which the register then shows.
  await page.getByRole("button", { name: "Load the exercise Example IT Services Ltd." }).click();
  await expect(app.notice).toContainText("The example organisation was loaded.");
  await expect(page.getByTestId("exercise-panel")).toBeVisible();

  // Opening it again (and another view of the same group) fetches nothing more.
  const before = requests.length;
  await app.go("Register", "Objectives register");
  await app.open("#/training");
  await expect(app.heading).toHaveText("Training");
  await settle(page);
  expect(fetchedChunks(requests.slice(before), chunks)).toEqual([]);
});

/** The chunk of the split group `group` (`sixtwo_<group>` in src/ui/rare_views.rs). */
function groupChunk(group) {
  const found = chunkFiles().filter((name) => name.startsWith(`split_sixtwo_${group}-`));
  expect(found, `dist/ has one chunk for the ${group} group`).toHaveLength(1);
  return found[0];
}

test("the start page, the register and the tree fetch neither the objective page's nor the policy's code; opening them does, and they work", async ({
  page,
}) => {
  const objectiveChunk = groupChunk("objective");
  const policyChunk = groupChunk("policy");
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));

  const app = new App(page);
  await app.loadExample();
  await app.go("Register", "Objectives register");
  await app.go("Level tree", "Tree of objective levels");
  await app.go("Register", "Objectives register");
  await settle(page);
  expect(fetchedChunks(requests, [objectiveChunk, policyChunk]), "the everyday lists need neither").toEqual([]);

  // An objective opened from the register: its code is fetched, then the page shows with the
  // focus on its heading, and it works.
  const code = (await app.registerCodes.first().innerText()).trim();
  await app.registerCodes.first().click();
  await expect(app.heading).toHaveText(new RegExp(`^${code} `));
  await expect(app.heading).toBeFocused();
  await settle(page);
  expect(fetchedChunks(requests, [objectiveChunk, policyChunk])).toEqual([objectiveChunk]);
  expect(fetchedGroupTexts(requests)).toEqual(["objective"]);
  // Texts only the objective page uses came with it.
  await expect(page.getByRole("link", { name: "Revision history" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete…" })).toBeVisible();
  const kpis = await page.getByTestId("kpi").count();
  await page.getByRole("button", { name: "Add a KPI" }).click();
  await expect(page.getByTestId("kpi")).toHaveCount(kpis + 1);
  await app.waitForSaved();

  await app.go("Policy", "Organisation and policy");
  await expect(app.heading).toBeFocused();
  await settle(page);
  expect(fetchedChunks(requests, [objectiveChunk, policyChunk])).toEqual([objectiveChunk, policyChunk]);
  expect(fetchedGroupTexts(requests)).toEqual(["objective", "policy"]);
});

test("after one visit a rarely used view opens without a network", async ({ page, context }) => {
  const chunks = chunkFiles();
  expect(chunks.length, "dist/ is the split release build (cargo xtask dist)").toBeGreaterThan(0);
  const site = await deploySite(specPort(9));
  try {
    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    const app = new App(page);
    await app.openControlled(`${site.server.url}#/`);
    // The page itself fetched no chunk: offline, they can only come from the worker's cache.
    expect(fetchedChunks(requests, chunks)).toEqual([]);

    await context.setOffline(true);
    await site.server.close();
    await page.goto(`${site.server.url}#/report`);
    await app.ready();
    await expect(app.heading).toHaveText("Clause 6.2 evidence pack");
    await app.go("Training", "Training");
    await expect(page.getByRole("button", { name: "Load the exercise Example IT Services Ltd." })).toBeVisible();
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

test.describe("when a view's code cannot be fetched", () => {
  // Without the service worker every chunk comes from the network, which the test cuts.
  test.use({ serviceWorkers: "block" });

  test("the page says so and offers to try again, and Try again opens the view", async ({ page }) => {
    const app = new App(page);
    await app.open("#/");
    await page.route(/\.wasm$/, (route) =>
      chunkFiles().some((chunk) => route.request().url().endsWith(`/${chunk}`))
        ? route.abort()
        : route.continue(),
    );
    await app.go("Training", "This view could not be opened");
    await expect(page.getByRole("alert")).toContainText("Check the connection, then try again.");
    await expect(app.heading).toBeFocused();

    await page.unroute(/\.wasm$/);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(app.heading).toHaveText("Training");
    // The button pressed is gone: focus goes to the view's heading, not to the page's body.
    await expect(app.heading).toBeFocused();
    await expect(page.getByRole("button", { name: "Load the exercise Example IT Services Ltd." })).toBeVisible();
  });

  test("an objective whose texts cannot be fetched says so as when its code cannot, and Try again opens it", async ({
    page,
  }) => {
    const app = new App(page);
    await app.loadExample();
    await app.go("Register", "Objectives register");
    const groupTexts = /\/messages\/en-[a-z]+-[0-9a-f]{16}\.txt$/;
    await page.route(groupTexts, (route) => route.abort());
    const code = (await app.registerCodes.first().innerText()).trim();
    await app.registerCodes.first().click();
    await expect(app.heading).toHaveText("This view could not be opened");
    await expect(page.getByRole("alert")).toContainText("Check the connection, then try again.");
    await expect(app.heading).toBeFocused();

    await page.unroute(groupTexts);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(app.heading).toHaveText(new RegExp(`^${code} `));
    await expect(app.heading).toBeFocused();
    await expect(page.getByRole("link", { name: "Revision history" })).toBeVisible();
  });

  test("an objective whose code cannot be fetched says so, and Try again opens it", async ({
    page,
  }) => {
    const app = new App(page);
    await app.loadExample();
    await app.go("Register", "Objectives register");
    await page.route(/\.wasm$/, (route) =>
      chunkFiles().some((chunk) => route.request().url().endsWith(`/${chunk}`))
        ? route.abort()
        : route.continue(),
    );
    const code = (await app.registerCodes.first().innerText()).trim();
    await app.registerCodes.first().click();
    await expect(app.heading).toHaveText("This view could not be opened");
    await expect(page.getByRole("alert")).toContainText("Check the connection, then try again.");
    await expect(app.heading).toBeFocused();

    await page.unroute(/\.wasm$/);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(app.heading).toHaveText(new RegExp(`^${code} `));
    await expect(page.getByRole("button", { name: "Add a KPI" })).toBeVisible();
  });
});

test.describe("the tree's “Move to…” dialog, whose controls come with the objective page's code", () => {
  // Without the service worker every chunk comes from the network, where the test holds it.
  test.use({ serviceWorkers: "block" });

  /** Holds every chunk request until the returned function is called (or aborts them). */
  async function holdChunks(page, { abort = false } = {}) {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const chunks = chunkFiles();
    await page.route(/\.wasm$/, async (route) => {
      if (!chunks.some((chunk) => route.request().url().endsWith(`/${chunk}`))) return route.continue();
      if (abort) return route.abort();
      await held;
      return route.continue();
    });
    return release;
  }

  function moveButton(page) {
    return page
      .getByRole("region", { name: "Actions for the selected objective" })
      .getByRole("button", { name: "Move to…" });
  }

  test("is busy and says so while the code loads, then focuses its filter; Escape returns the focus", async ({
    page,
  }) => {
    const app = new App(page);
    await app.loadExample();
    await app.go("Level tree", "Tree of objective levels");
    const release = await holdChunks(page);
    await app.treeItem("T3").click();
    await moveButton(page).click();
    const dialog = page.getByRole("dialog", { name: "Move T3 to…" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute("aria-busy", "true");
    await expect(dialog.getByRole("status")).toHaveText("Loading the objectives you can choose from…");

    release();
    const filter = dialog.getByRole("searchbox", { name: "Search" });
    await expect(filter).toBeFocused();
    await expect(dialog).not.toHaveAttribute("aria-busy", /.*/);
    await expect(dialog.getByRole("status")).toHaveCount(0);
    await expect(
      dialog.getByRole("listbox", { name: "Parent objective" }).getByRole("option", { name: /^S2 / }),
    ).toHaveJSProperty("selected", true);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(moveButton(page)).toBeFocused();

    // Once loaded, the dialog opens with its controls at once.
    await page.unroute(/\.wasm$/);
    await moveButton(page).click();
    await expect(filter).toBeFocused();
    await expect(dialog).not.toHaveAttribute("aria-busy", /.*/);
  });

  test("says so when its code cannot be fetched, closes with Cancel, and works once it can", async ({ page }) => {
    const app = new App(page);
    await app.loadExample();
    await app.go("Level tree", "Tree of objective levels");
    await holdChunks(page, { abort: true });
    await app.treeItem("T3").click();
    await moveButton(page).click();
    const dialog = page.getByRole("dialog", { name: "Move T3 to…" });
    await expect(dialog.getByRole("alert")).toContainText("The list of objectives could not be loaded.");
    await expect(dialog).not.toHaveAttribute("aria-busy", /.*/);
    const cancel = dialog.getByRole("button", { name: "Cancel" });
    await expect(cancel).toBeFocused();
    await cancel.click();
    await expect(dialog).toBeHidden();

    await page.unroute(/\.wasm$/);
    await moveButton(page).click();
    await expect(dialog.getByRole("searchbox", { name: "Search" })).toBeFocused();
    await dialog.getByRole("listbox", { name: "Parent objective" }).selectOption({ label: "S1 Raise global market competitiveness (strategic)" });
    await dialog.getByRole("button", { name: "Move", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(app.notice).toContainText("Moved T3.");
  });
});

/** The file of team sync's own split module (the loader fetches it for every sync call). */
function syncChunk() {
  const chunk = chunkFiles().find((name) => name.startsWith("split_sixtwo_sync-"));
  expect(chunk, "dist/ has team sync's split module").toBeTruthy();
  return chunk;
}

test.describe("team sync's code", () => {
  let couch;

  /** The example loaded and saved, with team sync set up against a new database. */
  async function exampleWithSync(page) {
    const app = new App(page);
    await app.open("#/");
    await app.loadExample();
    await app.waitForSaved();
    const database = await newDatabase(couch);
    await fillSyncForm(app, couch, database);
    return { app, database };
  }

  test.beforeAll(async () => {
    couch = await startCouch(specPort(3));
  });

  test.afterAll(async () => {
    await stopCouch(couch);
  });

  test("a workspace without sync never fetches it, not even when a change is saved", async ({ page }) => {
    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    const app = new App(page);
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Strategic", code: "S1", title: "Faster" });
    await app.waitForSaved();
    await settle(page);
    // (New objective fetches the objective page's own chunks; which ones is checked above.)
    expect(fetchedChunks(requests, [syncChunk()])).toEqual([]);
  });

  test("a workspace with sync fetches it when it opens, and syncs", async ({ page }) => {
    const { app, database } = await exampleWithSync(page);

    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    await app.reload();
    await expect.poll(() => fetchedChunks(requests, [syncChunk()])).toEqual([syncChunk()]);
    // Sync goes on after the reload without the Team sync page: an edit reaches the server.
    await retitle(app, "S1", "Edited after the reload");
    const id = encodeURIComponent(`objective:${await objectiveId(app, "S1")}`);
    await expect
      .poll(async () => (await couchFetch(couch, `/${database}/${id}`)).json.record?.title, { timeout: 30_000 })
      .toBe("Edited after the reload");
  });

  test.describe("when it cannot be fetched", () => {
    // Without the service worker every chunk comes from the network, which the test cuts.
    test.use({ serviceWorkers: "block" });

    test("the status says so, nothing is touched, and sync starts once it can be fetched", async ({ page }) => {
      const { app, database } = await exampleWithSync(page);

      const chunk = syncChunk();
      await page.route(/\.wasm$/, (route) =>
        route.request().url().endsWith(`/${chunk}`) ? route.abort() : route.continue(),
      );
      await app.reload();
      await app.open("#/sync");
      const status = page.getByTestId("sync-status");
      const unavailable =
        "Team sync could not start: its part of SixTwo could not be loaded. It tries again in a moment and when the connection is back. Your data is not affected.";
      await expect(status).toHaveText(unavailable);
      // The settings are not known yet, so no form offers to replace them.
      await expect(page.getByRole("button", { name: "Start syncing" })).toHaveCount(0);
      // A change saved meanwhile tries again; the sync data stays as it was.
      const syncData = () => page.evaluate(() => localStorage.getItem("sixtwo.sync"));
      const stored = await syncData();
      expect(stored).toContain(database);
      await retitle(app, "S1", "Edited while sync could not start");
      await app.open("#/sync");
      await expect(status).toHaveText(unavailable);
      expect(await syncData()).toBe(stored);

      await page.unroute(/\.wasm$/);
      await expect(status).toHaveText(UP_TO_DATE, { timeout: 30_000 });
      await expect(page.getByTestId("sync-with")).toContainText(database);
      // What was edited meanwhile went out.
      const id = encodeURIComponent(`objective:${await objectiveId(app, "S1")}`);
      await expect
        .poll(async () => (await couchFetch(couch, `/${database}/${id}`)).json.record?.title, { timeout: 30_000 })
        .toBe("Edited while sync could not start");
    });
  });
});
