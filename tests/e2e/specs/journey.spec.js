// The whole of clause 6.2 in one journey, as a trainer would demonstrate it: from an empty
// workspace, a person records the organisation, a function, the policy and a requirement;
// establishes a strategic objective, a tactical child and an operational grandchild through
// the 6.2.1 wizard (leaving one wizard half-way and resuming its draft, reloading another);
// follows a gap link from the clause 6.2 checklist into the 6.2.2 wizard; plans all three
// (reloading once mid-wizard); and watches the checklist reach full conformity.
import { test, expect, escapeRegExp, startsWithCode, WORKSPACE_KEY } from "../support/app.js";

/** The items of the checklist matrix, by their `data-item` name. */
const ESTABLISH_ITEMS = ["Policy", "Measurable", "Requirements", "Monitored", "Communicated", "Updated", "Documented"];
const PLAN_ITEMS = ["Actions", "Resources", "Responsible", "Timing", "Evaluation"];
const ALL_ITEMS = [...ESTABLISH_ITEMS, ...PLAN_ITEMS];
/** What the check says while communication is planned but no record exists (6.2.1 e). */
const NOT_YET_COMMUNICATED = "Not communicated yet: the communication register has no record of it.";
const NOT_YET_MONITORED = "Monitoring is arranged, but nothing has been measured or reviewed yet.";
const FINDINGS_CLEAR =
  "Objectives exist at every relevant level and for every relevant function, the register is approved, and every objective is linked to one above it.";

const FUNCTION = "Service operations";

/** Today in the browser's time zone (the app's clock), as YYYY-MM-DD. */
async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/** `iso` moved by `days` days. */
function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The heading of the current wizard step. */
function stepTitle(page) {
  return page.locator("#wizard-step-title");
}

