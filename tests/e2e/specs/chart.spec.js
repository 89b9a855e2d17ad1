// KPI trend charts and sparklines: a workspace with measurements shows, on the objective's
// page, a chart per KPI (a named image with a visible summary and a data table, or a note when
// there is nothing to draw), and a sparkline with its text in the register and the tree; axe
// finds nothing in English or Chinese.
import { test, expect, expectNoAxeViolations, WORKSPACE_KEY, setLanguage } from "../support/app.js";

/** Measurements added to the example: O1's first KPI (minutes, lower is better, 15 → 5). */
const FIRST_RESPONSE = [
  { id: "0b7c1e64-3f0a-4c5e-9a51-1d2e3f405161", date: "2026-03-02", value: 8, note: "New triage rota" },
  { id: "0b7c1e64-3f0a-4c5e-9a51-1d2e3f405162", date: "2026-01-05", value: 15 },
  { id: "0b7c1e64-3f0a-4c5e-9a51-1d2e3f405163", date: "2026-02-02", value: 11 },
];
/** O2's first KPI (per cent, higher is better, 75 → 90): one measurement. */
const FIRST_TIME_FIX = [{ id: "0b7c1e64-3f0a-4c5e-9a51-1d2e3f405164", date: "2026-02-27", value: 78 }];

const SUMMARY =
  "3 measurements from 2026-01-05 to 2026-03-02: improving, from 15 minutes to 8 minutes. " +
  "Target ≤ 5 minutes not met: 3 minutes to go.";

/**
 * Loads the example, adds measurements to the stored workspace (as a check-in would have
 * recorded them) and reloads, so the app reads them from storage. Returns the objectives' ids.
 */
async function exampleWithMeasurements(app) {
  await app.loadExample();
  await app.waitForSaved();
  const envelope = await app.storedEnvelope();
  const byCode = (code) => envelope.workspace.objectives.find((o) => o.code === code);
  byCode("O1").kpis[0].measurements = FIRST_RESPONSE;
  byCode("O2").kpis[0].measurements = FIRST_TIME_FIX;
  await app.page.evaluate(({ key, text }) => window.localStorage.setItem(key, text), {
    key: WORKSPACE_KEY,
    text: JSON.stringify(envelope),
  });
  await app.reload();
  return { o1: byCode("O1").id, o2: byCode("O2").id };
}

test.describe("KPI trend charts and sparklines", () => {
  test("the objective page charts each KPI with a summary and a data table", async ({ app, page }) => {
    const { o1 } = await exampleWithMeasurements(app);
    await app.open(`#/objectives/${o1}`);
    await expect(app.heading).toHaveText("O1 Shorten service response time");

    const chart = page.getByRole("figure").filter({ has: page.getByRole("img", { name: "Trend of First response time" }) });
    await expect(chart).toHaveCount(1);
    const image = chart.getByRole("img", { name: "Trend of First response time" });
    await expect(image).toBeVisible();
    // The image is described by the summary everyone can read below it.
    await expect(image).toHaveAccessibleDescription(SUMMARY);
    await expect(chart.getByTestId("trend-summary")).toHaveText(SUMMARY);
    // Values, target and dates are drawn: one marker per measurement, a labelled target line.
    await expect(image.locator(".trend__point")).toHaveCount(3);
    await expect(image.locator("text", { hasText: "Target ≤ 5 minutes" })).toHaveCount(1);
    await expect(image.locator("text", { hasText: "2026-01-05" })).toHaveCount(1);

    // The data table opens from its disclosure, in date order, with the note.
    const table = chart.getByRole("table", { name: "Measurements of First response time" });
    await expect(table).toBeHidden();
    await chart.getByText("Data table", { exact: true }).click();
    await expect(table).toBeVisible();
    await expect(table.getByRole("columnheader")).toHaveText(["Date", "Value", "Note"]);
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1).getByRole("cell")).toHaveText(["2026-01-05", "15 minutes", ""]);
    await expect(rows.nth(3).getByRole("cell")).toHaveText(["2026-03-02", "8 minutes", "New triage rota"]);

    // The second KPI has no measurements: a note, not an empty chart.
    const second = page.getByTestId("kpi").nth(1);
    await expect(second.getByTestId("trend-empty")).toHaveText("No measurements yet.");
    await expect(second.getByRole("img")).toHaveCount(0);
    await expectNoAxeViolations(page, "an objective with a trend chart (English)");

    await setLanguage(page, "简体中文");
    const chinese = page.getByRole("img", { name: "First response time的趋势" });
    await expect(chinese).toBeVisible();
    await expect(chinese).toHaveAccessibleDescription(
      "2026-01-05 至 2026-03-02 共 3 次测量：从 15 minutes 到 8 minutes，正在改善。" +
        "未达到目标 ≤ 5 minutes：还差 3 minutes。",
    );
    await expect(page.getByTestId("kpi").nth(1).getByTestId("trend-empty")).toHaveText("尚无测量值。");
    await page.getByText("数据表", { exact: true }).first().click();
    await expect(page.getByRole("table", { name: "First response time的测量值" })).toBeVisible();
    await expectNoAxeViolations(page, "an objective with a trend chart (Chinese)");
  });

  test("the register and the tree show a sparkline with its text", async ({ app, page }) => {
    await exampleWithMeasurements(app);
    await app.go("Register", "Objectives register");

    const o1Trend = await app.registerCell("O1", "Trend");
    const spark = o1Trend.getByTestId("sparkline");
    await expect(spark).toHaveCount(1);
    // The drawing is hidden from assistive technology; the text beside it says the same.
    await expect(spark.locator("svg")).toHaveAttribute("aria-hidden", "true");
    await expect(spark).toHaveText("First response time: improving, latest 8 minutes");
    await expect(await app.registerCell("O2", "Trend")).toHaveText(
      "First-time fix rate: one measurement, 78 %",
    );
    await expect(await app.registerCell("S1", "Trend")).toHaveText("No data yet");
    await expect(app.register.getByTestId("sparkline")).toHaveCount(2);
    await expectNoAxeViolations(page, "the register with sparklines (English)");

    await app.go("Level tree", "Tree of objective levels");
    await expect(app.tree.getByRole("treeitem")).toHaveCount(9);
    await expect(app.treeItem("O1").getByTestId("sparkline")).toHaveCount(1);
    await expect(app.treeItem("O1")).toHaveAccessibleName(
      /First response time: improving, latest 8 minutes/,
    );
    await expect(app.treeItem("S1").getByTestId("sparkline")).toHaveCount(0);
    await expectNoAxeViolations(page, "the tree with sparklines (English)");

    await setLanguage(page, "简体中文");
    await expect(app.nav("主导航").getByRole("link", { name: "目标层级树" })).toBeVisible();
    await expect(app.tree.getByTestId("sparkline").first()).toHaveText(
      "First response time：正在改善，最新值 8 minutes",
    );
    await expectNoAxeViolations(page, "the tree with sparklines (Chinese)");
    await app.nav("主导航").getByRole("link", { name: "目标登记册", exact: true }).click();
    await expect(page.getByRole("columnheader", { name: "趋势" })).toBeVisible();
    await expect(page.getByTestId("sparkline").first()).toBeAttached();
    await expectNoAxeViolations(page, "the register with sparklines (Chinese)");
  });
});
