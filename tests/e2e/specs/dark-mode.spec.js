// Dark mode: with the browser preferring dark colours every view (each route of
// src/app/route.rs with the example loaded), the dialogs it opens (deleting and moving an
// objective, deleting a workspace…), a measurement being edited and the import preview of a chosen
// file pass axe-core, colour contrast included, in English and Chinese. The header's Colours choice (System, Light, Dark)
// overrides the preference and survives a reload; paper stays light.
import { test, expect, expectNoAxeViolations, downloadText } from "../support/app.js";

test.use({ fullExample: true });

const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    loadExample: "Load the example",
    threeObjectives: "3 objectives",
    deleteButton: "Delete…",
    moveTo: "Move to…",
    treeActions: "Actions for the selected objective",
    emptyWorkspace: "Empty the workspace…",
    search: "Search",
    saveAssessment: "Save the assessment",
    exportJson: "Export the whole workspace (JSON)",
    chooseFile: "Choose a JSON file to import",
    importPreview: "Import preview",
    deleteWorkspace: /^Delete \S/,
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    loadExample: "载入示例",
    threeObjectives: "3 个目标",
    deleteButton: "删除…",
    moveTo: "移动到…",
    treeActions: "所选目标的操作",
    emptyWorkspace: "清空工作区…",
    search: "搜索",
    saveAssessment: "保存评估",
    exportJson: "导出整个工作区（JSON）",
    chooseFile: "选择要导入的 JSON 文件",
    importPreview: "导入预览",
    deleteWorkspace: /^删除 \S/,
  },
];

