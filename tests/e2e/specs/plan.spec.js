// The "Plan to achieve an objective" wizard (clause 6.2.2): a person plans actions,
// resources, responsibilities, dates and the evaluation for an objective of the example,
// reloads half-way, saves, and finds the plan stored; Next refuses an empty action and a start
// after the due date; an existing plan opens prefilled; a gap link opens its step; a draft for
// another objective is offered first; axe-core finds nothing on any step in either language.
import { test, expect, expectNoAxeViolations, DRAFTS_KEY, storedDrafts } from "../support/app.js";

const NEXT = "Next";
const STEP_ERRORS = "Please correct the items marked below before going on.";
const TEXT_EMPTY = "Enter a text here, or remove the row.";
const DATES_INVERTED = "The start date is after the due date.";
const LATE = "due after the target date";

/** Loads the example and waits until it is stored. */
async function withExample(app) {
  await app.loadExample();
  await app.waitForSaved();
}

/** The stored objective with `code`. */
async function storedObjective(app, code) {
  const envelope = await app.storedEnvelope();
  return envelope.workspace.objectives.find((o) => o.code === code);
}

/** The objective's target date: the latest target date of its KPIs (as the app computes). */
function targetDateOf(objective) {
  return objective.kpis
    .map((k) => k.targetDate)
    .filter(Boolean)
    .sort()
    .at(-1);
}

/** `iso` moved by `days` days. */
function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The heading of the current step ("Step 2 of 6 b) Resources"). */
function stepTitle(page) {
  return page.locator("#wizard-step-title");
}

/** Expects the wizard at step `number` named `label`, with the step list saying so. */
async function expectStep(page, number, label) {
  await expect(stepTitle(page)).toHaveText(new RegExp(`Step ${number} of 6\\s*${escape(label)}`));
  const steps = page.getByRole("navigation", { name: "Steps" });
  await expect(steps.locator('[aria-current="step"]')).toHaveText(new RegExp(`^${number}\\.\\s*${escape(label)}`));
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Presses Next and expects step `number`, with focus on its heading. */
async function next(page, number, label) {
  await page.getByRole("button", { name: NEXT, exact: true }).click();
  await expectStep(page, number, label);
  await expect(stepTitle(page)).toBeFocused();
}

/** Expects `field` marked invalid and described by a visible alert saying `message`. */
async function expectFieldError(page, field, message) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(escape(message)));
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const messages = page.locator(ids.map((id) => `[id="${id}"]`).join(", "));
  await expect(messages.filter({ hasText: message })).toBeVisible();
  await expect(messages.filter({ hasText: message })).toHaveRole("alert");
}

