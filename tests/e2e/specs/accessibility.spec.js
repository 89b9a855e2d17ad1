// axe-core (WCAG 2.0/2.1 A and AA plus best practices) on every view, dialog and banner, in
// English and in Simplified Chinese. Each test prints every violation with its targets.
import {
  test,
  expect,
  expectNoAxeViolations,
  blockLocalStorage,
  fillQuotaAfter,
  WORKSPACE_KEY,
} from "../support/app.js";

// The few visible texts the set-up steps need, per language (src/i18n/catalogue.rs).
const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    tag: "en",
    loadExample: "Load the example",
    threeObjectives: "3 objectives",
    deleteButton: "Delete…",
    moveTo: "Move to…",
    treeActions: "Actions for the selected objective",
    startEmpty: "Start an empty workspace…",
    emptyWorkspace: "Empty the workspace…",
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    tag: "zh-Hans",
    loadExample: "载入示例",
    threeObjectives: "3 个目标",
    deleteButton: "删除…",
    moveTo: "移动到…",
    treeActions: "所选目标的操作",
    startEmpty: "新建空白工作区…",
    emptyWorkspace: "清空工作区…",
  },
];

/** Loads the example from the overview and waits until it is stored. */
async function withExample(app, page, ui) {
  await app.open("#/");
  await page.getByRole("button", { name: ui.loadExample }).first().click();
  await expect(page.getByTestId("count-Strategic")).toHaveText(ui.threeObjectives);
  await expect.poll(() => app.storedText()).not.toBeNull();
}

/** The id of the example objective with `code`, read from storage. */
async function objectiveId(app, code) {
  const envelope = await app.storedEnvelope();
  return envelope.workspace.objectives.find((o) => o.code === code).id;
}

/** Opens the page of `code` and waits for it. */
async function openObjective(app, page, code) {
  await app.open(`#/objectives/${await objectiveId(app, code)}`);
  await expect(app.heading).toHaveText(new RegExp(`^${code} `));
}

/** Waits for an open modal dialog. */
async function dialogOpen(page) {
  await expect(page.getByRole("dialog")).toBeVisible();
  // The tree's "Move to…" may still be fetching its controls: check the dialog once built.
  await expect(page.getByRole("dialog")).not.toHaveAttribute("aria-busy", "true");
}

const STORED_BROKEN = '{"format":"sixtwo-workspace",';

