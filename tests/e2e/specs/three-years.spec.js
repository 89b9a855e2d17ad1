// Three years of a team's work (issue 12): 300 objectives with 3 KPIs each, measured weekly for
// 156 weeks (140,400 measurements). The app stores it within the quota, exports it, and another
// browser profile imports that export again and stores the same workspace.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, App, downloadText, WORKSPACE_KEY } from "../support/app.js";
import { encodeStored, packStored, threeYearsWorkspace } from "../bench/workspace.mjs";

const THREE_YEARS = { objectives: 300, kpis: 3, weeks: 156 };
const MEASUREMENTS = THREE_YEARS.objectives * THREE_YEARS.kpis * THREE_YEARS.weeks;
const QUOTA_UTF16_UNITS = 5 * 1024 * 1024;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

function appVersion() {
  const cargo = readFileSync(join(repoRoot, "Cargo.toml"), "utf8");
  const match = cargo.match(/\[package\][^[]*?\nversion\s*=\s*"([^"]+)"/);
  return match ? match[1] : "0.1.0";
}

function measurementCount(workspace) {
  return workspace.objectives.reduce(
    (sum, objective) => sum + (objective.kpis ?? []).reduce((n, kpi) => n + (kpi.measurements ?? []).length, 0),
    0,
  );
}

test("a three-year workspace fits, is exported, and the export imports again into an empty profile", async ({
  app,
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const workspace = threeYearsWorkspace(THREE_YEARS);
  expect(measurementCount(workspace)).toBe(MEASUREMENTS);

  // The stored form of an earlier build, written before the app starts; the app reads it.
  await app.open("#/");
  await page.evaluate(
    ({ key, text }) => window.localStorage.setItem(key, text),
    { key: WORKSPACE_KEY, text: packStored(encodeStored(workspace, { appVersion: appVersion() })) },
  );
  await app.open("#/register");
  await app.reload();
  await expect(app.registerCount).toContainText("300");

  // The Data page's export holds every measurement.
  await app.open("#/data");
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.getByRole("main").getByRole("button", { name: "Export the whole workspace (JSON)", exact: true }).click(),
  ]);
  const name = download.suggestedFilename();
  const text = await downloadText(download);
  const exported = JSON.parse(text);
  expect(exported.workspace.objectives).toHaveLength(THREE_YEARS.objectives);
  expect(measurementCount(exported.workspace)).toBe(MEASUREMENTS);

  // An empty browser profile imports it, replaces its empty workspace and stores all of it.
  const context = await browser.newContext();
  try {
    const other = new App(await context.newPage());
    await other.open("#/data");
    expect(await other.storedText()).toBeNull();
    await other.page.getByLabel("Choose a JSON file to import").setInputFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text, "utf8"),
    }, { timeout: 120_000 });
    await expect(other.heading).toHaveText("Import preview", { timeout: 120_000 });
    await expect(other.page.getByTestId("import-problem")).toHaveCount(0);
    await other.page.getByRole("button", { name: "Replace with this file" }).click();
    await expect(other.heading).toHaveText("Objectives register", { timeout: 120_000 });
    await expect(other.saveStatus).toContainText("Saved in this browser at", { timeout: 120_000 });
    await expect(other.registerCount).toContainText("300");

    const raw = await other.storedRaw();
    expect(WORKSPACE_KEY.length + raw.length).toBeLessThan(QUOTA_UTF16_UNITS * 0.6);
    const stored = await other.storedEnvelope();
    expect(measurementCount(stored.workspace)).toBe(MEASUREMENTS);
    expect(stored.workspace).toEqual(exported.workspace);

    // And it is still all there after a reload.
    await other.reload();
    await expect(other.registerCount).toContainText("300");
    await expect(other.saveStatus).not.toContainText("Not saved");
  } finally {
    await context.close();
  }
});