test.describe("planning to achieve an objective", () => {
  test("a person plans O2 step by step, reloads half-way, resumes and saves the plan", async ({
    app,
    page,
  }) => {
    await withExample(app);
    const o2 = await storedObjective(app, "O2");
    const target = targetDateOf(o2);
    expect(o2.plan ?? null).toBeNull();

    // From the register, choose the objective.
    await app.go("Register", "Objectives register");
    await page.getByRole("link", { name: "Plan to achieve an objective" }).click();
    await expect(app.heading).toHaveText("Plan to achieve an objective");
    const choice = page.getByRole("combobox", { name: "Choose the objective to plan for" });
    const options = await choice.getByRole("option").allInnerTexts();
    expect(options.map((o) => o.split(" ")[0])).toEqual(["O1", "O2", "O3", "S1", "S2", "S3", "T1", "T2", "T3"]);
    await choice.selectOption({ label: "O2 Raise the ticket resolution rate" });
    await page.getByRole("button", { name: "Plan it" }).click();
    await expect(app.heading).toHaveText("Plan to achieve O2");
    await expectStep(page, 1, "a) What will be done");
    // Only opened: nothing is kept yet.
    await expect(page.getByTestId("draft-status")).toHaveText("");

    // a) Two actions.
    await page.getByRole("textbox", { name: "What will be done (action 1)" }).fill("Run weekly problem reviews");
    await expect(page.getByRole("group", { name: "Action 1: Run weekly problem reviews" })).toBeVisible();
    await expect(page.getByTestId("draft-status")).toContainText("Draft kept in this browser (");
    await page.getByRole("button", { name: "Add an action" }).click();
    const second = page.getByRole("textbox", { name: "What will be done (action 2)" });
    await expect(second).toBeFocused();
    await second.fill("Introduce a root-cause analysis tool");
    await next(page, 2, "b) Resources");

    // b) Resources for each action.
    await page.getByRole("button", { name: "Add a resource to action 1" }).click();
    await expect(page.getByRole("textbox", { name: "Resource (action 1, resource 1)" })).toBeFocused();
    await page.getByRole("combobox", { name: "Kind (action 1, resource 1)" }).selectOption({ label: "People" });
    await page.getByRole("textbox", { name: "Resource (action 1, resource 1)" }).fill("Problem analysts");
    await page.getByRole("textbox", { name: "How much (action 1, resource 1)" }).fill("2 people, 4 hours a week");
    await page.getByRole("checkbox", { name: "Approved (action 1, resource 1)" }).check();
    await page.getByRole("button", { name: "Add a resource to action 2" }).click();
    await page.getByRole("combobox", { name: "Kind (action 2, resource 1)" }).selectOption({ label: "Budget" });
    await page.getByRole("textbox", { name: "Resource (action 2, resource 1)" }).fill("Analysis tool licences");
    await page.getByRole("textbox", { name: "How much (action 2, resource 1)" }).fill("CNY 50,000");
    await page.getByRole("checkbox", { name: "Approved (action 2, resource 1)" }).check();
    // A resource added by mistake is removed by its named button.
    await page.getByRole("button", { name: "Add a resource to action 2" }).click();
    await page.getByRole("textbox", { name: "Resource (action 2, resource 2)" }).fill("Oops");
    await page.getByRole("button", { name: "Remove resource 2 of action 2" }).click();
    await expect(page.getByRole("textbox", { name: "Resource (action 2, resource 2)" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add a resource to action 2" })).toBeFocused();
    await next(page, 3, "c) Who is responsible");

    // c) The objective's owner (prefilled) and who is responsible for each action.
    await expect(page.getByRole("combobox", { name: "Owner of the objective" })).toHaveValue("Incident and problem manager");
    await page.getByRole("combobox", { name: "Responsible (action 1)" }).fill("Incident and problem manager");
    await page.getByRole("combobox", { name: "Responsible (action 2)" }).fill("Tools administrator");
    await next(page, 4, "d) When");

    // d) Dates: the second action ends a month after the objective's target date.
    const firstStart = addDays(target, -150);
    const firstDue = addDays(target, -60);
    const secondStart = addDays(target, -90);
    const secondDue = addDays(target, 30);
    await page.getByRole("textbox", { name: "Start (action 1)" }).fill(firstStart);
    await page.getByRole("textbox", { name: "Due (action 1)" }).fill(firstDue);
    await page.getByRole("textbox", { name: "Start (action 2)" }).fill(secondStart);
    await page.getByRole("textbox", { name: "Due (action 2)" }).fill(secondDue);
    const timeline = page.getByTestId("timeline");
    await expect(timeline).toContainText(`Target date ${target}`);
    const rows = timeline.getByRole("listitem");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveText(`Run weekly problem reviews: ${firstStart} to ${firstDue}`);
    await expect(rows.nth(1)).toHaveText(
      new RegExp(`^Introduce a root-cause analysis tool: ${secondStart} to ${secondDue}\\s*${LATE}$`),
    );
    await next(page, 5, "e) Evaluation");

    // e) Evaluation, then a reload in the middle of the step.
    await page.getByRole("textbox", { name: "Method" }).fill("Monthly report of first-time fixes");
    await page.getByRole("textbox", { name: "Success criteria" }).fill("90 % first-time fixes for 3 months");
    await page.getByRole("combobox", { name: "Who evaluates" }).fill("Head of operations");
    await page.getByRole("textbox", { name: "When", exact: true }).fill(addDays(target, 31));
    expect(page.url()).toContain("step=evaluation");
    await app.reload();
    await expectStep(page, 5, "e) Evaluation");
    await expect(page.getByRole("textbox", { name: "Method" })).toHaveValue("Monthly report of first-time fixes");
    await expect(page.getByRole("textbox", { name: "Success criteria" })).toHaveValue("90 % first-time fixes for 3 months");
    await expect(page.getByRole("combobox", { name: "Who evaluates" })).toHaveValue("Head of operations");
    await expect(page.getByRole("textbox", { name: "When", exact: true })).toHaveValue(addDays(target, 31));

    // Back keeps everything; the step list returns to any step reached.
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await expectStep(page, 4, "d) When");
    await expect(page.getByRole("textbox", { name: "Due (action 2)" })).toHaveValue(secondDue);
    const steps = page.getByRole("navigation", { name: "Steps" });
    await steps.getByRole("button", { name: /a\) What will be done/ }).click();
    await expectStep(page, 1, "a) What will be done");
    await expect(page.getByRole("textbox", { name: "What will be done (action 1)" })).toHaveValue(
      "Run weekly problem reviews",
    );
    await expect(page.getByRole("textbox", { name: "What will be done (action 2)" })).toHaveValue(
      "Introduce a root-cause analysis tool",
    );
    await steps.getByRole("button", { name: /b\) Resources/ }).click();
    await expect(page.getByRole("checkbox", { name: "Approved (action 1, resource 1)" })).toBeChecked();
    await steps.getByRole("button", { name: /e\) Evaluation/ }).click();
    await next(page, 6, "Review and save");

    // Review: the 6.2.2 check of the draft, with the late action in words.
    const check = page.getByTestId("plan-check");
    await expect(check.getByRole("heading", { name: "6.2.1 Establishing the objective" })).toHaveCount(0);
    for (const item of ["Actions", "Resources", "Responsible", "Evaluation"]) {
      await expect(check.locator(`[data-item="${item}"]`)).toContainText("Met");
    }
    // An action due after the target date is good practice to fix, not a gap: d) is met.
    await expect(check.locator('[data-item="Timing"] .check-state')).toHaveText("Met");
    await expect(check.locator('[data-item="Timing"]')).toContainText(`due after the target date (${target})`);
    await expect(page.getByText("Every item is met.")).toBeVisible();
    await expect(page.getByTestId("timeline").getByText(LATE)).toBeVisible();
    // Every step up to here is marked complete, d) too: its late action is good practice only.
    await expect(steps.getByRole("button", { name: /a\) What will be done.*complete/ })).toBeVisible();
    await expect(steps.getByRole("button", { name: /d\) When.*complete/ })).toBeVisible();

    await page.getByRole("button", { name: "Save the plan" }).click();
    await expect(app.heading).toHaveText("O2 Raise the ticket resolution rate");
    await expect(app.notice).toContainText("Saved the plan for O2.");
    await app.waitForSaved();
    const saved = await storedObjective(app, "O2");
    expect(saved.owner).toBe("Incident and problem manager");
    expect(saved.plan.actions.map((a) => [a.what, a.responsible, a.start, a.due])).toEqual([
      ["Run weekly problem reviews", "Incident and problem manager", firstStart, firstDue],
      ["Introduce a root-cause analysis tool", "Tools administrator", secondStart, secondDue],
    ]);
    expect(saved.plan.actions[0].resources).toEqual([
      { description: "Problem analysts", amount: "2 people, 4 hours a week", approved: true },
    ]);
    expect(saved.plan.actions[1].resources).toEqual([
      { kind: "budget", description: "Analysis tool licences", amount: "CNY 50,000", approved: true },
    ]);
    expect(saved.plan.evaluation).toEqual({
      method: "Monthly report of first-time fixes",
      successCriteria: "90 % first-time fixes for 3 months",
      evaluator: "Head of operations",
      date: addDays(target, 31),
    });
    expect(await storedDrafts(page)).toBeNull();
    // Planning O2 for the first time is part of establishing it: no revision is opened and no
    // reason asked.
    await expect(page.getByTestId("open-revision")).toHaveCount(0);
    expect((saved.revisions ?? []).filter((r) => r.reason === "unstated")).toEqual([]);

    // The objective page's check shows every item of 6.2.2 met, with the late action as good
    // practice under d).
    const panel = page.getByTestId("check-panel");
    for (const item of ["Actions", "Resources", "Responsible", "Timing", "Evaluation"]) {
      await expect(panel.locator(`[data-item="${item}"] .check-state`)).toHaveText("Met");
    }
    await expect(panel.locator('[data-item="Timing"]').getByTestId("check-practice")).toContainText(LATE);

    // Planning it again opens the saved plan, prefilled.
    await page.getByRole("link", { name: "Plan to achieve it" }).click();
    await expect(app.heading).toHaveText("Plan to achieve O2");
    await expectStep(page, 1, "a) What will be done");
    await expect(page.getByRole("textbox", { name: "What will be done (action 2)" })).toHaveValue(
      "Introduce a root-cause analysis tool",
    );
    await app.open(`#/plan?objective=${o2.id}&step=review`);
    await expectStep(page, 6, "Review and save");
    for (const item of ["Actions", "Resources", "Responsible", "Evaluation"]) {
      await expect(page.getByTestId("plan-check").locator(`[data-item="${item}"]`)).toContainText("Met");
    }
  });

  test("an empty action blocks Next, with the error at the field and focus on it", async ({ app, page }) => {
    await withExample(app);
    const o3 = await storedObjective(app, "O3");
    await app.open(`#/plan?objective=${o3.id}`);
    await expectStep(page, 1, "a) What will be done");
    const what = page.getByRole("textbox", { name: "What will be done (action 1)" });
    await expect(what).toHaveValue("");
    await expect(what).not.toHaveAttribute("aria-invalid", /.*/);

    await page.getByRole("button", { name: NEXT, exact: true }).click();
    await expectStep(page, 1, "a) What will be done");
    await expect(page.getByTestId("error-summary").locator(".error-summary__title")).toHaveText(STEP_ERRORS);
    await expect(page.getByTestId("error-summary")).toHaveRole("alert");
    await expectFieldError(page, what, TEXT_EMPTY);
    await expect(what).toBeFocused();

    // Typing fixes it; Next moves on.
    await what.fill("Introduce a shared shift roster");
    await expect(what).not.toHaveAttribute("aria-invalid", /.*/);
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
    await next(page, 2, "b) Resources");

    // Without any action, Next asks for one and leads to "Add an action".
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await page.getByRole("button", { name: "Remove action 1" }).click();
    await expect(page.getByText("No actions yet.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Add an action" })).toBeFocused();
    await page.getByRole("button", { name: NEXT, exact: true }).click();
    await expectStep(page, 1, "a) What will be done");
    await expect(page.getByTestId("error-summary")).toContainText("Add at least one action.");
    await expect(page.getByRole("button", { name: "Add an action" })).toBeFocused();
  });

  test("a start after the due date is refused at the field and before saving", async ({ app, page }) => {
    await withExample(app);
    const o3 = await storedObjective(app, "O3");
    await app.open(`#/plan?objective=${o3.id}`);
    await page.getByRole("textbox", { name: "What will be done (action 1)" }).fill("Staff the peak season");
    await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /b\) Resources/ }).click();
    await expectStep(page, 2, "b) Resources");
    await app.open(`#/plan?objective=${o3.id}&step=dates`);
    await expectStep(page, 4, "d) When");
    const start = page.getByRole("textbox", { name: "Start (action 1)" });
    await start.fill("2030-05-01");
    await page.getByRole("textbox", { name: "Due (action 1)" }).fill("2030-04-01");

    await page.getByRole("button", { name: NEXT, exact: true }).click();
    await expectStep(page, 4, "d) When");
    await expectFieldError(page, start, DATES_INVERTED);
    await expect(start).toBeFocused();

    // The review lists the refusal with a link to its step, and will not save.
    await app.open(`#/plan?objective=${o3.id}&step=review`);
    const errors = page.getByTestId("review-errors");
    await expect(errors).toContainText("These must be corrected before saving:");
    await expect(errors.getByRole("link")).toHaveText(`d) When, Action 1: ${DATES_INVERTED}`);
    await page.getByRole("button", { name: "Save the plan" }).click();
    await expect(errors).toBeFocused();
    await expectStep(page, 6, "Review and save");
    expect((await storedObjective(app, "O3")).plan ?? null).toBeNull();

    await errors.getByRole("link", { name: /^d\) When, Action 1/ }).click();
    await expectStep(page, 4, "d) When");
    await page.getByRole("textbox", { name: "Due (action 1)" }).fill("2030-06-30");
    await expect(start).not.toHaveAttribute("aria-invalid", /.*/);
    await next(page, 5, "e) Evaluation");
  });

  test("a plan through child objectives, a corrective action, the evaluation's result and approvals", async ({
    app,
    page,
  }) => {
    await withExample(app);
    const { workspace } = await app.storedEnvelope();
    const s1 = workspace.objectives.find((o) => o.code === "S1");
    const children = workspace.objectives.filter((o) => o.parent === s1.id).length;
    expect(children).toBeGreaterThan(0);

    // S1 is delivered through its children: no action of its own is needed.
    await app.open(`#/plan?objective=${s1.id}`);
    await expectStep(page, 1, "a) What will be done");
    const through = page.getByRole("checkbox", { name: "Delivered through child objectives" });
    await expect(through).toHaveAccessibleDescription(/Tick this for an objective whose child objectives carry the work/);
    await through.check();
    await expect(page.getByTestId("through-children-help")).toHaveText(
      children === 1
        ? "The plan is delivered through 1 child objective: clause 6.2.2 is met when it has a plan. Actions listed here are kept but not checked."
        : `The plan is delivered through ${children} child objectives: clause 6.2.2 is met when each of them has a plan. Actions listed here are kept but not checked.`,
    );
    await expect(page.getByRole("textbox", { name: "What will be done (action 1)" })).toHaveCount(0);
    await expectNoAxeViolations(page, "a plan delivered through child objectives");
    await next(page, 2, "b) Resources");
    await app.open(`#/plan?objective=${s1.id}&step=review`);
    await expectStep(page, 6, "Review and save");
    // None of the children has a plan yet: the check says so for every item of 6.2.2.
    const check = page.getByTestId("plan-check");
    await expect(check.locator('[data-item="Actions"] .check-state')).toHaveText("Missing");
    await expect(check.locator('[data-item="Actions"]')).toContainText(
      children === 1
        ? "The child objective that delivers the plan has no plan yet."
        : `None of the ${children} child objectives that deliver the plan has a plan yet.`,
    );
    const approval = page.getByRole("group", { name: "Approval of the plan" });
    await approval.getByRole("combobox", { name: "Approved by" }).fill("Director");
    await approval.getByRole("textbox", { name: "Approved on" }).fill("2026-11-30");
    await approval.getByRole("textbox", { name: "Approved on" }).blur();
    await page.getByRole("button", { name: "Save the plan" }).click();
    await expect(app.heading).toHaveText(/^S1 /);
    await app.waitForSaved();
    const savedS1 = await storedObjective(app, "S1");
    expect(savedS1.plan).toEqual({
      throughChildren: true,
      approval: { approvedBy: "Director", approvedOn: "2026-11-30" },
    });

    // O1 is off track: its first action becomes a corrective one, and the evaluation's result
    // is recorded against the success criteria.
    const o1 = workspace.objectives.find((o) => o.code === "O1");
    await app.open(`#/plan?objective=${o1.id}`);
    await page.getByRole("checkbox", { name: "Corrective action: taken because the objective is off track (action 1)" }).check();
    await app.open(`#/plan?objective=${o1.id}&step=evaluation`);
    await expectStep(page, 5, "e) Evaluation");
    const result = page.getByRole("group", { name: "Result of the evaluation" });
    await expect(result.getByRole("textbox", { name: "Evaluated on" })).toHaveCount(0);
    await result.getByRole("combobox", { name: "Evaluated" }).selectOption({ label: "Success criteria not met" });
    const evaluatedOn = result.getByRole("textbox", { name: "Evaluated on" });
    await expect(evaluatedOn).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await evaluatedOn.fill("2026-11-28");
    await result.getByRole("textbox", { name: "What the evaluation found" }).fill("Calls still wait 40 seconds at peak.");
    await result.getByRole("textbox", { name: "What the evaluation found" }).blur();
    await expectNoAxeViolations(page, "the evaluation step with its result");
    await app.open(`#/plan?objective=${o1.id}&step=review`);
    await page.getByRole("button", { name: "Save the plan" }).click();
    await expect(app.heading).toHaveText(/^O1 /);
    await app.waitForSaved();
    const savedO1 = await storedObjective(app, "O1");
    expect(savedO1.plan.actions[0].corrective).toBe(true);
    expect(savedO1.plan.actions[1].corrective).toBeUndefined();
    expect(savedO1.plan.evaluation.result).toEqual({
      date: "2026-11-28",
      criteriaMet: false,
      findings: "Calls still wait 40 seconds at peak.",
    });

    // Back to "not evaluated yet": the result is gone.
    await app.open(`#/plan?objective=${o1.id}&step=evaluation`);
    await expect(result.getByRole("combobox", { name: "Evaluated" })).toHaveValue("NotMet");
    await result.getByRole("combobox", { name: "Evaluated" }).selectOption({ label: "Not evaluated yet" });
    await expect(result.getByRole("textbox", { name: "Evaluated on" })).toHaveCount(0);
  });

  test("an existing plan opens prefilled, and a gap link opens its step", async ({ app, page }) => {
    await withExample(app);
    const o1 = await storedObjective(app, "O1");
    await app.open(`#/plan?objective=${o1.id}&step=resources`);
    await expect(app.heading).toHaveText("Plan to achieve O1");
    await expectStep(page, 2, "b) Resources");
    const steps = page.getByRole("navigation", { name: "Steps" });
    // Every other step opens from the step list, before the opened one or after it.
    await expect(steps.getByRole("button", { name: /a\) What will be done/ })).toBeVisible();
    await expect(steps.getByRole("button", { name: /c\) Who is responsible/ })).toBeVisible();
    await expect(steps.getByRole("button", { name: /d\) When/ })).toBeVisible();

    await expect(page.getByRole("group", { name: /^Action 1: Introduce chat/ })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Resource (action 1, resource 1)" })).toHaveValue(
      "Chat module of the ITSM tool",
    );
    await expect(page.getByRole("checkbox", { name: "Approved (action 1, resource 1)" })).toBeChecked();
    await expect(page.getByRole("textbox", { name: "Resource (action 1, resource 2)" })).toHaveValue(
      "Tool administrator",
    );
    await expect(page.getByRole("checkbox", { name: "Approved (action 1, resource 2)" })).not.toBeChecked();
    await expect(page.getByRole("textbox", { name: "How much (action 2, resource 1)" })).toHaveValue(
      "4 hours a week",
    );

    await steps.getByRole("button", { name: /a\) What will be done/ }).click();
    await expect(page.getByRole("textbox", { name: "What will be done (action 2)" })).toHaveValue(
      "Publish a knowledge base of answers to the 50 most common questions",
    );
    await app.open(`#/plan?objective=${o1.id}&step=evaluation`);
    await expect(page.getByRole("combobox", { name: "Who evaluates" })).toHaveValue("Service delivery manager");
  });

  test("a draft for another objective is offered first; a draft whose objective is gone can only be discarded", async ({
    app,
    page,
  }) => {
    await withExample(app);
    const o2 = await storedObjective(app, "O2");
    const o3 = await storedObjective(app, "O3");
    await app.open(`#/plan?objective=${o3.id}`);
    await page.getByRole("textbox", { name: "What will be done (action 1)" }).fill("Staff the peak season");

    // Opening O2 at a step: the O3 draft is offered first.
    await app.open(`#/plan?objective=${o2.id}&step=resources`);
    await expect(app.heading).toHaveText("Plan to achieve O2");
    const found = page.getByTestId("draft-found");
    await expect(found.getByRole("heading", { name: "An unfinished draft" })).toBeVisible();
    await expect(found).toContainText("You have an unfinished draft for O3 Optimise resource allocation, last changed");
    await expectNoAxeViolations(page, "plan wizard, draft for another objective");
    await found.getByRole("button", { name: "Resume the draft" }).click();
    await expect(app.heading).toHaveText("Plan to achieve O3");
    await expect(page.getByRole("textbox", { name: "What will be done (action 1)" })).toHaveValue("Staff the peak season");

    // The chooser offers it too; "Discard it and start afresh" opens O2 where asked.
    await app.open(`#/plan?objective=${o2.id}&step=resources`);
    await found.getByRole("button", { name: "Discard it and start afresh" }).click();
    await expectStep(page, 2, "b) Resources");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan to achieve O2");
    // Not a draft until something is changed in it.
    expect(await storedDrafts(page)).toBeNull();

    // A draft whose objective no longer exists says so and can only be discarded.
    await page.getByRole("button", { name: "Add a resource to action 1" }).click();
    expect((await storedDrafts(page)).plan.draft.objective).toBe(o2.id);
    await page.evaluate(
      ({ key, gone }) => {
        const drafts = JSON.parse(window.localStorage.getItem(key));
        drafts.plan.draft.objective = gone;
        window.localStorage.setItem(key, JSON.stringify(drafts));
      },
      { key: DRAFTS_KEY, gone: "00000000-0000-4000-8000-00000000dead" },
    );
    await app.open("#/plan");
    await app.reload();
    await expect(found).toContainText("The objective this draft was for no longer exists, so it cannot be saved.");
    await expect(found.getByRole("button", { name: "Resume the draft" })).toHaveCount(0);
    await found.getByRole("button", { name: "Discard it and start afresh" }).click();
    await expect(found).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: "Choose the objective to plan for" })).toBeFocused();
    expect(await storedDrafts(page)).toBeNull();
  });

  test("works with the keyboard alone: Enter moves on, Tab reaches every control", async ({ app, page }) => {
    await withExample(app);
    const o3 = await storedObjective(app, "O3");
    await app.open(`#/plan?objective=${o3.id}`);
    await page.getByRole("textbox", { name: "What will be done (action 1)" }).focus();
    await page.keyboard.type("Add an evening shift in the peak season");
    await page.keyboard.press("Enter");
    await expectStep(page, 2, "b) Resources");
    await expect(stepTitle(page)).toBeFocused();

    // From the heading, Tab reaches "Add a resource"; Enter adds one and focuses it.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Add a resource to action 1" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: "Resource (action 1, resource 1)" })).toBeFocused();
    await page.keyboard.type("Shift engineers");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2 engineers");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("checkbox", { name: "Approved (action 1, resource 1)" })).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: "Approved (action 1, resource 1)" })).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Remove resource 1 of action 1" })).toBeFocused();

    // Shift+Tab back into the amount field; Enter there moves on as well.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("textbox", { name: "How much (action 1, resource 1)" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expectStep(page, 3, "c) Who is responsible");
    const drafts = await storedDrafts(page);
    expect(drafts.plan.draft.plan.actions[0].resources).toEqual([
      { description: "Shift engineers", amount: "2 engineers", approved: true },
    ]);
  });

  test("Discard the draft asks first, then returns to the objective without changing it", async ({
    app,
    page,
  }) => {
    await withExample(app);
    const o1 = await storedObjective(app, "O1");
    await app.open(`#/plan?objective=${o1.id}`);
    await page.getByRole("textbox", { name: "What will be done (action 1)" }).fill("Something else entirely");
    await page.getByRole("button", { name: "Discard the draft…" }).click();
    const dialog = page.getByRole("dialog", { name: "Discard this draft?" });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, "plan wizard, discard dialog");
    await dialog.getByRole("button", { name: "Discard", exact: true }).click();
    await expect(app.heading).toHaveText(/^O1 /);
    expect(await storedDrafts(page)).toBeNull();
    expect((await storedObjective(app, "O1")).plan.actions[0].what).toBe(
      "Introduce chat and automatic ticket routing at the service desk",
    );
  });

  test("unreadable stored drafts are explained, offered for download and discarded only when confirmed", async ({
    app,
    page,
  }) => {
    await withExample(app);
    const o3 = await storedObjective(app, "O3");
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, "{not json");
        sessionStorage.setItem("seeded", "1");
      }
    }, DRAFTS_KEY);
    await app.open(`#/plan?objective=${o3.id}`);
    await app.reload();
    await expect(page.getByText("Saved wizard drafts could not be read.")).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the drafts" }).click();
    expect((await download).suggestedFilename()).toMatch(/^sixtwo-drafts-\d{4}-\d{2}-\d{2}\.json$/);
    await page.getByRole("button", { name: "Discard the drafts" }).click();
    const dialog = page.getByRole("dialog", { name: "Discard the saved drafts?" });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFTS_KEY)).toBe("{not json");
    await page.getByRole("button", { name: "Discard the drafts" }).click();
    await dialog.getByRole("button", { name: "Discard the drafts" }).click();
    // The unreadable text is gone; the fresh wizard is no draft until something is changed.
    await expectStep(page, 1, "a) What will be done");
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), DRAFTS_KEY)).toBeNull();
  });
});

