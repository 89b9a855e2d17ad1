// Navigation and layout at a laptop's, a wide screen's and a phone's size, in both languages:
// no view is wider than the window; the header is one row with Search in it; the header's
// "More" menu and the phone's "Menu" follow the WAI-ARIA disclosure navigation pattern by
// keyboard; on a phone the
// register shows cards, the tree's selected item carries its actions and the wizard's
// Back/Next stay in reach.
import { test, expect, expectNoAxeViolations, bareExample } from "../support/app.js";

// `menu`: the navigation is behind the "Menu" button (below 1240 px).
const SIZES = [
  { name: "laptop", viewport: { width: 1366, height: 900 }, menu: false, headerMax: 72 },
  { name: "wide screen", viewport: { width: 1920, height: 1080 }, menu: false, headerMax: 72 },
  { name: "tablet", viewport: { width: 1024, height: 768 }, menu: true, headerMax: 64 },
  { name: "phone", viewport: { width: 390, height: 844 }, menu: true, headerMax: 64 },
];

const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    loadExample: "Load the example",
    loaded: "The example organisation was loaded.",
    nav: "Main",
    more: "More",
    menu: "Menu",
    search: "Search",
    overview: "Overview",
    checklist: "Checklist",
    data: "Data",
    dataHeading: "Your data",
    policy: "Policy",
    policyHeading: "Organisation and policy",
    register: "Register",
    registerHeading: "Objectives register",
    moreHoldsData: "More (current page: Data)",
    actions: "Actions for the selected objective",
    open: "Open",
    next: "Next",
    stepOf: "Step 1 of 8",
    active: "Active",
    navCount: 14,
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    loadExample: "载入示例",
    loaded: "已载入示例组织。",
    nav: "主导航",
    more: "更多",
    menu: "菜单",
    search: "搜索",
    overview: "概览",
    checklist: "检查表",
    data: "数据",
    dataHeading: "您的数据",
    policy: "方针",
    policyHeading: null,
    register: "目标登记册",
    registerHeading: "目标登记册",
    moreHoldsData: "更多 （当前页面：数据）",
    actions: "所选目标的操作",
    open: "打开",
    next: "下一步",
    stepOf: "第 1 步，共 8 步",
    active: null,
    navCount: 14,
  },
];

/** Loads the example from the overview in the interface's language. */
async function loadExample(app, page, ui) {
  await app.open("#/");
  await page.getByRole("button", { name: ui.loadExample }).first().click();
  await expect(app.notice).toContainText(ui.loaded);
  await expect.poll(() => app.storedText()).not.toBeNull();
}

/** Every view of the app (src/app/route.rs), with the example's records where one is needed. */
async function everyRoute(app) {
  const { workspace } = await app.storedEnvelope();
  const objective = workspace.objectives.find((o) => o.reviews?.length > 0) ?? workspace.objectives[0];
  const review = objective.reviews?.[0]?.id;
  const communication = workspace.communications?.[0]?.id;
  const id = objective.id;
  return [
    "#/",
    "#/register",
    "#/tree",
    `#/objectives/${id}`,
    "#/objectives/new",
    `#/objectives/new?parent=${id}`,
    `#/objectives/${id}/check-in`,
    `#/objectives/${id}/review`,
    `#/objectives/${id}/history`,
    ...(review ? [`#/objectives/${id}/reviews/${review}`] : []),
    "#/checklist",
    "#/report",
    "#/policy",
    "#/requirements",
    "#/data",
    "#/sync",
    "#/import",
    "#/communications",
    "#/communications/new",
    ...(communication ? [`#/communications/${communication}`] : []),
    "#/workspaces",
    "#/assess",
    "#/assess/new",
    "#/clause",
    "#/training",
    "#/training/worksheet",
    "#/training/answer-key",
    "#/compare",
    "#/class",
    `#/plan?objective=${id}`,
    "#/establish",
    "#/not-found",
  ];
}

/** How much wider than the window the page is, and the header's height. */
function measure(page) {
  return page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    header: document.querySelector("header.app-header").getBoundingClientRect().height,
  }));
}

