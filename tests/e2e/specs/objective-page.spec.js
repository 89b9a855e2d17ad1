// The objective page at a laptop's and a phone's size, in both languages: a summary at the top
// (status, progress, what is due next, the clause 6.2 score and its gaps); links that take the
// keyboard to each section; the saved plan (actions with resources, responsible person, dates
// and progress, and how results are evaluated), monitoring and communication in reading form;
// empty sections saying what is missing and linking to the wizard step that fills it; long
// histories showing their latest entries; no sideways scrolling; nothing for axe to find.
import { test, expect, expectNoAxeViolations, escapeRegExp } from "../support/app.js";

const SIZES = [
  { name: "desktop", viewport: { width: 1366, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    loadExample: "Load the example",
    loaded: "The example organisation was loaded.",
    active: "Active",
    nextDue: /^(Action “.+”|Measurement of “.+”|Review): \d{4}-\d{2}-\d{2} \((due today|due tomorrow|due in \d+ days|\d+ days? overdue)\)$/,
    score: /required items met/,
    gaps: /^(No gaps|\d+ gaps?)$/,
    sections: {
      "KPIs and charts": "KPIs and charts (6.2.1 b)",
      Plan: "Plan (6.2.2)",
      Monitoring: "Monitoring (6.2.1 d)",
      Communication: "Communication (6.2.1 e)",
      Reviews: "Reviews",
      Revisions: "Revisions",
      "Clause 6.2 check": "Clause 6.2 check",
      "Wording, place, policy and requirements": "Objective",
    },
    planNone: /^No plan yet/,
    planStart: "Plan it in the 6.2.2 wizard (step a: actions)",
    editPlan: "Edit the plan in the 6.2.2 wizard",
    editMonitoring: "Edit monitoring in the 6.2.1 wizard",
    editCommunication: "Edit the communication plan in the 6.2.1 wizard",
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    loadExample: "载入示例",
    loaded: "已载入示例组织。",
    active: "实施中",
    nextDue: /^(措施“.+”|测量“.+”|评审)：\d{4}-\d{2}-\d{2}（.+）$/,
    score: /必需|项/,
    gaps: /^(没有差距|\d+ 项差距)$/,
    sections: {
      "KPI 与趋势图": "KPI 与趋势图（6.2.1 b）",
      实现策划: "实现策划（6.2.2）",
      监视: "监视（6.2.1 d）",
      沟通: "沟通（6.2.1 e）",
      评审: null,
      修订: "修订",
      "6.2 条款检查": null,
      "表述、位置、方针和要求": null,
    },
    planNone: /^尚无策划/,
    planStart: "在 6.2.2 向导中策划（步骤 a：措施）",
    editPlan: "在 6.2.2 向导中编辑策划",
    editMonitoring: "在 6.2.1 向导中编辑监视安排",
    editCommunication: "在 6.2.1 向导中编辑沟通计划",
  },
];

/** How much wider than the window the page is (0 when it does not scroll sideways). */
function pageOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Loads the full example (with its records) from the overview in the interface's language. */
async function loadExample(app, page, ui) {
  await app.open("#/");
  await page.getByRole("button", { name: ui.loadExample }).first().click();
  await expect(page.getByTestId("notice")).toContainText(ui.loaded);
}

/** The stored objective with `code`, and the workspace. */
async function stored(app, code) {
  // Saving follows the change shortly; wait until the objective is stored.
  await expect
    .poll(async () => ((await app.storedEnvelope())?.workspace?.objectives ?? []).some((o) => o.code === code))
    .toBe(true);
  const workspace = (await app.storedEnvelope()).workspace;
  return { objective: workspace.objectives.find((o) => o.code === code), workspace };
}

test.use({ fullExample: true });

for (const size of SIZES) {
  for (const ui of LANGUAGES) {
    test.describe(`the objective page on a ${size.name} in ${ui.name}`, () => {
      test.use({ locale: ui.locale, viewport: size.viewport });

      test("shows a summary, the saved plan, monitoring and communication, and links to every section", async ({
        app,
        page,
      }) => {
        await loadExample(app, page, ui);
        const { objective: t1, workspace } = await stored(app, "T1");
        await app.open(`#/objectives/${t1.id}`);
        await expect(app.heading).toContainText(t1.title);

        // The summary: status, progress, what is due next (with its date) and the score with its gaps.
        const summary = page.getByTestId("objective-summary");
        await expect(summary.getByTestId("summary-status")).toContainText(ui.active);
        await expect(summary.getByTestId("summary-progress").getByTestId("progress-summary")).toBeVisible();
        const nextDue = summary.getByTestId("next-due");
        await expect(nextDue).toHaveText(ui.nextDue);
        // The date shown is no later than any open action's due date or the next review.
        const shown = (await nextDue.innerText()).match(/\d{4}-\d{2}-\d{2}/)[0];
        const candidates = [
          t1.monitoring.nextReview,
          ...t1.plan.actions.filter((a) => !["done", "cancelled"].includes(a.status)).map((a) => a.due),
        ].filter(Boolean);
        for (const date of candidates) expect(shown <= date, `${shown} <= ${date}`).toBe(true);
        await expect(summary.getByTestId("summary-score-text")).toHaveText(ui.score);
        await expect(summary.getByTestId("summary-gaps")).toHaveText(ui.gaps);

        // The plan: every action with what, who, resources, due date; and the evaluation.
        const plan = page.getByTestId("plan-section");
        const actions = plan.getByTestId("plan-action");
        await expect(actions).toHaveCount(t1.plan.actions.length);
        for (const [index, action] of t1.plan.actions.entries()) {
          const item = actions.nth(index);
          await expect(item).toContainText(action.what);
          await expect(item.getByTestId("action-responsible")).toHaveText(action.responsible);
          await expect(item.getByTestId("action-due")).toHaveText(action.due);
          for (const resource of action.resources) {
            await expect(item.getByTestId("action-resources")).toContainText(resource.amount);
          }
        }
        const evaluation = plan.getByTestId("plan-evaluation");
        await expect(evaluation).toContainText(t1.plan.evaluation.method);
        await expect(evaluation).toContainText(t1.plan.evaluation.successCriteria);
        await expect(evaluation).toContainText(t1.plan.evaluation.evaluator);
        await expect(plan.getByRole("link", { name: ui.editPlan })).toHaveAttribute(
          "href",
          `#/plan?objective=${t1.id}&step=actions`,
        );

        // Monitoring and communication as the wizards recorded them.
        const monitoring = page.getByTestId("monitoring-section").getByTestId("monitoring-arrangement");
        await expect(monitoring).toContainText(t1.monitoring.method);
        await expect(monitoring).toContainText(t1.monitoring.responsible);
        await expect(monitoring).toContainText(t1.monitoring.nextReview);
        await expect(page.getByTestId("monitoring-section").getByRole("link", { name: ui.editMonitoring })).toHaveAttribute(
          "href",
          `#/establish?objective=${t1.id}&step=monitoring`,
        );
        const communication = page.getByTestId("communication-section");
        const commPlan = communication.getByTestId("communication-plan");
        for (const text of [...t1.communication.audiences, ...t1.communication.channels, t1.communication.when, t1.communication.byWhom]) {
          await expect(commPlan).toContainText(text);
        }
        const records = workspace.communications.filter((c) => c.objectives.includes(t1.id));
        expect(records.length).toBeGreaterThan(0);
        await expect(communication.getByTestId("communication-entry")).toHaveCount(Math.min(records.length, 5));
        for (const record of records.slice(0, 5)) {
          await expect(communication.getByTestId("communication-entry").filter({ hasText: record.date }).first()).toContainText(
            record.audience,
          );
        }
        await expect(communication.getByRole("link", { name: ui.editCommunication })).toHaveAttribute(
          "href",
          `#/establish?objective=${t1.id}&step=communication`,
        );

        expect(await pageOverflow(page), "the page does not scroll sideways").toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `the objective page (${size.name}, ${ui.name})`);

        // Each section link moves focus to its section's heading, which comes into view.
        const nav = page.getByRole("navigation", { name: ui.name === "English" ? "On this page" : "本页内容" });
        for (const [label, headingText] of Object.entries(ui.sections)) {
          const link = nav.getByRole("link", { name: label, exact: true });
          await link.click();
          const focused = page.locator("h2:focus");
          await expect(focused).toHaveCount(1);
          if (headingText) await expect(focused).toHaveText(headingText);
          await expect(focused).toBeInViewport();
          // The address still names the objective: the link moved focus instead of navigating.
          await expect(page).toHaveURL(new RegExp(`#/objectives/${t1.id}$`));
        }
        // From the keyboard too.
        await nav.getByRole("link").first().focus();
        await page.keyboard.press("Enter");
        await expect(page.locator("h2:focus")).toHaveAttribute("id", "kpis-title");
      });

    });
  }
}

