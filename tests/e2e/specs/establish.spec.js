// The "Establish an objective" wizard (clause 6.2.1) end to end: a person creates an
// objective through all eight steps (a statement and a requirement added on the spot, a KPI
// read back as a sentence, the hints about vague wording), reloads in the middle, saves and
// finds it; the prompt when another draft exists; discarding a draft; axe-core on every step
// in English and Chinese.
import { test, expect, expectNoAxeViolations, escapeRegExp, startsWithCode } from "../support/app.js";

/** The localStorage key holding unfinished wizards (src/storage/mod.rs). */
const DRAFTS_KEY = "sixtwo.drafts";

/** The stored drafts, parsed (null when there are none). */
async function storedDrafts(page) {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), DRAFTS_KEY);
  return text === null ? null : JSON.parse(text);
}

/** The heading of the current step. */
function stepTitle(page) {
  return page.locator("#wizard-step-title");
}

/** Waits until the wizard shows step `number` called `label`, marked in the step list. */
async function expectStep(page, number, label) {
  await expect(stepTitle(page)).toHaveText(new RegExp(`^Step ${number} of 8\\s*${escapeRegExp(label)}$`));
  await expect(page.locator("nav.wizard-steps [aria-current=step]")).toHaveCount(1);
  await expect(page.locator("nav.wizard-steps [aria-current=step]")).toContainText(label);
}

/** The id of the stored objective with `code`. */
async function objectiveId(app, code) {
  const envelope = await app.storedEnvelope();
  return envelope.workspace.objectives.find((o) => o.code === code).id;
}

