// Creating objectives at the three levels and finding them again, and the example
// organisation: the register, the overview's level cards and the tree agree.
import { test, expect, expectNoAxeViolations } from "../support/app.js";

test.describe("objectives at three levels", () => {
  test("a strategic, a tactical and an operational objective linked through the form survive a reload", async ({
    app,
    page,
  }) => {
    await app.open("#/");
    await expect(page.getByRole("heading", { name: "Start here" })).toBeVisible();

    // Strategic, from the overview.
    await page.getByRole("main").getByRole("link", { name: "Quick add" }).first().click();
    await app.createObjective({
      level: "Strategic",
      code: "SG-1",
      title: "Be the most trusted provider",
    });

    // Tactical, below it, from the register.
    await app.go("Register", "Objectives register");
    await page.getByRole("main").getByRole("link", { name: "Quick add" }).click();
    await app.createObjective({
      level: "Tactical",
      parent: "SG-1",
      code: "TC-1",
      title: "Resolve incidents faster",
    });
    await expect(page.getByText("Parent objective:")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "SG-1 Be the most trusted provider" })).toBeVisible();

    // Operational, below the tactical one.
    await app.go("Register", "Objectives register");
    await page.getByRole("main").getByRole("link", { name: "Quick add" }).click();
    await app.createObjective({
      level: "Operational",
      parent: "TC-1",
      code: "OP-1",
      title: "Answer every call within a minute",
    });
    await app.waitForSaved();

    await app.reload();
    await expect(app.heading).toHaveText("OP-1 Answer every call within a minute");

    // The register lists all three with their parents.
    await app.go("Register", "Objectives register");
    await expect(app.registerCount).toHaveText("Showing 3 of 3 objectives.");
    await expect(app.registerCodes).toHaveText(["SG-1", "TC-1", "OP-1"]);
    await expect(await app.registerCell("SG-1", "Level")).toHaveText("Strategic");
    await expect(await app.registerCell("SG-1", "Parent")).toHaveText("");
    await expect(await app.registerCell("TC-1", "Level")).toHaveText("Tactical");
    await expect(await app.registerCell("TC-1", "Parent")).toHaveText("SG-1");
    await expect(await app.registerCell("OP-1", "Level")).toHaveText("Operational");
    await expect(await app.registerCell("OP-1", "Parent")).toHaveText("TC-1");
    await expect(await app.registerCell("OP-1", "Title")).toHaveText("Answer every call within a minute");

    // The tree nests them: level 1, 2 and 3, each below the previous one.
    await app.go("Level tree", "Tree of objective levels");
    await expect(app.tree.getByRole("treeitem")).toHaveCount(3);
    await expect.poll(() => app.treeOutline()).toEqual(["SG-1@1", "TC-1@2", "OP-1@3"]);
    await expect(app.treeItem("SG-1")).toHaveAttribute("aria-expanded", "true");
    await expect(app.treeItem("TC-1")).toHaveAttribute("aria-expanded", "true");
    await expect(app.treeItem("OP-1")).not.toHaveAttribute("aria-expanded", /.*/);
    await expect(app.tree.getByRole("treeitem", { name: /^Not aligned/ })).toHaveCount(0);

    // Collapsing the strategic objective hides both objectives below it.
    await app.treeItem("SG-1").click();
    await page.keyboard.press("ArrowLeft");
    await expect(app.treeItem("SG-1")).toHaveAttribute("aria-expanded", "false");
    await expect.poll(() => app.treeOutline()).toEqual(["SG-1@1"]);
  });

  test("the parent list box offers only objectives that may hold the chosen level", async ({ app, page }) => {
    await app.loadExample();
    await app.open("#/objectives/new");
    const list = page.getByRole("listbox", { name: "Parent objective" });
    const level = page.getByRole("combobox", { name: "Level" });

    await level.selectOption({ label: "Strategic" });
    await expect(list.getByRole("option")).toHaveText([
      "No parent",
      "S1 Raise global market competitiveness (strategic)",
      "S2 Optimise the cost structure (strategic)",
      "S3 Lead in service innovation (strategic)",
    ]);

    await level.selectOption({ label: "Operational" });
    await expect(list.getByRole("option")).toHaveCount(10);

    // The filter narrows the list by code and title words.
    await page.getByRole("searchbox", { name: "Search" }).fill("availability");
    await expect(list.getByRole("option")).toHaveText([
      "No parent",
      "T2 Improve service availability (tactical)",
    ]);
  });
});

