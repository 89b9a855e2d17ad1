// Gap links that fix their gap: each gap of the clause 6.2 check links to the place where that
// gap is removed (a record to make, the exact wizard step with its field focused, the child
// objective without a plan), following the link lands there, fixing it there makes the gap
// disappear, and opening a wizard from a gap link and leaving without changing anything
// leaves no draft behind. In English, with one check in Chinese.
import { test, expect, setLanguage, storedDrafts, loadExampleByCode } from "../support/app.js";

/** The check panel of the objective page. */
function checkPanel(page) {
  return page.getByRole("region", { name: "Clause 6.2 check" });
}

/** One item of the check panel. */
function checkItem(page, item) {
  return checkPanel(page).locator(`.check__item[data-item="${item}"]`);
}

/** The heading of the wizard's current step. */
function stepTitle(page) {
  return page.locator("#wizard-step-title");
}

test.describe("gap links", () => {
  test("6.2.1 e) planned but never communicated links to recording a communication, which removes the gap", async ({
    app,
    page,
  }) => {
    const objectives = await loadExampleByCode(app);
    const o2 = objectives.O2;
    expect(o2.communication.audiences.length).toBeGreaterThan(0);
    await app.open(`#/objectives/${o2.id}`);
    const communicated = checkItem(page, "Communicated");
    await expect(communicated).toContainText("Missing");
    // The plan is made: the wizard step cannot fix this gap, a record can.
    const link = communicated.getByRole("link");
    await expect(link).toHaveCount(1);
    await expect(link).toHaveText("Record a communication");
    await expect(link).toHaveAttribute("href", `#/communications/new?objective=${o2.id}`);

    await link.click();
    await expect(app.heading).toHaveText("Record a communication");
    const form = page.getByTestId("communication-form");
    await expect(form.getByRole("checkbox", { name: /^O2 / })).toBeChecked();
    await form.getByRole("combobox", { name: "Audience" }).fill("Service teams");
    await form.getByRole("combobox", { name: "Channel" }).fill("Team meeting");
    await form.getByLabel("What was communicated").fill("The response-time target.");
    await form.getByRole("button", { name: "Save the record" }).click();

    await expect(app.heading).toHaveText(`O2 ${o2.title}`);
    await expect(communicated).not.toContainText("Missing");
    await expect(communicated.getByRole("link")).toHaveCount(0);
    expect(await storedDrafts(page)).toBeNull();

    // The checklist's cell says the same, seen as "Record" and heard in full.
    await app.open("#/checklist");
    const s1 = page.locator(`tr:has(th a:text-is("S1")) td[data-item="Communicated"]`);
    const cell = s1.getByRole("link", { name: "Record a communication: 6.2.1 e) Communicated (S1)" });
    await expect(cell.locator('[aria-hidden="true"]')).toHaveText("Record");
    await expect(cell).toHaveAttribute("href", `#/communications/new?objective=${objectives.S1.id}`);
  });

  test("a measurable gap lands on the KPI step with Add a KPI focused; adding a measurable KPI removes it", async ({
    app,
    page,
  }) => {
    await loadExampleByCode(app);
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Strategic", code: "S9", title: "Grow the managed-service base" });
    await expect(app.heading).toHaveText("S9 Grow the managed-service base");
    const measurable = checkItem(page, "Measurable");
    await expect(measurable).toContainText("Missing");
    const link = measurable.getByRole("link", { name: "Complete in the wizard: b) Measurable" });
    await expect(link).toHaveAttribute("href", /step=measurable&focus=wizard-add-kpi$/);

    await link.click();
    await expect(stepTitle(page)).toHaveText(/b\) Measurable$/);
    await expect(page.getByRole("button", { name: "Add a KPI" })).toBeFocused();
    // Only opened: nothing is kept yet.
    expect(await storedDrafts(page)).toBeNull();

    await page.getByRole("button", { name: "Add a KPI" }).click();
    const kpi = page.getByTestId("kpi");
    await kpi.getByRole("textbox", { name: "Name" }).fill("Managed-service contracts");
    await kpi.getByRole("textbox", { name: "Unit" }).fill("contracts");
    await kpi.getByRole("textbox", { name: "Target", exact: true }).fill("40");
    await kpi.getByLabel("Target date").fill("2027-12-31");
    expect(await storedDrafts(page)).not.toBeNull();
    // Any step opens from the step list: straight to the review, and save.
    await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Review and save/ }).click();
    await expect(stepTitle(page)).toHaveText(/Review and save$/);
    await page.getByRole("button", { name: "Save the objective" }).click();

    await expect(app.heading).toHaveText("S9 Grow the managed-service base");
    await expect(measurable).not.toContainText("Missing");
    await expect(measurable.getByRole("link")).toHaveCount(0);
    expect(await storedDrafts(page)).toBeNull();
  });

  test("a 6.2.2 gap lands on the plan step with Add an action focused; planning an action removes it", async ({
    app,
    page,
  }) => {
    const objectives = await loadExampleByCode(app);
    const s1 = objectives.S1;
    await app.open(`#/objectives/${s1.id}`);
    const actions = checkItem(page, "Actions");
    await expect(actions).toContainText("Missing");
    const link = actions.getByRole("link", { name: "Complete in the wizard: a) What will be done" });
    await expect(link).toHaveAttribute("href", `#/plan?objective=${s1.id}&step=actions&focus=wizard-add-action`);

    await link.click();
    await expect(app.heading).toHaveText("Plan to achieve S1");
    await expect(stepTitle(page)).toHaveText(/a\) What will be done$/);
    await expect(page.getByRole("button", { name: "Add an action" })).toBeFocused();

    await page.getByRole("textbox", { name: "What will be done" }).first().fill("Agree the growth targets with sales");
    await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Review and save/ }).click();
    await page.getByRole("button", { name: "Save the plan" }).click();

    await expect(app.heading).toHaveText(`S1 ${s1.title}`);
    await expect(actions).not.toContainText("Missing");
    await expect(actions.getByRole("link")).toHaveCount(0);
  });

  test("a monitoring gap with its arrangements made links to recording a measurement", async ({ app, page }) => {
    const objectives = await loadExampleByCode(app);
    const o1 = objectives.O1;
    await app.open(`#/objectives/${o1.id}`);
    const monitored = checkItem(page, "Monitored");
    await expect(monitored).toContainText("Partly met");
    const link = monitored.getByRole("link", { name: "Record a measurement" });
    await expect(link).toHaveAttribute("href", `#/objectives/${o1.id}/check-in`);
    await link.click();
    await expect(app.heading).toContainText("Check-in");
  });

  test("opening a wizard from a gap link and leaving without changes leaves no draft", async ({ app, page }) => {
    const objectives = await loadExampleByCode(app);
    const s1 = objectives.S1;
    await app.open(`#/objectives/${s1.id}`);
    await checkItem(page, "Actions").getByRole("link").click();
    await expect(stepTitle(page)).toHaveText(/a\) What will be done$/);
    await expect(page.getByTestId("draft-status")).toHaveText("");
    await page.goBack();
    await expect(app.heading).toHaveText(`S1 ${s1.title}`);
    expect(await storedDrafts(page)).toBeNull();

    // Nothing is offered as an unfinished draft, here or after a reload.
    await app.open("#/plan");
    await expect(page.getByTestId("draft-found")).toHaveCount(0);
    await app.reload();
    await expect(page.getByTestId("draft-found")).toHaveCount(0);

    // The same for the 6.2.1 wizard: another objective's wizard opens without asking.
    await app.open(`#/objectives/${s1.id}`);
    await checkItem(page, "Communicated").getByRole("link").click();
    await expect(app.heading).toHaveText("Record a communication");
    await app.open(`#/objectives/${objectives.O2.id}`);
    await page.getByRole("link", { name: "Revise with the wizard" }).click();
    await expect(stepTitle(page)).toHaveText(/Level and place$/);
    await page.goBack();
    await app.open(`#/objectives/${s1.id}`);
    await page.getByRole("link", { name: "Revise with the wizard" }).click();
    await expect(stepTitle(page)).toHaveText(/Level and place$/);
    await expect(page.getByTestId("draft-found")).toHaveCount(0);
    expect(await storedDrafts(page)).toBeNull();
  });

  test("register findings land on the field that fixes them", async ({ app, page }) => {
    await loadExampleByCode(app);
    await app.open("#/checklist");
    const required = page.getByTestId("checklist-findings-required");
    await required.getByRole("link", { name: "Record the approval" }).click();
    await expect(app.heading).toHaveText("Organisation and policy");
    await expect(page.locator("#doc-approved-by")).toBeFocused();
  });

  test("in Chinese, the communication gap links to recording a communication", async ({ app, page }) => {
    const objectives = await loadExampleByCode(app);
    await setLanguage(page, "简体中文");
    await app.open(`#/objectives/${objectives.O2.id}`);
    const link = page.locator('.check__item[data-item="Communicated"]').getByRole("link");
    await expect(link).toHaveText("记录沟通");
    await link.click();
    await expect(app.heading).toHaveText("记录沟通");
  });
});