for (const size of SIZES) {
  for (const ui of LANGUAGES) {
    test.describe(`layout on a ${size.name} in ${ui.name}`, () => {
      test.use({ locale: ui.locale, viewport: size.viewport });

      test("no view is wider than the window, and the header stays one row", async ({ app, page }) => {
        test.setTimeout(180_000);
        await loadExample(app, page, ui);
        const problems = [];
        for (const hash of await everyRoute(app)) {
          await app.open(hash);
          const { overflow, header } = await measure(page);
          if (overflow > 0) problems.push(`${hash} is ${overflow}px wider than the window`);
          if (header > size.headerMax) problems.push(`${hash}: the header is ${header}px tall`);
        }
        expect(problems).toEqual([]);
        // Search stays in the row at every size (on narrow screens as its magnifier alone).
        await expect(page.getByRole("banner").getByRole("button", { name: ui.search, exact: true })).toBeVisible();
        if (!size.menu) {
          // The main links and "More" sit side by side on one line.
          const tops = await app
            .nav(ui.nav)
            .locator(".app-nav__main a, #app-nav-more-button")
            .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
          expect(new Set(tops).size, `tops ${tops}`).toBe(1);
        }
      });
    });
  }
}

for (const ui of LANGUAGES) {
  test.describe(`the header's "More" menu in ${ui.name}`, () => {
    test.use({ locale: ui.locale, viewport: { width: 1366, height: 900 } });

    test("opens and closes by keyboard and shows where the current page is", async ({ app, page }) => {
      await app.open("#/data");
      const nav = app.nav(ui.nav);
      const more = nav.getByRole("button", { name: new RegExp(`^${ui.more}`) });
      const list = page.locator("#app-nav-more");
      const data = nav.getByRole("link", { name: ui.data, exact: true });
      // The page on screen is inside "More": the button says so, to the eye and in its name.
      await expect(more).toHaveAttribute("aria-expanded", "false");
      await expect(more).toHaveAttribute("aria-controls", "app-nav-more");
      await expect(more).toHaveAccessibleName(ui.moreHoldsData);
      await expect(more).toHaveClass(/app-nav__more-button--current/);
      await expect(list).toBeHidden();

      // Tab order: the last main link, then "More".
      await nav.getByRole("link", { name: ui.checklist, exact: true }).focus();
      await page.keyboard.press("Tab");
      await expect(more).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(more).toHaveAttribute("aria-expanded", "true");
      await expect(list).toBeVisible();
      await expect(data).toHaveAttribute("aria-current", "page");
      await expectNoAxeViolations(page, `the header's "More" menu open (${ui.name})`);

      // Tab goes into the list; Escape closes it and puts focus back on the button.
      await page.keyboard.press("Tab");
      await expect(list.getByRole("link").first()).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(more).toHaveAttribute("aria-expanded", "false");
      await expect(list).toBeHidden();
      await expect(more).toBeFocused();

      // Space opens it too; tabbing past the last link closes it.
      await page.keyboard.press(" ");
      await expect(more).toHaveAttribute("aria-expanded", "true");
      const links = await list.getByRole("link").count();
      for (let i = 0; i < links; i += 1) await page.keyboard.press("Tab");
      await expect(list.getByRole("link").last()).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(more).toHaveAttribute("aria-expanded", "false");
      await expect(list).toBeHidden();

      // Following a link closes the menu; a main link's page does not mark "More".
      await more.click();
      await list.getByRole("link", { name: ui.policy, exact: true }).click();
      if (ui.policyHeading) await expect(app.heading).toHaveText(ui.policyHeading);
      await expect(more).toHaveAttribute("aria-expanded", "false");
      await expect(more).toHaveClass(/app-nav__more-button--current/);
      await nav.getByRole("link", { name: ui.register, exact: true }).click();
      await expect(app.heading).toHaveText(ui.registerHeading);
      await expect(more).toHaveAccessibleName(ui.more);
      await expect(more).not.toHaveClass(/app-nav__more-button--current/);
      await expect(nav.getByRole("link", { name: ui.register, exact: true })).toHaveAttribute("aria-current", "page");
    });
  });

  test.describe(`on a phone in ${ui.name}`, () => {
    test.use({ locale: ui.locale, viewport: { width: 390, height: 844 } });

    test("one Menu button holds the whole navigation and opens and closes by keyboard", async ({ app, page }) => {
      await app.open("#/data");
      const header = page.locator("header.app-header");
      expect((await header.boundingBox()).height).toBeLessThanOrEqual(64);
      const menu = header.getByRole("button", { name: ui.menu, exact: true });
      const nav = app.nav(ui.nav);
      // The button shows its ☰ alone: the word is hidden from sight only, so it still names it.
      const word = menu.locator(".app-header__menu-text");
      await expect(word).toHaveText(ui.menu);
      expect((await word.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toHaveAttribute("aria-controls", "app-menu");
      await expect(nav).toBeHidden();
      // Undo and redo stay in the row, named by their words.
      await expect(header.getByRole("button", { name: /^(Undo|撤销)$/ })).toBeVisible();

      await menu.focus();
      await page.keyboard.press("Enter");
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      // Every link is listed (no second disclosure), the current one marked.
      await expect(nav.getByRole("link")).toHaveCount(ui.navCount);
      await expect(nav.getByRole("button")).toHaveCount(0);
      await expect(nav.getByRole("link", { name: ui.data, exact: true })).toHaveAttribute("aria-current", "page");
      await expectNoAxeViolations(page, `the phone's menu open (${ui.name})`);
      // Tab goes from the button into the menu.
      await page.keyboard.press("Tab");
      await expect(nav.getByRole("link", { name: ui.overview, exact: true })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();
      await expect(nav).toBeHidden();

      await page.keyboard.press(" ");
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      await nav.getByRole("link", { name: ui.register, exact: true }).click();
      await expect(app.heading).toHaveText(ui.registerHeading);
      await expect(menu).toHaveAttribute("aria-expanded", "false");
    });

    test("the register shows each objective as a card, still windowed", async ({ app, page }) => {
      await loadExample(app, page, ui);
      await app.open("#/register");
      const cards = page.locator("table.register tbody tr[data-row]");
      await expect(cards).toHaveCount(9);
      const first = cards.first();
      const { workspace } = await app.storedEnvelope();
      const s1 = workspace.objectives.find((o) => o.code === "S1");
      await expect(first.locator(".col-title")).toBeVisible();
      await expect(first.locator(".col-title")).toContainText(s1.title);
      await expect(first.locator(".col-status")).toBeVisible();
      if (ui.active) await expect(first.locator(".col-status")).toContainText(ui.active);
      await expect(first.locator(".col-owner")).toContainText(s1.owner);
      await expect(first.locator(".col-progress")).toBeVisible();
      // A card is as wide as the list, and every card is equally tall (the window of rendered
      // rows depends on it).
      const boxes = await cards.evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect()));
      expect(new Set(boxes.map((b) => Math.round(b.height))).size).toBe(1);
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(390);
      // The first card starts on the first screen.
      expect(boxes[0].top).toBeLessThan(844);
      // The sort buttons take one line, and the column chooser (a choice for the table, not
      // for the cards) is not offered.
      const sortTops = await page
        .locator("table.register thead th")
        .evaluateAll((cells) =>
          cells.filter((cell) => cell.getBoundingClientRect().width > 0).map((cell) => Math.round(cell.getBoundingClientRect().top)),
        );
      expect(sortTops.length).toBeGreaterThan(3);
      expect(new Set(sortTops).size).toBe(1);
      await expect(page.getByTestId("column-chooser")).toBeHidden();
      // Still a table of rows and cells for assistive technology.
      await expect(page.getByRole("table").getByRole("row")).toHaveCount(10);
      await expectNoAxeViolations(page, `the register's cards (${ui.name})`);
    });

    test("the tree's selected item carries its actions, usable by keyboard", async ({ app, page }) => {
      await loadExample(app, page, ui);
      await app.open("#/tree");
      await expect(app.tree.getByRole("treeitem")).toHaveCount(9);
      await app.treeItem("S1").click();
      await expect(app.treeItem("S1")).toBeFocused();
      await page.keyboard.press("ArrowDown");
      const t1 = app.treeItem("T1");
      await expect(t1).toBeFocused();
      const actions = page.getByRole("region", { name: ui.actions });
      // The actions sit right under the selected item, outside the tree's own elements.
      const item = await t1.boundingBox();
      const bar = await actions.boundingBox();
      expect(Math.abs(bar.y - (item.y + item.height))).toBeLessThanOrEqual(2);
      expect(bar.x + bar.width).toBeLessThanOrEqual(390);
      await expect(app.tree.getByRole("region")).toHaveCount(0);
      await expectNoAxeViolations(page, `the tree with its item actions (${ui.name})`);
      // Tab goes from the item to its first action; Enter opens the objective.
      await page.keyboard.press("Tab");
      const open = actions.getByRole("button", { name: ui.open, exact: true });
      await expect(open).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(app.heading).toContainText("T1");
    });

    test("the wizard's Next is in reach and its steps fold into one line", async ({ app, page }) => {
      await app.open("#/establish");
      const next = page.getByRole("button", { name: ui.next, exact: true });
      await expect(next).toBeInViewport();
      const steps = page.locator(".wizard-steps-fold");
      await expect(steps.locator("summary")).toHaveText(ui.stepOf);
      await expect(page.locator(".wizard-steps ol")).toBeHidden();
      await steps.locator("summary").click();
      await expect(page.locator(".wizard-steps ol")).toBeVisible();
      // Next stays in reach while the step scrolls.
      await page.mouse.wheel(0, 600);
      await expect(next).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  });
}

test.describe("the register's rows on a laptop", () => {
  test.use({ locale: "en-GB", viewport: { width: 1366, height: 900 } });

  test("a long owner or function is cut at two lines: every row keeps its height, the whole name stays the cell's text", async ({ app, page }) => {
    const owner = "Maximiliana Konstantinopoulou-Vandersteenhoven, head of service continuity and availability";
    const fn = "Executive management, corporate governance and the board's risk committee";
    // The example with S1's owner and a function's name made long.
    await page.context().route(/\/examples\/managed-services\.[A-Za-z-]+\.json$/, async (route) => {
      try {
        const response = await route.fetch();
        const file = JSON.parse(JSON.stringify(bareExample(await response.json())).replaceAll('"Executive management"', JSON.stringify(fn)));
        file.workspace.objectives.find((o) => o.code === "S1").owner = owner;
        await route.fulfill({ response, json: file });
      } catch {
        // The test ended while the file was on its way (the service worker precaches it).
      }
    });
    await app.loadExample();
    await app.open("#/register");
    const rows = page.locator("table.register tbody tr[data-row]");
    await expect(rows).toHaveCount(9);
    // Every row is as tall as `--register-row-height` (3.5rem), which the window of rendered
    // rows counts on: a long owner, or "No measurements" (now "No data yet") in the trend column, took three
    // lines (63 px).
    const { heights, rowHeight } = await rows.evaluateAll((all) => ({
      heights: all.map((row) => row.getBoundingClientRect().height),
      rowHeight: 3.5 * parseFloat(getComputedStyle(document.documentElement).fontSize),
    }));
    for (const height of heights) expect(height).toBeLessThanOrEqual(rowHeight + 1);
    // Cut on screen, whole for assistive technology and as the tooltip.
    const ownerCell = await app.registerCell("S1", "Owner");
    await expect(ownerCell).toHaveText(owner);
    await expect(page.getByRole("cell", { name: owner, exact: true })).toHaveCount(1);
    await expect(ownerCell.locator("[title]")).toHaveAttribute("title", owner);
    const functionCell = await app.registerCell("S1", "Function or unit");
    await expect(functionCell).toHaveText(fn);
    await expect(functionCell.locator("[title]")).toHaveAttribute("title", fn);
    const lines = await ownerCell.locator("[title]").evaluate((span) => {
      const style = getComputedStyle(span);
      return Math.round(span.getBoundingClientRect().height / parseFloat(style.lineHeight));
    });
    expect(lines).toBeLessThanOrEqual(2);
  });
});

test.describe("the wizard's step list follows the window's width", () => {
  test.use({ locale: "en-GB", viewport: { width: 1024, height: 768 } });

  test("turning a tablet folds the step list, turning it back opens it again", async ({ app, page }) => {
    await app.open("#/establish");
    const summary = page.locator(".wizard-steps-fold summary");
    const list = page.locator(".wizard-steps ol");
    await expect(list).toBeVisible();
    await expect(summary).toBeHidden();
    // Turned upright: narrower than 50rem, the list folds into "Step 1 of 8".
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(summary).toHaveText("Step 1 of 8");
    await expect(list).toBeHidden();
    // Opened by the user, it stays open while the width stays a phone's.
    await summary.click();
    await expect(list).toBeVisible();
    await page.setViewportSize({ width: 700, height: 1024 });
    await expect(list).toBeVisible();
    await summary.click();
    await expect(list).toBeHidden();
    // Turned back: wide again, where the fold has no summary to open it by, the list is open.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(summary).toBeHidden();
    await expect(list).toBeVisible();
  });

  test("at exactly 50rem (800 px) the list is folded, where the CSS shows the fold's summary", async ({ app, page }) => {
    await page.setViewportSize({ width: 800, height: 1024 });
    await app.open("#/establish");
    const summary = page.locator(".wizard-steps-fold summary");
    const list = page.locator(".wizard-steps ol");
    await expect(summary).toHaveText("Step 1 of 8");
    await expect(list).toBeHidden();
    // One pixel wider the list is beside the step, open; at 800 px again it folds.
    await page.setViewportSize({ width: 801, height: 1024 });
    await expect(summary).toBeHidden();
    await expect(list).toBeVisible();
    await page.setViewportSize({ width: 800, height: 1024 });
    await expect(summary).toBeVisible();
    await expect(list).toBeHidden();
  });
});