/** Expects wizard step `number` of `total` named `label`, marked in the step list, focused. */
async function expectStep(page, number, total, label) {
  await expect(stepTitle(page)).toHaveText(new RegExp(`^Step ${number} of ${total}\\s*${escapeRegExp(label)}$`));
  const current = page.getByRole("navigation", { name: "Steps" }).locator('[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText(label);
}

/** Presses the wizard's Next button and expects the next step with focus on its heading. */
async function next(page, number, total, label) {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectStep(page, number, total, label);
  await expect(stepTitle(page)).toBeFocused();
}

/** The id of the stored objective with `code`. */
async function objectiveId(app, code) {
  const envelope = await app.storedEnvelope();
  return envelope.workspace.objectives.find((o) => o.code === code).id;
}

/** The state badge of `item` in a list of check results (wizard review or check panel). */
function badge(scope, item) {
  return scope.locator(`.check__item[data-item="${item}"] .check-state`);
}

/**
 * Steps 2 to 8 of the 6.2.1 wizard for a new objective whose step 1 is done: every step
 * complete, so that the review shows every item of 6.2.1 met but e) (nothing communicated
 * yet). `requirement` is a requirement's reference to link, or `{ noneApply: reason }`.
 * `beforeRequirements` runs at step 3 once it is filled in (to leave or reload the wizard).
 */
async function establishSteps2To8(app, objective, { resumeAtStep3 } = {}) {
  const page = app.page;

  // 2. a) Policy: tick the statements it serves (by keyboard).
  await expectStep(page, 2, 8, "a) Policy");
  for (const reference of objective.policy) {
    const box = page.getByRole("checkbox", { name: startsWithCode(reference) });
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await next(page, 3, 8, "b) Measurable");

  // 3. b) Measurable: title and one complete KPI, read back as a sentence.
  await page.getByRole("textbox", { name: "Title" }).fill(objective.title);
  await page.getByRole("button", { name: "Add a KPI" }).click();
  const kpi = page.getByRole("group", { name: /^KPI 1/ });
  await expect(kpi.getByRole("textbox", { name: "Name" })).toBeFocused();
  await page.keyboard.type(objective.kpi.name);
  await kpi.getByRole("textbox", { name: "Unit" }).fill(objective.kpi.unit);
  await kpi.getByRole("combobox", { name: "Direction" }).selectOption({ label: objective.kpi.direction });
  await kpi.getByRole("textbox", { name: "Baseline" }).fill(objective.kpi.baseline);
  await kpi.getByRole("textbox", { name: "Target", exact: true }).fill(objective.kpi.target);
  await kpi.getByLabel("Target date").fill(objective.kpi.targetDate);
  await kpi.getByRole("textbox", { name: "Data source" }).fill(objective.kpi.source);
  await kpi.getByRole("textbox", { name: "Method" }).fill(objective.kpi.method);
  await kpi.getByRole("combobox", { name: "Measured" }).selectOption({ label: "Monthly" });
  await expect(kpi.getByTestId("kpi-preview")).toContainText(objective.kpi.preview);
  await expect(page.getByTestId("hints").getByRole("listitem")).toHaveCount(0);
  if (resumeAtStep3) {
    await resumeAtStep3();
    await expectStep(page, 3, 8, "b) Measurable");
    await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(objective.title);
    const resumed = page.getByRole("group", { name: `KPI 1: ${objective.kpi.name}` });
    await expect(resumed.getByRole("textbox", { name: "Baseline" })).toHaveValue(objective.kpi.baseline);
    await expect(resumed.getByLabel("Target date")).toHaveValue(objective.kpi.targetDate);
    await expect(resumed.getByRole("textbox", { name: "Method" })).toHaveValue(objective.kpi.method);
    await expect(resumed.getByTestId("kpi-preview")).toContainText(objective.kpi.preview);
  }
  // Enter in a field moves on, as in any form.
  await page.getByRole("textbox", { name: "Title" }).press("Enter");

  // 4. c) Requirements: a requirement it answers, or none applies and why.
  await expectStep(page, 4, 8, "c) Requirements");
  if (objective.requirement) {
    await page.getByRole("checkbox", { name: startsWithCode(objective.requirement) }).check();
  } else {
    const noneApply = page.getByRole("checkbox", { name: "No requirement applies to this objective" });
    await noneApply.focus();
    await page.keyboard.press("Space");
    await expect(noneApply).toBeChecked();
    await page.getByRole("textbox", { name: "Why no requirement applies" }).fill(objective.noneApply);
  }
  await next(page, 5, 8, "d) Monitoring");

  // 5. d) Monitoring, with the next review in the future.
  await page.getByRole("combobox", { name: "How often progress is monitored" }).selectOption({ label: "Monthly" });
  await page.getByRole("textbox", { name: "Method or data source" }).fill(objective.monitoring.method);
  await page.getByRole("combobox", { name: "Who monitors it" }).fill(objective.monitoring.responsible);
  await page.getByLabel("Next review").fill(objective.monitoring.nextReview);
  await next(page, 6, 8, "e) Communication");

  // 6. e) Communication: audiences and channels, one per line, typed as a person would.
  const audiences = page.getByRole("textbox", { name: "Audiences, one per line" });
  await audiences.focus();
  await page.keyboard.type(objective.communication.audiences[0]);
  await page.keyboard.press("Enter");
  await page.keyboard.type(objective.communication.audiences[1]);
  await expect(audiences).toHaveValue(objective.communication.audiences.join("\n"));
  await page.getByRole("textbox", { name: "Channels, one per line" }).fill(objective.communication.channels.join("\n"));
  await page.getByRole("textbox", { name: "When" }).fill(objective.communication.when);
  await page.getByRole("textbox", { name: "By whom" }).fill(objective.communication.byWhom);
  await next(page, 7, 8, "f) Updating");

  // 7. f) Updating: a cadence and the events that call for a review at once.
  await page.getByRole("combobox", { name: "Review cadence" }).selectOption({ label: "Quarterly" });
  for (const trigger of ["a service change", "a contract change", "a missed target"]) {
    const box = page.getByRole("checkbox", { name: trigger });
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await next(page, 8, 8, "Review and save");

  // 8. Review: the objective's approval is recorded here; then every item of 6.2.1 is met
  // but d) and e), which wait for records (measurements and a review, a communication).
  const today = await browserToday(page);
  const approval = page.getByRole("group", { name: "Approval" });
  await approval.getByRole("combobox", { name: "Approved by" }).fill("Board of directors");
  await approval.getByRole("textbox", { name: "Approved on" }).fill(today);
  await approval.getByRole("textbox", { name: "Approved on" }).blur();
  const expected = { Monitored: "Partly met", Communicated: "Missing" };
  for (const item of ESTABLISH_ITEMS) {
    await expect(badge(page, item), `${objective.code} review: ${item}`).toHaveText(expected[item] ?? "Met");
  }
  await expect(page.locator('.check__item[data-item="Communicated"] .check__reason')).toHaveText(NOT_YET_COMMUNICATED);
  await expect(page.locator('.check__item[data-item="Monitored"] .check__reason')).toHaveText(NOT_YET_MONITORED);
  await expect(page.getByText("You can save now and complete the open items later.")).toBeVisible();
  await expect(page.getByTestId("review-errors")).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "Active" })).toBeChecked();
  await page.getByRole("button", { name: "Save the objective" }).click();
  await expect(app.heading).toHaveText(`${objective.code} ${objective.title}`);
  await expect(app.notice).toContainText(`Saved ${objective.code}.`);
  await app.waitForSaved();
}

