// The clause 6.2 self-assessment: taken twice (the evidence proposes answers, "not applicable"
// needs its reason), the result with its improvement actions, one action added to an
// objective's plan and shown there, the history and trend; clause 6.2 at a glance. axe-core on
// every new view in English and Simplified Chinese.
import { test, expect, expectNoAxeViolations, setLanguage } from "../support/app.js";

/** The fieldset of one question of the questionnaire, by its name in files. */
function question(page, slug) {
  return page.getByTestId(`assess-question-${slug}`);
}

/** Chooses an answer of a question by its visible words. */
async function answer(page, slug, level) {
  await question(page, slug).getByRole("radio", { name: level, exact: true }).check();
}

/** Opens the questionnaire from the self-assessment page. */
async function startAssessment(app, page) {
  await app.go("Self-assessment", "Self-assessment (clause 6.2)");
  await page.getByRole("link", { name: "Start a self-assessment" }).click();
  await expect(app.heading).toHaveText("New self-assessment");
}

/** The id of the objective with `code`, read from storage. */
async function objectiveId(app, code) {
  const envelope = await app.storedEnvelope();
  return envelope.workspace.objectives.find((o) => o.code === code).id;
}

test.describe("self-assessment", () => {
  test("taken twice, its trend and actions appear, and an action goes into a plan", async ({ app, page }) => {
    await app.loadExample();
    await app.go("Self-assessment", "Self-assessment (clause 6.2)");
    await expect(page.getByText("No self-assessment yet.")).toBeVisible();
    await expect(page.getByText("Take a second self-assessment to see the trend.")).toBeVisible();

    // First assessment, back-dated.
    await startAssessment(app, page);
    await page.getByLabel("Date of the assessment").fill("2026-06-01");
    await page.getByLabel("Assessed by").fill("Service manager");
    // The example links every objective to the policy: the evidence proposes "fully".
    const policy = question(page, "policy");
    await expect(policy).toContainText("Of the 9 objectives checked, 9 meet 6.2.1 a) fully");
    await expect(policy).toContainText("Proposed answer: Fully");
    await answer(page, "policy", "Partly");
    // Only one objective of the bare example has a plan.
    await expect(question(page, "actions")).toContainText("objectives have a plan that meets all five items of 6.2.2");
    await answer(page, "measurable", "Largely");
    // An answer below "fully" asks for the action, starting from the question's suggestion.
    const measurable = question(page, "measurable");
    await expect(measurable.getByLabel("What will be done")).toHaveValue(
      "Give every objective a KPI with a unit, a target and a target date.",
    );
    await measurable.getByLabel("Who").fill("Service desk lead");
    await measurable.getByLabel("By when").fill("2027-03-31");
    // "Not applicable" without the reason is refused next to the field and in the summary.
    await answer(page, "management-review", "Not applicable");
    await page.getByRole("button", { name: "Save the assessment" }).click();
    await expect(page.getByRole("main")).toContainText("Say why the question does not apply.");
    await expect(app.heading).toHaveText("New self-assessment");
    await question(page, "management-review")
      .getByLabel("Why it does not apply (required)")
      .fill("The group's management review covers it");
    await page.getByRole("button", { name: "Save the assessment" }).click();

    await expect(app.heading).toHaveText("Self-assessment of 2026-06-01");
    await expect(app.notice).toContainText("Self-assessment of 2026-06-01 saved.");
    // Policy partly (1 of 3) and measurable largely (2 of 3): 3 of 6 points.
    await expect(page.getByTestId("assess-score")).toHaveText("Required questions: 50 % (3 of 6 points).");
    await expect(page.getByText("11 required questions not answered.")).toBeVisible();
    const action = page.getByTestId("assess-action-measurable");
    await expect(action).toContainText("Give every objective a KPI with a unit, a target and a target date.");
    await expect(action).toContainText("Who: Service desk lead. By: 2027-03-31.");
    await expect(page.getByTestId("assess-action-policy")).toBeVisible();

    // The action goes into T1's plan through the plan's command.
    const adder = page.getByTestId("assess-add-measurable");
    await adder.getByLabel("Objective whose plan takes the action").selectOption({ label: "T1 Raise customer satisfaction" });
    await adder.getByRole("button", { name: /Add to plan/ }).click();
    await expect(app.notice).toContainText("Action added to the plan of T1.");
    await expect(action.getByRole("link", { name: "In the plan of T1." })).toBeVisible();
    await expect(page.getByTestId("assess-add-measurable")).toHaveCount(0);
    const t1Actions = async () => {
      const stored = await app.storedEnvelope();
      const t1 = stored?.workspace.objectives.find((o) => o.code === "T1");
      return (t1?.plan?.actions ?? []).map((a) => [a.what, a.responsible, a.due]);
    };
    await expect.poll(t1Actions).toEqual([
      ["Give every objective a KPI with a unit, a target and a target date.", "Service desk lead", "2027-03-31"],
    ]);
    const stored = await app.storedEnvelope();
    expect(stored.schemaVersion).toBe(3);
    expect(stored.workspace.assessments).toHaveLength(1);

    // The objective's plan (the 6.2.2 wizard opens it prefilled) shows the action.
    await app.open(`#/plan?objective=${await objectiveId(app, "T1")}&step=actions`);
    const values = () => page.getByRole("main").locator("input, textarea").evaluateAll((fields) => fields.map((f) => f.value));
    await expect.poll(values).toContain("Give every objective a KPI with a unit, a target and a target date.");

    // Second assessment, today: policy now fully, measurable the same.
    await app.open("#/assess");
    await startAssessment(app, page);
    await question(page, "policy").getByRole("button", { name: /Use the proposed answer/ }).click();
    await expect(question(page, "policy").getByRole("radio", { name: "Fully", exact: true })).toBeChecked();
    await answer(page, "measurable", "Largely");
    await page.getByRole("button", { name: "Save the assessment" }).click();
    await expect(app.heading).toHaveText(/^Self-assessment of \d{4}-\d{2}-\d{2}$/);
    await expect(page.getByTestId("assess-score")).toHaveText("Required questions: 83 % (5 of 6 points).");

    // The history and the trend.
    await app.go("Self-assessment", "Self-assessment (clause 6.2)");
    await expect(page.getByTestId("assess-history").getByRole("row")).toHaveCount(3);
    const trend = page.getByTestId("assess-trend");
    await expect(trend.getByRole("img", { name: "Score of each self-assessment, in percent, oldest first" })).toBeVisible();
    await expect(trend.getByTestId("assess-trend-overall")).toContainText("50 %");
    await expect(trend.getByTestId("assess-trend-overall")).toContainText("83 %");
    await expect(trend.getByTestId("assess-trend-overall")).toContainText("▲ better");
    const policyRow = trend.getByTestId("assess-trend-policy");
    await expect(policyRow).toContainText("Partly");
    await expect(policyRow).toContainText("Fully");
    await expect(policyRow).toContainText("▲ better");
    await expect(trend.getByTestId("assess-trend-measurable")).toContainText("= unchanged");
    await expect(trend.getByTestId("assess-trend-timing")).toContainText("Not answered");

    // Both are kept after a reload.
    await expect.poll(async () => (await app.storedEnvelope())?.workspace.assessments?.length).toBe(2);
    await app.reload();
    await expect(page.getByTestId("assess-history").getByRole("row")).toHaveCount(3);
  });

  test("clause 6.2 at a glance renders every item", async ({ app, page }) => {
    await app.open("#/");
    await app.go("Clause 6.2 at a glance", "Clause 6.2 at a glance");
    const glance = page.getByTestId("glance");
    for (const item of ["6.2.1 a)", "6.2.1 f)", "6.2.2 a)", "6.2.2 e)"]) {
      await expect(glance.getByRole("rowheader", { name: item, exact: true })).toBeVisible();
    }
    await expect(glance).toContainText("T1 supports policy statement P1");
    await expect(glance).toContainText("Good practice");
  });

  for (const lang of [
    { name: "English", native: null, start: "Start a self-assessment", save: "Save the assessment" },
    { name: "Chinese", native: "简体中文", start: "开始自我评估", save: "保存评估" },
  ]) {
    test(`every self-assessment view has no axe violations (${lang.name})`, async ({ app, page }) => {
      await app.loadExample();
      if (lang.native) {
        await setLanguage(page, lang.native);
      }
      await app.open("#/assess");
      await expectNoAxeViolations(page, `self-assessment, none yet (${lang.name})`);
      await app.open("#/clause");
      await expectNoAxeViolations(page, `clause 6.2 at a glance (${lang.name})`);
      for (const date of ["2026-05-01", null]) {
        await app.open("#/assess");
        await page.getByRole("link", { name: lang.start }).click();
        await expect(page.getByTestId("assess-form")).toBeVisible();
        if (date) {
          await page.locator("#assess-date").fill(date);
        }
        await page.locator("#assess-policy-level-partly").check();
        await page.locator(`#assess-measurable-level-${date ? "largely" : "fully"}`).check();
        await expectNoAxeViolations(page, `self-assessment form (${lang.name})`);
        await page.getByRole("button", { name: lang.save }).click();
        await expect(page.getByTestId("assess-result")).toBeVisible();
      }
      await expectNoAxeViolations(page, `self-assessment result (${lang.name})`);
      await app.open("#/assess");
      await expect(page.getByTestId("assess-trend").getByRole("img")).toBeVisible();
      await expectNoAxeViolations(page, `self-assessment history and trend (${lang.name})`);
    });
  }
});
