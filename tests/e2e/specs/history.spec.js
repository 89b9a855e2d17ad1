// The revision log (clause 6.2.1 f): a changed target becomes a revision with its old and new
// values; the reason and approver are recorded on the objective's page; the history lists
// the revisions, shows the difference between any two, and reverts one as a new revision, or
// says why it cannot. Checked with axe-core in English and Chinese.
import { test, expect, expectNoAxeViolations, setLanguage } from "../support/app.js";

const O1_TITLE = "Shorten service response time";
const TARGET_FIELD = "KPI 'First response time': Target";

/** The stored objective with `code`. */
async function stored(app, code) {
  const envelope = await app.storedEnvelope();
  return envelope.workspace.objectives.find((o) => o.code === code);
}

/** Opens the detail view of the example's O1. */
async function openO1(app, page) {
  await app.go("Register", "Objectives register");
  await app.register.getByRole("link", { name: "O1", exact: true }).click();
  await expect(app.heading).toHaveText(`O1 ${O1_TITLE}`);
  return page.getByRole("group", { name: "KPI 1: First response time" });
}

/** The rows of a table as arrays of cell texts (header cells included). */
async function rows(table) {
  return table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent.replace(/\s+/g, " ").trim())),
  );
}

test.describe("revision log", () => {
  test("a changed target is recorded with its reason, compared, reverted and kept after a reload", async ({
    app,
    page,
  }) => {
    await app.loadExample();
    const kpi = await openO1(app, page);
    const panel = page.getByTestId("open-revision");
    await expect(panel).toHaveCount(0);

    // Changing the target opens revision 2, listed with its old and new value.
    const target = kpi.getByRole("textbox", { name: "Target", exact: true });
    await expect(target).toHaveValue("5");
    await target.fill("4");
    await expect(panel.getByRole("heading", { name: "Changes not yet recorded in the revision log" })).toBeVisible();
    const pending = panel.getByRole("table", { name: "Changes in revision 2" });
    await expect.poll(() => rows(pending)).toEqual([[TARGET_FIELD, "5", "4"]]);

    // Recording without a reason is refused next to the reason, which gets focus.
    const reason = panel.getByRole("combobox", { name: /^Reason/ });
    await panel.getByRole("button", { name: /^Record revision/ }).click();
    await expect(panel.getByText("Choose why the objective was changed.")).toBeVisible();
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page, "the objective with a revision not yet recorded");

    await reason.selectOption({ label: "Contract change" });
    await panel.getByRole("textbox", { name: /^Note/ }).fill("New SLA with the customer from April");
    await panel.getByRole("combobox", { name: /^Approved by/ }).fill("Li Na");
    await panel.getByRole("button", { name: /^Record revision/ }).click();
    await expect(app.notice).toContainText("Recorded revision 2 of O1.");
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Revision history" })).toBeFocused();

    // The history lists both revisions and compares them.
    await page.getByRole("link", { name: "Revision history" }).click();
    await expect(app.heading).toHaveText(`Revision history of O1 ${O1_TITLE}`);
    const log = page.getByRole("table", { name: "Revision log" });
    await expect.poll(async () => (await rows(log)).map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ["1", "Created", "", "", "0"],
      ["2", "Contract change", "New SLA with the customer from April", "Li Na", "1"],
    ]);
    const compare = page.getByTestId("compare");
    await expect(compare.getByRole("combobox", { name: "From revision" })).toHaveValue("1");
    await expect(compare.getByRole("combobox", { name: "To revision" })).toHaveValue("2");
    const difference = compare.getByRole("table", { name: "Changes from revision 1 to revision 2" });
    await expect.poll(() => rows(difference)).toEqual([[TARGET_FIELD, "5", "4"]]);
    await expectNoAxeViolations(page, "the revision history");

    // Reverting revision 2 shows what it will change, then records revision 3.
    await log.getByRole("button", { name: "Revert revision 2" }).click();
    const revert = page.getByTestId("revert-panel");
    await expect(revert.getByRole("heading", { name: "Revert revision 2" })).toBeFocused();
    await expect.poll(() => rows(revert.getByRole("table", { name: "What the revert changes" }))).toEqual([
      [TARGET_FIELD, "4", "5"],
    ]);
    await revert.getByRole("combobox", { name: "Approved by" }).fill("Wang Fang");
    await expectNoAxeViolations(page, "the revert of a revision");
    await revert.getByRole("button", { name: "Record the revert" }).click();
    await expect(app.notice).toContainText("Reverted revision 2; the revert is revision 3.");
    await expect(revert).toHaveCount(0);
    await expect.poll(async () => (await rows(log)).map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ["1", "Created", "", "", "0"],
      ["2", "Contract change", "New SLA with the customer from April", "Li Na", "1"],
      ["3", "Reverted to an earlier version", "Reverts revision 2.", "Wang Fang", "1"],
    ]);
    await expect.poll(() => rows(compare.getByRole("table", { name: "Changes from revision 2 to revision 3" }))).toEqual([
      [TARGET_FIELD, "4", "5"],
    ]);
    // Any two revisions: 1 and 3 hold the same target.
    await compare.getByRole("combobox", { name: "From revision" }).selectOption("1");
    await expect(compare.getByText("No field differs between revision 1 and revision 3.")).toBeVisible();

    // The old target is back on the objective, and everything survives a reload.
    await page.getByRole("link", { name: "Back to the objective" }).click();
    await expect(kpi.getByRole("textbox", { name: "Target", exact: true })).toHaveValue("5");
    await app.waitForSaved();
    const saved = await stored(app, "O1");
    expect(saved.revisions.map((r) => [r.number, r.reason ?? "created", r.approvedBy ?? ""])).toEqual([
      [1, "created", ""],
      [2, "contract-change", "Li Na"],
      [3, "revert", "Wang Fang"],
    ]);
    expect(saved.revisions[1].changes).toEqual([
      { field: `kpis[${saved.kpis[0].id}].target`, old: "5.0", new: "4.0" },
    ]);
    await app.reload();
    await page.getByRole("link", { name: "Revision history" }).click();
    await expect.poll(async () => (await rows(log)).map((r) => r[0])).toEqual(["1", "2", "3"]);
  });

  test("a revision whose KPI was removed since cannot be reverted, and says why", async ({ app, page }) => {
    await app.loadExample();
    const kpi = await openO1(app, page);
    const panel = page.getByTestId("open-revision");
    const record = async (reasonLabel) => {
      await panel.getByRole("combobox", { name: /^Reason/ }).selectOption({ label: reasonLabel });
      await panel.getByRole("button", { name: /^Record revision/ }).click();
      await expect(panel).toHaveCount(0);
    };
    await kpi.getByRole("textbox", { name: "Target", exact: true }).fill("4");
    await record("Correction");
    await kpi.getByRole("button", { name: /^Remove KPI/ }).click();
    await expect(panel.getByRole("table", { name: "Changes in revision 3" })).toContainText(
      "KPI 'First response time'",
    );
    // "Other" needs a note saying what it is.
    await panel.getByRole("combobox", { name: /^Reason/ }).selectOption({ label: "Other reason" });
    await panel.getByRole("button", { name: /^Record revision/ }).click();
    await expect(panel.getByRole("textbox", { name: /^Note/ })).toBeFocused();
    await expect(panel.getByText("Say in the note what the other reason is.")).toBeVisible();
    await panel.getByRole("textbox", { name: /^Note/ }).fill("Measured by the customer now");
    await panel.getByRole("button", { name: /^Record revision/ }).click();
    await expect(panel).toHaveCount(0);

    await page.getByRole("link", { name: "Revision history" }).click();
    await page.getByRole("table", { name: "Revision log" }).getByRole("button", { name: "Revert revision 2" }).click();
    const revert = page.getByTestId("revert-panel");
    await expect(revert.getByRole("alert")).toHaveText(
      "Revision 2 cannot be reverted. KPI 'First response time': Target belongs to a KPI or action removed since: add it again first, or change the fields by hand.",
    );
    await expect(revert.getByRole("button", { name: "Record the revert" })).toHaveCount(0);
    await revert.getByRole("button", { name: "Close" }).click();
    await expect(revert).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Revision log" })).toBeFocused();
  });

  test("the history and the open revision pass axe-core in Chinese", async ({ app, page }) => {
    await app.loadExample();
    const kpi = await openO1(app, page);
    await kpi.getByRole("textbox", { name: "Target", exact: true }).fill("4");
    await setLanguage(page, "简体中文");
    const panel = page.getByTestId("open-revision");
    await expect(panel.getByRole("heading", { name: "尚未记入修订记录的更改" })).toBeVisible();
    // The example's own texts stay in the language it was loaded in; the labels follow the switch.
    await expect.poll(() => rows(panel.getByRole("table"))).toEqual([["KPI“First response time”：目标值", "5", "4"]]);
    await expectNoAxeViolations(page, "the objective with a revision not yet recorded, in Chinese");

    await panel.getByRole("combobox", { name: /^原因/ }).selectOption({ label: "合同变更" });
    await panel.getByRole("button", { name: /^记录修订/ }).click();
    await expect(panel).toHaveCount(0);
    await page.getByRole("link", { name: "修订历史" }).click();
    await expect(app.heading).toHaveText(`O1 ${O1_TITLE} 的修订历史`);
    const log = page.getByRole("table", { name: "修订记录" });
    await expect.poll(async () => (await rows(log)).map((r) => [r[0], r[2]])).toEqual([
      ["1", "新建"],
      ["2", "合同变更"],
    ]);
    await log.getByRole("button", { name: "还原 第 2 版" }).click();
    await expect(page.getByRole("heading", { name: "还原第 2 版" })).toBeFocused();
    await expectNoAxeViolations(page, "the revision history, in Chinese");
    await setLanguage(page, "English");
    await expect(app.heading).toHaveText(`Revision history of O1 ${O1_TITLE}`);
  });
});