for (const size of SIZES) {
  for (const ui of LANGUAGES) {
    test.describe(`the objective page without a plan on a ${size.name} in ${ui.name}`, () => {
      // The example as first set up: only O1 has a plan, nothing is communicated yet.
      test.use({ locale: ui.locale, viewport: size.viewport, fullExample: false });

      test("an empty plan says what is missing and links to the wizard step that fills it", async ({ app, page }) => {
        await loadExample(app, page, ui);
        const { objective: t1 } = await stored(app, "T1");
        expect(t1.plan).toBeUndefined();
        await app.open(`#/objectives/${t1.id}`);
        const plan = page.getByTestId("plan-section");
        await expect(plan.getByTestId("plan-empty")).toContainText(ui.planNone);
        const start = plan.getByRole("link", { name: ui.planStart });
        await expect(start).toHaveAttribute("href", `#/plan?objective=${t1.id}&step=actions`);
        await expect(page.getByTestId("communication-section").getByTestId("communication-entry")).toHaveCount(0);
        expect(await pageOverflow(page), "the page does not scroll sideways").toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `an objective page without a plan (${size.name}, ${ui.name})`);
        await start.click();
        await expect(page).toHaveURL(new RegExp(`#/plan\\?objective=${t1.id}&step=actions$`));
      });
    });
  }
}

