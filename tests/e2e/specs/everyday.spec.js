// Everyday use at a laptop's and a phone's size, in both languages: the register shows every
// column with its full header and readable titles and lets the user choose the table's columns; the
// checklist never makes the page scroll sideways and lists objectives by level, then code;
// notices leave on their own (not while hovered or focused) and on navigation, and never
// cover a control.
import { test, expect, PREFS_KEY } from "../support/app.js";

const SIZES = [
  { name: "desktop", viewport: { width: 1366, height: 900 }, desktop: true },
  { name: "phone", viewport: { width: 390, height: 844 }, desktop: false },
];

const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    loadExample: "Load the example",
    loaded: "The example organisation was loaded.",
    register: "Objectives register",
    close: "Close",
    checklist: "Clause 6.2 checklist",
    columns: "Columns",
    owner: "Owner",
    headers: [
      "Code",
      "Title",
      "Level",
      "Status",
      "Progress",
      "Function or unit",
      "Owner",
      "Parent",
      "KPIs",
      "Trend",
      "Clause 6.2 met",
    ],
    cardHeaders: ["Code", "Title", "Level", "Status", "Progress", "Owner"],
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    loadExample: "载入示例",
    loaded: "已载入示例组织。",
    register: "目标登记册",
    close: "关闭",
    checklist: "6.2 条款检查表",
    columns: "显示的列",
    owner: "负责人",
    headers: ["代码", "标题", "层级", "状态", "进展", "职能或部门", "负责人", "上级目标", "KPI", "趋势", "6.2 条款已满足"],
    cardHeaders: ["代码", "标题", "层级", "状态", "进展", "负责人"],
  },
];

/** Loads the example from the overview in the interface's language. */
async function loadExample(app, page, ui) {
  await app.open("#/");
  await page.getByRole("button", { name: ui.loadExample }).first().click();
  await expect(page.getByTestId("notice")).toContainText(ui.loaded);
}

/** How much wider than the window the page is (0 when it does not scroll sideways). */
function pageOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Each register header's text, width and whether its text is cut (wider or taller than shown). */
function headerBoxes(page) {
  return page.locator("table.register thead th").evaluateAll((cells) =>
    cells
      .filter((cell) => getComputedStyle(cell).display !== "none")
      .map((cell) => {
        const button = cell.querySelector("button") ?? cell;
        return {
          text: cell.innerText.replace(/[▲▼]/g, "").trim(),
          width: cell.getBoundingClientRect().width,
          cut: button.scrollWidth > button.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1,
        };
      }),
  );
}

