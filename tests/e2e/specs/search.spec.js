// Global search: the header's button, `/` and Ctrl+K open a modal dialog with a combobox and a
// listbox of hits grouped by kind; arrows choose, Enter opens the hit on its page, Escape
// closes and gives focus back. In English and on the Chinese example.
import { test, expect, expectNoAxeViolations } from "../support/app.js";

// The objective page's folds stay as a person finds them: a hit inside one must open it.
test.use({ fullExample: true, foldsOpen: false });

const dialog = (page) => page.getByRole("dialog");
const combobox = (page) => dialog(page).getByRole("combobox");
const options = (page) => dialog(page).getByRole("option");

/** Loads the example from the overview (in the language of the test's locale). */
async function withExample(app, page, loadLabel, count) {
  await app.open("#/");
  await page.getByRole("button", { name: loadLabel }).first().click();
  await expect(page.getByTestId("count-Strategic")).toHaveText(count);
  await expect.poll(() => app.storedText()).not.toBeNull();
}

async function storedId(app, find) {
  const envelope = await app.storedEnvelope();
  return find(envelope.workspace);
}

test.describe("search in English", () => {
  test("/ opens the search; arrows and Enter open a KPI on its objective's page", async ({ app, page }) => {
    await withExample(app, page, "Load the example", "3 objectives");
    await page.locator("main h1").click();
    await page.keyboard.press("/");
    await expect(dialog(page)).toBeVisible();
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type("mean time to restore");
    await expect(options(page)).toHaveCount(1);
    await expect(dialog(page).getByRole("group", { name: "KPIs" })).toBeVisible();
    await expect(combobox(page)).toHaveAttribute("aria-expanded", "true");
    await expect(combobox(page)).not.toHaveAttribute("aria-activedescendant", /./);
    await page.keyboard.press("ArrowDown");
    const active = await combobox(page).getAttribute("aria-activedescendant");
    await expect(page.locator(`#${active}`)).toHaveAttribute("aria-selected", "true");
    await expect(page.locator(`#${active}`)).toContainText("T2 Improve service availability");
    await page.keyboard.press("Enter");
    await expect(dialog(page)).toBeHidden();
    await expect(app.heading).toHaveText(/^T2 /);
    const kpiId = await storedId(app, (w) =>
      w.objectives.find((o) => o.code === "T2").kpis.find((k) => k.name.startsWith("Mean time to restore")).id,
    );
    await expect(page.locator(`#kpi-${kpiId}-name`)).toBeFocused();
  });

  test("Ctrl+K opens the search; an exact code comes first and Enter opens it", async ({ app, page }) => {
    await withExample(app, page, "Load the example", "3 objectives");
    await app.open("#/register");
    await page.keyboard.press("Control+k");
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type("t1");
    await expect(options(page).first()).toContainText("T1 Raise customer satisfaction");
    // Up from nothing chooses the last hit, Down from the last wraps to the first.
    await page.keyboard.press("ArrowUp");
    await expect(options(page).last()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(app.heading).toHaveText("T1 Raise customer satisfaction");
  });

  test("policy statements, requirements and communications open their pages", async ({ app, page }) => {
    await withExample(app, page, "Load the example", "3 objectives");

    await page.keyboard.press("Control+k");
    await page.keyboard.type("P3");
    await expect(dialog(page).getByRole("group", { name: "Policy statements" })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(app.heading).toHaveText("Organisation and policy");
    const policyId = await storedId(app, (w) => w.policy.find((p) => p.reference === "P3").id);
    await expect(page.locator(`#policy-${policyId}-text`)).toBeFocused();

    await page.keyboard.press("Control+k");
    await page.keyboard.type("SLA-B");
    await expect(dialog(page).getByRole("group", { name: "Requirements" })).toBeVisible();
    await page.keyboard.press("Enter");
    const requirementId = await storedId(app, (w) => w.requirements.find((r) => r.reference === "SLA-B").id);
    await expect(page.locator(`#requirement-${requirementId}-title`)).toBeFocused();

    await page.keyboard.press("Control+k");
    await page.keyboard.type("town hall");
    const hit = options(page).first();
    await expect(dialog(page).getByRole("group", { name: "Communications" })).toBeVisible();
    await expect(hit).toContainText("Channel: Town hall meeting");
    await hit.click();
    const recordId = await storedId(app, (w) => w.communications.find((c) => c.channel === "Town hall meeting").id);
    await expect(page).toHaveURL(new RegExp(`#/communications/${recordId}$`));
  });

  test("Escape closes the search and gives focus back to the Search button", async ({ app, page }) => {
    await withExample(app, page, "Load the example", "3 objectives");
    const button = page.getByRole("banner").getByRole("button", { name: "Search", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type("customer");
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("a query that matches nothing says so", async ({ app, page }) => {
    await withExample(app, page, "Load the example", "3 objectives");
    await page.keyboard.press("Control+k");
    await page.keyboard.type("zzqx");
    await expect(page.getByTestId("search-status")).toHaveText("Nothing matches “zzqx”.");
    await expect(options(page)).toHaveCount(0);
    await expect(combobox(page)).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("Enter");
    await expect(dialog(page)).toBeVisible();
    await expectNoAxeViolations(page, "search with no results");
  });

  test("/ typed in a text field stays a character", async ({ app, page }) => {
    await withExample(app, page, "Load the example", "3 objectives");
    await app.open("#/register");
    const filter = page.getByRole("main").getByRole("searchbox").first();
    await filter.click();
    await page.keyboard.type("a/b");
    await expect(filter).toHaveValue("a/b");
    await expect(dialog(page)).toBeHidden();
  });

  test("/ opens the search from a checkbox, but neither / nor Ctrl+K opens it over another dialog", async ({
    app,
    page,
  }) => {
    await withExample(app, page, "Load the example", "3 objectives");
    await app.open("#/checklist");
    const onlyGaps = page.getByRole("checkbox", { name: "Show only objectives with gaps" });
    await onlyGaps.focus();
    await page.keyboard.press("/");
    await expect(dialog(page)).toBeVisible();
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();

    await app.open("#/data");
    await page.getByRole("button", { name: "Empty the workspace…" }).click();
    const confirm = page.getByRole("dialog", { name: "Empty the workspace?" });
    await expect(confirm).toBeVisible();
    await page.keyboard.press("/");
    await page.keyboard.press("ControlOrMeta+k");
    await expect(page.getByRole("dialog")).toHaveCount(1);
    await expect(confirm).toBeVisible();
    // Undo is not taken behind the dialog either: the example stays whole.
    await page.keyboard.press("ControlOrMeta+z");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await app.open("#/");
    await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
  });

  test("the open search with results passes axe", async ({ app, page }) => {
    await withExample(app, page, "Load the example", "3 objectives");
    await page.keyboard.press("Control+k");
    await page.keyboard.type("service");
    await expect(page.getByTestId("search-status")).toHaveText(/results\./);
    await page.keyboard.press("ArrowDown");
    await expectNoAxeViolations(page, "search with results");
  });
});

test.describe("search in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a Chinese query finds KPIs and objectives in the Chinese example", async ({ app, page }) => {
    await withExample(app, page, "载入示例", "3 个目标");
    await page.getByRole("banner").getByRole("button", { name: "搜索", exact: true }).click();
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type("客户满意度");
    await expect(dialog(page).getByRole("group", { name: "KPI" })).toBeVisible();
    await expect(dialog(page).getByRole("group", { name: "目标" })).toContainText("T1 提升客户满意度");
    await expect(page.getByTestId("search-status")).toHaveText(/^共 \d+ 条结果。$/);
    await expectNoAxeViolations(page, "search in Chinese");
    await page.keyboard.press("Enter");
    await expect(dialog(page)).toBeHidden();
    await expect(app.heading).toHaveText(/^S3 /);
    await expect(page.locator(":focus")).toHaveValue("客户满意度");
  });
});
