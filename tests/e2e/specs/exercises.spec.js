// Training with SixTwo: a trainer loads a find-the-nonconformity exercise, a trainee logs
// findings with the score and the check hidden, then reveals them against the answer key; the
// printable worksheet and answer key; two files compared objective by objective; the class
// view of several trainee files; axe finds nothing on any of these views, in both languages.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { test, expect, expectNoAxeViolations, setLanguage } from "../support/app.js";

// The comparison loads the model answer with its records.
test.use({ fullExample: true });

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));

async function exampleFile(name) {
  return readFile(`${EXAMPLES}${name}`, "utf8");
}

/** A trainee's exported file: the exercise with `findings` logged. */
async function traineeFile(findings) {
  const envelope = JSON.parse(await exampleFile("managed-services-exercise.en.json"));
  envelope.workspace.exercise = {
    exercise: "managed-services-exercise",
    findings: findings.map(([subject, item, severity], index) => ({
      id: `00000009-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
      subject,
      item,
      severity,
    })),
  };
  return Buffer.from(`${JSON.stringify(envelope, null, 2)}\n`, "utf8");
}

/** Loads the exercise from the Training page (the workspace must be empty). */
async function loadExercise(app) {
  const page = app.page;
  await app.open("#/training");
  await expect(app.heading).toHaveText("Training");
  await page.getByRole("button", { name: "Load the exercise Example IT Services Ltd." }).click();
  await expect(app.notice).toContainText("The example organisation was loaded.");
  await expect(page.getByTestId("exercise-panel")).toBeVisible();
}

async function logFinding(page, subject, item, severity, note = "") {
  await page.getByLabel("Objective, policy statement or requirement").selectOption({ value: subject });
  await page.getByLabel("Clause item").selectOption({ label: item });
  await page.getByLabel("Severity").selectOption({ label: severity });
  await page.getByLabel(/^Note/).fill(note);
  await page.getByRole("button", { name: "Log the finding" }).click();
}

test("a trainer loads an exercise, a trainee logs findings with the check hidden and reveals the score", async ({
  app,
  page,
}) => {
  await loadExercise(app);
  await expectNoAxeViolations(page, "the Training page with an exercise loaded");

  // The score and the check are hidden while the exercise is under way.
  await app.go("Checklist");
  await expect(page.getByTestId("check-hidden")).toBeVisible();
  await expect(page.getByTestId("checklist-overall")).toHaveCount(0);
  await app.open("#/");
  await expect(page.getByTestId("dashboard-score")).toHaveCount(0);
  // The wizards' review steps hide their check too. The loaded exercise is stored by the
  // debounced save, which may not have run yet.
  await app.waitForSaved();
  const o1 = (await app.storedEnvelope()).workspace.objectives.find((o) => o.code === "O1").id;
  await app.open(`#/plan?objective=${o1}&step=review`);
  await expect(page.getByTestId("check-hidden")).toBeVisible();
  await expect(page.getByTestId("plan-check")).toHaveCount(0);
  await app.open(`#/establish?objective=${o1}&step=review`);
  await expect(page.getByTestId("check-hidden")).toBeVisible();
  await expect(page.locator(".check__list")).toHaveCount(0);

  await app.open("#/training");
  await logFinding(page, "T3", "6.2.1 b) Measurable", "Major nonconformity", "No KPI at all");
  await expect(app.notice).toContainText("Finding logged.");
  await logFinding(page, "PIPL", "6.2.1 c) Applicable requirements", "Minor nonconformity");
  await logFinding(page, "T4", "6.2.2 b) Resources", "Minor nonconformity");
  await logFinding(page, "S3", "6.2.1 a) Consistent with the policy", "Observation");
  await expect(page.getByTestId("findings-count")).toHaveText("4 findings logged");

  // The findings are kept in the workspace, so the trainee's export carries them.
  await app.waitForSaved();
  const stored = await app.storedEnvelope();
  expect(stored.workspace.exercise.exercise).toBe("managed-services-exercise");
  expect(stored.workspace.exercise.findings.map((f) => f.subject)).toEqual(["T3", "PIPL", "T4", "S3"]);

  await page.getByRole("button", { name: "Reveal the answers" }).click();
  const result = page.getByTestId("exercise-result");
  await expect(result.getByTestId("result-found")).toHaveText("Found 2 of 10 nonconformities in the answer key.");
  await expect(result.getByTestId("result-missed")).toHaveText("8 missed.");
  await expect(result.getByTestId("result-false")).toHaveText(
    "2 false findings (not in the key). 1 of them is a decoy: it looks wrong but conforms.",
  );
  await expect(result.getByTestId("result-severity")).toHaveText("Severity right for 1 of the 2 found.");
  const verdicts = result.getByTestId("verdicts-table");
  await expect(verdicts.getByRole("row", { name: /^T3 / })).toContainText("Found, severity right");
  await expect(verdicts.getByRole("row", { name: /^T4 / })).toContainText(
    "Found, severity wrong (the key says: Major nonconformity)",
  );
  await expect(verdicts.getByRole("row", { name: /^PIPL / })).toContainText("Not a nonconformity: this conforms");
  await expect(verdicts.getByRole("row", { name: /^S3 / })).toContainText("Not in the answer key");
  await expect(result.getByTestId("key-table").getByRole("row", { name: /^F10 T1 / })).toContainText("Missed");
  await expectNoAxeViolations(page, "the revealed answers");

  // Revealed, the check is shown again.
  await app.go("Checklist");
  await expect(page.getByTestId("checklist-overall")).toBeVisible();

  // The printable worksheet has no answers; the answer key has them all.
  await app.open("#/training/worksheet");
  await expect(app.heading).toHaveText("Worksheet: find the nonconformities");
  const worksheet = page.getByTestId("worksheet");
  await expect(worksheet.getByText("T4 Meet SLA schedule B")).toBeVisible();
  await expect(worksheet.getByText(/has no KPI/)).toHaveCount(0);
  await expectNoAxeViolations(page, "the worksheet");
  await app.open("#/training/answer-key");
  await expect(page.getByTestId("answer-key-table").getByRole("row")).toHaveCount(11);
  await expect(page.getByTestId("decoys-table").getByText(/PIPL/).first()).toBeVisible();
  await expectNoAxeViolations(page, "the answer key");
});

test("the workspace is compared with the model answer and with a file, objective by objective", async ({
  app,
  page,
}) => {
  await loadExercise(app);
  await page.getByRole("button", { name: "Reveal the answers" }).click();
  await app.open("#/compare");
  await expect(app.heading).toHaveText("Compare with a model answer");
  await page.getByRole("button", { name: "Compare with the model answer: Example IT Services Ltd." }).click();
  const comparison = page.getByTestId("comparison");
  await expect(comparison.getByTestId("comparison-score")).toContainText("“Example IT Services Ltd.”");
  const t4 = comparison.locator('tr[data-code="T4"]');
  await expect(t4).toContainText("Only in this workspace");
  const t3 = comparison.locator('tr[data-code="T3"]');
  await expect(t3).toContainText("Title: Improve efficiency → Improve operational efficiency");
  await expect(t3).toContainText("6.2.1 b) Measurable: Missing → Met");
  await expectNoAxeViolations(page, "the comparison with the model answer");

  // A file: the model answer's own export, compared as a trainee's file would be.
  await page.getByLabel("Compare with a SixTwo file").setInputFiles({
    name: "model.json",
    mimeType: "application/json",
    buffer: Buffer.from(await exampleFile("managed-services.en.json"), "utf8"),
  });
  await expect(comparison.getByTestId("comparison-score")).toContainText("“model.json”");
  await expect(comparison.locator('tr[data-code="O1"]')).toContainText("Target of “First response time”: 10 → 5");

  // A file that is not a workspace says why, and the comparison stays.
  await page.getByLabel("Compare with a SixTwo file").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format": "excalidraw"}', "utf8"),
  });
  await expect(page.getByTestId("compare-problem")).toContainText("notes.json cannot be compared:");
});

test("the class view takes several trainee files at once, one row each", async ({ app, page }) => {
  await app.open("#/class");
  await expect(app.heading).toHaveText("Class view");
  await page.getByLabel("Trainee files (one or more .json files)").setInputFiles([
    {
      name: "alice.json",
      mimeType: "application/json",
      buffer: await traineeFile([
        ["T3", "measurable", "major"],
        ["T4", "actions", "major"],
        ["O2", "evaluation", "major"],
      ]),
    },
    {
      name: "bob.json",
      mimeType: "application/json",
      buffer: await traineeFile([["PIPL", "requirements", "minor"]]),
    },
    {
      name: "model.json",
      mimeType: "application/json",
      buffer: Buffer.from(await exampleFile("managed-services.en.json"), "utf8"),
    },
    { name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{", "utf8") },
  ]);
  await expect(page.getByTestId("class-count")).toHaveText("4 files");
  const table = page.getByTestId("class-table");
  const alice = table.getByRole("row", { name: /^alice\.json/ });
  await expect(alice.getByRole("cell").nth(2)).toHaveText("3 / 10");
  await expect(alice.getByRole("cell").nth(3)).toHaveText("2 / 3");
  await expect(alice.getByRole("cell").nth(4)).toHaveText("0");
  await expect(alice).toContainText("F10 T1 6.2.1 e) Communicated");
  const bob = table.getByRole("row", { name: /^bob\.json/ });
  await expect(bob.getByRole("cell").nth(2)).toHaveText("0 / 10");
  await expect(bob.getByRole("cell").nth(4)).toHaveText("1");
  await expect(table.getByRole("row", { name: /^model\.json/ })).toContainText("Not made from an exercise");
  await expect(table.getByRole("row", { name: /^broken\.json/ })).toContainText("Cannot be read");
  // Nothing was merged into the workspace.
  expect((await app.storedEnvelope())?.workspace?.objectives ?? []).toHaveLength(0);
  await expectNoAxeViolations(page, "the class view");

  // Dropped files are added as well, and not imported by the app-wide drop.
  const transfer = await page.evaluateHandle(async (text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "carol.json", { type: "application/json" }));
    return data;
  }, (await traineeFile([["O3", "monitored", "minor"]])).toString("utf8"));
  await page.getByTestId("class-drop").dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByTestId("class-count")).toHaveText("5 files");
  await expect(app.heading).toHaveText("Class view");
});

