// Browser storage that does not cooperate: blocked entirely (private windows, blocked site
// data) or full. The user is told, can download their work, and the app keeps working.
import {
  test,
  expect,
  WORKSPACE_KEY,
  blockLocalStorage,
  fillQuotaAfter,
  downloadText,
} from "../support/app.js";

/** Clicks `button` and returns the download's suggested name and parsed JSON. */
async function downloadJson(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), json: JSON.parse(await downloadText(file)) };
}

test.describe("blocked storage", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(blockLocalStorage);
  });

  test("warns that work is not stored, offers a working download and keeps working in memory", async ({
    app,
    page,
  }) => {
    await app.open("#/");
    const banner = app.banner("Your work is not being stored");
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Everything you do stays in this tab and is lost when you close it.");
    await expect(app.saveStatus).toContainText("Memory only: not stored in this browser");

    // The app works in memory.
    await page.getByRole("button", { name: "Load the example" }).first().click();
    await expect(page.getByTestId("count-Operational")).toHaveText("3 objectives");
    await app.go("Register", "Objectives register");
    await page.getByRole("main").getByRole("link", { name: "Quick add" }).click();
    await app.createObjective({ level: "Operational", parent: "T2", code: "O4", title: "Patch servers monthly" });
    await app.go("Register", "Objectives register");
    await expect(app.registerCount).toHaveText("Showing 10 of 10 objectives.");
    await expect(await app.registerCell("O4", "Parent")).toHaveText("T2");
    await expect(banner).toBeVisible();
    await expect(app.saveStatus).toContainText("Memory only: not stored in this browser");

    // The banner's download holds everything, in the stored format.
    const file = await downloadJson(page, banner.getByRole("button", { name: "Download data (JSON)" }));
    expect(file.name).toMatch(/^sixtwo-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.json.format).toBe("sixtwo-workspace");
    expect(file.json.workspace.objectives.map((o) => o.code).sort()).toEqual(
      ["O1", "O2", "O3", "O4", "S1", "S2", "S3", "T1", "T2", "T3"],
    );

    // Undo works without storage too.
    await page.keyboard.press("Control+z");
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
  });
});

test.describe("full storage", () => {
  test("says storage is full, keeps the work in the tab, and saves again once there is room", async ({
    app,
    page,
  }) => {
    // The first save of the workspace succeeds; every later one finds the quota used up.
    await page.addInitScript(fillQuotaAfter, { key: WORKSPACE_KEY, allowed: 1 });
    await app.loadExample();
    await app.waitForSaved();
    const banner = app.banner("Browser storage is full");
    await expect(banner).toHaveCount(0);

    await app.go("Register", "Objectives register");
    await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
    await page.getByRole("textbox", { name: "Title" }).fill("Delight every customer");
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Your latest changes are kept in this tab but could not be stored.");
    await expect(app.saveStatus).toContainText("Not saved: browser storage is full");
    // The last stored version is intact.
    expect((await app.storedObjectives()).T1.title).toBe("Raise customer satisfaction");

    // The tab keeps working with the change.
    await app.go("Register", "Objectives register");
    await expect(await app.registerCell("T1", "Title")).toHaveText("Delight every customer");
    await app.go("Level tree", "Tree of objective levels");
    await expect(app.treeItem("T1")).toHaveAccessibleName(/^T1 Delight every customer Tactical /);

    const file = await downloadJson(page, banner.getByRole("button", { name: "Download data (JSON)" }));
    expect(file.json.workspace.objectives.find((o) => o.code === "T1").title).toBe("Delight every customer");

    // Space is freed; the next change is stored, with everything before it.
    await page.evaluate(() => window.__sixtwoQuota.release());
    await app.treeItem("O1").dblclick();
    await expect(app.heading).toHaveText("O1 Shorten service response time");
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Achieved" });
    await app.waitForSaved();
    await expect(banner).toHaveCount(0);
    const stored = await app.storedEnvelope();
    expect(stored.workspace.objectives.find((o) => o.code === "T1").title).toBe("Delight every customer");
    expect(stored.workspace.objectives.find((o) => o.code === "O1").status).toBe("achieved");
  });

  test("when even the first save fails, nothing is stored and the banner appears at once", async ({ app, page }) => {
    await page.addInitScript(fillQuotaAfter, { key: WORKSPACE_KEY, allowed: 0 });
    await app.open("#/");
    await page.getByRole("button", { name: "Load the example" }).first().click();
    const banner = app.banner("Browser storage is full");
    await expect(banner).toBeVisible();
    await expect(app.saveStatus).toContainText("Not saved: browser storage is full");
    expect(await app.storedText()).toBeNull();
    expect(await page.evaluate(() => window.__sixtwoQuota.refused)).toBeGreaterThan(0);
    await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
  });
});

test.describe("persistent storage", () => {
  test.beforeEach(async ({ page }) => {
    // The browser's answers are stubbed: headless Chromium decides by site engagement.
    await page.addInitScript(() => {
      window.__persistRequests = 0;
      let granted = false;
      navigator.storage.persisted = async () => granted;
      navigator.storage.persist = async () => {
        window.__persistRequests += 1;
        granted = true;
        return granted;
      };
    });
  });

  test("is asked for once the workspace holds data, and the Data page says what the browser answered", async ({
    app,
    page,
  }) => {
    await app.open("#/data");
    const line = page.getByTestId("storage-persistence");
    await expect(line).toContainText("Persistent storage: not granted.");
    expect(await page.evaluate(() => window.__persistRequests)).toBe(0);

    await app.loadExample();
    await app.waitForSaved();
    await app.go("Data", "Your data");
    await expect(line).toContainText("Persistent storage: granted.");
    expect(await page.evaluate(() => window.__persistRequests)).toBe(1);

    // Further saves do not ask again.
    await app.go("Register", "Objectives register");
    await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
    await page.getByRole("textbox", { name: "Title" }).fill("Delight every customer");
    await app.waitForSaved();
    expect(await page.evaluate(() => window.__persistRequests)).toBe(1);
  });
});