// ----- axe-core on every step, in both languages -----

const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    loadExample: "Load the example",
    three: "3 objectives",
    next: "Next",
    planO1: "Plan to achieve O1",
    choose: "Plan to achieve an objective",
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    loadExample: "载入示例",
    three: "3 个目标",
    next: "下一步",
    planO1: "策划实现 O1",
    choose: "策划目标的实现",
  },
];
const SLUGS = ["actions", "resources", "responsible", "dates", "evaluation", "review"];

for (const language of LANGUAGES) {
  test.describe(`axe-core on the plan wizard in ${language.name}`, () => {
    test.use({ locale: language.locale });

    test("every step, the chooser and a step with errors have no violations", async ({ app, page }) => {
      await app.open("#/");
      await page.getByRole("button", { name: language.loadExample }).first().click();
      await expect(page.getByTestId("count-Strategic")).toHaveText(language.three);
      await expect.poll(() => app.storedText()).not.toBeNull();
      const o1 = await storedObjective(app, "O1");
      const o3 = await storedObjective(app, "O3");

      await app.open("#/plan");
      await expect(app.heading).toHaveText(language.choose);
      await expectNoAxeViolations(page, `plan chooser (${language.name})`);
      for (const slug of SLUGS) {
        await app.open(`#/plan?objective=${o1.id}&step=${slug}`);
        await expect(app.heading).toHaveText(language.planO1);
        await expect(page.locator("#wizard-step-title")).toContainText(`${SLUGS.indexOf(slug) + 1}`);
        await expectNoAxeViolations(page, `plan wizard step ${slug} (${language.name})`);
      }
      // A step with refusals shown, and the review listing them.
      await app.open(`#/plan?objective=${o1.id}&step=dates`);
      await page.locator("#wizard-action-0-start").fill("2031-01-01");
      await page.locator("#wizard-action-0-due").fill("2030-01-01");
      await page.getByRole("button", { name: language.next, exact: true }).click();
      await expect(page.locator("#wizard-action-0-start")).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page, `plan wizard dates with an error (${language.name})`);
      await app.open(`#/plan?objective=${o1.id}&step=review`);
      await expect(page.getByTestId("review-errors")).toBeVisible();
      await expectNoAxeViolations(page, `plan review with errors (${language.name})`);
      // An objective without a plan starts with an empty action.
      await app.open(`#/plan?objective=${o3.id}&step=actions`);
      await expect(page.getByTestId("draft-found")).toBeVisible();
      await expectNoAxeViolations(page, `plan wizard, draft found (${language.name})`);
    });
  });
}