test("in Chinese the training views are Chinese, and axe finds nothing", async ({ app, page }) => {
  await app.open("#/training");
  await setLanguage(page, "简体中文");
  await expect(app.heading).toHaveText("培训");
  await page.getByRole("button", { name: /^加载练习 示例信息技术服务有限公司/ }).click();
  await expect(page.getByTestId("exercise-panel")).toBeVisible();
  await page.getByLabel("目标、方针条目或要求").selectOption({ value: "T3" });
  await page.getByRole("button", { name: "记录该发现" }).click();
  await expect(page.getByTestId("findings-count")).toHaveText("已记录 1 项发现");
  await expectNoAxeViolations(page, "the Training page in Chinese");
  await page.getByRole("button", { name: "查看答案" }).click();
  await expect(page.getByTestId("result-found")).toHaveText("答案要点中共有 10 个不符合项，你找到了 0 个。");
  await expect(page.getByTestId("key-table")).toContainText("没有任何 KPI");
  await expectNoAxeViolations(page, "the revealed answers in Chinese");
  for (const [hash, heading] of [
    ["#/training/worksheet", "练习单：找出不符合项"],
    ["#/training/answer-key", "答案要点"],
    ["#/compare", "与参考答案对比"],
    ["#/class", "班级视图"],
  ]) {
    await app.open(hash);
    await expect(app.heading).toHaveText(heading);
    await expectNoAxeViolations(page, `${hash} in Chinese`);
  }
});

for (const [name, code, item, planted] of [
  ["Example Cloud Ledger Ltd.", "S2", "6.2.1 b) Measurable", "has no KPI"],
  ["Example Logistics Co., IT Service Desk", "T3", "6.2.2 b) Resources", "copies the figures of schedule 2"],
  ["Example Retail Group, IT Department", "O1", "6.2.1 c) Applicable requirements", "links no requirement"],
]) {
  test(`the exercise made from ${name} loads, and its key scores a planted nonconformity`, async ({ app, page }) => {
    await app.open("#/training");
    await page.getByRole("button", { name: `Load the exercise ${name}` }).click();
    await expect(app.notice).toContainText("The example organisation was loaded.");
    await expect(page.getByTestId("exercise-panel")).toBeVisible();
    await logFinding(page, code, item, "Minor nonconformity");
    await page.getByRole("button", { name: "Reveal the answers" }).click();
    await expect(page.getByTestId("result-found")).toHaveText("Found 1 of 8 nonconformities in the answer key.");
    await expect(page.getByTestId("key-table")).toContainText(planted);
  });
}