test.describe("the example organisation", () => {
  test("loads nine objectives, three per level, nested in the tree with none unaligned", async ({
    app,
    page,
  }) => {
    await app.open("#/");
    for (const level of ["Strategic", "Tactical", "Operational"]) {
      await expect(page.getByTestId(`count-${level}`)).toHaveText("0 objectives");
    }
    await page.getByRole("button", { name: "Load the example" }).first().click();
    await expect(app.notice).toContainText("The example organisation was loaded.");

    // The level cards on the overview.
    const levels = page.getByRole("region", { name: "Objectives by level" });
    for (const level of ["Strategic", "Tactical", "Operational"]) {
      const card = levels.getByRole("listitem").filter({ has: page.getByRole("heading", { name: level }) });
      await expect(card).toContainText("3 objectives");
    }
    await expect(page.getByText(/not aligned to an objective above them/)).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Organisation" })).toContainText("Example IT Services Ltd.");

    // The register, unfiltered and filtered by each level.
    await app.go("Register", "Objectives register");
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
    await expect(app.register.getByRole("row")).toHaveCount(10);
    const levelFilter = page.getByRole("region", { name: "Filters" }).getByRole("combobox", { name: "Level" });
    const expected = {
      Strategic: ["S1", "S2", "S3"],
      Tactical: ["T1", "T2", "T3"],
      Operational: ["O1", "O2", "O3"],
    };
    for (const [level, codes] of Object.entries(expected)) {
      await levelFilter.selectOption({ label: level });
      await expect(app.registerCount).toHaveText("Showing 3 of 9 objectives.");
      await expect(app.registerCodes).toHaveText(codes);
    }
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");

    // Sorting: by level at first; then by code, ascending and descending, told by aria-sort.
    const codeHeader = app.register.getByRole("columnheader", { name: "Code" });
    const levelHeader = app.register.getByRole("columnheader", { name: "Level" });
    await expect(levelHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(codeHeader).not.toHaveAttribute("aria-sort", /.*/);
    await app.register.getByRole("button", { name: "Code" }).click();
    await expect(codeHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(levelHeader).not.toHaveAttribute("aria-sort", /.*/);
    await expect(app.registerCodes).toHaveText(["O1", "O2", "O3", "S1", "S2", "S3", "T1", "T2", "T3"]);
    await app.register.getByRole("button", { name: "Code" }).click();
    await expect(codeHeader).toHaveAttribute("aria-sort", "descending");
    await expect(app.registerCodes).toHaveText(["T3", "T2", "T1", "S3", "S2", "S1", "O3", "O2", "O1"]);

    // The tree: three strategic roots, each with one tactical and one operational below.
    await app.go("Level tree", "Tree of objective levels");
    await expect(app.tree.getByRole("treeitem")).toHaveCount(9);
    await expect.poll(() => app.treeOutline()).toEqual([
      "S1@1",
      "T1@2",
      "O1@3",
      "S2@1",
      "T3@2",
      "O3@3",
      "S3@1",
      "T2@2",
      "O2@3",
    ]);
    await expect(app.tree.getByRole("treeitem", { name: /^Not aligned/ })).toHaveCount(0);
    await expect(app.treeItem("S2")).toHaveAttribute("aria-posinset", "2");
    await expect(app.treeItem("S2")).toHaveAttribute("aria-setsize", "3");
  });

  test("loading the example over existing work asks first, and Cancel keeps the work", async ({ app, page }) => {
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Strategic", code: "MINE", title: "My own objective" });
    await app.go("Overview", "Overview");
    await page.getByRole("button", { name: "Load the example" }).click();
    const dialog = page.getByRole("dialog", { name: "Replace your workspace with the example?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Your workspace is not empty (1 objective).");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("count-Strategic")).toHaveText("1 objective");

    await page.getByRole("button", { name: "Load the example" }).click();
    await dialog.getByRole("button", { name: "Replace" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
    // Undo brings the replaced work back.
    await app.notice.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByTestId("count-Strategic")).toHaveText("1 objective");
  });

  test("a KPI can be a milestone, and a target can include or exclude its value", async ({ app, page }) => {
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Strategic", code: "S1", title: "Certified by mid-2027" });
    await page.getByRole("button", { name: "Add a KPI" }).click();
    const kpi = page.getByTestId("kpi");
    await kpi.getByRole("textbox", { name: "Name" }).fill("Certification audit passed");
    await kpi.getByRole("textbox", { name: "Name" }).blur();

    // A milestone is achieved or not: no unit, baseline or target, only its date.
    await kpi.getByRole("combobox", { name: "Direction" }).selectOption({ label: "Milestone: achieved or not" });
    await expect(kpi.getByRole("textbox", { name: "Unit" })).toHaveCount(0);
    await expect(kpi.getByRole("textbox", { name: "Baseline" })).toHaveCount(0);
    await expect(kpi.getByRole("textbox", { name: "Target", exact: true })).toHaveCount(0);
    await expect(kpi.getByRole("combobox", { name: "Target boundary" })).toHaveCount(0);
    await expect(kpi.getByTestId("milestone-help")).toHaveText(
      "A milestone needs only its target date. Record a measurement of 1 when it is achieved (0 while it is not yet).",
    );
    await kpi.getByRole("textbox", { name: "Target date" }).fill("2027-06-30");
    await kpi.getByRole("textbox", { name: "Target date" }).blur();
    const panel = page.getByRole("region", { name: "Clause 6.2 check" });
    await expect(panel.locator('.check__item[data-item="Measurable"] .check-state')).toHaveText("Met");
    await app.waitForSaved();
    let stored = (await app.storedEnvelope()).workspace.objectives[0].kpis[0];
    expect([stored.direction, stored.targetDate]).toEqual(["milestone", "2027-06-30"]);
    await expectNoAxeViolations(page, "a milestone KPI");
    // A check-in records it as 1 or 0, and says so.
    const s1Id = (await app.storedEnvelope()).workspace.objectives[0].id;
    await app.open(`#/objectives/${s1Id}/check-in`);
    await expect(page.getByTestId("check-in-row").getByText("Value (1: achieved, 0: not yet)")).toBeVisible();
    await app.open(`#/objectives/${s1Id}`);

    // Lower is better: "at most" (the target counts) or "under" (only values beyond it).
    await kpi.getByRole("combobox", { name: "Direction" }).selectOption({ label: "Lower is better" });
    const boundary = kpi.getByRole("combobox", { name: "Target boundary" });
    await expect(boundary).toHaveValue("Inclusive");
    await boundary.selectOption({ label: "Only values beyond the target count (above, under)" });
    await expect(kpi.getByRole("textbox", { name: "Unit" })).toBeVisible();
    await app.waitForSaved();
    stored = (await app.storedEnvelope()).workspace.objectives[0].kpis[0];
    expect([stored.direction, stored.boundary]).toEqual(["lower-is-better", "exclusive"]);
    // A range has both ends inside it: no boundary to choose.
    await kpi.getByRole("combobox", { name: "Direction" }).selectOption({ label: "Within a range" });
    await expect(boundary).toHaveCount(0);
    await expectNoAxeViolations(page, "a KPI with a target boundary");
  });

  test("an objective also contributes to another besides its parent, weighted or not", async ({ app, page }) => {
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Strategic", code: "S1", title: "Be reliable" });
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Strategic", code: "S2", title: "Be efficient" });
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Operational", code: "O1", title: "Patch within a week" });
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Tactical", parent: "S1", code: "T1", title: "Restore faster" });

    // T1 may also contribute to S2 only: not to itself, its parent S1 or O1 below its level.
    const links = page.getByTestId("contributes-to");
    await expect(links).toContainText("(no other objective)");
    const choice = links.getByRole("combobox", { name: "It also contributes to" });
    await expect(choice.getByRole("option")).toHaveText(["Choose an objective…", "S2 Be efficient"]);
    await choice.selectOption({ label: "S2 Be efficient" });
    await links.getByRole("button", { name: "Add the link" }).click();
    const link = links.getByTestId("contribution");
    await expect(link.getByRole("link", { name: "S2 Be efficient" })).toBeVisible();
    await expect(choice.getByRole("option")).toHaveText(["Choose an objective…"]);
    const weight = link.getByRole("textbox", { name: "Weight (S2 Be efficient)" });
    await weight.fill("0.5");
    await weight.blur();
    await app.waitForSaved();
    let t1 = (await app.storedEnvelope()).workspace.objectives.find((o) => o.code === "T1");
    const s2 = (await app.storedEnvelope()).workspace.objectives.find((o) => o.code === "S2");
    expect(t1.contributesTo).toEqual([{ objective: s2.id, weight: 0.5 }]);
    await expectNoAxeViolations(page, "an objective with an 'also contributes to' link");

    // S2 shows who also supports it.
    await link.getByRole("link", { name: "S2 Be efficient" }).click();
    await expect(app.heading).toHaveText("S2 Be efficient");
    await expect(page.getByTestId("contributors")).toContainText("T1 Restore faster");
    await page.getByTestId("contributors").getByRole("link", { name: "T1 Restore faster" }).click();
    await expect(app.heading).toHaveText("T1 Restore faster");

    // Removed, and undone.
    await links.getByRole("button", { name: "Remove the link S2 Be efficient" }).click();
    await expect(links).toContainText("(no other objective)");
    await app.waitForSaved();
    t1 = (await app.storedEnvelope()).workspace.objectives.find((o) => o.code === "T1");
    expect(t1.contributesTo).toBeUndefined();
  });
});
