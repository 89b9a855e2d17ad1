// The clause 6.2 conformity views: the checklist page (overall score, findings about the
// register, the matrix of objectives against items with sorting, the "only gaps" filter and
// a wizard link from every gap) and the "Clause 6.2 check" panel of an objective, with axe
// on both in English and Chinese.
import { test, expect, expectNoAxeViolations, WORKSPACE_KEY } from "../support/app.js";
import { generateWorkspace, encodeStored, SCHEMA_VERSION } from "../bench/workspace.mjs";

/** The items in the order of the matrix columns, by their `data-item` name and header. */
const ITEMS = [
  ["Policy", "6.2.1 a) Consistent with the policy"],
  ["Measurable", "6.2.1 b) Measurable"],
  ["Requirements", "6.2.1 c) Applicable requirements"],
  ["Monitored", "6.2.1 d) Monitored"],
  ["Communicated", "6.2.1 e) Communicated"],
  ["Updated", "6.2.1 f) Updated as appropriate"],
  ["Documented", "6.2.1 Documented information"],
  ["Actions", "6.2.2 a) What will be done"],
  ["Resources", "6.2.2 b) Resources"],
  ["Responsible", "6.2.2 c) Who is responsible"],
  ["Timing", "6.2.2 d) When it will be completed"],
  ["Evaluation", "6.2.2 e) How results are evaluated"],
];
const PLAN_ITEMS = ["Actions", "Resources", "Responsible", "Timing", "Evaluation"];
// Strategic, tactical, operational, each in code order.
const CODE_ORDER = ["S1", "S2", "S3", "T1", "T2", "T3", "O1", "O2", "O3"];

/** The page object's view of the checklist page. */
class Checklist {
  constructor(app) {
    this.app = app;
    this.page = app.page;
  }

  async open() {
    await this.app.go("Checklist", "Clause 6.2 checklist");
  }

  get table() {
    return this.page.getByRole("table", { name: "Clause 6.2 items for each objective" });
  }

  get count() {
    return this.page.getByTestId("checklist-count");
  }

  get overall() {
    return this.page.getByTestId("checklist-overall");
  }

  get findings() {
    return this.page.getByTestId("checklist-findings");
  }

  /** The code links heading the rendered rows, top to bottom. */
  get codes() {
    return this.table.getByRole("rowheader").getByRole("link");
  }

  row(code) {
    return this.table
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: code, exact: true }) });
  }

  /** The cell of `code`'s row for `item` (its `data-item` name). */
  cell(code, item) {
    return this.row(code).locator(`td[data-item="${item}"]`);
  }

  header(name) {
    return this.table.getByRole("columnheader", { name });
  }

  async sortBy(name) {
    await this.header(name).getByRole("button").click();
  }
}

