// The example organisation as a first-time user meets it: offered with what comes from the
// source guide and what is illustrative, fetched when asked for and brought to today, opening
// with charts, progress in every state and a realistic score; a clear message when its file
// cannot be fetched; loadable offline once the app has been opened online; axe finds nothing.
import { test, expect, App, expectNoAxeViolations, setLanguage } from "../support/app.js";
import { deploySite, specPort } from "../support/static-server.js";

// These specs are about the example itself, with its six months of history.
test.use({ fullExample: true });

const PROVENANCE = /From the source guide .* Illustrative, made up for SixTwo/;

/** Clicks "Load the example" on the overview and waits until it is loaded. */
async function loadExample(app) {
  await app.page.getByRole("button", { name: "Load the example" }).first().click();
  await expect(app.notice).toContainText("The example organisation was loaded.");
  await expect(app.page.getByTestId("count-Strategic")).toHaveText("3 objectives");
}

test("the example is offered with its provenance and opens with charts, every progress state and a realistic score", async ({
  app,
  page,
}) => {
  await app.open("#/");
  // Offered with what it is and what in it comes from the source guide.
  const start = page.getByRole("region", { name: "Start here" }).or(page.locator(".panel--start"));
  await expect(start.getByText("Example IT Services Ltd.")).toBeVisible();
  await expect(start.getByText(PROVENANCE)).toBeVisible();
  await expectNoAxeViolations(page, "the overview offering the example");

  await loadExample(app);
  // The note after loading repeats the provenance and names the deliberate gaps.
  const note = page.getByTestId("example-note");
  await expect(note.getByRole("heading", { name: "About this example" })).toBeVisible();
  await expect(note.getByText(PROVENANCE)).toBeVisible();
  await expect(note.getByText(/O2's root-cause analysis action has no resources/)).toBeVisible();
  await expectNoAxeViolations(page, "the overview with the example and its note");

  // Progress in every state, from six months of measurements ending today.
  await app.go("Register", "Objectives register");
  await expect(await app.registerCell("T2", "Progress")).toContainText("Off track");
  await expect(await app.registerCell("O2", "Progress")).toContainText("At risk");
  await expect(await app.registerCell("O1", "Progress")).toContainText("On track");

  // T2's page charts each KPI, the latest measurement dated today.
  await app.registerRow("T2").getByRole("link", { name: "T2", exact: true }).click();
  await expect(app.heading).toHaveText("T2 Improve service availability");
  const chart = page.getByRole("img", { name: "Trend of Mean time to restore service (MTTR)" });
  await expect(chart).toBeVisible();
  await expect(chart.locator(".trend__point")).toHaveCount(6);
  await expectNoAxeViolations(page, "an example objective with its charts");

  // A realistic score: most required items met, the deliberate gaps partly met.
  await app.go("Checklist", "Clause 6.2 checklist");
  await expect(page.getByTestId("checklist-overall").getByTestId("score-text")).toHaveText(
    "104 of 108 required items met (96 %); 4 partly met.",
  );

  // Hiding the note keeps the example.
  await app.open("#/");
  await note.getByRole("button", { name: "Hide this note" }).click();
  await expect(note).toHaveCount(0);
  await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
});

test("in Chinese the example and its notes are Chinese, and axe finds nothing", async ({ app, page }) => {
  await app.open("#/");
  await setLanguage(page, "简体中文");
  await expect(page.getByText("示例信息技术服务有限公司").first()).toBeVisible();
  await expect(page.getByText(/来自源指南/).first()).toBeVisible();
  await page.getByRole("button", { name: "载入示例" }).first().click();
  await expect(page.getByTestId("example-note").getByRole("heading", { name: "关于此示例" })).toBeVisible();
  await expect(page.getByTestId("example-note").getByText(/O2 的根本原因分析措施没有资源/)).toBeVisible();
  await expectNoAxeViolations(page, "the overview with the example in Chinese");
});

test.describe("without a service worker to answer from its cache", () => {
  test.use({ serviceWorkers: "block" });

  test("an example file that cannot be fetched is explained and changes nothing", async ({ app, page }) => {
    await page.route(/\/examples\/managed-services\.[A-Za-z-]+\.json$/, (route) => route.abort("internetdisconnected"));
    await app.open("#/");
    await page.getByRole("button", { name: "Load the example" }).first().click();
    const problem = page.getByTestId("example-problem").first();
    await expect(problem).toContainText("examples/managed-services.en.json could not be fetched");
    await expect(problem).toContainText("connect and try again");
    await expect(page.getByRole("button", { name: "Load the example" }).first()).toBeVisible();
    expect(await app.storedText()).toBeNull();
    await expectNoAxeViolations(page, "the overview with an example that could not be fetched");
  });
});

test("after one visit the example loads without a network", async ({ page, context }) => {
  const site = await deploySite(specPort(7));
  try {
    const app = new App(page);
    await app.openControlled(`${site.server.url}#/`);
    await context.setOffline(true);
    await site.server.close();
    await app.reload();
    await loadExample(app);
    await expect(page.getByTestId("example-note")).toBeVisible();
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});