/** The page's background colour as [r, g, b]; a transparent one (no style sheet) as null. */
async function background(page) {
  const text = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  return /^rgb\(/.test(text) ? text.match(/\d+/g).map(Number) : null;
}

/** Relative luminance (WCAG) of [r, g, b]. */
function luminance([r, g, b]) {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

async function expectDark(page) {
  await expect.poll(async () => background(page)).not.toBeNull();
  await expect.poll(async () => luminance(await background(page))).toBeLessThan(0.05);
}

async function expectLight(page) {
  await expect.poll(async () => background(page)).not.toBeNull();
  await expect.poll(async () => luminance(await background(page))).toBeGreaterThan(0.9);
}

const colours = (page) => page.getByRole("banner").getByRole("combobox", { name: /Colours|配色/ });

// The wizards' steps (route.rs, establish_slug and plan_slug).
const ESTABLISH_STEPS = ["place", "policy", "measurable", "requirements", "monitoring", "communication", "updating", "review"];
const PLAN_STEPS = ["actions", "resources", "responsible", "dates", "evaluation", "review"];

/** Every view and dialog, each checked by axe; the report lists all that failed. `exported`
 * is the workspace's JSON export, chosen on the Data page for the import preview. */
function views(ui, exported) {
  const dialogOpen = async (page) => {
    await expect(page.getByRole("dialog")).toBeVisible();
    // The tree's "Move to…" may still be fetching its controls: check the dialog once built.
    await expect(page.getByRole("dialog")).not.toHaveAttribute("aria-busy", "true");
  };
  return [
    ["#/", null],
    ["#/", async (page) => {
      await page.getByRole("main").getByRole("button", { name: ui.loadExample }).first().click();
      await dialogOpen(page);
    }],
    ["#/register", null],
    ["#/tree", null],
    ["#/tree", async (page) => {
      await page.getByRole("treeitem", { name: /^O1 / }).click();
      await page.getByRole("region", { name: ui.treeActions }).getByRole("button", { name: ui.moveTo }).click();
      await dialogOpen(page);
    }],
    ["objective", null],
    ["objective", async (page) => {
      await page.getByRole("button", { name: ui.deleteButton }).click();
      await dialogOpen(page);
    }],
    ["objective", async (page) => {
      await page.getByRole("main").getByRole("button", { name: ui.moveTo }).first().click();
      await dialogOpen(page);
    }],
    ["#/objectives/new?level=tactical", null],
    ["#/establish", null],
    ...ESTABLISH_STEPS.map((step) => [`establish-${step}`, null]),
    ["plan", null],
    ...PLAN_STEPS.map((step) => [`plan-${step}`, null]),
    ["check-in", null],
    // A measurement being edited, in its KPI on the objective's page.
    ["objective", async (page) => {
      await page.locator(".measurements__actions button").first().click();
      await expect(page.locator(".measurements").getByRole("form").first()).toBeVisible();
    }],
    ["review", null],
    ["edit-review", null],
    ["history", null],
    ["#/policy", null],
    ["#/requirements", null],
    ["#/checklist", null],
    ["#/report", null],
    ["#/communications", null],
    ["#/communications/new", null],
    ["edit-communication", null],
    ["#/data", null],
    ["#/data", async (page) => {
      await page.getByRole("button", { name: ui.emptyWorkspace }).click();
      await dialogOpen(page);
    }],
    ["#/import", null],
    ["#/sync", null],
    ["#/workspaces", null],
    ["#/workspaces", async (page) => {
      await page.getByRole("main").getByRole("button", { name: ui.deleteWorkspace }).first().click();
      await dialogOpen(page);
    }],
    ["#/assess", null],
    ["#/assess/new", null],
    // A saved self-assessment: its result page, then the history with the trend.
    ["#/assess/new", async (page) => {
      await page.locator("#assess-policy-level-partly").check();
      await page.getByRole("button", { name: ui.saveAssessment }).click();
      await expect(page.getByTestId("assess-result")).toBeVisible();
    }],
    ["#/assess", null],
    ["#/clause", null],
    ["#/training", null],
    ["#/training/worksheet", null],
    ["#/training/answer-key", null],
    ["#/compare", null],
    ["#/class", null],
    ["#/no-such-page", null],
    // A file waiting to be imported: the preview with its choices.
    ["#/data", async (page) => {
      await page.getByLabel(ui.chooseFile).setInputFiles({
        name: "sixtwo-export.json",
        mimeType: "application/json",
        buffer: Buffer.from(exported, "utf8"),
      });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.importPreview);
    }],
    ["#/", async (page) => {
      await page.getByRole("banner").getByRole("button", { name: ui.search, exact: true }).click();
      await page.keyboard.type("T1");
      await expect(page.getByRole("dialog").getByRole("option").first()).toBeVisible();
      await page.keyboard.press("ArrowDown");
    }],
  ];
}

for (const ui of LANGUAGES) {
  test.describe(`dark mode in ${ui.name}`, () => {
    test.use({ locale: ui.locale });

    test("every view and dialog passes axe, colour contrast included", async ({ app, page }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme: "dark" });
      await app.open("#/");
      await page.getByRole("button", { name: ui.loadExample }).first().click();
      await expect(page.getByTestId("count-Strategic")).toHaveText(ui.threeObjectives);
      await expect.poll(() => app.storedText()).not.toBeNull();
      await expectDark(page);
      const workspace = (await app.storedEnvelope()).workspace;
      const t1 = workspace.objectives.find((o) => o.code === "T1");
      const addresses = {
        objective: `#/objectives/${t1.id}`,
        plan: `#/plan?objective=${t1.id}`,
        "check-in": `#/objectives/${t1.id}/check-in`,
        review: `#/objectives/${t1.id}/review`,
        "edit-review": `#/objectives/${t1.id}/reviews/${t1.reviews[0].id}`,
        history: `#/objectives/${t1.id}/history`,
        "edit-communication": `#/communications/${workspace.communications[0].id}`,
      };
      for (const step of ESTABLISH_STEPS) {
        addresses[`establish-${step}`] = `#/establish?objective=${t1.id}&step=${step}`;
      }
      for (const step of PLAN_STEPS) {
        addresses[`plan-${step}`] = `#/plan?objective=${t1.id}&step=${step}`;
      }
      await app.open("#/data");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("main").getByRole("button", { name: ui.exportJson, exact: true }).click(),
      ]);
      const exported = await downloadText(download);
      const failures = [];
      for (const [where, open] of views(ui, exported)) {
        const address = addresses[where] ?? where;
        await app.open(address);
        if (open) await open(page);
        const label = `${address}${open ? " after its action" : ""} (${ui.name}, dark)`;
        try {
          await expectNoAxeViolations(page, label);
        } catch (error) {
          failures.push(error.message);
        }
        // Close whatever dialog is open before the next view.
        if (open) await page.keyboard.press("Escape");
      }
      expect(failures, failures.join("\n\n")).toEqual([]);
    });
  });
}

test.describe("the colour choice", () => {
  test("Light and Dark override the preference, persist across a reload, and System follows it", async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await app.open("#/");
    await expectDark(page);
    await expect(colours(page)).toHaveValue("system");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "system");

    await colours(page).selectOption("light");
    await expectLight(page);
    await app.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(colours(page)).toHaveValue("light");
    await expectLight(page);

    await page.emulateMedia({ colorScheme: "light" });
    await colours(page).selectOption("dark");
    await expectDark(page);
    await app.reload();
    await expect(colours(page)).toHaveValue("dark");
    await expectDark(page);
    await expectNoAxeViolations(page, "overview, Dark chosen under a light preference");

    await colours(page).selectOption("system");
    await expectLight(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectDark(page);
    await app.reload();
    await expect(colours(page)).toHaveValue("system");
    await expectDark(page);
  });

  test("printing stays light under a dark preference and with Dark chosen", async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await app.open("#/");
    await colours(page).selectOption("dark");
    await expectDark(page);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await expectLight(page);
    const text = await page.evaluate(() => getComputedStyle(document.querySelector("main h1")).color);
    expect(luminance(text.match(/\d+/g).slice(0, 3).map(Number))).toBeLessThan(0.05);
  });
});