for (const size of SIZES) {
  for (const ui of LANGUAGES) {
    test.describe(`everyday use on a ${size.name} in ${ui.name}`, () => {
      test.use({ locale: ui.locale, viewport: size.viewport });

      test("the register shows every column with its full header, and columns can be chosen (for the table, not the cards)", async ({ app, page }) => {
        await loadExample(app, page, ui);
        await app.open("#/register");
        await expect(app.heading).toHaveText(ui.register);
        await expect(page.locator("table.register tbody tr[data-row]")).toHaveCount(9);

        // A phone shows cards (layout.spec.js): its header row holds the sort buttons of what
        // a card shows.
        const shown = size.desktop ? ui.headers : ui.headers.filter((h) => ui.cardHeaders.includes(h));
        const headers = await headerBoxes(page);
        expect(headers.map((h) => h.text)).toEqual(shown);
        for (const header of headers) {
          if (size.desktop) expect(header.width, `width of "${header.text}"`).toBeGreaterThanOrEqual(50);
          expect(header.cut, `"${header.text}" is shown in full`).toBe(false);
        }
        if (size.desktop) {
          // The title takes the room left, at least 14rem.
          expect(headers[1].width).toBeGreaterThanOrEqual(224);
          // Every column fits the window: the table does not scroll sideways.
          const box = page.locator(".table-scroll");
          expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth)).toBeLessThanOrEqual(1);
          // Titles are not cut: each fits its (at most two) lines.
          const cut = await page
            .locator("table.register td.col-title .cell-clamp")
            .evaluateAll((spans) => spans.filter((s) => s.scrollHeight > s.clientHeight + 1).map((s) => s.innerText));
          expect(cut).toEqual([]);
        }
        expect(await pageOverflow(page), "the page does not scroll sideways").toBeLessThanOrEqual(0);

        if (!size.desktop) {
          // A card always shows the same fields: no column chooser beside the cards.
          await expect(page.getByText(ui.columns, { exact: true })).toBeHidden();
          return;
        }
        // The column chooser: a disclosure of labelled checkboxes, remembered across reloads.
        await page.getByText(ui.columns, { exact: true }).click();
        const owner = page.getByRole("checkbox", { name: ui.owner, exact: true });
        await expect(owner).toBeChecked();
        await owner.uncheck();
        await expect(page.getByRole("columnheader", { name: ui.owner })).toHaveCount(0);
        await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PREFS_KEY)).toContain("owner");
        await app.reload();
        await expect(page.locator("table.register tbody tr[data-row]")).toHaveCount(9);
        expect((await headerBoxes(page)).map((h) => h.text)).toEqual(shown.filter((h) => h !== ui.owner));
        await page.getByText(ui.columns, { exact: true }).click();
        await page.getByRole("checkbox", { name: ui.owner, exact: true }).check();
        await expect(page.getByRole("columnheader", { name: ui.owner })).toHaveCount(1);
      });

      test("the checklist never widens the page and lists objectives by level, then code", async ({ app, page }) => {
        await loadExample(app, page, ui);
        await app.open("#/checklist");
        await expect(app.heading).toHaveText(ui.checklist);
        await expect(page.locator("table.matrix").getByRole("rowheader").getByRole("link")).toHaveText([
          "S1", "S2", "S3", "T1", "T2", "T3", "O1", "O2", "O3",
        ]);
        expect(await pageOverflow(page), "the page does not scroll sideways").toBeLessThanOrEqual(0);
      });

      test("a notice leaves after a while, stays while hovered or focused, and covers no control", async ({ app, page }) => {
        await app.open("#/");
        // The page's clock stands still until the test moves it.
        await page.clock.install();
        await page.clock.pauseAt(new Date(Date.now() + 1_000));
        await page.getByRole("button", { name: ui.loadExample }).first().click();
        const notice = page.locator(".notice");
        await expect(notice).toContainText(ui.loaded);

        // Nothing the user can operate lies under the notice.
        const covered = await notice.evaluate((box) => {
          const area = box.getBoundingClientRect();
          return [...document.querySelectorAll("a, button, input, select, textarea, summary, [tabindex]")]
            .filter((control) => !box.contains(control))
            .filter((control) => {
              const r = control.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && r.left < area.right && r.right > area.left && r.top < area.bottom && r.bottom > area.top;
            })
            .map((control) => control.outerHTML.slice(0, 80));
        });
        expect(covered).toEqual([]);

        // Hovered, it stays; focused, it stays; left alone, it goes.
        await notice.hover();
        await page.clock.runFor(60_000);
        await expect(notice).toBeVisible();
        await notice.getByRole("button", { name: ui.close }).focus();
        await page.mouse.move(1, size.viewport.height - 1);
        await page.clock.runFor(60_000);
        await expect(notice).toBeVisible();
        await page.locator("main h1").click();
        // The example's notice offers Undo: it stays 30 seconds.
        await page.clock.runFor(29_000);
        await expect(notice).toBeVisible();
        await page.clock.runFor(2_000);
        await expect(notice).toHaveCount(0);
      });

      test("a notice closes when the user goes to another view", async ({ app, page }) => {
        await loadExample(app, page, ui);
        await app.open("#/register");
        await expect(app.heading).toHaveText(ui.register);
        await expect(page.locator(".notice")).toHaveCount(0);
      });

      test("dates in the KPI table stay on one line", async ({ app, page }) => {
        await loadExample(app, page, ui);
        await app.open("#/register");
        await page.getByRole("link", { name: "O1", exact: true }).click();
        const dates = page.locator(".progress-table .date-text");
        await expect(dates.first()).toBeVisible();
        const broken = await dates.evaluateAll((spans) =>
          spans.filter((span) => span.getClientRects().length !== 1).map((span) => span.textContent),
        );
        expect(broken).toEqual([]);
      });
    });
  }
}