/** Loads the example and waits until it is stored. */
async function withExample(app) {
  await app.loadExample();
  await app.waitForSaved();
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/**
 * Stores `workspace` before the app's own scripts run at the next page load, once per tab,
 * as another SixTwo would have stored it. (A change of the fragment alone is no page load.)
 */
async function seed(page, text) {
  await page.addInitScript(
    ({ key, text }) => {
      if (window.sessionStorage.getItem("checklist-seeded")) return;
      window.sessionStorage.setItem("checklist-seeded", "1");
      window.localStorage.setItem(key, text);
    },
    { key: WORKSPACE_KEY, text },
  );
}

/** The stored envelope of `workspace` as the app read it back (numbers as JSON keeps them). */
function envelope(workspace) {
  return JSON.stringify({
    format: "sixtwo-workspace",
    schemaVersion: SCHEMA_VERSION,
    appVersion: "0.1.0",
    rev: 1000,
    savedAt: "2026-11-24T09:30:00Z",
    workspace,
  });
}

/**
 * The example with O1 completed: approved, each KPI measured and a review held today, every
 * resource approved, the plan approved and a communication recorded.
 */
async function exampleWithO1Complete(app) {
  await withExample(app);
  const { workspace } = await app.storedEnvelope();
  const today = await browserToday(app.page);
  const o1 = workspace.objectives.find((o) => o.code === "O1");
  for (const action of o1.plan.actions) {
    for (const resource of action.resources) resource.approved = true;
  }
  o1.approval = { approvedBy: "Director", approvedOn: today };
  o1.plan.approval = { approvedBy: "Director", approvedOn: today };
  o1.kpis.forEach((kpi, index) => {
    kpi.measurements = [
      { id: `7f1d2c3b-4a59-4e68-9d7c-0b1a2c3d4e${String(60 + index)}`, date: today, value: kpi.target ?? 1 },
    ];
  });
  o1.reviews = [
    {
      id: "7f1d2c3b-4a59-4e68-9d7c-0b1a2c3d4e70",
      date: today,
      reviewer: "Service manager",
      result: "on-track",
      findings: "On course",
    },
  ];
  workspace.communications = [
    {
      id: "7f1d2c3b-4a59-4e68-9d7c-0b1a2c3d4e5f",
      date: today,
      objectives: [o1.id],
      audience: "Service teams",
      channel: "Team meeting",
    },
  ];
  return workspace;
}

test.describe("the clause 6.2 checklist", () => {
  test("with the example: every objective's items, scores and the overall score follow the data", async ({
    app,
  }) => {
    const checklist = new Checklist(app);
    await withExample(app);
    await checklist.open();

    await expect(checklist.count).toHaveText("Showing 9 of 9 objectives.");
    await expect(checklist.codes).toHaveText(CODE_ORDER);
    // 8 objectives without a plan meet 4 items, O1 meets 9; nothing is measured, reviewed,
    // approved or communicated yet. Good practice is counted beside the score, not in it.
    await expect(checklist.overall).toContainText("41 of 108 required items met (37 %); 18 partly met.");
    await expect(checklist.overall).toContainText("Good practice: 2 suggestions.");
    await expect(checklist.overall.getByRole("progressbar", { name: "Items met" })).toHaveAttribute("value", "41");
    const required = app.page.getByTestId("checklist-findings-required").getByRole("listitem");
    await expect(required).toHaveCount(1);
    await expect(required).toContainText("The approval of the objectives register lacks the approver and the approval date.");
    // The link lands on the approver's field.
    await expect(required.getByRole("link", { name: "Record the approval" })).toHaveAttribute(
      "href",
      "#/policy?focus=doc-approved-by",
    );
    await expect(checklist.findings).toContainText("Every objective below the strategic level is linked to one above it.");

    // Every item is a column with its clause and name.
    for (const [, header] of ITEMS) {
      await expect(checklist.header(header)).toHaveCount(1);
    }

    for (const code of CODE_ORDER) {
      // Nothing has been communicated yet: 6.2.1 e) is missing everywhere; nothing measured
      // or reviewed and no approval: d) and documented information are partly met.
      await expect(checklist.cell(code, "Communicated")).toContainText("Missing");
      await expect(checklist.cell(code, "Monitored")).toContainText("Partly met");
      await expect(checklist.cell(code, "Documented")).toContainText("Partly met");
      await expect(checklist.cell(code, "Policy")).toContainText("Met");
      await expect(checklist.cell(code, "Policy").getByRole("link")).toHaveCount(0);
      for (const item of PLAN_ITEMS) {
        if (code === "O1") continue;
        await expect(checklist.cell(code, item)).toContainText("Missing");
      }
      await expect(checklist.row(code).getByTestId("row-score")).toHaveText(
        code === "O1" ? "9 of 122 good-practice suggestions" : "4 of 12",
      );
    }
    // O1 has a plan; a resource not approved yet is good practice, not a gap.
    await expect(checklist.cell("O1", "Actions")).toHaveText("Met");
    await expect(checklist.cell("O1", "Resources")).toHaveText("Met");
    await expect(checklist.cell("O1", "Evaluation")).toHaveText("Met");

    // The table is announced with its caption, and row and column headers.
    await expect(checklist.table.getByRole("rowheader")).toHaveCount(9);
    await expect(checklist.table.getByRole("columnheader")).toHaveCount(15);
  });

  test("a gap's link names its item and objective and opens the wizard at the right step", async ({
    app,
    page,
  }) => {
    const checklist = new Checklist(app);
    await withExample(app);
    const { workspace } = await app.storedEnvelope();
    const idOf = (code) => workspace.objectives.find((o) => o.code === code).id;
    await checklist.open();

    const resources = checklist.cell("O2", "Resources").getByRole("link", {
      name: "Complete in the wizard: 6.2.2 b) Resources (O2)",
    });
    // Seen: "Complete"; heard: which item of which objective.
    await expect(resources.locator('[aria-hidden="true"]')).toHaveText("Complete");
    // O2 has no plan yet: resources belong to actions, so the link starts at the actions.
    await expect(resources).toHaveAttribute(
      "href",
      `#/plan?objective=${idOf("O2")}&step=actions&focus=wizard-add-action`,
    );
    // Never communicated, with its plan made: a record fixes it, not the wizard.
    const communicated = checklist.cell("S1", "Communicated").getByRole("link", {
      name: "Record a communication: 6.2.1 e) Communicated (S1)",
    });
    await expect(communicated.locator('[aria-hidden="true"]')).toHaveText("Record");
    await expect(communicated).toHaveAttribute("href", `#/communications/new?objective=${idOf("S1")}`);

    await resources.click();
    await expect(page).toHaveURL(new RegExp(`#/plan\\?objective=${idOf("O2")}&step=actions&focus=wizard-add-action$`));
    await expect(app.heading).toHaveText("Plan to achieve O2");
    await expect(page.locator('[aria-current="step"]')).toContainText("a) What will be done");
    await expect(page.getByRole("button", { name: "Add an action" })).toBeFocused();

    await page.goBack();
    await expect(app.heading).toHaveText("Clause 6.2 checklist");
    await checklist.cell("S1", "Communicated").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`#/communications/new\\?objective=${idOf("S1")}$`));
    await expect(app.heading).toHaveText("Record a communication");
  });

  test("sorting by score and by an item reorders the rows and marks the sorted header", async ({ app, page }) => {
    const checklist = new Checklist(app);
    await withExample(app);
    await checklist.open();
    const code = checklist.header("Code");
    const score = checklist.header("Score");
    const resources = checklist.header("6.2.2 b) Resources");

    await expect(code).toHaveAttribute("aria-sort", "ascending");
    await expect(score).not.toHaveAttribute("aria-sort", /.*/);

    await checklist.sortBy("Score");
    await expect(score).toHaveAttribute("aria-sort", "ascending");
    await expect(code).not.toHaveAttribute("aria-sort", /.*/);
    await expect(checklist.codes).toHaveText(["S1", "S2", "S3", "T1", "T2", "T3", "O2", "O3", "O1"]);
    await checklist.sortBy("Score");
    await expect(score).toHaveAttribute("aria-sort", "descending");
    await expect(checklist.codes).toHaveText(["O1", "S1", "S2", "S3", "T1", "T2", "T3", "O2", "O3"]);

    // By keyboard: Tab to the item's sort button, then Enter. Missing comes before partly met.
    await checklist.header("6.2.2 a) What will be done").getByRole("button").focus();
    await page.keyboard.press("Tab");
    await expect(resources.getByRole("button")).toBeFocused();
    const outline = await resources
      .getByRole("button")
      .evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline, "the focused sort button shows a focus outline").not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(resources).toHaveAttribute("aria-sort", "ascending");
    await expect(score).not.toHaveAttribute("aria-sort", /.*/);
    await expect(checklist.codes).toHaveText(["S1", "S2", "S3", "T1", "T2", "T3", "O2", "O3", "O1"]);
    await page.keyboard.press("Enter");
    await expect(resources).toHaveAttribute("aria-sort", "descending");
    await expect(checklist.codes.first()).toHaveText("O1");

    // The order is kept while visiting an objective.
    await checklist.row("O1").getByRole("link", { name: "O1", exact: true }).click();
    await expect(app.heading).toHaveText(/^O1 /);
    await checklist.open();
    await expect(resources).toHaveAttribute("aria-sort", "descending");
    await expect(checklist.codes.first()).toHaveText("O1");
  });

  test("“Show only objectives with gaps” leaves out objectives that meet every item", async ({ app, page }) => {
    const checklist = new Checklist(app);
    const workspace = await exampleWithO1Complete(app);
    await seed(page, envelope(workspace));
    await app.open("#/checklist");
    await app.reload();

    await expect(checklist.count).toHaveText("Showing 9 of 9 objectives.");
    for (const [item] of ITEMS) {
      await expect(checklist.cell("O1", item)).toHaveText("Met");
    }
    await expect(checklist.row("O1").getByTestId("row-score")).toHaveText("12 of 12");
    await expect(checklist.overall).toContainText("44 of 108 required items met (40 %); 16 partly met.");

    const onlyGaps = page.getByRole("checkbox", { name: "Show only objectives with gaps" });
    await onlyGaps.check();
    await expect(checklist.count).toHaveText("Showing 8 of 9 objectives.");
    await expect(checklist.codes).toHaveText(["S1", "S2", "S3", "T1", "T2", "T3", "O2", "O3"]);
    await onlyGaps.uncheck();
    await expect(checklist.codes).toHaveText(CODE_ORDER);
  });

  test("findings about the register: a function without objectives, an unaligned objective", async ({
    app,
    page,
  }) => {
    const checklist = new Checklist(app);
    await withExample(app);

    // A function is declared on the Policy page.
    await app.go("Policy", "Organisation and policy");
    const functions = page.getByRole("textbox", { name: "Functions and units, one per line" });
    // Typed key by key: a new line and the space inside "Internal audit" must survive
    // the list being tidied on every keystroke.
    await functions.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Internal audit");
    await expect(functions).toHaveValue(/\nInternal audit$/);
    // A tactical objective without a parent.
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Tactical", code: "T9", title: "Reduce failed changes" });
    await app.waitForSaved();

    await checklist.open();
    await expect(checklist.count).toHaveText("Showing 10 of 10 objectives.");
    const function_ = checklist.findings.getByRole("listitem").filter({ hasText: "Internal audit" });
    await expect(function_).toContainText('No objective is set for "Internal audit", and it is not marked as not relevant.');
    await expect(function_.getByRole("link", { name: "Mark as not relevant" })).toHaveAttribute("href", "#/policy");
    await expect(function_.getByRole("link", { name: "Establish an objective (guided)" })).toHaveAttribute(
      "href",
      "#/establish?focus=wizard-function",
    );
    const unaligned = checklist.findings.getByRole("listitem").filter({ hasText: "T9" });
    await expect(unaligned).toContainText("T9 is not linked to an objective above it.");
    // Required findings and good practice stand apart, each under its heading.
    await expect(page.getByTestId("checklist-findings-required")).toContainText("Internal audit");
    await expect(page.getByTestId("checklist-findings-required")).not.toContainText("T9");
    await expect(page.getByTestId("checklist-findings-practice")).toContainText("T9");
    const stored = await app.storedEnvelope();
    const t9 = stored.workspace.objectives.find((o) => o.code === "T9").id;
    await expect(unaligned.getByRole("link", { name: "T9", exact: true })).toHaveAttribute(
      "href",
      `#/objectives/${t9}`,
    );
    await expect(unaligned.getByRole("link", { name: /^Complete in the wizard: / })).toHaveAttribute(
      "href",
      `#/establish?objective=${t9}&step=place`,
    );
    await expect(checklist.findings).not.toContainText("Objectives exist at every level");

    await unaligned.getByRole("link", { name: "T9", exact: true }).click();
    await expect(app.heading).toHaveText("T9 Reduce failed changes");
  });

  test("empty levels, and no gaps once the only open objective meets every item", async ({ app, page }) => {
    const checklist = new Checklist(app);
    const workspace = await exampleWithO1Complete(app);
    for (const objective of workspace.objectives) {
      if (objective.code !== "O1") objective.status = "cancelled";
    }
    await seed(page, envelope(workspace));
    await app.open("#/checklist");
    await app.reload();

    // Cancelled objectives are left out.
    await expect(checklist.count).toHaveText("Showing 1 of 1 objective.");
    await expect(checklist.overall).toContainText("12 of 12 required items met (100 %); 0 partly met.");
    await expect(checklist.findings).toContainText("No strategic objectives, and the level is not marked as not relevant.");
    await expect(checklist.findings).toContainText("No tactical objectives, and the level is not marked as not relevant.");
    await expect(checklist.findings).not.toContainText("No operational objectives");

    await page.getByRole("checkbox", { name: "Show only objectives with gaps" }).check();
    await expect(checklist.count).toHaveText("Showing 0 of 1 objective.");
    await expect(page.getByText("No objective has a gap.")).toBeVisible();
    await expect(checklist.table).toHaveCount(0);
  });

  test("an empty workspace has nothing to check", async ({ app, page }) => {
    await app.open("#/checklist");
    await expect(app.heading).toHaveText("Clause 6.2 checklist");
    await expect(page.getByTestId("checklist-empty")).toHaveText("No objectives to check yet.");
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("thousands of objectives: only the rows in view are rendered, and sorting still works", async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    const checklist = new Checklist(app);
    // About 3.5 million UTF-16 units: within the browser's 5 MiB for the site.
    const workspace = generateWorkspace(2000);
    // 60 open tactical objectives lose their parent: 50 are listed, the rest counted.
    const loose = workspace.objectives
      .filter((o) => o.level === "tactical" && !["cancelled", "superseded"].includes(o.status ?? "draft"))
      .slice(0, 60);
    for (const objective of loose) delete objective.parent;
    await seed(page, encodeStored(workspace, { appVersion: "0.1.0" }));
    await app.open("#/checklist");

    const open = workspace.objectives.filter((o) => !["cancelled", "superseded"].includes(o.status ?? "draft"));
    const count = open.length.toLocaleString("en-GB");
    await expect(checklist.count).toHaveText(`Showing ${count} of ${count} objectives.`);
    await expect(checklist.table).toHaveAttribute("aria-rowcount", String(open.length + 1));
    const findings = checklist.findings.getByRole("listitem");
    await expect(findings.filter({ hasText: "is not linked to an objective above it." })).toHaveCount(50);
    await expect(findings.last()).toContainText("10 more objectives are not linked to an objective above them.");
    await expect(findings.last().getByRole("link", { name: "Level tree" })).toHaveAttribute("href", "#/tree");
    const rendered = await checklist.table.locator("tbody tr[data-row]").count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);

    await checklist.sortBy("Score");
    await expect(checklist.header("Score")).toHaveAttribute("aria-sort", "ascending");
    // Scrolled to the end, the last rows are rendered with their positions.
    await page.locator(".matrix-scroll").evaluate((box) => (box.scrollTop = box.scrollHeight));
    await expect(checklist.table.locator(`tr[aria-rowindex="${open.length + 1}"]`)).toHaveCount(1);
    expect(await checklist.table.locator("tbody tr[data-row]").count()).toBeLessThan(80);
  });
});