/**
 * The 6.2.2 wizard for `plan`, from step 1 (already open) to the saved plan: two actions,
 * each with an approved resource, someone responsible and dates within the target date, and
 * the evaluation. `reloadAtResources` reloads the page half-way through step 2.
 */
async function planSteps(app, objective, plan, { reloadAtResources = false } = {}) {
  const page = app.page;
  await expect(app.heading).toHaveText(`Plan to achieve ${objective.code}`);
  await expectStep(page, 1, 6, "a) What will be done");

  // a) Two actions.
  const first = page.getByRole("textbox", { name: "What will be done (action 1)" });
  await first.fill(plan.actions[0].what);
  await page.getByRole("button", { name: "Add an action" }).click();
  const second = page.getByRole("textbox", { name: "What will be done (action 2)" });
  await expect(second).toBeFocused();
  await page.keyboard.type(plan.actions[1].what);
  await next(page, 2, 6, "b) Resources");

  // b) One approved resource with an amount for each action.
  for (const [index, action] of plan.actions.entries()) {
    const n = index + 1;
    const where = `(action ${n}, resource 1)`;
    await page.getByRole("button", { name: `Add a resource to action ${n}` }).click();
    await expect(page.getByRole("textbox", { name: `Resource ${where}` })).toBeFocused();
    await page.getByRole("combobox", { name: `Kind ${where}` }).selectOption({ label: action.resource.kind });
    await page.getByRole("textbox", { name: `Resource ${where}` }).fill(action.resource.description);
    await page.getByRole("textbox", { name: `How much ${where}` }).fill(action.resource.amount);
    const approved = page.getByRole("checkbox", { name: `Approved ${where}` });
    await approved.focus();
    await page.keyboard.press("Space");
    await expect(approved).toBeChecked();
    if (index === 0 && reloadAtResources) {
      // Half-way through the step the page is reloaded; the draft brings everything back.
      expect(page.url()).toContain("step=resources");
      await app.reload();
      await expectStep(page, 2, 6, "b) Resources");
      await expect(page.getByTestId("draft-status")).toContainText("Draft kept in this browser (");
      await expect(page.getByRole("textbox", { name: `Resource ${where}` })).toHaveValue(action.resource.description);
      await expect(page.getByRole("textbox", { name: `How much ${where}` })).toHaveValue(action.resource.amount);
      await expect(page.getByRole("checkbox", { name: `Approved ${where}` })).toBeChecked();
      // Back to a) and forward again loses nothing either.
      await page.getByRole("button", { name: "Back", exact: true }).click();
      await expectStep(page, 1, 6, "a) What will be done");
      await expect(page.getByRole("textbox", { name: "What will be done (action 2)" })).toHaveValue(plan.actions[1].what);
      await next(page, 2, 6, "b) Resources");
    }
  }
  await next(page, 3, 6, "c) Who is responsible");

  // c) The owner comes from the objective; each action gets someone responsible.
  await expect(page.getByRole("combobox", { name: "Owner of the objective" })).toHaveValue(objective.owner);
  for (const [index, action] of plan.actions.entries()) {
    await page.getByRole("combobox", { name: `Responsible (action ${index + 1})` }).fill(action.responsible);
  }
  await next(page, 4, 6, "d) When");

  // d) Dates within the objective's target date, seen on the timeline.
  for (const [index, action] of plan.actions.entries()) {
    await page.getByRole("textbox", { name: `Start (action ${index + 1})` }).fill(action.start);
    await page.getByRole("textbox", { name: `Due (action ${index + 1})` }).fill(action.due);
  }
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText(`Target date ${objective.kpi.targetDate}`);
  await expect(timeline.getByRole("listitem")).toHaveText(
    plan.actions.map((a) => `${a.what}: ${a.start} to ${a.due}`),
  );
  await expect(timeline).not.toContainText("due after the target date");
  await next(page, 5, 6, "e) Evaluation");

  // e) How the results will be evaluated.
  await page.getByRole("textbox", { name: "Method" }).fill(plan.evaluation.method);
  await page.getByRole("textbox", { name: "Success criteria" }).fill(plan.evaluation.criteria);
  await page.getByRole("combobox", { name: "Who evaluates" }).fill(plan.evaluation.evaluator);
  await page.getByRole("textbox", { name: "When", exact: true }).fill(plan.evaluation.date);
  await next(page, 6, 6, "Review and save");

  // Review: every item of 6.2.2 met.
  const check = page.getByTestId("plan-check");
  for (const item of PLAN_ITEMS) {
    await expect(badge(check, item), `${objective.code} plan review: ${item}`).toHaveText("Met");
  }
  await expect(check.getByText("Every item is met.")).toBeVisible();
  await page.getByRole("button", { name: "Save the plan" }).click();
  await expect(app.heading).toHaveText(`${objective.code} ${objective.title}`);
  await expect(app.notice).toContainText(`Saved the plan for ${objective.code}.`);
  // The first plan is part of establishing the objective: no revision waits for a reason.
  await expect(page.getByTestId("open-revision")).toHaveCount(0);
  await app.waitForSaved();
}