test.describe("establishing an objective", () => {
  test("through all eight steps, with a reload in the middle, to the objective page and the register", async ({
    app,
    page,
  }) => {
    await app.loadExample();
    await app.go("Register", "Objectives register");
    await page.getByRole("main").getByRole("link", { name: "Establish an objective (guided)" }).click();
    await expect(app.heading).toHaveText("Establish an objective");
    await expectStep(page, 1, "Level and place");
    await expect(stepTitle(page)).toBeFocused();
    // Only opened: no draft and no address of its own yet.
    await expect(page).toHaveURL(/#\/establish$/);
    expect(await storedDrafts(page)).toBeNull();

    // 1. Level and place: a tactical objective below S3; the code follows the level.
    const code = page.getByRole("textbox", { name: "Code" });
    await expect(code).toHaveValue("S4");
    await page.getByRole("combobox", { name: "Level" }).selectOption({ label: "Tactical" });
    await expect(code).toHaveValue("T4");
    // Changed: the draft is kept and gets its own address, so a reload resumes it.
    await expect(page).toHaveURL(/#\/establish\?objective=[0-9a-f-]{36}&step=place$/);
    expect(await storedDrafts(page)).not.toBeNull();
    await page.getByRole("searchbox", { name: "Search" }).fill("innovation");
    const parents = page.getByRole("listbox", { name: "Parent objective" });
    await parents.selectOption({ label: await parents.getByRole("option", { name: startsWithCode("S3") }).innerText() });
    await page.getByRole("textbox", { name: "How it supports the parent" }).fill("New services depend on services that recover fast.");
    await page.getByRole("combobox", { name: "Function or unit" }).fill("Operations");
    const owner = page.getByRole("combobox", { name: "Owner" });
    await owner.fill("Mei Chen");
    await owner.press("Enter");

    // 2. a) Policy: an existing statement, and a missing one added on the spot.
    await expectStep(page, 2, "a) Policy");
    await expect(page.getByText("Every objective must be consistent with the commitments")).toBeVisible();
    const p5 = page.getByRole("checkbox", { name: /^P5 Manage the risks/ });
    await p5.focus();
    await page.keyboard.press("Space");
    await expect(p5).toBeChecked();
    await page.getByRole("button", { name: "Add a policy statement" }).focus();
    await page.keyboard.press("Enter");
    const statement = page.getByRole("group", { name: "New statement P6" });
    await expect(statement.getByRole("textbox", { name: "Statement" })).toBeFocused();
    await page.keyboard.type("Restore services quickly after any disruption.");
    await expect(page.getByRole("checkbox", { name: /^P6 Restore services quickly/ })).toBeChecked();
    // A second one, removed again.
    await page.getByRole("button", { name: "Add a policy statement" }).click();
    await expect(page.getByRole("group", { name: "New statement P7" })).toBeVisible();
    await page.getByRole("button", { name: "Remove New statement P7" }).click();
    await expect(page.getByRole("group", { name: "New statement P7" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add a policy statement" })).toBeFocused();
    await statement.getByRole("textbox", { name: "Statement" }).press("Enter");

    // 3. b) Measurable: the hints react to the wording; the KPI reads back as a sentence.
    await expectStep(page, 3, "b) Measurable");
    const hints = page.getByTestId("hints");
    await expect(hints).toBeEmpty();
    await page.getByRole("textbox", { name: "Title" }).fill("Restore services faster");
    await expect(hints.getByRole("heading", { name: "Hints" })).toBeVisible();
    await expect(hints.getByRole("listitem")).toHaveText([
      "The wording has no number yet: how much, or how many?",
      "No KPI has a unit yet (%, minutes, points…).",
      "There is no date yet: by when?",
    ]);
    await page.getByRole("button", { name: "Add a KPI" }).click();
    const kpi = page.getByRole("group", { name: /^KPI 1/ });
    await expect(kpi.getByRole("textbox", { name: "Name" })).toBeFocused();
    await page.keyboard.type("MTTR");
    await expect(page.getByRole("group", { name: "KPI 1: MTTR" })).toBeVisible();
    await kpi.getByRole("textbox", { name: "Unit" }).fill("minutes");
    await expect(hints.getByRole("listitem")).toHaveText([
      "The wording has no number yet: how much, or how many?",
      "There is no date yet: by when?",
    ]);
    await kpi.getByRole("combobox", { name: "Direction" }).selectOption({ label: "Lower is better" });
    // Text that is not a number is explained, and keeps the wizard on this step.
    const baseline = kpi.getByRole("textbox", { name: "Baseline" });
    await baseline.fill("forty");
    await expect(baseline).toHaveAttribute("aria-invalid", "true");
    await expect(kpi.getByText("Enter a number such as 15 or 99.9.")).toBeVisible();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 3, "b) Measurable");
    await expect(baseline).toBeFocused();
    await expect(page.getByTestId("error-summary")).toContainText("Baseline: Enter a number such as 15 or 99.9.");
    await baseline.fill("40");
    await expect(baseline).not.toHaveAttribute("aria-invalid", /.*/);
    await kpi.getByRole("textbox", { name: "Target", exact: true }).fill("15");
    await expect(hints.getByRole("listitem")).toHaveText(["There is no date yet: by when?"]);
    await kpi.getByLabel("Target date").fill("2027-06-30");
    await expect(hints.getByRole("listitem")).toHaveCount(0);
    await expect(hints.getByRole("heading", { name: "Hints" })).toHaveCount(0);
    const preview = kpi.getByTestId("kpi-preview");
    // The sentence says what the check accepts: 15 itself meets "at most 15"; "under 15" only
    // when the target value is excluded.
    await expect(preview).toContainText("Reduce MTTR from 40 to at most 15 minutes by 2027-06-30.");
    await kpi.getByRole("combobox", { name: "Target boundary" }).selectOption({
      label: "Only values beyond the target count (above, under)",
    });
    await expect(preview).toContainText("Reduce MTTR from 40 to under 15 minutes by 2027-06-30.");
    await kpi.getByRole("textbox", { name: "Data source" }).fill("ITSM tool");
    await kpi.getByRole("textbox", { name: "Method" }).fill("Mean time from report to restore, per month");
    await kpi.getByRole("combobox", { name: "Measured" }).selectOption({ label: "Monthly" });

    // A reload in the middle resumes the same step with everything typed.
    await app.reload();
    await expect(page).toHaveURL(/step=measurable$/);
    await expectStep(page, 3, "b) Measurable");
    await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("Restore services faster");
    const resumed = page.getByRole("group", { name: "KPI 1: MTTR" });
    await expect(resumed.getByRole("textbox", { name: "Baseline" })).toHaveValue("40");
    await expect(resumed.getByRole("textbox", { name: "Method" })).toHaveValue("Mean time from report to restore, per month");
    await expect(resumed.getByTestId("kpi-preview")).toContainText("Reduce MTTR from 40 to under 15 minutes by 2027-06-30.");
    await expect(page.getByTestId("draft-status")).toContainText("Draft kept in this browser");
    // Back a step and forward again loses nothing either.
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await expectStep(page, 2, "a) Policy");
    await expect(page.getByRole("group", { name: "New statement P6" }).getByRole("textbox")).toHaveValue(
      "Restore services quickly after any disruption.",
    );
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 3, "b) Measurable");
    await page.getByRole("textbox", { name: "Title" }).press("Enter");

    // 4. c) Requirements: an existing one, and one added on the spot.
    await expectStep(page, 4, "c) Requirements");
    await page.getByRole("checkbox", { name: /^SLA-B / }).check();
    await page.getByRole("button", { name: "Add a requirement" }).click();
    const requirement = page.getByRole("group", { name: "New requirement R1" });
    await expect(requirement.getByRole("textbox", { name: "Requirement" })).toBeFocused();
    await page.keyboard.type("Contract with Acme: restore within 4 hours");
    await requirement.getByRole("combobox", { name: "Source" }).selectOption({ label: "SLA or contract" });
    await expect(page.getByRole("checkbox", { name: /^R1 Contract with Acme/ })).toBeChecked();
    await page.getByRole("button", { name: "Next", exact: true }).click();

    // 5. d) Monitoring.
    await expectStep(page, 5, "d) Monitoring");
    await page.getByRole("combobox", { name: "How often progress is monitored" }).selectOption({ label: "Monthly" });
    await page.getByRole("textbox", { name: "Method or data source" }).fill("Monthly service review of the KPI dashboard");
    await page.getByRole("combobox", { name: "Who monitors it" }).fill("Head of operations");
    await page.getByLabel("Next review").fill("2027-01-29");
    await page.getByRole("button", { name: "Next", exact: true }).click();

    // 6. e) Communication: one audience and channel per line.
    await expectStep(page, 6, "e) Communication");
    const audiences = page.getByRole("textbox", { name: "Audiences, one per line" });
    await audiences.focus();
    await page.keyboard.type("Service desk");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Operations team");
    await expect(audiences).toHaveValue("Service desk\nOperations team");
    await page.getByRole("textbox", { name: "Channels, one per line" }).fill("Team meeting\nIntranet");
    await page.getByRole("textbox", { name: "When" }).fill("Every month");
    await page.getByRole("textbox", { name: "By whom" }).fill("Mei Chen");
    await page.getByRole("button", { name: "Next", exact: true }).click();

    // 7. f) Updating.
    await expectStep(page, 7, "f) Updating");
    await page.getByRole("combobox", { name: "Review cadence" }).selectOption({ label: "Quarterly" });
    const serviceChange = page.getByRole("checkbox", { name: "a service change" });
    await serviceChange.focus();
    await page.keyboard.press("Space");
    await expect(serviceChange).toBeChecked();
    await page.getByRole("checkbox", { name: "a missed target" }).check();
    await page.getByRole("button", { name: "Next", exact: true }).click();

    // 8. Review: the check with its open items (nothing communicated, measured or approved
    // yet), a gap link that lands in this wizard although the objective is not saved yet, the
    // approval and the status.
    await expectStep(page, 8, "Review and save");
    const communicated = page.locator(".check__item[data-item=Communicated]");
    await expect(communicated).toContainText("Missing");
    await expect(page.locator(".check__item[data-item=Measurable]")).toContainText("Met");
    await expect(page.locator(".check__item[data-item=Policy]")).toContainText("Supports 2 policy statements.");
    const documented = page.locator(".check__item[data-item=Documented]");
    await expect(documented).toContainText("The objective's approval lacks the approver and the approval date.");
    await expect(page.getByText("You can save now and complete the open items later.")).toBeVisible();
    await expect(page.getByTestId("review-errors")).toHaveCount(0);
    await communicated.getByRole("link", { name: "Complete in the wizard: e) Communication" }).click();
    await expectStep(page, 6, "e) Communication");
    await expect(page.getByRole("textbox", { name: "Audiences, one per line" })).toHaveValue("Service desk\nOperations team");
    await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Review and save/ }).click();
    await expectStep(page, 8, "Review and save");
    await expect(page.getByRole("radio", { name: "Active" })).toBeChecked();
    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    const approval = page.getByRole("group", { name: "Approval" });
    await approval.getByRole("combobox", { name: "Approved by" }).fill("Director");
    await approval.getByRole("textbox", { name: "Approved on" }).fill(today);
    await approval.getByRole("textbox", { name: "Approved on" }).blur();
    await expect(documented.locator(".check-state")).toHaveText("Met");
    await expect(documented).toContainText(`Approved by Director on ${today}.`);
    await page.getByRole("button", { name: "Save the objective" }).click();

    // The objective page, then the register.
    await expect(app.heading).toHaveText("T4 Restore services faster");
    await expect(app.notice).toContainText("Saved T4.");
    await expect.poll(() => storedDrafts(page)).toBeNull();
    await app.waitForSaved();
    const envelope = await app.storedEnvelope();
    const saved = envelope.workspace.objectives.find((o) => o.code === "T4");
    expect(saved).toMatchObject({
      title: "Restore services faster",
      level: "tactical",
      owner: "Mei Chen",
      function: "Operations",
      status: "active",
      communication: { audiences: ["Service desk", "Operations team"], channels: ["Team meeting", "Intranet"] },
      updating: { reviewCadence: "quarterly", triggers: ["service-change", "missed-target"] },
      approval: { approvedBy: "Director", approvedOn: today },
    });
    expect(saved.revisions).toHaveLength(1);
    expect(envelope.workspace.policy.map((p) => p.reference)).toContain("P6");
    expect(envelope.workspace.requirements.map((r) => r.reference)).toContain("R1");
    await app.go("Register", "Objectives register");
    await expect(app.registerRow("T4")).toHaveCount(1);
    await expect(await app.registerCell("T4", "Parent")).toHaveText("S3");
    await expect(await app.registerCell("T4", "Title")).toHaveText("Restore services faster");
  });

  test("a KPI can be a milestone, read back with its date alone, or exclude its target value", async ({ app, page }) => {
    await app.loadExample();
    await app.waitForSaved();
    const o1 = await objectiveId(app, "O1");
    await app.open(`#/establish?objective=${o1}&step=measurable`);
    await expectStep(page, 3, "b) Measurable");
    const kpi = page.getByTestId("kpi").first();
    await kpi.getByRole("combobox", { name: "Direction" }).selectOption({ label: "Milestone: achieved or not" });
    await expect(kpi.getByRole("textbox", { name: "Unit" })).toHaveCount(0);
    await expect(kpi.getByRole("textbox", { name: "Target", exact: true })).toHaveCount(0);
    await expect(kpi.getByTestId("milestone-help")).toContainText("A milestone needs only its target date.");
    await expect(kpi.getByTestId("kpi-preview")).toContainText(/ by \d{4}-\d{2}-\d{2}\./);
    await expectNoAxeViolations(page, "a milestone KPI in the wizard");

    await kpi.getByRole("combobox", { name: "Direction" }).selectOption({ label: "Lower is better" });
    await kpi.getByRole("combobox", { name: "Target boundary" }).selectOption({
      label: "Only values beyond the target count (above, under)",
    });
    await expect(kpi.getByTestId("kpi-preview")).toContainText(" under ");
    await kpi.getByRole("combobox", { name: "Target boundary" }).selectOption({
      label: "The target value counts (at least, at most)",
    });
    await expect(kpi.getByTestId("kpi-preview")).toContainText(" at most ");
  });

  test("a step with a refused field stays, says why next to the field and moves focus there", async ({ app, page }) => {
    await app.loadExample();
    await app.open("#/establish");
    await expectStep(page, 1, "Level and place");
    const code = page.getByRole("textbox", { name: "Code" });
    await code.fill("S1");
    await code.press("Enter");
    await expectStep(page, 1, "Level and place");
    await expect(code).toBeFocused();
    await expect(code).toHaveAttribute("aria-invalid", "true");
    await expect(code).toHaveAccessibleDescription(/S1 is already used/);
    await expect(page.getByTestId("error-summary")).toContainText("Please correct the items marked below before going on.");
    await code.fill("S9");
    await expect(code).not.toHaveAttribute("aria-invalid", /.*/);
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
    await code.press("Enter");
    await expectStep(page, 2, "a) Policy");
  });

  test("another unfinished draft: resume it, or discard it and start afresh", async ({ app, page }) => {
    await app.open("#/establish");
    await expectStep(page, 1, "Level and place");
    await page.getByRole("combobox", { name: "Owner" }).fill("Ana Silva");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 2, "a) Policy");
    const first = (await storedDrafts(page)).establish.draft.objective.id;

    // Starting another objective finds the draft.
    await app.go("Register", "Objectives register");
    await page.getByRole("main").getByRole("link", { name: "Establish an objective (guided)" }).click();
    const prompt = page.getByRole("region", { name: "An unfinished draft" });
    await expect(prompt).toContainText("You have an unfinished draft for a new objective, last changed");
    await expect(prompt).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await prompt.getByRole("button", { name: "Resume the draft" }).click();
    await expectStep(page, 2, "a) Policy");
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await expect(page.getByRole("combobox", { name: "Owner" })).toHaveValue("Ana Silva");

    // With a title the prompt names the draft; discarding starts a fresh one.
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 3, "b) Measurable");
    await page.getByRole("textbox", { name: "Title" }).fill("Answer calls faster");
    await app.go("Register", "Objectives register");
    await page.getByRole("main").getByRole("link", { name: "Establish an objective (guided)" }).click();
    await expect(prompt).toContainText("You have an unfinished draft for S1 Answer calls faster, last changed");
    await prompt.getByRole("button", { name: "Discard it and start afresh" }).click();
    await expectStep(page, 1, "Level and place");
    await expect(page.getByRole("combobox", { name: "Owner" })).toHaveValue("");
    await expect(stepTitle(page)).toBeFocused();
    // The fresh wizard is no draft until something is changed in it.
    expect(await storedDrafts(page)).toBeNull();
    await page.getByRole("combobox", { name: "Owner" }).fill("Li Wei");
    const second = (await storedDrafts(page)).establish.draft.objective.id;
    expect(second).not.toBe(first);
    await expect(page).toHaveURL(new RegExp(`objective=${second}`));
  });

  test("discarding a draft asks first, then leaves the workspace as it was", async ({ app, page }) => {
    await app.loadExample();
    await app.waitForSaved();
    const before = await app.storedText();

    // A new objective: discarding goes back to the register.
    await app.open("#/establish");
    await expectStep(page, 1, "Level and place");
    await page.getByRole("combobox", { name: "Owner" }).fill("Li Wei");
    await page.getByRole("button", { name: "Discard the draft…" }).click();
    const dialog = page.getByRole("dialog", { name: "Discard this draft?" });
    await expect(dialog).toContainText("What you entered in this wizard will be lost.");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Owner" })).toHaveValue("Li Wei");
    expect(await storedDrafts(page)).not.toBeNull();
    await page.getByRole("button", { name: "Discard the draft…" }).click();
    await dialog.getByRole("button", { name: "Discard", exact: true }).click();
    await expect(app.heading).toHaveText("Objectives register");
    expect(await storedDrafts(page)).toBeNull();
    expect(await app.storedText()).toBe(before);

    // Revising an objective: discarding goes back to it, unchanged.
    const s1 = await objectiveId(app, "S1");
    await app.open(`#/establish?objective=${s1}&step=measurable`);
    await expect(app.heading).toHaveText("Revise S1");
    await expectStep(page, 3, "b) Measurable");
    await page.getByRole("textbox", { name: "Title" }).fill("Something else entirely");
    await page.getByRole("button", { name: "Discard the draft…" }).click();
    await dialog.getByRole("button", { name: "Discard", exact: true }).click();
    await expect(app.heading).toHaveText("S1 Raise global market competitiveness");
    expect(await storedDrafts(page)).toBeNull();
    expect(await app.storedText()).toBe(before);
  });

  test("unreadable stored drafts are explained, offered for download and discarded only when confirmed", async ({
    app,
    page,
  }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, "{not json");
        sessionStorage.setItem("seeded", "1");
      }
    }, DRAFTS_KEY);
    await app.open("#/establish");
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
    await expectStep(page, 1, "Level and place");
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), DRAFTS_KEY)).toBeNull();
  });
});