test.describe("the objective's clause 6.2 check", () => {
  test("shows the same states as the checklist, follows edits, and links to the wizards", async ({ app, page }) => {
    await withExample(app);
    const { workspace } = await app.storedEnvelope();
    const o2 = workspace.objectives.find((o) => o.code === "O2").id;
    await app.open(`#/objectives/${o2}`);
    await expect(app.heading).toHaveText(/^O2 /);

    const panel = page.getByRole("region", { name: "Clause 6.2 check" });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("progressbar", { name: "Items met" })).toHaveAttribute("value", "4");
    await expect(panel).toContainText("4 of 12 required items met (33 %); 2 partly met.");
    const item = (name) => panel.locator(`[data-item="${name}"]`);
    await expect(item("Policy")).toContainText("Met");
    await expect(item("Communicated")).toContainText("Missing");
    await expect(item("Communicated")).toContainText("Not communicated yet: the communication register has no record of it.");
    for (const name of PLAN_ITEMS) {
      await expect(item(name)).toContainText("Missing");
    }
    // Each gap links where it is fixed: without a plan, resources start at the actions; a
    // communication never made is recorded, not planned again.
    await expect(item("Resources").getByRole("link")).toHaveAttribute(
      "href",
      `#/plan?objective=${o2}&step=actions&focus=wizard-add-action`,
    );
    await expect(item("Communicated").getByRole("link", { name: "Record a communication" })).toHaveAttribute(
      "href",
      `#/communications/new?objective=${o2}`,
    );
    await expect(item("Policy").getByRole("link")).toHaveCount(0);

    // The wizards, from the toolbar.
    await expect(page.getByRole("link", { name: "Revise with the wizard" })).toHaveAttribute(
      "href",
      `#/establish?objective=${o2}`,
    );
    await expect(page.getByRole("link", { name: "Plan to achieve it" })).toHaveAttribute(
      "href",
      `#/plan?objective=${o2}`,
    );

    // Unlinking every policy statement turns 6.2.1 a) into a gap at once.
    const policy = page.getByRole("region", { name: "Policy statements it supports (6.2.1 a)" });
    const linked = policy.getByRole("checkbox", { checked: true });
    await expect(linked).toHaveCount(2);
    await linked.first().uncheck();
    await expect(linked).toHaveCount(1);
    await expect(item("Policy")).toContainText("Met");
    await linked.first().uncheck();
    await expect(linked).toHaveCount(0);
    await expect(item("Policy")).toContainText("Missing");
    await expect(item("Policy")).toContainText("Not linked to any policy statement.");
    await expect(item("Policy").getByRole("link")).toHaveAttribute(
      "href",
      `#/establish?objective=${o2}&step=policy`,
    );
    // The change is an open revision until its reason is recorded: f) is partly met too.
    await expect(panel).toContainText("2 of 12 required items met (16 %); 3 partly met.");
    await expect(item("Updated")).toContainText("Revision 2 is not recorded yet: state the reason for the change.");
    // Its reason is recorded in the revision history, where the link leads.
    await expect(item("Updated").getByRole("link", { name: "Record the reason in the revision history" })).toHaveAttribute(
      "href",
      `#/objectives/${o2}/history`,
    );

    // The checklist agrees.
    const checklist = new Checklist(app);
    await checklist.open();
    await expect(checklist.cell("O2", "Policy")).toContainText("Missing");
    await expect(checklist.row("O2").getByTestId("row-score")).toHaveText("2 of 12");

    // The panel's gap link opens the plan wizard at the step that fixes it.
    await app.open(`#/objectives/${o2}`);
    await item("Resources").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`#/plan\\?objective=${o2}&step=actions&focus=wizard-add-action$`));
    await expect(app.heading).toHaveText("Plan to achieve O2");
    await expect(page.locator('[aria-current="step"]')).toContainText("a) What will be done");
  });

  test("a cancelled objective is left out of the checklist, and the register says so", async ({ app, page }) => {
    await withExample(app);
    const { workspace } = await app.storedEnvelope();
    const o3 = workspace.objectives.find((o) => o.code === "O3").id;
    await app.open(`#/objectives/${o3}`);
    const panel = page.getByRole("region", { name: "Clause 6.2 check" });
    const note = "Cancelled and superseded objectives are left out of the clause 6.2 checklist.";
    await expect(panel).not.toContainText(note);
    await app.go("Register", "Objectives register");
    await expect(await app.registerCell("O3", "Clause 6.2 met")).toHaveText("4 of 12");
    await expect(await app.registerCell("O1", "Clause 6.2 met")).toHaveText("9 of 12");

    await app.open(`#/objectives/${o3}`);
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Cancelled" });
    await expect(panel).toContainText(note);
    const checklist = new Checklist(app);
    await checklist.open();
    await expect(checklist.count).toHaveText("Showing 8 of 8 objectives.");
    await expect(checklist.row("O3")).toHaveCount(0);
    await app.go("Register", "Objectives register");
    await expect(await app.registerCell("O3", "Clause 6.2 met")).toHaveText("Not checked");
  });
});

