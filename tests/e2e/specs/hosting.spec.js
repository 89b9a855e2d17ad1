// The release build served from a subfolder (/sixtwo/, as a GitHub Pages project site is), by
// a host without rewrite rules: every file is found inside the folder, the app works, and
// deep links and reloads open the right view.
import { test, expect, App } from "../support/app.js";
import { DIST, specPort, startStaticServer } from "../support/static-server.js";

const FOLDER = "/sixtwo/";

/** @type {Awaited<ReturnType<typeof startStaticServer>>} */
let server;

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, port: specPort(1), prefix: FOLDER });
});

test.afterAll(async () => {
  await server?.close();
});

test.beforeEach(() => {
  server.requests.length = 0;
});

/** Opens `hash` of the app in the subfolder and waits for it. */
async function openInFolder(app, hash, page = "") {
  await app.page.goto(`${server.url}${page}${hash}`);
  await app.ready();
}

test("served from a subfolder, the app loads every file from that folder and works", async ({ page }) => {
  const app = new App(page);
  await openInFolder(app, "#/");
  await page.getByRole("button", { name: "Load the example" }).first().click();
  await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
  await app.waitForSaved();

  await app.go("Register", "Objectives register");
  await expect(await app.registerCell("T1", "Title")).toHaveText("Raise customer satisfaction");
  await expect(page).toHaveURL(`${server.url}#/register`);

  // Nothing was asked of the site's root, and every file was there.
  const outside = server.requests.filter((request) => !request.path.startsWith(FOLDER));
  expect(outside, "requests outside the folder").toEqual([]);
  const failed = server.requests.filter((request) => request.status !== 200);
  expect(failed, "requests that failed").toEqual([]);
  const paths = server.requests.map((request) => request.path);
  expect(paths.some((path) => /^\/sixtwo\/sixtwo-[0-9a-f]+_bg\.wasm$/.test(path))).toBe(true);
  expect(paths.some((path) => /^\/sixtwo\/sixtwo-[0-9a-f]+\.js$/.test(path))).toBe(true);
  // The release build joins the stylesheets: the page asks for one.
  expect([...new Set(paths.filter((path) => path.endsWith(".css")))]).toEqual([expect.stringMatching(/^\/sixtwo\/sixtwo-[0-9a-f]{16}\.css$/)]);
  expect(await page.locator('link[rel="stylesheet"]').count()).toBe(1);
  // The split loader, imported by the glue, is asked for beside it, from the folder.
  const loader = page.locator('link[rel="modulepreload"][href$="-split.js"]');
  await expect(loader).toHaveCount(1);
  expect(paths.some((path) => /^\/sixtwo\/sixtwo-[0-9a-f]+-split\.js$/.test(path))).toBe(true);
});

test("deep links into the subfolder open their view, also after a reload", async ({ page }) => {
  const app = new App(page);
  await openInFolder(app, "#/");
  await page.getByRole("button", { name: "Load the example" }).first().click();
  await app.waitForSaved();

  // A link someone was sent, opened in a fresh tab.
  await openInFolder(app, "#/register");
  await expect(app.heading).toHaveText("Objectives register");
  await app.reload();
  await expect(app.heading).toHaveText("Objectives register");
  await expect(await app.registerCell("O1", "Level")).toHaveText("Operational");

  await openInFolder(app, "#/tree");
  await expect(page.getByRole("treeitem")).toHaveCount(9);
  await app.reload();
  await expect(page.getByRole("treeitem")).toHaveCount(9);

  // The same through index.html, and the folder's address without its slash.
  await openInFolder(app, "#/checklist", "index.html");
  await expect(app.heading).toHaveText("Clause 6.2 checklist");
  await page.goto(`${server.origin}${FOLDER.slice(0, -1)}#/policy`);
  await app.ready();
  await expect(page).toHaveURL(`${server.url}#/policy`);
  await expect(app.heading).toHaveText("Organisation and policy");
  await app.reload();
  await expect(app.heading).toHaveText("Organisation and policy");
});