/** The clause 6.2 checklist page. */
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

  get overall() {
    return this.page.getByTestId("checklist-overall");
  }

  get findings() {
    return this.page.getByTestId("checklist-findings");
  }

  row(code) {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: code, exact: true }) });
  }

  cell(code, item) {
    return this.row(code).locator(`td[data-item="${item}"]`);
  }

  /** Expects every item of `code`'s row in the state `states(item)` says, and its score. */
  async expectRow(code, states, score) {
    for (const item of ALL_ITEMS) {
      await expect(this.cell(code, item).locator(".check-state"), `${code}: ${item}`).toHaveText(states(item));
    }
    // Good-practice suggestions may follow the score; they never count in it.
    await expect(this.row(code).getByTestId("row-score")).toHaveText(new RegExp(`^${score}(\\d+ good-practice suggestions?)?$`));
  }
}

test("a person takes an empty workspace through clause 6.2 to full conformity", async ({ app, page }) => {
  // One long journey on a shared 2-core machine: give it room, but every wait is on a state.
  test.setTimeout(240_000);
  const checklist = new Checklist(app);

  // ----- an empty workspace -----
  await app.open("#/");
  await expect(page.getByRole("heading", { name: "Start here" })).toBeVisible();
  expect(await app.storedText()).toBeNull();
  const today = await browserToday(page);

  const s1 = {
    code: "S1",
    title: "Be the most reliable IT service provider in the region",
    owner: "Ana Silva",
    policy: ["P1", "P2"],
    requirement: "R1",
    kpi: {
      name: "Service availability",
      unit: "%",
      direction: "Higher is better",
      baseline: "99.5",
      target: "99.9",
      targetDate: addDays(today, 730),
      source: "Monitoring platform",
      method: "Available minutes over agreed service minutes, per month",
      preview: `Raise service availability from 99.5 to at least 99.9 % by ${addDays(today, 730)}.`,
    },
    monitoring: { method: "Quarterly management review of the KPI dashboard", responsible: "Ana Silva", nextReview: addDays(today, 30) },
    communication: {
      audiences: ["All staff", "Key customers"],
      channels: ["Town hall", "Intranet"],
      when: "Every quarter",
      byWhom: "Ana Silva",
    },
  };
  const t1 = {
    code: "T1",
    title: "Restore services faster",
    owner: "Mei Chen",
    policy: ["P2"],
    requirement: "R1",
    kpi: {
      name: "MTTR",
      unit: "minutes",
      direction: "Lower is better",
      baseline: "40",
      target: "15",
      targetDate: addDays(today, 365),
      source: "ITSM tool",
      method: "Mean time from report to restore, per month",
      preview: `Reduce MTTR from 40 to at most 15 minutes by ${addDays(today, 365)}.`,
    },
    monitoring: { method: "Monthly service review", responsible: "Mei Chen", nextReview: addDays(today, 30) },
    communication: {
      audiences: ["Service desk", "Operations team"],
      channels: ["Team meeting", "Intranet"],
      when: "Every month",
      byWhom: "Mei Chen",
    },
  };
  const o1 = {
    code: "O1",
    title: "Answer service desk calls faster",
    owner: "Li Wei",
    policy: ["P1"],
    noneApply: "Internal target: no contract or regulation sets call answering times.",
    kpi: {
      name: "Calls answered within 20 seconds",
      unit: "%",
      direction: "Higher is better",
      baseline: "70",
      target: "90",
      targetDate: addDays(today, 180),
      source: "Telephony reports",
      method: "Share of calls answered within 20 seconds, per week",
      preview: `Raise calls answered within 20 seconds from 70 to at least 90 % by ${addDays(today, 180)}.`,
    },
    monitoring: { method: "Weekly telephony report", responsible: "Li Wei", nextReview: addDays(today, 7) },
    communication: {
      audiences: ["Service desk agents", "Shift leads"],
      channels: ["Daily stand-up", "Team chat"],
      when: "Every week",
      byWhom: "Li Wei",
    },
  };

  // ----- the organisation, a function and the policy (Policy page) -----
  await page.getByRole("link", { name: "Record your policy" }).click();
  await expect(app.heading).toHaveText("Organisation and policy");
  await page.getByRole("textbox", { name: "Organisation name" }).fill("Northwind IT Services");
  const functions = page.getByRole("textbox", { name: "Functions and units, one per line" });
  await functions.focus();
  await page.keyboard.type(FUNCTION);
  await expect(functions).toHaveValue(FUNCTION);
  // The objectives register is documented information: its approval is recorded (7.5.2).
  await page.getByRole("textbox", { name: "Approved by" }).fill("Board of directors");
  await page.getByRole("textbox", { name: "Approved on" }).fill(today);
  await page.getByRole("textbox", { name: "Approved on" }).blur();
  const statements = [
    ["P1", "Meet the service levels agreed with customers."],
    ["P2", "Restore services quickly after any disruption."],
  ];
  for (const [reference, text] of statements) {
    await page.getByRole("button", { name: "Add a statement" }).click();
    const item = page.getByRole("listitem", { name: `Policy statement ${reference}` });
    await expect(item.getByRole("textbox", { name: "Statement" })).toBeFocused();
    await page.keyboard.type(text);
    await expect(item.getByRole("textbox", { name: "Number" })).toHaveValue(reference);
  }

  // ----- a requirement (Requirements page) -----
  await app.go("Requirements", "Applicable requirements");
  await page.getByRole("button", { name: "Add a requirement" }).click();
  const requirement = page.getByRole("listitem", { name: "Requirement R1" });
  await expect(requirement.getByRole("textbox", { name: "Requirement" })).toBeFocused();
  await page.keyboard.type("Master services agreement: restore priority 1 incidents within 4 hours");
  await requirement.getByRole("combobox", { name: "Source" }).selectOption({ label: "SLA or contract" });
  await app.waitForSaved();
  const stored = (await app.storedEnvelope()).workspace;
  expect(stored.organisation).toMatchObject({ name: "Northwind IT Services", functions: [FUNCTION] });
  expect(stored.policy.map((p) => [p.reference, p.text])).toEqual(statements);
  expect(stored.requirements).toMatchObject([{ reference: "R1", source: "contract" }]);

  // ----- S1, strategic, through the 6.2.1 wizard (reloaded at b) -----
  await app.go("Overview", "Overview");
  await page.getByRole("link", { name: "Establish an objective (guided)" }).first().click();
  await expect(app.heading).toHaveText("Establish an objective");
  await expectStep(page, 1, 8, "Level and place");
  await expect(stepTitle(page)).toBeFocused();
  await expect(page.getByRole("combobox", { name: "Level" })).toHaveValue("Strategic");
  await expect(page.getByRole("textbox", { name: "Code" })).toHaveValue("S1");
  await page.getByRole("combobox", { name: "Function or unit" }).fill(FUNCTION);
  const owner = page.getByRole("combobox", { name: "Owner" });
  await owner.fill(s1.owner);
  await owner.press("Enter");
  await establishSteps2To8(app, s1, {
    // A reload in the middle of the step resumes the draft at the same place.
    resumeAtStep3: async () => {
      expect(page.url()).toContain("step=measurable");
      await app.reload();
      await expect(page.getByTestId("draft-status")).toContainText("Draft kept in this browser");
    },
  });
  const s1Id = await objectiveId(app, "S1");

  // ----- T1, tactical, from the tree's "Add a child objective" (left and resumed) -----
  await app.go("Level tree", "Tree of objective levels");
  await app.treeItem("S1").click();
  await expect(page.getByTestId("tree-selected")).toHaveText(`Selected: S1 ${s1.title}`);
  await page.getByRole("link", { name: "Add a child objective" }).click();
  await expect(app.heading).toHaveText("Establish an objective");
  await expectStep(page, 1, 8, "Level and place");
  // One level below the parent, with the next free code, below S1.
  await expect(page.getByRole("combobox", { name: "Level" })).toHaveValue("Tactical");
  await expect(page.getByRole("textbox", { name: "Code" })).toHaveValue("T1");
  const parents = page.getByRole("listbox", { name: "Parent objective" });
  await expect(parents).toHaveValue(s1Id);
  await page.getByRole("textbox", { name: "How it supports the parent" }).fill("Reliable services recover fast from any incident.");
  await page.getByRole("combobox", { name: "Function or unit" }).fill(FUNCTION);
  await page.getByRole("combobox", { name: "Owner" }).fill(t1.owner);
  await next(page, 2, 8, "a) Policy");
  await establishSteps2To8(app, t1, {
    // The person leaves the site half-way and comes back later: the draft is offered.
    resumeAtStep3: async () => {
      await page.goto("about:blank");
      await app.open("#/register");
      await page.getByRole("main").getByRole("link", { name: "Establish an objective (guided)" }).click();
      const prompt = page.getByRole("region", { name: "An unfinished draft" });
      await expect(prompt).toContainText(`You have an unfinished draft for T1 ${t1.title}, last changed`);
      await prompt.getByRole("button", { name: "Resume the draft" }).click();
    },
  });
  const t1Id = await objectiveId(app, "T1");

  // ----- O1, operational, placed below T1 at the wizard's parent step -----
  await app.go("Register", "Objectives register");
  await page.getByRole("main").getByRole("link", { name: "Establish an objective (guided)" }).click();
  await expectStep(page, 1, 8, "Level and place");
  await page.getByRole("combobox", { name: "Level" }).selectOption({ label: "Operational" });
  await expect(page.getByRole("textbox", { name: "Code" })).toHaveValue("O1");
  await page.getByRole("searchbox", { name: "Search" }).fill("restore");
  const t1Option = parents.getByRole("option", { name: startsWithCode("T1") });
  await expect(t1Option).toHaveCount(1);
  await parents.selectOption({ label: await t1Option.innerText() });
  await expect(parents).toHaveValue(t1Id);
  await page.getByRole("textbox", { name: "How it supports the parent" }).fill("Quick answers start the restore sooner.");
  await page.getByRole("combobox", { name: "Function or unit" }).fill(FUNCTION);
  await page.getByRole("combobox", { name: "Owner" }).fill(o1.owner);
  await next(page, 2, 8, "a) Policy");
  await establishSteps2To8(app, o1);
  const o1Id = await objectiveId(app, "O1");
  const objectives = (await app.storedEnvelope()).workspace.objectives;
  expect(objectives.map((o) => [o.code, o.level, o.status, o.revisions.length])).toEqual([
    ["S1", "strategic", "active", 1],
    ["T1", "tactical", "active", 1],
    ["O1", "operational", "active", 1],
  ]);
  expect(await app.storedObjectives()).toMatchObject({
    T1: { parentCode: "S1" },
    O1: { parentCode: "T1" },
  });

  // ----- the checklist before any plan: 6.2.1 in place, 6.2.2 missing -----
  await checklist.open();
  await expect(page.getByTestId("checklist-count")).toHaveText("Showing 3 of 3 objectives.");
  await expect(checklist.findings).toHaveText(FINDINGS_CLEAR);
  await expect(checklist.overall).toContainText("15 of 36 required items met (41 %); 3 partly met.");
  const beforePlans = (item) =>
    item === "Monitored" ? "Partly met" : item === "Communicated" || PLAN_ITEMS.includes(item) ? "Missing" : "Met";
  for (const code of ["S1", "T1", "O1"]) {
    await checklist.expectRow(code, beforePlans, "5 of 12");
  }

  // A gap link opens the 6.2.2 wizard for that objective at that step; S1 is planned there.
  const gap = checklist.cell("S1", "Actions").getByRole("link", {
    name: "Complete in the wizard: 6.2.2 a) What will be done (S1)",
  });
  await gap.click();
  await expect(page).toHaveURL(new RegExp(`#/plan\\?objective=${s1Id}&step=actions&focus=wizard-add-action$`));
  await expect(page.getByRole("button", { name: "Add an action" })).toBeFocused();
  const planS1 = {
    actions: [
      {
        what: "Add a standby site for the core services",
        resource: { kind: "Budget", description: "Standby hosting", amount: "EUR 120,000 a year" },
        responsible: "Infrastructure manager",
        start: addDays(today, 14),
        due: addDays(today, 400),
      },
      {
        what: "Rehearse the failover twice a year",
        resource: { kind: "People", description: "Operations engineers", amount: "4 people, 2 days each" },
        responsible: "Mei Chen",
        start: addDays(today, 420),
        due: addDays(today, 700),
      },
    ],
    evaluation: {
      method: "Availability report against the target, per quarter",
      criteria: "99.9 % or more for four quarters in a row",
      evaluator: "Management review board",
      date: addDays(today, 744),
    },
  };
  await planSteps(app, s1, planS1, { reloadAtResources: true });

  // ----- T1 from its objective page -----
  await app.go("Register", "Objectives register");
  await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
  await expect(app.heading).toHaveText(`T1 ${t1.title}`);
  await page.getByRole("link", { name: "Plan to achieve it" }).click();
  await planSteps(app, t1, {
    actions: [
      {
        what: "Publish runbooks for the 20 most frequent incidents",
        resource: { kind: "Time", description: "Senior engineers' time", amount: "30 days" },
        responsible: "Knowledge manager",
        start: addDays(today, 7),
        due: addDays(today, 180),
      },
      {
        what: "Automate the restore of the ticketing database",
        resource: { kind: "Tool", description: "Backup automation licence", amount: "1 licence" },
        responsible: "Database administrator",
        start: addDays(today, 60),
        due: addDays(today, 300),
      },
    ],
    evaluation: {
      method: "Monthly MTTR from the ITSM tool",
      criteria: "MTTR under 15 minutes for three months in a row",
      evaluator: "Head of operations",
      date: addDays(today, 380),
    },
  });

  // ----- O1 from the register's "Plan to achieve an objective" -----
  await app.go("Register", "Objectives register");
  await page.getByRole("link", { name: "Plan to achieve an objective" }).click();
  await expect(app.heading).toHaveText("Plan to achieve an objective");
  await page.getByRole("combobox", { name: "Choose the objective to plan for" }).selectOption({ label: `O1 ${o1.title}` });
  await page.getByRole("button", { name: "Plan it" }).click();
  await planSteps(app, o1, {
    actions: [
      {
        what: "Add a second shift in the peak hours",
        resource: { kind: "People", description: "Service desk agents", amount: "3 agents" },
        responsible: "Service desk lead",
        start: addDays(today, 7),
        due: addDays(today, 90),
      },
      {
        what: "Offer a call-back instead of waiting",
        resource: { kind: "Supplier", description: "Telephony provider's call-back option", amount: "EUR 300 a month" },
        responsible: "Li Wei",
        start: addDays(today, 30),
        due: addDays(today, 150),
      },
    ],
    evaluation: {
      method: "Weekly telephony report",
      criteria: "90 % of calls answered within 20 seconds for eight weeks",
      evaluator: "Service delivery manager",
      date: addDays(today, 190),
    },
  });

  // ----- the checklist with every plan: all met but 6.2.1 d) and e), which need records -----
  await checklist.open();
  await expect(checklist.findings).toHaveText(FINDINGS_CLEAR);
  await expect(checklist.overall).toContainText("30 of 36 required items met (83 %); 3 partly met.");
  await expect(checklist.overall.getByRole("progressbar", { name: "Items met" })).toHaveAttribute("value", "30");
  const withPlans = (item) => (item === "Monitored" ? "Partly met" : item === "Communicated" ? "Missing" : "Met");
  for (const code of ["S1", "T1", "O1"]) {
    await checklist.expectRow(code, withPlans, "10 of 12");
    await expect(checklist.cell(code, "Communicated").getByRole("link")).toHaveAccessibleName(
      `Record a communication: 6.2.1 e) Communicated (${code})`,
    );
  }
  // The reason, on each objective's check panel.
  for (const [code, id] of [["S1", s1Id], ["T1", t1Id], ["O1", o1Id]]) {
    await app.open(`#/objectives/${id}`);
    await expect(app.heading).toHaveText(new RegExp(`^${code} `));
    const panel = page.getByRole("region", { name: "Clause 6.2 check" });
    await expect(panel).toContainText("10 of 12 required items met (83 %); 1 partly met.");
    await expect(badge(panel, "Communicated")).toHaveText("Missing");
    await expect(panel.locator('.check__item[data-item="Communicated"] .check__reason')).toHaveText(NOT_YET_COMMUNICATED);
  }

  // ----- the records of monitoring and communication -----
  // Their screens have journeys of their own (progress, records); here the records are written
  // into the stored workspace exactly as the app stores them (inside the versioned envelope,
  // with a new revision, as another tab's save would), then the page reloads. This is the only
  // step not done through the UI.
  await app.waitForSaved();
  const envelope = await app.storedEnvelope();
  envelope.rev += 1;
  envelope.savedAt = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const uuids = [
    "3c0d4a1e-5b6f-4a7b-8c9d-0e1f2a3b4c01",
    "3c0d4a1e-5b6f-4a7b-8c9d-0e1f2a3b4c02",
    "3c0d4a1e-5b6f-4a7b-8c9d-0e1f2a3b4c03",
  ];
  // Each KPI measured and each objective reviewed today (6.2.1 d), as the check-in and review
  // pages would record them.
  for (const [index, objective] of envelope.workspace.objectives.entries()) {
    objective.kpis.forEach((kpi, k) => {
      kpi.measurements = [
        { id: `3c0d4a1e-5b6f-4a7b-8c9d-0e1f2a3b4d${index}${k}`, date: today, value: kpi.baseline ?? 0, recordedBy: objective.owner },
      ];
    });
    objective.reviews = [
      {
        id: `3c0d4a1e-5b6f-4a7b-8c9d-0e1f2a3b4e0${index}`,
        date: today,
        reviewer: objective.owner,
        result: "on-track",
        findings: "Started as planned.",
      },
    ];
  }
  envelope.workspace.communications = [s1, t1, o1].map((objective, index) => ({
    id: uuids[index],
    date: today,
    objectives: [[s1Id, t1Id, o1Id][index]],
    audience: objective.communication.audiences[0],
    channel: objective.communication.channels[0],
    byWhom: objective.communication.byWhom,
    summary: `Presented ${objective.code} ${objective.title}.`,
  }));
  await page.evaluate(({ key, text }) => window.localStorage.setItem(key, text), {
    key: WORKSPACE_KEY,
    text: JSON.stringify(envelope),
  });
  await app.reload();

  // ----- full conformity -----
  await checklist.open();
  await expect(checklist.findings).toHaveText(FINDINGS_CLEAR);
  await expect(checklist.overall).toContainText("36 of 36 required items met (100 %); 0 partly met.");
  await expect(checklist.overall.getByRole("progressbar", { name: "Items met" })).toHaveAttribute("value", "36");
  for (const code of ["S1", "T1", "O1"]) {
    await checklist.expectRow(code, () => "Met", "12 of 12");
    await expect(checklist.row(code).getByRole("link", { name: /^Complete in the wizard/ })).toHaveCount(0);
  }
  await page.getByRole("checkbox", { name: "Show only objectives with gaps" }).check();
  await expect(page.getByTestId("checklist-count")).toHaveText("Showing 0 of 3 objectives.");
  await expect(page.getByText("No objective has a gap.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Show only objectives with gaps" }).uncheck();

  await app.open(`#/objectives/${s1Id}`);
  const panel = page.getByRole("region", { name: "Clause 6.2 check" });
  await expect(panel).toContainText("12 of 12 required items met (100 %); 0 partly met.");
  await expect(panel.locator('.check__item[data-item="Communicated"] .check__reason')).toHaveText(
    `Communicated; last on ${today}.`,
  );
  // The reload loaded the records rather than overwriting them.
  expect((await app.storedEnvelope()).workspace.communications).toHaveLength(3);
});