test.describe("the compact stored form and the room left", () => {
  test("the workspace is stored compact, and stored JSON of earlier builds is read and rewritten", async ({
    app,
    page,
  }) => {
    await app.loadExample();
    await app.waitForSaved();
    const raw = await app.storedRaw();
    const json = await app.storedText();
    expect(raw.startsWith('{"format":"sixtwo-stored","encoding":"deflate-15"')).toBe(true);
    expect(raw.length * 3).toBeLessThan(json.length);
    expect(JSON.parse(json).workspace.objectives).toHaveLength(9);

    // Data stored by an earlier build (plain JSON) opens as it was; the next save is compact.
    await page.evaluate(({ key, text }) => window.localStorage.setItem(key, text), { key: WORKSPACE_KEY, text: json });
    await app.reload();
    await app.go("Register", "Objectives register");
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
    expect(await app.storedRaw()).toBe(json);
    await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
    await page.getByRole("textbox", { name: "Title" }).fill("Delight every customer");
    await app.waitForSaved();
    expect((await app.storedRaw()).startsWith('{"format":"sixtwo-stored"')).toBe(true);
    expect((await app.storedObjectives()).T1.title).toBe("Delight every customer");
  });

  test("the Data page warns when storage is more than 80 % full", async ({ app, page }) => {
    await app.loadExample();
    await app.waitForSaved();
    await app.go("Data", "Your data");
    await expect(page.getByTestId("storage-warning")).toHaveCount(0);
    // Stored JSON may carry white space; 4.3 million spaces make it 82 % of the quota.
    const json = await app.storedText();
    await page.evaluate(
      ({ key, text }) => window.localStorage.setItem(key, text + " ".repeat(4_300_000)),
      { key: WORKSPACE_KEY, text: json },
    );
    await app.reload();
    await expect(page.getByTestId("storage-usage")).toContainText(/\(8\d\.\d % of this browser's quota/);
    await expect(page.getByTestId("storage-warning")).toContainText(
      "Warning: storage is more than 80 % full. Export the workspace as JSON now",
    );
  });

  test("with the real quota filled, the browser asks before the tab is closed", async ({ app, page }) => {
    await app.loadExample();
    await app.waitForSaved();
    // Fill what is left of this origin's real quota with another key, to within a few units.
    await page.evaluate(() => {
      let size = 6 * 1024 * 1024;
      let filler = "";
      while (size >= 1) {
        try {
          window.localStorage.setItem("filler", filler + "x".repeat(size));
          filler += "x".repeat(size);
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await app.go("Register", "Objectives register");
    await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
    // Text that does not compress: the stored form must grow.
    const noise = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 9973).toString(36)).join(" ");
    await page.getByRole("textbox", { name: "Description" }).fill(noise);
    await expect(app.saveStatus).toContainText("Not saved: browser storage is full");

    const dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.type());
      await dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(["beforeunload"]);
  });

  test("with the real quota filled, unsaved edits survive a reload and the app says where they came from", async ({
    app,
    page,
  }) => {
    await app.loadExample();
    await app.waitForSaved();
    await page.evaluate(() => {
      let size = 6 * 1024 * 1024;
      let filler = "";
      while (size >= 1) {
        try {
          window.localStorage.setItem("filler", filler + "x".repeat(size));
          filler += "x".repeat(size);
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await app.go("Register", "Objectives register");
    await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
    await page.getByRole("textbox", { name: "Title" }).fill("Delight every customer");
    const noise = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 9973).toString(36)).join(" ");
    await page.getByRole("textbox", { name: "Description" }).fill(noise);
    await expect(app.saveStatus).toContainText("Not saved: browser storage is full");
    await expect(page.getByTestId("unsaved-kept")).toContainText(
      "A copy of these changes is kept in this browser's database (IndexedDB",
    );

    // Leaving asks first; the user reloads anyway.
    page.on("dialog", (dialog) => dialog.accept());
    await app.reload();
    const restored = page.getByTestId("unsaved-restored");
    await expect(restored).toContainText("Unsaved changes restored");
    await expect(restored).toContainText(
      "the browser's storage was full, so your latest changes (kept at",
    );
    await app.go("Register", "Objectives register");
    await expect(await app.registerCell("T1", "Title")).toHaveText("Delight every customer");
    // Storage still holds the version the edits were made on: nothing was overwritten.
    expect((await app.storedObjectives()).T1.title).toBe("Raise customer satisfaction");
    await expect(app.saveStatus).toContainText("Not saved: browser storage is full");

    // Once there is room, the restored edits are stored and the kept copy is removed.
    await page.evaluate(() => window.localStorage.removeItem("filler"));
    await app.registerRow("O1").getByRole("link", { name: "O1", exact: true }).click();
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Achieved" });
    await app.waitForSaved();
    expect((await app.storedObjectives()).T1.title).toBe("Delight every customer");
    await expect(page.getByTestId("unsaved-kept")).toHaveCount(0);
    await page.getByTestId("unsaved-restored").getByRole("button", { name: "Hide this note" }).click();
    await app.reload();
    await expect(page.getByTestId("unsaved-restored")).toHaveCount(0);
    await expect(page.getByTestId("unsaved-offered")).toHaveCount(0);
  });

  test("with everything stored, the tab closes without asking", async ({ app, page }) => {
    await app.loadExample();
    await app.waitForSaved();
    await app.go("Register", "Objectives register");
    const dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.type());
      await dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(dialogs).toEqual([]);
  });
});
