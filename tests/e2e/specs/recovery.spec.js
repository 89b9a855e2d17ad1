// Stored data that cannot be read: the recovery screen explains the problem, offers the
// stored text as a download, and writes nothing until the user decides.
import { test, expect, WORKSPACE_KEY, downloadText, setLanguage } from "../support/app.js";

// Broken JSON: line 4 holds a bare word where a key should be.
const BROKEN = '{\n  "format": "sixtwo-workspace",\n  "schemaVersion": 1,\n  oops: true\n}\n';
const NEWER = JSON.stringify({
  format: "sixtwo-workspace",
  schemaVersion: 99,
  appVersion: "9.0.0",
  rev: 12,
  savedAt: "2030-01-01T00:00:00Z",
  workspace: { objectives: [], hologram: "from the future" },
});

/** Stores `text` as the workspace the way a previous session would have, then reloads. */
async function storeAndReload(app, page, text) {
  await app.open("#/register");
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [WORKSPACE_KEY, text]);
  await app.reload();
}

/** Clicks `button` and returns the download's suggested name and text. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), text: await downloadText(file) };
}

test("broken JSON: the screen says where, offers the stored text and writes nothing until asked", async ({
  app,
  page,
}) => {
  await storeAndReload(app, page, BROKEN);
  await expect(app.heading).toHaveText("Stored data could not be read");
  await expect(page.getByRole("main")).toContainText("It has not changed or deleted that data");
  const problems = page.getByRole("main").getByRole("listitem");
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveText(/^It is not valid JSON: .+ \(line 4, column 3\)\.$/);
  // The rest of the app is out of reach until the user decides.
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect(app.saveStatus).toContainText("Read-only: stored data needs your decision");

  // The download is exactly what is stored.
  const file = await download(page, page.getByRole("button", { name: "Download the stored data" }));
  expect(file.name).toMatch(/^sixtwo-stored-data-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.text).toBe(BROKEN);

  // Reading it in Chinese works too; switching languages does not touch the stored data.
  await setLanguage(page, "简体中文");
  await expect(app.heading).toHaveText("无法读取已存储的数据");
  await expect(problems).toHaveText(/^不是有效的 JSON：.+（第 4 行，第 3 列）。$/);
  await setLanguage(page, "English");
  await expect(app.heading).toHaveText("Stored data could not be read");

  // "Start an empty workspace…" asks first; Cancel changes nothing.
  const start = page.getByRole("button", { name: "Start an empty workspace…" });
  await start.click();
  const dialog = page.getByRole("dialog", { name: "Replace the unreadable data?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("The unreadable data will be overwritten the first time you change something.");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(app.heading).toHaveText("Stored data could not be read");
  expect(await app.storedText()).toBe(BROKEN);

  // A reload finds the same data and the same screen.
  await app.reload();
  await expect(app.heading).toHaveText("Stored data could not be read");
  expect(await app.storedText()).toBe(BROKEN);

  // Starting empty: still nothing is written until the first change.
  await start.click();
  await dialog.getByRole("button", { name: "Start empty" }).click();
  await expect(dialog).toBeHidden();
  await expect(app.heading).toHaveText("Objectives register");
  await expect(app.nav()).toBeVisible();
  await expect(app.registerCount).toHaveText("Showing 0 of 0 objectives.");
  await page.waitForTimeout(600); // longer than the save debounce
  expect(await app.storedText()).toBe(BROKEN);

  // The first change replaces it with a readable workspace.
  await app.go("Overview", "Overview");
  await page.getByRole("button", { name: "Load the example" }).first().click();
  await app.waitForSaved();
  const stored = await app.storedEnvelope();
  expect(stored.format).toBe("sixtwo-workspace");
  expect(stored.workspace.objectives).toHaveLength(9);
  await app.reload();
  await expect(app.heading).toHaveText("Overview");
  await expect(page.getByTestId("count-Tactical")).toHaveText("3 objectives");
});

test("data saved by a newer version says so and is kept as it is", async ({ app, page }) => {
  // Seeded before the app's own scripts run, once per tab (not again on reload).
  await page.addInitScript(
    ([key, value]) => {
      if (!window.sessionStorage.getItem("seeded")) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem("seeded", "yes");
      }
    },
    [WORKSPACE_KEY, NEWER],
  );
  await app.open("#/");
  await expect(app.heading).toHaveText("Stored data could not be read");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText(
    "It was saved by a newer version of SixTwo (schema version 99); this version reads schema version 3. Open it with the newer SixTwo.",
  );
  const file = await download(page, page.getByRole("button", { name: "Download the stored data" }));
  expect(file.text).toBe(NEWER);

  await page.getByRole("button", { name: "Start an empty workspace…" }).click();
  await page.getByRole("dialog", { name: "Replace the unreadable data?" }).getByRole("button", { name: "Cancel" }).click();
  await app.reload();
  await expect(app.heading).toHaveText("Stored data could not be read");
  expect(await app.storedText()).toBe(NEWER);
});

test("data that is not a SixTwo workspace is explained", async ({ app, page }) => {
  await storeAndReload(app, page, JSON.stringify({ format: "spreadsheet", rows: [] }));
  await expect(app.heading).toHaveText("Stored data could not be read");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText(
    'It is a "spreadsheet" document, not a SixTwo workspace.',
  );
});
