// Named workspaces: creating and switching (each workspace's data apart, a reload keeps the
// one on screen), deep links that name the workspace, deleting with a backup and Undo, a
// corrupt workspace kept and offered for download, two tabs on different workspaces, comparing
// with another workspace (read only), and axe-core on the Workspaces page in both languages.
import {
  test,
  expect,
  App,
  WORKSPACE_KEY,
  unpackStored,
  downloadText,
  expectNoAxeViolations,
  setLanguage,
} from "../support/app.js";

const REGISTRY_KEY = "sixtwo.workspaces";
const RELOADED = "Updated with changes saved in another tab.";

/** The header's workspace switcher. */
function switcher(page) {
  return page.getByRole("combobox", { name: "Workspace", exact: true });
}

/** The id of the workspace named in the address (`#/w/<id>/…`), or null. */
function workspaceInAddress(page) {
  const match = new URL(page.url()).hash.match(/^#\/w\/([^/]+)\//);
  return match ? match[1] : null;
}

/** Runs `action`, which reloads the page into another workspace, and waits for the app. */
async function reloadingInto(app, action) {
  await Promise.all([app.page.waitForEvent("load"), action()]);
  await app.ready();
}

/** Creates an empty workspace named `name` from the Workspaces page and returns its id. */
async function createWorkspace(app, name) {
  await app.go("Workspaces", "Workspaces");
  await app.page.getByRole("textbox", { name: "Name of the new workspace" }).fill(name);
  await reloadingInto(app, () =>
    app.page.getByRole("button", { name: "Create and open" }).click(),
  );
  const id = workspaceInAddress(app.page);
  expect(id).toMatch(/^[0-9a-f]{8}$/);
  await expect(switcher(app.page).locator("option:checked")).toHaveText(name);
  return id;
}

/** The objectives' codes stored under `key`. */
async function storedCodes(page, key) {
  const raw = await page.evaluate((k) => window.localStorage.getItem(k), key);
  if (raw === null) return [];
  return JSON.parse(unpackStored(raw)).workspace.objectives.map((o) => o.code);
}

/** Adds a strategic objective in the workspace on screen and waits until it is stored. */
async function addObjective(app, code) {
  await app.open("#/objectives/new");
  await app.createObjective({ level: "Strategic", code, title: `Objective ${code}` });
  await app.waitForSaved();
}

/** The Workspaces page's row of the workspace named `name`. */
function row(page, name) {
  return page
    .getByTestId("workspace-row")
    .filter({ has: page.getByRole("rowheader").filter({ hasText: name }) });
}

test("two workspaces keep their data apart, and a reload keeps the one on screen", async ({ page }) => {
  const app = new App(page);
  await app.open("#/");
  await addObjective(app, "M1");
  const exercise = await createWorkspace(app, "Exercise");

  // A link inside the page stays in this workspace, and the address says so.
  await addObjective(app, "E1");
  expect(workspaceInAddress(page)).toBe(exercise);
  expect(await storedCodes(page, `${WORKSPACE_KEY}.${exercise}`)).toEqual(["E1"]);
  expect(await storedCodes(page, WORKSPACE_KEY)).toEqual(["M1"]);

  await app.go("Register", "Objectives register");
  await expect(app.registerCodes).toHaveText(["E1"]);
  await app.reload();
  expect(workspaceInAddress(page)).toBe(exercise);
  await expect(app.registerCodes).toHaveText(["E1"]);

  // Switching from the header opens the other workspace.
  await reloadingInto(app, () => switcher(page).selectOption({ label: "My workspace" }));
  await app.go("Register", "Objectives register");
  await expect(app.registerCodes).toHaveText(["M1"]);

  // An address without a workspace opens the first one; without any address, the last used.
  await app.go("Workspaces", "Workspaces");
  await reloadingInto(app, () => row(page, "Exercise").getByRole("button", { name: "Open Exercise" }).click());
  await page.goto("/");
  await app.ready();
  await expect(switcher(page).locator("option:checked")).toHaveText("Exercise");

  // The list shows each workspace's objectives and storage.
  await app.go("Workspaces", "Workspaces");
  await expect(row(page, "Exercise")).toContainText("1 objective");
  await expect(row(page, "Exercise")).toContainText("open in this tab");
  await expect(row(page, "My workspace")).toContainText("% of the quota");
  await app.go("Data", "Your data");
  await expect(page.getByTestId("storage-usage-workspace")).toContainText("Of which this workspace:");

  // A copy holds the same objectives under a workspace of its own.
  await app.go("Workspaces", "Workspaces");
  await row(page, "Exercise").getByRole("button", { name: "Duplicate Exercise" }).click();
  await expect(app.notice).toContainText("Copied to Exercise (copy).");
  await expect(row(page, "Exercise (copy)")).toContainText("1 objective");
});

/** Opens the Workspaces page and fills the new-workspace form to start `name` from an example,
 * once the examples are listed. */
async function fillNewFromExample(app, name) {
  const page = app.page;
  await app.open("#/");
  await app.go("Workspaces", "Workspaces");
  await page.getByRole("textbox", { name: "Name of the new workspace" }).fill(name);
  await page.getByRole("radio", { name: "An example organisation" }).check();
  await expect(page.getByRole("combobox", { name: "Example" }).locator("option")).not.toHaveCount(0);
}

test("a workspace starts from an example or from a file, and exports under its name", async ({ page }) => {
  const app = new App(page);
  await fillNewFromExample(app, "Model answer");
  await reloadingInto(app, () => page.getByRole("button", { name: "Create and open" }).click());
  await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");

  await app.go("Data", "Your data");
  const [exported] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export the whole workspace (JSON)" }).click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(/^sixtwo-model-answer-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await downloadText(exported);

  await app.go("Workspaces", "Workspaces");
  await page.getByRole("textbox", { name: "Name of the new workspace" }).fill("From a file");
  await page.getByRole("radio", { name: "A file exported from SixTwo (JSON)" }).check();
  const file = page.getByLabel("File to start from");
  // A file that fails the import checks is explained, and nothing is created.
  await file.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{nope") });
  await page.getByRole("button", { name: "Create and open" }).click();
  await expect(page.getByTestId("create-workspace-problem")).toContainText("broken.json");
  await expect(page.getByTestId("workspace-row")).toHaveCount(2);
  await file.setInputFiles({ name: "model.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await reloadingInto(app, () => page.getByRole("button", { name: "Create and open" }).click());
  await expect(switcher(page).locator("option:checked")).toHaveText("From a file");
  await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
});

test.describe("a workspace started from an example while the form is left", () => {
  // The app's request for the example must reach the page's route, not the service worker.
  test.use({ serviceWorkers: "block" });

  test("is created once the example arrives, and the app keeps working", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const app = new App(page);
    await fillNewFromExample(app, "Started, then left");
    // The example's file is held until the person has gone to another page.
    let requested;
    const asked = new Promise((resolve) => (requested = resolve));
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/examples\/(?!catalog)[^/]+\.json$/, async (route) => {
      requested();
      await held;
      await route.fallback();
    });
    await page.getByRole("button", { name: "Create and open" }).click();
    await asked;
    await app.go("Register", "Objectives register");
    // The form is gone when the file arrives: the workspace is still created and opened (until
    // stop 23 reading the form's name then stopped the app).
    await reloadingInto(app, async () => release());
    await expect(switcher(page).locator("option:checked")).toHaveText("Started, then left");
    await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
    expect(errors).toEqual([]);
  });
});

test("deep links name the workspace, and a link to a missing one says so", async ({ context, page }) => {
  const app = new App(page);
  await app.open("#/");
  const exercise = await createWorkspace(app, "Exercise");
  await addObjective(app, "E1");

  const other = new App(await context.newPage());
  await other.page.goto(`/#/w/${exercise}/register`);
  await other.ready();
  await expect(other.heading).toHaveText("Objectives register");
  await expect(other.registerCodes).toHaveText(["E1"]);

  // Old links (no workspace in the address) open the first workspace.
  await other.page.goto("about:blank");
  await other.page.goto("/#/register");
  await other.ready();
  await expect(switcher(other.page).locator("option:checked")).toHaveText("My workspace");

  await other.page.goto("about:blank");
  await other.page.goto("/#/w/nope1234/register");
  await other.ready();
  await expect(other.heading).toHaveText("Workspaces");
  await expect(other.page.getByTestId("workspace-missing")).toContainText(
    "The address names a workspace (nope1234) that this browser does not hold",
  );
});

test("deleting offers a backup first, and Undo puts the workspace back", async ({ page }) => {
  const app = new App(page);
  await app.open("#/");
  const exercise = await createWorkspace(app, "Exercise");
  await addObjective(app, "E1");
  await reloadingInto(app, () => switcher(page).selectOption({ label: "My workspace" }));
  await app.go("Workspaces", "Workspaces");

  await row(page, "Exercise").getByRole("button", { name: "Delete Exercise" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Exercise?" });
  const [backup] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  expect(backup.suggestedFilename()).toMatch(/^sixtwo-backup-exercise-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(await downloadText(backup)).workspace.objectives.map((o) => o.code)).toEqual(["E1"]);
  await dialog.getByRole("button", { name: "Delete it" }).click();
  await expect(app.notice).toContainText("Deleted the workspace Exercise.");
  await expect(row(page, "Exercise")).toHaveCount(0);
  expect(await page.evaluate((k) => window.localStorage.getItem(k), `${WORKSPACE_KEY}.${exercise}`)).toBeNull();

  await app.notice.getByRole("button", { name: "Undo" }).click();
  await expect(app.notice).toContainText("The workspace Exercise is back.");
  await expect(row(page, "Exercise")).toHaveCount(1);
  expect(await storedCodes(page, `${WORKSPACE_KEY}.${exercise}`)).toEqual(["E1"]);

  // Deleting the workspace on screen opens another; Undo is still offered there.
  await reloadingInto(app, () => row(page, "Exercise").getByRole("button", { name: "Open Exercise" }).click());
  await app.go("Workspaces", "Workspaces");
  await row(page, "Exercise").getByRole("button", { name: "Delete Exercise" }).click();
  await reloadingInto(app, () =>
    page.getByRole("dialog", { name: "Delete Exercise?" }).getByRole("button", { name: "Delete it" }).click(),
  );
  await expect(switcher(page).locator("option:checked")).toHaveText("My workspace");
  await expect(app.notice).toContainText("Deleted the workspace Exercise.");
  await app.notice.getByRole("button", { name: "Undo" }).click();
  await expect(app.notice).toContainText("The workspace Exercise is back.");
  expect(await storedCodes(page, `${WORKSPACE_KEY}.${exercise}`)).toEqual(["E1"]);
});

test("a corrupt workspace is kept, offered for download and never overwritten", async ({ page }) => {
  const app = new App(page);
  await app.open("#/");
  await page.evaluate(
    ([key, registry]) => {
      window.localStorage.setItem(
        registry,
        JSON.stringify({
          format: "sixtwo-workspaces",
          version: 1,
          workspaces: [
            { id: "main", name: "" },
            { id: "bad00001", name: "Broken" },
          ],
        }),
      );
      window.localStorage.setItem(`${key}.bad00001`, "{broken");
    },
    [WORKSPACE_KEY, REGISTRY_KEY],
  );
  await app.reload();
  await app.go("Workspaces", "Workspaces");
  await expect(row(page, "Broken")).toContainText("Cannot be read: kept exactly as stored.");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row(page, "Broken").getByRole("button", { name: "Download a backup of Broken" }).click(),
  ]);
  expect(await downloadText(download)).toBe("{broken");

  // Opening it shows the recovery screen; nothing is written over it.
  await reloadingInto(app, () => row(page, "Broken").getByRole("button", { name: "Open Broken" }).click());
  await expect(page.getByTestId("recovery")).toBeVisible();
  await expect(switcher(page)).toBeVisible();
  expect(await page.evaluate((k) => window.localStorage.getItem(k), `${WORKSPACE_KEY}.bad00001`)).toBe("{broken");
  // The switcher still leads back to the readable workspace.
  await reloadingInto(app, () => switcher(page).selectOption({ label: "My workspace" }));
  await expect(page.getByTestId("recovery")).toHaveCount(0);
});

test("two tabs on different workspaces do not disturb each other", async ({ context, page }) => {
  const a = new App(page);
  await a.open("#/");
  await addObjective(a, "M1");
  const exercise = await createWorkspace(a, "Exercise");
  await reloadingInto(a, () => switcher(page).selectOption({ label: "My workspace" }));
  await a.go("Register", "Objectives register");
  await page.evaluate(() => {
    window.__sameDocument = true;
  });

  const b = new App(await context.newPage());
  await b.page.goto(`/#/w/${exercise}/`);
  await b.ready();
  await addObjective(b, "E1");

  // Tab A saw nothing of B's save and keeps saving its own workspace.
  await addObjective(a, "M2");
  await a.go("Register", "Objectives register");
  await expect(a.registerCodes).toHaveText(["M1", "M2"]);
  await expect(a.page.getByRole("status").filter({ hasText: RELOADED })).toHaveCount(0);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(await storedCodes(page, WORKSPACE_KEY)).toEqual(["M1", "M2"]);
  expect(await storedCodes(page, `${WORKSPACE_KEY}.${exercise}`)).toEqual(["E1"]);

  // B notices when A renames its workspace, and when A deletes it.
  await a.go("Workspaces", "Workspaces");
  await row(page, "Exercise").getByRole("button", { name: "Rename Exercise" }).click();
  await page.getByRole("textbox", { name: "New name for Exercise" }).fill("Class exercise");
  await page.getByRole("button", { name: "Save the name" }).click();
  await expect(switcher(b.page).locator("option:checked")).toHaveText("Class exercise");

  await row(page, "Class exercise").getByRole("button", { name: "Delete Class exercise" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete it" }).click();
  await expect(b.banner("This workspace was deleted in another tab")).toBeVisible();
  await b.page.getByRole("button", { name: "Keep this workspace" }).click();
  await expect(b.banner("This workspace was deleted in another tab")).toHaveCount(0);
  expect(await storedCodes(page, `${WORKSPACE_KEY}.${exercise}`)).toEqual(["E1"]);
  await expect(row(page, "Class exercise")).toHaveCount(1);
});

test("the Workspaces page has no axe violations, in English and in Chinese", async ({ page }) => {
  const app = new App(page);
  await app.open("#/");
  await createWorkspace(app, "Exercise");
  await app.go("Workspaces", "Workspaces");
  await expectNoAxeViolations(page, "the Workspaces page");
  await row(page, "Exercise").getByRole("button", { name: "Rename Exercise" }).click();
  await expectNoAxeViolations(page, "the Workspaces page while renaming");
  await row(page, "My workspace").getByRole("button", { name: "Delete My workspace" }).click();
  await expectNoAxeViolations(page, "the delete dialog");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await setLanguage(page, "简体中文");
  await expect(app.heading).toHaveText("工作区");
  await expectNoAxeViolations(page, "the Workspaces page in Chinese");
});

test("the workspace on screen compares with another workspace of this browser, which stays unchanged", async ({
  page,
}) => {
  const app = new App(page);
  await app.loadExample();
  await app.go("Workspaces", "Workspaces");
  await page.getByRole("textbox", { name: "Name of the new workspace" }).fill("Model answer");
  await page.getByRole("radio", { name: "An example organisation" }).check();
  await expect(page.getByRole("combobox", { name: "Example" }).locator("option")).not.toHaveCount(0);
  await reloadingInto(app, () => page.getByRole("button", { name: "Create and open" }).click());
  const model = workspaceInAddress(page);

  // The model answer's first KPI of O1 gets another target.
  await app.go("Register", "Objectives register");
  await app.register.getByRole("link", { name: "O1", exact: true }).click();
  const target = page
    .getByRole("group", { name: "KPI 1: First response time" })
    .getByRole("textbox", { name: "Target", exact: true });
  await expect(target).toHaveValue("5");
  await target.fill("4");
  await app.waitForSaved();
  const storedModel = await page.evaluate((k) => window.localStorage.getItem(k), `${WORKSPACE_KEY}.${model}`);

  await reloadingInto(app, () => switcher(page).selectOption({ label: "My workspace" }));
  await app.open("#/compare");
  const choice = page.getByRole("combobox", { name: "Compare with another workspace of this browser" });
  await expect(choice.locator("option")).toHaveText([/^Model answer \(\d+ objectives\)$/]);
  await choice.selectOption({ label: (await choice.locator("option").first().textContent()).trim() });
  await page.getByRole("button", { name: "Compare with this workspace" }).click();
  const comparison = page.getByTestId("comparison");
  await expect(comparison.getByTestId("comparison-differing")).toHaveText("1 objective differs.");
  await expect(comparison.locator('tr[data-code="O1"]')).toContainText("Target of “First response time”: 5 → 4");
  await expect(comparison.getByRole("columnheader", { name: "Model answer" })).toBeVisible();
  await expectNoAxeViolations(page, "the comparison with another workspace");

  // Only read: neither workspace changed.
  expect(await page.evaluate((k) => window.localStorage.getItem(k), `${WORKSPACE_KEY}.${model}`)).toBe(storedModel);
  await app.go("Register", "Objectives register");
  await app.register.getByRole("link", { name: "O1", exact: true }).click();
  await expect(
    page.getByRole("group", { name: "KPI 1: First response time" }).getByRole("textbox", { name: "Target", exact: true }),
  ).toHaveValue("5");

  // A workspace that cannot be read is marked so; comparing with it says why and changes nothing.
  const modelKey = `${WORKSPACE_KEY}.${model}`;
  await page.evaluate((k) => window.localStorage.setItem(k, "{not a workspace"), modelKey);
  await app.open("#/compare");
  await expect(choice.locator("option")).toHaveText(["Model answer (cannot be read)"]);
  await page.getByRole("button", { name: "Compare with this workspace" }).click();
  await expect(page.getByTestId("compare-problem")).toContainText("Model answer cannot be compared:");
  await expect(page.getByTestId("comparison-differing")).toHaveText("1 objective differs.");
  expect(await page.evaluate((k) => window.localStorage.getItem(k), modelKey)).toBe("{not a workspace");
  await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [modelKey, storedModel]);

  await app.open("#/compare");
  await setLanguage(page, "简体中文");
  await expect(page.getByRole("combobox", { name: "与本浏览器中的另一个工作区对比" })).toBeVisible();
  await page.getByRole("button", { name: "与所选工作区对比" }).click();
  await expect(page.getByTestId("comparison-differing")).toHaveText("1 个目标有差异。");
  await expectNoAxeViolations(page, "the comparison with another workspace in Chinese");
});
