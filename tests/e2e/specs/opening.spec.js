// Opening: the page itself says the workspace is opening while the app downloads, compiles and
// reads the stored workspace; the app's first screen replaces that notice, and nothing is
// written while it shows (nothing on it can change anything).
import { test, expect, WORKSPACE_KEY, setLanguage } from "../support/app.js";

// The app's wasm is held back to keep the page in its opening state; a service worker would
// answer from its cache, past the held request.
test.use({ serviceWorkers: "block" });

/** Every key and value in localStorage. */
function storageSnapshot(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)));
}

/** Holds every request for the app's wasm until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("says the workspace is opening until the app has read it, then shows the first screen in its place", async ({
  app,
  page,
}) => {
  await app.loadExample();
  await app.waitForSaved();
  const before = await storageSnapshot(page);
  expect(before[WORKSPACE_KEY]).toBeTruthy();

  const release = await holdWasm(page);
  await page.reload({ waitUntil: "domcontentloaded" });
  const opening = page.getByRole("status").filter({ hasText: "Opening your workspace…" });
  await expect(opening).toBeVisible();
  await expect(opening).toHaveAttribute("aria-busy", "true");
  await expect(opening.locator(':scope > p[lang="zh-Hans"]')).toHaveText("正在打开工作区…");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Nothing of the app yet: no control to press, nothing written.
  await expect(page.locator("main")).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveCount(0);
  expect(await storageSnapshot(page)).toEqual(before);

  release();
  await app.ready();
  await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
  await expect(page.locator("#app-opening")).toHaveCount(0);
  await expect(page.getByText("Opening your workspace…")).toHaveCount(0);
  // Opening read the workspace and wrote nothing.
  expect(await storageSnapshot(page)).toEqual(before);
});

test("gives way to the recovery screen when the stored data cannot be read, and keeps the data", async ({
  app,
  page,
}) => {
  await page.addInitScript((key) => {
    if (!window.sessionStorage.getItem("seeded")) {
      window.sessionStorage.setItem("seeded", "1");
      window.localStorage.setItem(key, "{ this is not JSON");
    }
  }, WORKSPACE_KEY);
  await page.goto("/#/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#app-opening")).toHaveCount(0);
  // Unreadable data is kept as it was.
  expect(await app.storedRaw()).toBe("{ this is not JSON");
});

test("gives way to the first screen in the chosen language, with the page's language set", async ({ app, page }) => {
  await app.open("#/");
  await setLanguage(page, "简体中文");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("#app-opening")).toHaveCount(0);
});

test("asks for a reload, and says what the app needs, when the page is still opening after a while", async ({
  page,
}) => {
  // The wasm never arrives, as in a browser that cannot run it; reduced motion must not hide
  // the notice (it is a delayed step, not an animation).
  await holdWasm(page);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/#/", { waitUntil: "domcontentloaded" });
  const opening = page.locator("#app-opening");
  const late = opening.getByText("Still opening? If nothing changes, reload the page.", { exact: false });
  const lateChinese = opening.getByText("仍在打开？", { exact: false });
  await expect(opening.getByText("Opening your workspace…")).toBeVisible();
  await expect(late).toBeHidden();
  await expect(lateChinese).toBeHidden();

  // The notice's 15-second delay runs on the document's animation timeline: run it faster.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Animation.enable");
  await devtools.send("Animation.setPlaybackRate", { playbackRate: 50 });
  await expect(late).toBeVisible();
  await expect(late).toContainText("WebAssembly");
  await expect(lateChinese).toBeVisible();
  await expect(page.getByRole("button")).toHaveCount(0);
});
