// Measurements and progress: a check-in for an objective moves its progress and status in the
// register and the tree and rolls up into its parents; a measurement past its KPI's frequency
// is flagged; measurements are added, edited and deleted (and undone) on the detail view; the
// thresholds change a status and survive a reload; axe finds nothing on the check-in page or
// the detail view, in English or Chinese.
import { test, expect, expectNoAxeViolations, setLanguage } from "../support/app.js";

const O1 = "O1 Shorten service response time";
const FIRST_RESPONSE = "First response time";
const COMPLEX = "Time to resolve complex problems";

/** The page's local date `days` from today, as date inputs write it (YYYY-MM-DD). */
async function localDate(page, days = 0) {
  return page.evaluate((offset) => {
    const at = new Date();
    at.setDate(at.getDate() + offset);
    const pad = (n) => String(n).padStart(2, "0");
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  }, days);
}

/** Opens an objective's page from the register by its code; returns its id. */
async function openFromRegister(app, code, title) {
  await app.go("Register", "Objectives register");
  await app.register.getByRole("link", { name: code, exact: true }).click();
  await expect(app.heading).toHaveText(`${code} ${title}`);
  return app.page.url().split("#/objectives/")[1];
}

/** The check-in row (a group named by its KPI). */
function row(page, kpi) {
  return page.getByRole("group", { name: kpi, exact: true });
}

/** The register's progress cell of `code`. */
async function progressCell(app, code) {
  return app.registerCell(code, "Progress");
}

