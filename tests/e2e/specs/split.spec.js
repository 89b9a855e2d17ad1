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
});