test.describe("the objective page's empty sections and long histories", () => {
  test("a new objective's empty sections link to the wizard steps that fill them", async ({ app, page }) => {
    await app.open("#/objectives/new");
    await app.createObjective({ level: "Strategic", code: "S9", title: "Grow the partner channel" });
    await expect(app.heading).toHaveText("S9 Grow the partner channel");
    const { objective } = await stored(app, "S9");
    const id = objective.id;

    const summary = page.getByTestId("objective-summary");
    await expect(summary.getByTestId("summary-next-due")).toContainText(
      "Nothing dated yet: no action due date, KPI frequency or next review is set.",
    );
    await expect(summary.getByTestId("summary-gaps")).toHaveText(/^\d+ gaps$/);

    const sections = [
      ["plan-section", "Plan it in the 6.2.2 wizard (step a: actions)", `#/plan?objective=${id}&step=actions`],
      ["monitoring-section", "Record monitoring in the 6.2.1 wizard (step d)", `#/establish?objective=${id}&step=monitoring`],
      [
        "communication-section",
        "Plan communication in the 6.2.1 wizard (step e)",
        `#/establish?objective=${id}&step=communication`,
      ],
    ];
    for (const [testId, link, href] of sections) {
      const missing = page.getByTestId(testId).getByTestId("section-missing");
      await expect(missing).toBeVisible();
      await expect(missing.getByRole("link", { name: link })).toHaveAttribute("href", href);
    }
    await expect(page.getByTestId("communication-section")).toContainText(
      "Nothing has been recorded as communicated about this objective.",
    );
    await expect(page.getByTestId("communication-section").getByRole("link", { name: "Record a communication" })).toHaveAttribute(
      "href",
      `#/communications/new?objective=${id}`,
    );
    await expectNoAxeViolations(page, "a new objective's page");

    // Following a link opens the wizard at that step.
    await page.getByTestId("monitoring-section").getByRole("link", { name: /step d/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/establish\\?objective=${id}&step=monitoring$`));
  });

  test("long histories show their latest five with Show all", async ({ app, page }) => {
    await app.loadExample();
    const { objective: o1 } = await stored(app, "O1");
    const kpi = o1.kpis.find((k) => (k.measurements ?? []).length > 5);
    expect(kpi, "an O1 KPI with more than five measurements").toBeTruthy();
    await app.open(`#/objectives/${o1.id}`);
    const measurements = page.getByTestId("kpi").filter({ hasText: kpi.name }).getByTestId("measurements");
    const rows = measurements.locator("tbody tr");
    await expect(rows).toHaveCount(5);
    const toggle = measurements.getByRole("button", { name: `Show all ${kpi.measurements.length}` });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(rows).toHaveCount(kpi.measurements.length);
    await expect(measurements.getByRole("button", { name: "Show only the latest 5" })).toHaveAttribute("aria-expanded", "true");
    await expectNoAxeViolations(page, "an objective page with every measurement shown");
  });
});

test.describe("the objective page during an exercise", () => {
  test("hides the score, the gaps and the link to the check", async ({ app, page }) => {
    await app.open("#/");
    await app.open("#/training");
    await page.getByRole("button", { name: "Load the exercise Example IT Services Ltd." }).click();
    await expect(page.getByTestId("exercise-panel")).toBeVisible();
    // O2's actions have no resources: outside an exercise the page counts them.
    const { objective: o2 } = await stored(app, "O2");
    expect(o2.plan.actions.some((a) => (a.resources ?? []).length === 0)).toBe(true);
    await app.open(`#/objectives/${o2.id}`);
    await expect(page.getByTestId("summary-next-due")).toBeVisible();
    await expect(page.getByTestId("plan-action")).toHaveCount(o2.plan.actions.length);
    await expect(page.getByTestId("summary-score")).toHaveCount(0);
    await expect(page.getByTestId("section-nav").getByRole("link", { name: "Clause 6.2 check" })).toHaveCount(0);
    await expect(page.getByTestId("check-panel")).toHaveCount(0);
    await expect(page.getByTestId("action-gaps")).toHaveCount(0);
    await expect(page.getByText(new RegExp(escapeRegExp("required items met")))).toHaveCount(0);
  });
});

test.describe("the objective page's Edit disclosures", () => {
  // The folds closed, as a person first sees them.
  test.use({ foldsOpen: false, locale: "en-GB", viewport: { width: 1366, height: 900 } });

  /** The page's height in CSS pixels. */
  function pageHeight(page) {
    return page.evaluate(() => document.documentElement.scrollHeight);
  }

  // With every field unfolded they were 8,056, 9,351 and 8,094 pixels tall.
  const HEIGHT_LIMITS = { S1: 6200, T1: 7100, O1: 6000 };

  test("S1, T1 and O1 of the full example read in at most 6,200, 7,100 and 6,000 pixels at 1366×900", async ({
    app,
    page,
  }) => {
    await loadExample(app, page, LANGUAGES[0]);
    const { workspace } = await stored(app, "O1");
    for (const [code, limit] of Object.entries(HEIGHT_LIMITS)) {
      const objective = workspace.objectives.find((o) => o.code === code);
      await app.open(`#/objectives/${objective.id}`);
      await expect(app.heading).toContainText(objective.title);
      await expect(page.getByTestId("kpi-reading")).toHaveCount(objective.kpis.length);
      const height = await pageHeight(page);
      expect(height, `${code} is ${height}px tall`).toBeLessThan(limit);
    }
  });

  test("each KPI reads in one line and its fields open by keyboard, or on arriving at one of them", async ({
    app,
    page,
  }) => {
    await loadExample(app, page, LANGUAGES[0]);
    const { objective: t1 } = await stored(app, "T1");
    const kpi = t1.kpis[0];
    await app.open(`#/objectives/${t1.id}`);
    const fieldset = page.getByTestId("kpi").first();
    await expect(fieldset.getByTestId("kpi-reading")).toContainText(`Data source: ${kpi.dataSource}`);
    await expect(fieldset.getByTestId("kpi-reading")).toContainText("Measured: ");
    await expect(page.getByTestId("place-reading")).toContainText("Owner: ");
    const name = page.locator(`#kpi-${kpi.id}-name`);
    await expect(name).toBeHidden();

    // The summary is a button that says whether it is expanded; Enter opens and closes it.
    const toggle = fieldset.getByTestId("kpi-fold").locator("summary");
    await expect(toggle).toHaveAccessibleName(new RegExp(`^Edit KPI KPI 1: ${escapeRegExp(kpi.name)}$`));
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(name).toBeVisible();
    await expect(name).toHaveValue(kpi.name);
    await page.keyboard.press("Enter");
    await expect(name).toBeHidden();
    await page.keyboard.press("Space");
    await expect(name).toBeVisible();
    await page.keyboard.press("Space");
    await expect(name).toBeHidden();

    // The wording and place folds open by keyboard too.
    for (const [fold, field] of [
      ["identity-fold", "#objective-title"],
      ["place-fold", "#objective-owner"],
    ]) {
      await expect(page.locator(field)).toBeHidden();
      await page.getByTestId(fold).locator("summary").focus();
      await page.keyboard.press("Enter");
      await expect(page.locator(field)).toBeVisible();
    }

    // Adding a KPI moves focus to its name, which opens its fold.
    await page.getByRole("button", { name: "Add a KPI" }).click();
    const added = page.getByTestId("kpi").last();
    await expect(added.locator('input[id$="-name"]')).toBeFocused();
    await expect(added.getByTestId("kpi-fold")).toHaveAttribute("open", "");
    await expectNoAxeViolations(page);
  });
});