// ----- accessibility, in both languages -----

const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    loadExample: "Load the example",
    checklist: "Clause 6.2 checklist",
    panel: "Clause 6.2 check",
    onlyGaps: "Show only objectives with gaps",
    missing: "Missing",
    fix: "Complete in the wizard: 6.2.2 b) Resources (O2)",
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    loadExample: "载入示例",
    checklist: "6.2 条款检查表",
    panel: "6.2 条款检查",
    onlyGaps: "仅显示存在缺口的目标",
    missing: "缺失",
    fix: "在向导中完善：6.2.2 b) 所需资源（O2）",
  },
];

for (const ui of LANGUAGES) {
  test.describe(`accessibility in ${ui.name}`, () => {
    test.use({ locale: ui.locale });

    test("axe finds nothing on the checklist and on an objective's check panel", async ({ app, page }) => {
      await app.open("#/checklist");
      await expectNoAxeViolations(page, `empty checklist (${ui.name})`);

      await app.open("#/");
      await page.getByRole("button", { name: ui.loadExample }).first().click();
      await expect.poll(() => app.storedText()).not.toBeNull();
      const { workspace } = await app.storedEnvelope();

      await app.open("#/checklist");
      await expect(app.heading).toHaveText(ui.checklist);
      await expect(page.getByRole("table").locator('td[data-item="Communicated"]').first()).toContainText(ui.missing);
      await expect(page.getByRole("link", { name: ui.fix, exact: true })).toHaveCount(1);
      await expectNoAxeViolations(page, `checklist with the example (${ui.name})`);
      await page.getByRole("checkbox", { name: ui.onlyGaps }).check();
      await expectNoAxeViolations(page, `checklist, only gaps (${ui.name})`);

      const o1 = workspace.objectives.find((o) => o.code === "O1").id;
      await app.open(`#/objectives/${o1}`);
      await expect(page.getByRole("region", { name: ui.panel })).toBeVisible();
      await expectNoAxeViolations(page, `objective with its check panel (${ui.name})`);
    });
  });
}