// The texts the accessibility walk needs, per language (src/i18n/catalogue.rs).
const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    loadExample: "Load the example",
    addStatement: "Add a policy statement",
    addKpi: "Add a KPI",
    addRequirement: "Add a requirement",
    title: "Title",
    code: "Code",
    discard: "Discard the draft…",
    cancel: "Cancel",
    guided: "Establish an objective (guided)",
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    loadExample: "载入示例",
    addStatement: "添加方针条目",
    addKpi: "新增 KPI",
    addRequirement: "添加要求",
    title: "标题",
    code: "代码",
    discard: "放弃草稿…",
    cancel: "取消",
    guided: "制定目标（向导）",
  },
];

for (const ui of LANGUAGES) {
  test.describe(`accessibility of the wizard in ${ui.name}`, () => {
    test.use({ locale: ui.locale });

    test(`axe-core finds nothing on any step (${ui.name})`, async ({ app, page }) => {
      await app.open("#/");
      await page.getByRole("button", { name: ui.loadExample }).first().click();
      await expect.poll(() => app.storedText()).not.toBeNull();
      await app.open("#/establish");
      await expect(stepTitle(page)).toBeVisible();
      const next = page.locator("form.wizard__step button[type=submit]");
      for (let step = 1; step <= 8; step += 1) {
        await expect(stepTitle(page)).toContainText(`${step}`);
        await expect(page.locator("nav.wizard-steps li").nth(step - 1).locator("[aria-current=step]")).toHaveCount(1);
        if (step === 1) {
          // With a refusal shown next to its field and in the summary.
          const code = page.getByRole("textbox", { name: ui.code });
          await code.fill("");
          await next.click();
          await expect(page.getByTestId("error-summary")).toBeVisible();
          await expectNoAxeViolations(page, `step 1 with a refusal (${ui.name})`);
          await code.fill("X1");
        }
        if (step === 2) {
          await page.getByRole("button", { name: ui.addStatement }).click();
          await page.locator("[data-testid=new-statement] input").fill("X");
        }
        if (step === 3) {
          await page.getByRole("textbox", { name: ui.title, exact: true }).fill("Faster");
          await expect(page.getByTestId("hints").getByRole("listitem")).not.toHaveCount(0);
          await page.getByRole("button", { name: ui.addKpi }).click();
          await page.locator("#wizard-kpi-0-name").fill("K");
          await page.locator("#wizard-kpi-0-target").fill("5");
          await expect(page.getByTestId("kpi-preview")).toBeVisible();
        }
        if (step === 4) {
          await page.getByRole("button", { name: ui.addRequirement }).click();
          await page.locator("[data-testid=new-requirement] input").fill("X");
        }
        await expectNoAxeViolations(page, `step ${step} (${ui.name})`);
        if (step === 8) {
          await expect(page.locator(".check__item")).toHaveCount(7);
          await page.getByRole("button", { name: ui.discard }).click();
          await expect(page.getByRole("dialog")).toBeVisible();
          await expectNoAxeViolations(page, `the discard dialog (${ui.name})`);
          await page.getByRole("dialog").getByRole("button", { name: ui.cancel }).click();
          break;
        }
        await next.click();
      }

      // The prompt about another draft.
      await app.open("#/register");
      await page.getByRole("main").getByRole("link", { name: ui.guided }).click();
      await expect(page.getByTestId("draft-found")).toBeVisible();
      await expectNoAxeViolations(page, `the draft prompt (${ui.name})`);
    });
  });
}
