// Installable and usable without a network: after one visit the service worker keeps the
// release build, so the app opens offline with its data; a new deployment is offered with a
// notice whose Reload saves the work first, and refuses (saying why) while it cannot.
// Each test serves its own copy of dist/ from /sixtwo/ on its own port (a fresh origin).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  test,
  expect,
  App,
  WORKSPACE_KEY,
  expectNoAxeViolations,
  fillQuotaAfter,
} from "../support/app.js";
import { deploySite, specPort } from "../support/static-server.js";

const NEW_VERSION = "A new version of SixTwo is available";

/**
 * Deploys a second build over the first. Instead of compiling twice, it is the same build with
 * a marker in its page and a new cache version in its service worker: exactly what a new build
 * changes for the browser (new page, different worker bytes).
 */
async function deploySecondBuild(root) {
  const indexPath = join(root, "index.html");
  const index = await readFile(indexPath, "utf8");
  const marked = index.replace(
    /<meta charset=[^>]*>/i,
    (charset) => `${charset}<meta name="sixtwo-e2e-build" content="2">`,
  );
  expect(marked, "index.html has a <meta charset>").not.toBe(index);
  await writeFile(indexPath, marked);
  const workerPath = join(root, "sw.js");
  const worker = await readFile(workerPath, "utf8");
  // The release build's worker is minified: `version:"…"`.
  const renewed = worker.replace(/version:\s*"([0-9a-f]+)"/, 'version:"$1-2"');
  expect(renewed, "sw.js carries its build's version").not.toBe(worker);
  await writeFile(workerPath, renewed);
}

/** The marker of the second build, once it runs. */
function secondBuildMarker(page) {
  return page.locator('meta[name="sixtwo-e2e-build"]');
}

/** Loads the example and waits until it is stored. */
async function loadExample(app) {
  await app.page.getByRole("button", { name: "Load the example" }).first().click();
  await expect(app.page.getByTestId("count-Strategic")).toHaveText("3 objectives");
  await app.waitForSaved();
}

/** Opens T1's page from the register. */
async function openT1(app) {
  await app.go("Register", "Objectives register");
  await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
  await expect(app.heading).toHaveText(/^T1 /);
}

/** The update notice (a polite live region) and its Reload button. */
function updateNotice(page) {
  const notice = page.getByTestId("update-notice");
  return {
    notice,
    heading: notice.getByRole("heading", { name: NEW_VERSION }),
    reload: notice.getByRole("button", { name: "Reload", exact: true }),
  };
}

test("after one visit the app opens without a network, with its data, at any deep link", async ({
  page,
  context,
}) => {
  const site = await deploySite(specPort(2));
  try {
    const app = new App(page);
    await app.openControlled(`${site.server.url}#/`);
    await loadExample(app);

    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    await site.server.close();
    await app.reload();
    await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");

    await page.goto(`${site.server.url}#/register`);
    await app.ready();
    await expect(await app.registerCell("T1", "Title")).toHaveText("Raise customer satisfaction");
    await page.goto(`${site.server.url}index.html#/tree`);
    await app.ready();
    await expect(page.getByRole("treeitem")).toHaveCount(9);

    // Working offline is saved as usual.
    await openT1(app);
    await page.getByRole("textbox", { name: "Title" }).fill("Delight every customer");
    await app.waitForSaved();
    await app.reload();
    await expect(app.heading).toHaveText("T1 Delight every customer");
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

test("the app is installable from a subfolder: manifest, icons and scope", async ({ page }) => {
  const site = await deploySite(specPort(3));
  try {
    const app = new App(page);
    await app.openControlled(`${site.server.url}#/`);
    const cdp = await page.context().newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.url).toBe(`${site.server.url}manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data);
    expect(data).toMatchObject({
      short_name: "SixTwo",
      display: "standalone",
      start_url: "./",
      scope: "./",
      theme_color: "#1d4f91",
      background_color: "#ffffff",
    });
    expect(data.description).toContain("clause 6.2");
    expect(new URL(data.start_url, manifest.url).href).toBe(site.server.url);
    const sizes = data.icons.map((icon) => `${icon.sizes} ${icon.type}`);
    expect(sizes).toEqual(["any image/svg+xml", "192x192 image/png", "512x512 image/png"]);
    for (const icon of data.icons) {
      const response = await page.request.get(new URL(icon.src, manifest.url).href);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"]).toBe(icon.type);
    }
    // Chromium's own verdict. Playwright's contexts are incognito-like, which alone would
    // stop an install; everything else must be in order.
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    const errors = installabilityErrors.map((error) => error.errorId);
    expect(errors.filter((id) => id !== "in-incognito")).toEqual([]);
  } finally {
    await site.close();
  }
});

test("a new deployment is offered; Reload starts it and keeps the data and the last edit", async ({
  page,
}) => {
  const site = await deploySite(specPort(4));
  try {
    const app = new App(page);
    await app.openControlled(`${site.server.url}#/`);
    await loadExample(app);

    await deploySecondBuild(site.root);
    await app.reload();
    // The page still comes from the cache: the first build runs, and offers the second.
    await expect(secondBuildMarker(page)).toHaveCount(0);
    const { heading, reload } = updateNotice(page);
    await expect(heading).toBeVisible();
    await expect(page.getByTestId("update-notice")).toHaveAttribute("role", "status");
    await expectNoAxeViolations(page, "the update notice");

    // An edit made just before choosing Reload.
    await openT1(app);
    await page.getByRole("textbox", { name: "Title" }).fill("Delight every customer");
    await reload.click();

    await expect(secondBuildMarker(page)).toHaveAttribute("content", "2");
    await app.ready();
    await expect(app.heading).toHaveText("T1 Delight every customer");
    await expect(heading).toHaveCount(0);
    expect((await app.storedObjectives()).T1.title).toBe("Delight every customer");
    await app.go("Register", "Objectives register");
    await expect(app.page.getByRole("table").getByRole("row")).toHaveCount(10);
    // Only the new build's cache is left.
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(/-2$/);
  } finally {
    await site.close();
  }
});

test("Reload waits while the work cannot be saved, says why, and goes ahead once it can", async ({
  page,
}) => {
  const site = await deploySite(specPort(5));
  try {
    const app = new App(page);
    await app.openControlled(`${site.server.url}#/`);
    await loadExample(app);

    await deploySecondBuild(site.root);
    // From now on the browser's storage is full.
    await page.addInitScript(fillQuotaAfter, { key: WORKSPACE_KEY, allowed: 0 });
    await app.reload();
    const { heading, reload } = updateNotice(page);
    await expect(heading).toBeVisible();

    await openT1(app);
    const title = page.getByRole("textbox", { name: "Title" });
    await title.fill("Kept through a full storage");
    await expect(app.saveStatus).toContainText("Not saved: browser storage is full");
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    await reload.click();

    const refusal = page.getByRole("alert").filter({
      hasText: "Not reloaded: the browser's storage is full",
    });
    await expect(refusal).toBeVisible();
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await expect(secondBuildMarker(page)).toHaveCount(0);
    await expect(title).toHaveValue("Kept through a full storage");
    await expect(heading).toBeVisible();
    await expectNoAxeViolations(page, "the refused reload");

    // Space is freed: the same button now saves the edit and starts the new build.
    await page.evaluate(() => window.__sixtwoQuota.release());
    await reload.click();
    await expect(secondBuildMarker(page)).toHaveAttribute("content", "2");
    await app.ready();
    await expect(app.heading).toHaveText("T1 Kept through a full storage");
    await expect(refusal).toHaveCount(0);
  } finally {
    await site.close();
  }
});