// ----- required and good practice apart; a closed objective judged on its records -----

/** YYYY-MM-DD `days` after `iso`. */
function addDays(iso, days) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A register of two operational objectives that meet every required item as of `today`:
 * O1 closed as achieved long ago (its next review cleared, its update cadence and measurement
 * frequency long lapsed), and O2 active, without a measurement method for its KPI or an approval
 * of its plan (two good-practice suggestions). The strategic and tactical levels are marked not relevant.
 */
function recordedRegister(today) {
  const long = "2025-03-01";
  const id = (n) => `5e1f0c2a-7b3d-4c8e-9f00-${String(n).padStart(12, "0")}`;
  const objective = (n, code, title, on, extra) => ({
    id: id(n),
    code,
    title,
    level: "operational",
    status: "active",
    owner: "Service desk lead",
    approval: { approvedBy: "Director", approvedOn: on },
    policyLinks: [id(1)],
    requirementLinks: [id(2)],
    kpis: [
      {
        id: id(n + 1),
        name: "First response time",
        unit: "minutes",
        baseline: 15,
        target: 5,
        direction: "lower-is-better",
        method: "Median first response",
        frequency: "monthly",
        targetDate: addDays(on, 200),
        measurements: [{ id: id(n + 2), date: on, value: 13, recordedBy: "Lead" }],
      },
    ],
    monitoring: { frequency: "monthly", method: "Team meeting", responsible: "Lead", nextReview: addDays(on, 30) },
    reviews: [
      { id: id(n + 3), date: on, reviewer: "Service manager", result: "on-track", findings: "On course" },
    ],
    communication: { audiences: ["Service teams"], channels: ["Team meeting"] },
    updating: { reviewCadence: "quarterly", triggers: ["missed-target"], lastReviewed: on },
    revisions: [{ number: 1, at: `${on}T08:00:00Z` }],
    plan: {
      actions: [
        {
          id: id(n + 4),
          what: "Introduce chat",
          responsible: "Lead",
          due: addDays(on, 150),
          resources: [{ kind: "tool", description: "Chat module", amount: "20 licences", approved: true }],
        },
      ],
      evaluation: {
        method: "Compare weekly medians",
        successCriteria: "Under 5 minutes for 3 months",
        evaluator: "Service manager",
        date: addDays(on, 200),
      },
      approval: { approvedBy: "Director", approvedOn: on },
    },
    created: `${on}T08:00:00Z`,
    updated: `${on}T08:00:00Z`,
    ...extra,
  });
  const closed = objective(10, "O1", "Answer calls faster", long, {
    status: "achieved",
    monitoring: { frequency: "monthly", method: "Team meeting", responsible: "Lead" },
  });
  closed.plan.evaluation.result = { date: addDays(long, 200), criteriaMet: true, findings: "Under 5 minutes" };
  closed.reviews.push({
    id: id(16),
    date: addDays(long, 201),
    reviewer: "Service manager",
    result: "on-track",
    findings: "Target met for three months",
    decision: "close-achieved",
  });
  closed.revisions.push({ number: 2, at: `${addDays(long, 201)}T09:00:00Z`, reason: "review-decision", approvedBy: "Service manager" });
  const active = objective(20, "O2", "Respond to e-mails faster", today, {});
  delete active.kpis[0].method;
  delete active.plan.approval;
  return {
    organisation: {
      name: "Example Ltd",
      levelsNotRelevant: [
        { level: "strategic", reason: "Set by the group" },
        { level: "tactical", reason: "Too small for a middle level" },
      ],
      document: { approvedBy: "CEO", approvedOn: long },
    },
    policy: [{ id: id(1), reference: "P1", text: "Meet agreed service levels" }],
    requirements: [{ id: id(2), reference: "SLA", title: "Response times", source: "contract" }],
    objectives: [closed, active],
    communications: [
      { id: id(3), date: long, objectives: [id(10)], audience: "Service teams", channel: "Team meeting" },
      { id: id(4), date: today, objectives: [id(20)], audience: "Service teams", channel: "Team meeting" },
    ],
  };
}