test.describe("measurements and progress", () => {
  test("a check-in moves progress and status in the register, the tree and the parents; thresholds change a status and persist", async ({
    app,
    page,
  }) => {
    await app.loadExample();
    await app.go("Register", "Objectives register");
    await expect(await progressCell(app, "O1")).toHaveText("No data");

    const o1 = await openFromRegister(app, "O1", "Shorten service response time");
    const panel = page.getByTestId("progress-panel");
    await expect(panel.getByTestId("progress-overall")).toContainText("No data");
    await panel.getByRole("link", { name: "Check in" }).click();
    await expect(app.heading).toHaveText(`Check-in: ${O1}`);
    expect(page.url()).toContain(`#/objectives/${o1}/check-in`);
    await expect(page.getByTestId("check-in-row")).toHaveCount(2);
    await expect(row(page, FIRST_RESPONSE)).toContainText("Target: ≤ 5 minutes · Not measured yet");
    await expect(row(page, FIRST_RESPONSE).getByLabel("Date")).toHaveValue(await localDate(page));
    await expectNoAxeViolations(page, "the check-in page");

    // Saving with nothing entered explains it next to the first value and moves focus there.
    await page.getByRole("button", { name: "Save check-in" }).click();
    const firstValue = row(page, FIRST_RESPONSE).getByLabel("Value (minutes)");
    await expect(firstValue).toHaveAttribute("aria-invalid", "true");
    await expect(firstValue).toHaveAccessibleDescription("Enter at least one value.");
    await expect(firstValue).toBeFocused();
    await expect(page.getByTestId("error-summary").locator(".error-summary__title")).toHaveText("Nothing was saved: 1 field needs attention.");
    await expectNoAxeViolations(page, "the check-in page with an error");

    // A future date is refused too, and nothing is saved.
    await firstValue.fill("10");
    await expect(firstValue).not.toHaveAttribute("aria-invalid", "true");
    await row(page, FIRST_RESPONSE).getByLabel("Date").fill(await localDate(page, 3));
    await page.getByRole("button", { name: "Save check-in" }).click();
    const firstDate = row(page, FIRST_RESPONSE).getByLabel("Date");
    await expect(firstDate).toHaveAccessibleDescription("A measurement cannot be dated after today.");
    await expect(firstDate).toBeFocused();

    // 15 → 5 minutes, now 10: half way. 48 → 24 hours, now 36: half way, measured 70 days ago
    // and monthly, so the next measurement is overdue.
    await firstDate.fill(await localDate(page));
    await row(page, FIRST_RESPONSE).getByLabel("Recorded by").fill("Lee Ming");
    await row(page, COMPLEX).getByLabel("Value (hours)").fill("36");
    await row(page, COMPLEX).getByLabel("Date").fill(await localDate(page, -70));
    await row(page, COMPLEX).getByLabel("Note").fill("Two long problems in May");
    await page.getByRole("button", { name: "Save check-in" }).click();

    await expect(app.heading).toHaveText(O1);
    await expect(app.notice).toContainText("Check-in saved for O1: 2 measurements.");
    await expect(panel.getByTestId("progress-overall")).toContainText("On track");
    await expect(panel.getByTestId("progress-overall")).toContainText("50 %");
    await expect(panel.getByTestId("progress-overall")).toContainText("Measurement overdue");
    const complexKpi = page.getByRole("group", { name: `KPI 2: ${COMPLEX}` });
    await expect(complexKpi.getByTestId("kpi-progress")).toContainText("Measurement overdue");
    await expect(complexKpi.getByRole("table", { name: `Recorded values of ${COMPLEX}` })).toContainText(
      "Two long problems in May",
    );
    await expectNoAxeViolations(page, "the detail view with measurements");

    // The register and the tree show it, with the overdue flag, and the parents roll it up.
    await app.go("Register", "Objectives register");
    const o1Cell = await progressCell(app, "O1");
    await expect(o1Cell).toContainText("On track");
    await expect(o1Cell).toContainText("50 %");
    await expect(o1Cell).toContainText("Measurement overdue");
    await expect(await progressCell(app, "T1")).toContainText("50 %");
    await expect(await progressCell(app, "S1")).toContainText("50 %");
    await expect(await progressCell(app, "S2")).toHaveText("No data");
    // The column sorts: ascending puts objectives without data first, descending last.
    const progressHeader = app.register.getByRole("columnheader", { name: "Progress" });
    await progressHeader.getByRole("button").click();
    await expect(progressHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(app.registerCodes.last()).toHaveText(/^(O1|T1|S1)$/);
    await progressHeader.getByRole("button").click();
    await expect(progressHeader).toHaveAttribute("aria-sort", "descending");
    await expect(app.registerCodes.first()).toHaveText(/^(O1|T1|S1)$/);

    await app.go("Level tree", "Tree of objective levels");
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect(app.treeItem("O1")).toContainText("On track");
    await expect(app.treeItem("O1")).toContainText("50 %");
    await expect(app.treeItem("O1")).toContainText("Measurement overdue");
    await expect(app.treeItem("T1")).toContainText("50 %");
    await expect(app.treeItem("T2")).toContainText("No data");

    // The parent's detail view shows the children's roll-up next to its own KPIs.
    await openFromRegister(app, "T1", "Raise customer satisfaction");
    await expect(panel.getByTestId("progress-own")).toContainText("0 of 3 KPIs with a target measured");
    await expect(panel.getByTestId("progress-children")).toContainText("50 %");
    await expect(panel.getByTestId("progress-children")).toContainText("1 of 1 children counted");
    await expect(panel.getByTestId("progress-children-table").getByRole("row", { name: /O1/ })).toContainText("On track");

    // Both target dates of O1 moved to yesterday: everything is expected now, and half of it
    // is off track by default (below 70 % of the expected progress).
    await app.open(`#/objectives/${o1}`);
    for (const kpi of [FIRST_RESPONSE, COMPLEX]) {
      const group = page.getByRole("group", { name: new RegExp(`^KPI \\d: ${kpi}$`) });
      await group.getByLabel("Target date").fill(await localDate(page, -1));
    }
    await expect(panel.getByTestId("progress-overall")).toContainText("Off track");
    await app.go("Register", "Objectives register");
    await expect(await progressCell(app, "O1")).toContainText("Off track");

    // More lenient thresholds: at risk below 60 %, off track below 40 %.
    await app.go("Data", "Your data");
    const thresholds = page.getByTestId("thresholds");
    await expect(thresholds.getByTestId("thresholds-in-use")).toHaveText(
      "In use: at risk below 90 %, off track below 70 %.",
    );
    // Off track above at risk is refused next to its field, and changes nothing.
    await thresholds.getByLabel("Off track below").fill("95");
    await thresholds.getByRole("button", { name: "Save thresholds" }).click();
    const offTrack = thresholds.getByLabel("Off track below");
    await expect(offTrack).toHaveAttribute("aria-invalid", "true");
    await expect(offTrack).toHaveAccessibleDescription(
      "The off-track threshold must be below the at-risk threshold.",
    );
    await expect(offTrack).toBeFocused();
    await thresholds.getByLabel("At risk below").fill("60");
    await offTrack.fill("40");
    await thresholds.getByRole("button", { name: "Save thresholds" }).click();
    await expect(app.notice).toContainText("Progress thresholds saved: at risk below 60 %, off track below 40 %.");
    await expect(thresholds.getByTestId("thresholds-in-use")).toHaveText(
      "In use: at risk below 60 %, off track below 40 %.",
    );
    await app.go("Register", "Objectives register");
    await expect(await progressCell(app, "O1")).toContainText("At risk");
    await app.go("Level tree", "Tree of objective levels");
    await expect(app.treeItem("O1")).toContainText("At risk");
    await app.waitForSaved();

    // After a reload everything is still there.
    await app.reload();
    await expect(app.treeItem("O1")).toContainText("At risk");
    await app.go("Register", "Objectives register");
    await expect(await progressCell(app, "O1")).toContainText("At risk");
    await expect(await progressCell(app, "O1")).toContainText("Measurement overdue");
    await app.go("Data", "Your data");
    await expect(page.getByTestId("thresholds-in-use")).toHaveText("In use: at risk below 60 %, off track below 40 %.");
    const stored = await app.storedEnvelope();
    expect(stored.workspace.settings).toEqual({ atRiskBelow: 0.6, offTrackBelow: 0.4 });
    const storedO1 = stored.workspace.objectives.find((o) => o.code === "O1");
    expect(storedO1.kpis.map((k) => k.measurements?.map((m) => [m.value, m.recordedBy ?? ""]))).toEqual([
      [[10, "Lee Ming"]],
      // Each row has its own "recorded by"; nobody had recorded anything before this check-in.
      [[36, ""]],
    ]);
  });

  test("measurements are added, edited and deleted on the detail view, each undoable; a zero weight leaves a child out", async ({
    app,
    page,
  }) => {
    await app.loadExample();
    await openFromRegister(app, "O1", "Shorten service response time");
    const kpi = page.getByRole("group", { name: `KPI 1: ${FIRST_RESPONSE}` });
    await expect(kpi.getByText("No measurements recorded yet.")).toBeVisible();

    const add = kpi.getByRole("button", { name: `Add a measurement (${FIRST_RESPONSE})` });
    await add.click();
    const form = kpi.getByRole("form", { name: `New measurement of ${FIRST_RESPONSE}` });
    const value = form.getByLabel("Value");
    await expect(value).toBeFocused();
    await expect(form.getByLabel("Date")).toHaveValue(await localDate(page));
    // Refused without a value, next to the field.
    await form.getByRole("button", { name: "Save measurement" }).click();
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await expect(value).toHaveAccessibleDescription("Enter the measured value.");
    await expectNoAxeViolations(page, "the measurement form with an error");
    await value.fill("12");
    await form.getByLabel("Recorded by").fill("Wang Fang");
    await value.press("Enter");
    await expect(app.notice).toContainText(`Recorded 12 minutes for ${FIRST_RESPONSE}.`);
    await expect(add).toBeFocused();
    const table = kpi.getByRole("table", { name: `Recorded values of ${FIRST_RESPONSE}` });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("row").nth(1).getByRole("cell")).toHaveText(["12 minutes", "", "Wang Fang", /Edit/]);
    // 15 → 5 minutes, now 12: 30 % of the way.
    await expect(kpi.getByTestId("kpi-progress")).toContainText("30 %");

    const today = await localDate(page);
    await kpi.getByRole("button", { name: `Edit the measurement of ${today}` }).click();
    const editForm = kpi.getByRole("form", { name: `Edit the measurement of ${today}` });
    await expect(editForm.getByLabel("Value")).toHaveValue("12");
    await expect(editForm.getByLabel("Recorded by")).toHaveValue("Wang Fang");
    await editForm.getByLabel("Value").fill("8");
    await editForm.getByRole("button", { name: "Save measurement" }).click();
    await expect(app.notice).toContainText(`Updated the measurement of ${today}.`);
    await expect(kpi.getByTestId("kpi-progress")).toContainText("70 %");

    await kpi.getByRole("button", { name: `Delete the measurement of ${today}` }).click();
    await expect(app.notice).toContainText(`Deleted the measurement of ${today}.`);
    await expect(kpi.getByText("No measurements recorded yet.")).toBeVisible();
    await app.notice.getByRole("button", { name: "Undo" }).click();
    await expect(table.getByRole("row").nth(1)).toContainText("8 minutes");
    await page.getByRole("button", { name: "Undo", exact: true }).first().click();
    await expect(table.getByRole("row").nth(1)).toContainText("12 minutes");

    // The next measurement is recorded by the same person by default.
    await kpi.getByRole("button", { name: `Add a measurement (${FIRST_RESPONSE})` }).click();
    await expect(kpi.getByRole("form").getByLabel("Recorded by")).toHaveValue("Wang Fang");
    await kpi.getByRole("form").getByRole("button", { name: "Cancel" }).click();

    // T1 rolls up its only child O1; with a weight of 0, O1 is left out.
    await openFromRegister(app, "T1", "Raise customer satisfaction");
    const panel = page.getByTestId("progress-panel");
    await expect(panel.getByTestId("progress-children")).toContainText("1 of 1 children counted");
    await openFromRegister(app, "O1", "Shorten service response time");
    await page.getByLabel("Weight in the parent's progress").fill("0");
    await openFromRegister(app, "T1", "Raise customer satisfaction");
    await expect(panel.getByTestId("progress-children")).toContainText("0 of 1 children counted");
    await expect(panel.getByTestId("progress-overall")).toContainText("No data");
    await expect(panel.getByTestId("progress-children-table").getByRole("row", { name: /O1/ })).toContainText(
      "0 (left out)",
    );
    // A negative weight is refused next to the field.
    await openFromRegister(app, "O1", "Shorten service response time");
    const weight = page.getByLabel("Weight in the parent's progress");
    await weight.fill("-1");
    await expect(weight).toHaveAttribute("aria-invalid", "true");
    await expect(weight).toHaveAccessibleDescription(/A weight cannot be negative/);
  });

  test("the check-in page and the detail view pass axe in Chinese", async ({ app, page }) => {
    await app.loadExample();
    const o1 = await openFromRegister(app, "O1", "Shorten service response time");
    await setLanguage(page, "简体中文");
    await app.open(`#/objectives/${o1}/check-in`);
    // The example was loaded in English: its own words stay English.
    await expect(app.heading).toHaveText(`测量值登记：${O1}`);
    const value = row(page, FIRST_RESPONSE).getByLabel("数值（minutes）");
    await page.getByRole("button", { name: "保存登记" }).click();
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await expect(value).toHaveAccessibleDescription("请至少输入一个数值。");
    await expect(page.getByTestId("error-summary").locator(".error-summary__title")).toHaveText("未保存任何内容：有 1 个字段需要处理。");
    await expectNoAxeViolations(page, "the check-in page in Chinese, with an error");
    await value.fill("10");
    await page.getByRole("button", { name: "保存登记" }).click();
    await expect(app.notice).toContainText("已保存 O1 的测量值登记：1 个测量值。");
    const panel = page.getByTestId("progress-panel");
    await expect(panel.getByTestId("progress-overall")).toContainText("进展正常");
    await expect(panel.getByTestId("progress-overall")).toContainText("50％");
    await page.getByRole("button", { name: `添加测量值 (${COMPLEX})` }).click();
    await expectNoAxeViolations(page, "the detail view in Chinese, with the measurement form open");
    await app.open("#/data");
    await expect(page.getByTestId("thresholds-in-use")).toHaveText(
      "当前使用：低于 90％ 为存在风险，低于 70％ 为偏离目标。",
    );
    await expectNoAxeViolations(page, "the Data page with the thresholds in Chinese");
  });
});
