// The release build fetches the code of rarely used views when one first opens (README, Size
// and speed): the start page never fetches those chunks, opening such a view fetches its
// chunks and the view works, and after one visit the service worker has kept them, so such a
// view opens without a network too.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test, expect, App } from "../support/app.js";
import { DIST, deploySite, specPort } from "../support/static-server.js";

/** The wasm chunks of dist/: the .wasm files index.html does not name (only the loader does). */
function chunkFiles() {
  const index = readFileSync(join(DIST, "index.html"), "utf8");
  return readdirSync(DIST).filter((name) => name.endsWith(".wasm") && !index.includes(name));
}

/** The chunk files among the addresses the page asked for so far. */
function fetchedChunks(requests, chunks) {
  return chunks.filter((chunk) => requests.some((url) => new URL(url).pathname.endsWith(`/${chunk}`)));
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

  await app.go("Training", "Training");
  await settle(page);
  const forTraining = fetchedChunks(requests, chunks);
  expect(forTraining.length, "opening Training fetched its code").toBeGreaterThan(0);
  expect(forTraining.length, "and not every view's code").toBeLessThan(chunks.length);
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
  const kpis = await page.getByTestId("kpi").count();
  await page.getByRole("button", { name: "Add a KPI" }).click();
  await expect(page.getByTestId("kpi")).toHaveCount(kpis + 1);
  await app.waitForSaved();

  await app.go("Policy", "Organisation and policy");
  await expect(app.heading).toBeFocused();
  await settle(page);
  expect(fetchedChunks(requests, [objectiveChunk, policyChunk])).toEqual([objectiveChunk, policyChunk]);
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
    await expect(page.getByRole("button", { name: "Load the exercise Example IT Services Ltd." })).toBeVisible();
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