// Each view: how to reach it. `ui` holds the texts of the language under test.
const VIEWS = [
  {
    name: "overview, empty workspace",
    async show(app) {
      await app.open("#/");
    },
  },
  {
    name: "overview with the example",
    async show(app, page, ui) {
      await withExample(app, page, ui);
    },
  },
  {
    name: "overview with the load-example confirmation open",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await page.getByRole("main").getByRole("button", { name: ui.loadExample }).click();
      await dialogOpen(page);
    },
  },
  {
    name: "register, empty",
    async show(app) {
      await app.open("#/register");
    },
  },
  {
    name: "register with the example",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await app.open("#/register");
      await expect(app.page.getByRole("table").getByRole("row")).toHaveCount(10);
    },
  },
  {
    name: "tree with the example",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await app.open("#/tree");
      await expect(page.getByRole("treeitem")).toHaveCount(9);
      await page.getByRole("treeitem").nth(1).click();
    },
  },
  {
    name: "tree with an unaligned objective and a collapsed branch",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      // S2 is deleted with its children kept: T3 has no parent any more.
      await openObjective(app, page, "S2");
      await page.getByRole("button", { name: ui.deleteButton }).click();
      await dialogOpen(page);
      await page.getByRole("dialog").getByRole("button", { name: ui.deleteButton.replace("…", ""), exact: true }).click();
      await app.open("#/tree");
      // S1, T1, O1, S3, T2, O2, the "not aligned" group, T3, O3.
      await expect(page.getByRole("treeitem")).toHaveCount(9);
      await page.getByRole("treeitem").first().click();
      await page.keyboard.press("ArrowLeft");
      await expect(page.getByRole("treeitem")).toHaveCount(7);
    },
  },
  {
    name: "tree with “Move to…” open",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await app.open("#/tree");
      await page.getByRole("treeitem", { name: /^O1 / }).click();
      await page.getByRole("region", { name: ui.treeActions }).getByRole("button", { name: ui.moveTo }).click();
      await dialogOpen(page);
    },
  },
  {
    name: "empty tree",
    async show(app) {
      await app.open("#/tree");
    },
  },
  {
    name: "objective page",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await openObjective(app, page, "T1");
    },
  },
  {
    name: "objective page with a refused code",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await openObjective(app, page, "T1");
      const code = page.locator("#objective-code");
      await code.fill("S1");
      await expect(code).toHaveAttribute("aria-invalid", "true");
    },
  },
  {
    name: "objective page with the delete dialog open (children)",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await openObjective(app, page, "T1");
      await page.getByRole("button", { name: ui.deleteButton }).click();
      await dialogOpen(page);
      await expect(page.getByRole("dialog").getByRole("radio")).toHaveCount(2);
    },
  },
  {
    name: "objective page with “Move to…” open",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await openObjective(app, page, "T1");
      await page.getByRole("main").getByRole("button", { name: ui.moveTo }).first().click();
      await dialogOpen(page);
    },
  },
  {
    name: "objective that does not exist",
    async show(app) {
      await app.open("#/objectives/00000000-0000-4000-8000-000000000000");
    },
  },
  {
    name: "new objective",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await app.open("#/objectives/new?level=tactical");
    },
  },
  {
    name: "new objective, empty workspace",
    async show(app) {
      await app.open("#/objectives/new");
    },
  },
  {
    name: "policy",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await app.open("#/policy");
    },
  },
  {
    name: "policy, empty workspace",
    async show(app) {
      await app.open("#/policy");
    },
  },
  {
    name: "requirements",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await app.open("#/requirements");
    },
  },
  {
    name: "requirements, empty workspace",
    async show(app) {
      await app.open("#/requirements");
    },
  },
  {
    name: "data",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await app.open("#/data");
    },
  },
  {
    name: "data with the empty-workspace confirmation open",
    async show(app, page, ui) {
      await withExample(app, page, ui);
      await app.open("#/data");
      await page.getByRole("button", { name: ui.emptyWorkspace }).click();
      await dialogOpen(page);
    },
  },
  {
    name: "not found",
    async show(app) {
      await app.open("#/no-such-page");
    },
  },
  {
    name: "recovery screen",
    async show(app, page) {
      await app.open("#/");
      await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [WORKSPACE_KEY, STORED_BROKEN]);
      await app.reload();
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
    },
  },
  {
    name: "recovery screen with the confirmation open",
    async show(app, page, ui) {
      await app.open("#/");
      await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [WORKSPACE_KEY, STORED_BROKEN]);
      await app.reload();
      await page.getByRole("button", { name: ui.startEmpty }).click();
      await dialogOpen(page);
    },
  },
  {
    name: "memory-only banner",
    async show(app, page, ui) {
      await page.addInitScript(blockLocalStorage);
      await app.open("#/");
      await page.getByRole("button", { name: ui.loadExample }).first().click();
      await expect(page.getByRole("alert")).toHaveCount(1);
    },
  },
  {
    name: "storage-full banner",
    async show(app, page, ui) {
      await page.addInitScript(fillQuotaAfter, { key: WORKSPACE_KEY, allowed: 0 });
      await app.open("#/register");
      await app.open("#/");
      await page.getByRole("button", { name: ui.loadExample }).first().click();
      await expect(page.getByRole("alert")).toHaveCount(1);
    },
  },
];

for (const ui of LANGUAGES) {
  test.describe(`accessibility in ${ui.name}`, () => {
    test.use({ locale: ui.locale });

    for (const view of VIEWS) {
      test(`${view.name} has no axe violations`, async ({ app, page }) => {
        await view.show(app, page, ui);
        await expect(page.locator("html")).toHaveAttribute("lang", ui.tag);
        await expect(app.heading).toBeVisible();
        await expectNoAxeViolations(page, `${view.name} (${ui.name})`);
      });
    }
  });
}