test.describe("required items and good practice", () => {
  test("are shown apart, and a closed objective shows no forward-looking gaps", async ({ app, page }) => {
    const checklist = new Checklist(app);
    await app.open("#/checklist");
    const today = await browserToday(page);
    const workspace = recordedRegister(today);
    await seed(
      page,
      JSON.stringify({
        format: "sixtwo-workspace",
        schemaVersion: SCHEMA_VERSION,
        appVersion: "0.1.0",
        rev: 1000,
        savedAt: `${today}T09:30:00Z`,
        workspace,
      }),
    );
    await app.reload();

    await expect(checklist.count).toHaveText("Showing 2 of 2 objectives.");
    // The score counts required items only; good practice stands beside it, in words.
    await expect(checklist.overall.getByTestId("score-text")).toHaveText(
      "24 of 24 required items met (100 %); 0 partly met.",
    );
    await expect(checklist.overall.getByTestId("score-practice")).toHaveText("Good practice: 2 suggestions.");
    await expect(page.getByText("Only required items are scored.", { exact: false }).first()).toBeVisible();
    for (const [item] of ITEMS) {
      await expect(checklist.cell("O1", item)).toHaveText("Met");
      await expect(checklist.cell("O2", item)).toHaveText("Met");
    }
    await expect(checklist.row("O1").getByTestId("row-score")).toHaveText("12 of 12");
    await expect(checklist.row("O2").getByTestId("row-score")).toHaveText(/^12 of 12\s*2 good-practice suggestions$/);
    await expect(checklist.row("O1").getByRole("link", { name: /^Complete in the wizard/ })).toHaveCount(0);

    // The register's findings: what is required apart from good practice, each under its heading.
    await expect(checklist.findings.getByRole("heading", { name: "Required by clause 6.2" })).toHaveCount(1);
    await expect(checklist.findings.getByRole("heading", { name: "Good practice" })).toHaveCount(1);
    await expect(checklist.findings).toContainText(
      "Objectives exist at every relevant level and for every relevant function, and the register is approved.",
    );
    const practice = page.getByTestId("checklist-findings-practice");
    await expect(practice.getByRole("listitem")).toHaveText([/^O1 is not linked/, /^O2 is not linked/]);
    await expect(page.getByTestId("checklist-findings-required")).toHaveCount(0);

    // O1, closed long ago: judged on its records, nothing asked of what would come next.
    const stored = await app.storedEnvelope();
    const idOf = (code) => stored.workspace.objectives.find((o) => o.code === code).id;
    await app.open(`#/objectives/${idOf("O1")}`);
    const panel = page.getByRole("region", { name: "Clause 6.2 check" });
    await expect(panel.getByTestId("score-text")).toHaveText("12 of 12 required items met (100 %); 0 partly met.");
    await expect(panel.getByTestId("score-practice")).toHaveText("Good practice: nothing to add.");
    await expect(panel.getByRole("link", { name: /^Complete in the wizard/ })).toHaveCount(0);
    await expect(panel.getByTestId("check-practice")).toHaveCount(0);
    const reason = (name) => panel.locator(`.check__item[data-item="${name}"] .check__reason`);
    await expect(reason("Monitored")).toHaveText(
      "Measured and reviewed as arranged: last measured on 2025-03-01, last reviewed on 2025-09-18.",
    );
    await expect(reason("Updated")).toHaveText("2 revisions, each recorded with its reason.");
    await expect(reason("Communicated")).toHaveText("Communicated; last on 2025-03-01.");
    await expectNoAxeViolations(page, "a closed objective's check panel");

    // O2: every required item met, the good practice listed under its item, never as a gap.
    await app.open(`#/objectives/${idOf("O2")}`);
    await expect(panel.getByTestId("score-text")).toHaveText("12 of 12 required items met (100 %); 0 partly met.");
    await expect(panel.getByTestId("score-practice")).toHaveText("Good practice: 2 suggestions.");
    const measurable = panel.locator('.check__item[data-item="Measurable"]');
    await expect(measurable.locator(".check-state")).toHaveText("Met");
    await expect(measurable.getByTestId("check-practice").getByRole("listitem")).toHaveText([
      'Good practice: say how KPI "First response time" is measured (a method or a data source).',
    ]);
    const actions = panel.locator('.check__item[data-item="Actions"]');
    await expect(actions.locator(".check-state")).toHaveText("Met");
    await expect(actions.getByTestId("check-practice")).toHaveText(
      "Good practice: record the plan's approval (it lacks the approver and the approval date).",
    );
    await expect(panel.getByRole("link", { name: /^Complete in the wizard/ })).toHaveCount(0);
    await expectNoAxeViolations(page, "an objective with good-practice suggestions");

    await checklist.open();
    await expectNoAxeViolations(page, "the checklist with required and good-practice findings");

    // The dashboard asks nothing of the closed objective either.
    await app.open("#/");
    await expect(page.getByTestId("dashboard-score")).toContainText("24 of 24 required items met (100 %)");
    await expect(page.getByTestId("agenda-overdue").getByTestId("agenda-item").filter({ hasText: "O1" })).toHaveCount(0);
  });
});
