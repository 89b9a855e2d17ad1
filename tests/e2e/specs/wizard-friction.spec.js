// Fewer dead ends in the wizards and around them: every step opens from the step list (the
// review still lists what is missing), monitoring starts from the KPIs' frequency and data
// source and says so, discarding a draft with nothing changed asks nothing, an owner chosen
// while planning an objective for the first time opens no revision, "Add a child objective"
// is the wizard everywhere with quick add beside it as the lighter way, and the first screen
// offers each way of adding an objective once. In English, with one check in Chinese.
import { test, expect, setLanguage, WORKSPACE_KEY, storedDrafts, loadExampleByCode } from "../support/app.js";

function stepTitle(page) {
  return page.locator("#wizard-step-title");
}

function stepList(page) {
  return page.getByRole("navigation", { name: "Steps" });
}

test.describe("wizard friction", () => {
  test("every step opens from the step list, and the review still lists what is missing", async ({ app, page }) => {
    await app.open("#/establish");
    await expect(stepTitle(page)).toHaveText(/Step 1 of 8\s*Level and place$/);
    // A list of the steps: the current one marked, every other one a button.
    await expect(stepList(page).getByRole("listitem")).toHaveCount(8);
    await expect(stepList(page).locator('[aria-current="step"]')).toContainText("Level and place");
    await expect(stepList(page).getByRole("button")).toHaveCount(7);

    await stepList(page).getByRole("button", { name: /d\) Monitoring/ }).click();
    await expect(stepTitle(page)).toHaveText(/Step 5 of 8\s*d\) Monitoring$/);
    await expect(stepTitle(page)).toBeFocused();
    await stepList(page).getByRole("button", { name: /Review and save/ }).click();
    await expect(stepTitle(page)).toHaveText(/Step 8 of 8\s*Review and save$/);
    const missing = page.getByTestId("review-errors");
    await expect(missing).toContainText("b) Measurable");
    await expect(missing.getByRole("link", { name: /Title/ })).toHaveAttribute("href", /step=measurable/);
  });

  test("monitoring starts from the KPIs' frequency and data source and says where they came from", async ({
    app,
    page,
  }) => {
    const objectives = await loadExampleByCode(app);
    const o2 = objectives.O2;
    // O2 with its monitoring arrangements cleared and one KPI measured weekly from a named source.
    const envelope = await app.storedEnvelope();
    const stored = envelope.workspace.objectives.find((o) => o.code === "O2");
    stored.monitoring = {};
    stored.kpis[0].frequency = "weekly";
    stored.kpis[0].dataSource = "ITSM tool reports";
    envelope.rev += 1;
    await page.evaluate(({ key, text }) => window.localStorage.setItem(key, text), {
      key: WORKSPACE_KEY,
      text: JSON.stringify(envelope),
    });
    await app.reload();

    await app.open(`#/establish?objective=${o2.id}&step=monitoring`);
    await expect(stepTitle(page)).toHaveText(/d\) Monitoring$/);
    const frequency = page.getByRole("combobox", { name: "How often progress is monitored" });
    await expect(frequency.locator("option:checked")).toHaveText("Weekly");
    await expect(page.getByRole("textbox", { name: "Method or data source" })).toHaveValue(/ITSM tool reports/);
    await expect(page.getByTestId("monitoring-from-kpis")).toContainText(stored.kpis[0].name);
    await expect(page.getByTestId("monitoring-from-kpis")).toContainText("filled in from the KPIs");
    // Proposing is not the user's change: nothing is kept yet.
    expect(await storedDrafts(page)).toBeNull();
  });

  test("discarding a draft with nothing changed asks nothing; with a change it asks first", async ({ app, page }) => {
    await app.open("#/establish");
    await expect(stepTitle(page)).toHaveText(/Level and place$/);
    // Nothing entered: the button asks nothing, so its words promise no question ("…").
    await expect(page.getByRole("button", { name: "Discard the draft…" })).toHaveCount(0);
    await page.getByRole("button", { name: "Discard the draft", exact: true }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(app.heading).toHaveText("Objectives register");

    await app.open("#/establish");
    await page.getByRole("combobox", { name: "Owner" }).fill("Mei Chen");
    await expect(page.getByRole("button", { name: "Discard the draft", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Discard the draft…" }).click();
    const dialog = page.getByRole("dialog", { name: "Discard this draft?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Discard", exact: true }).click();
    await expect(app.heading).toHaveText("Objectives register");
    expect(await storedDrafts(page)).toBeNull();
  });

  test("an owner chosen while planning an objective for the first time opens no revision", async ({ app, page }) => {
    const objectives = await loadExampleByCode(app);
    const s1 = objectives.S1;
    expect(s1.plan).toBeUndefined();
    await app.open(`#/plan?objective=${s1.id}&step=actions`);
    await page.getByRole("textbox", { name: "What will be done" }).first().fill("Agree the growth targets");
    await stepList(page).getByRole("button", { name: /c\) Who is responsible/ }).click();
    const owner = page.getByRole("combobox", { name: /Owner/ });
    await owner.fill("Ana Costa");
    await stepList(page).getByRole("button", { name: /Review and save/ }).click();
    await page.getByRole("button", { name: "Save the plan" }).click();

    await expect(app.heading).toHaveText(`S1 ${s1.title}`);
    await expect(page.getByTestId("open-revision")).toHaveCount(0);
    await app.waitForSaved();
    const saved = (await app.storedEnvelope()).workspace.objectives.find((o) => o.code === "S1");
    expect(saved.owner).toBe("Ana Costa");
    expect(saved.revisions.length).toBe(1);
  });

  test("Add a child objective opens the wizard with the parent chosen, from the objective page and the tree", async ({
    app,
    page,
  }) => {
    const objectives = await loadExampleByCode(app);
    const s1 = objectives.S1;
    await app.open(`#/objectives/${s1.id}`);
    await page.getByRole("link", { name: "Add a child objective" }).click();
    await expect(app.heading).toHaveText("Establish an objective");
    await expect(stepTitle(page)).toHaveText(/Level and place$/);
    await expect(page.getByRole("combobox", { name: "Level" }).locator("option:checked")).toHaveText("Tactical");
    await expect(page.getByRole("listbox", { name: "Parent objective" }).locator("option:checked")).toContainText("S1");

    // The lighter way sits beside it, named as such.
    await app.open(`#/objectives/${s1.id}`);
    await page.getByRole("link", { name: "Quick add a child (short form)" }).click();
    await expect(app.heading).toHaveText("New objective");

    // The tree: the selected objective's "Add a child objective", and "New objective".
    await app.go("Level tree", "Tree of objective levels");
    await app.treeItem("S1").click();
    await page.getByRole("link", { name: "Add a child objective" }).click();
    await expect(app.heading).toHaveText("Establish an objective");
    await expect(page.getByRole("listbox", { name: "Parent objective" }).locator("option:checked")).toContainText("S1");
    await app.go("Level tree", "Tree of objective levels");
    await page.getByRole("main").getByRole("link", { name: "New objective", exact: true }).click();
    await expect(app.heading).toHaveText("Establish an objective");
    await app.go("Level tree", "Tree of objective levels");
    await page.getByRole("link", { name: "Quick add (short form)" }).click();
    await expect(app.heading).toHaveText("New objective");
  });

  test("the first screen offers each way of adding an objective once, in English and Chinese", async ({
    app,
    page,
  }) => {
    await app.open("#/");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Establish an objective (guided)" })).toHaveCount(1);
    await expect(main.getByRole("link", { name: "Quick add (short form)" })).toHaveCount(1);
    await setLanguage(page, "简体中文");
    await expect(main.getByRole("link", { name: "制定目标（向导）" })).toHaveCount(1);
    await expect(main.getByRole("link", { name: "快速添加（简表）" })).toHaveCount(1);
  });
});
