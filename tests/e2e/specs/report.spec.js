// The printable clause 6.2 evidence pack: its sections by clause on screen, what print media
// hides, and the PDF Chromium makes of it (A4, several pages, the headings, the organisation and
// the objectives in its text, table headers repeated), in English and Chinese, with axe-core;
// and, for a workspace with every kind of record, the PDF on A4 and on US Letter in both
// languages: measurements, review findings, revisions (old → new, reason, approver),
// approvals, corrective actions, evaluation results, page numbers and the contents' links.
import { test, expect, expectNoAxeViolations, WORKSPACE_KEY } from "../support/app.js";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readFileSync } from "node:fs";

/** The texts of each language that the tests look for. */
const LANGUAGES = [
  {
    name: "English",
    locale: "en-GB",
    loadExample: "Load the example",
    loaded: "The example organisation was loaded.",
    navLink: "Evidence pack",
    title: "Clause 6.2 evidence pack",
    organisation: "Example IT Services Ltd.",
    sections: [
      "Document control",
      "Contents",
      "Service management policy",
      "Applicable requirements",
      "6.2.1 Service management objectives",
      "Objectives in detail",
      "Measurements",
      "Review records",
      "Communication log",
      "Revisions",
      "6.2.2 Planning to achieve the objectives",
      "Resources per objective",
      "Approvals",
      "Off-track objectives and corrective actions",
      "Conformity summary",
    ],
    subsections: [
      "Objectives register",
      "6.2.1 a) Consistent with the policy",
      "6.2.1 b) Measurable",
      "6.2.1 c) Applicable requirements",
      "6.2.1 d) Monitored",
      "6.2.1 e) Communicated",
      "6.2.1 f) Updated as appropriate",
      "6.2.1 Documented information",
      "Action plans (6.2.2 a–d)",
      "Evaluation of results (6.2.2 e)",
      "6.2.2 a) What will be done",
      "6.2.2 b) Resources",
      "6.2.2 c) Who is responsible",
      "6.2.2 d) When it will be completed",
      "6.2.2 e) How results are evaluated",
      "The register as a whole",
      "Overdue measurements",
    ],
    levels: ["Strategic objectives (3)", "Tactical objectives (3)", "Operational objectives (3)"],
    evidenceColumn: "Recorded evidence",
    print: "Print or save as PDF",
    skipLink: "Skip to main content",
    saved: "Saved in this browser",
    navOnly: "Level tree",
    nav: "Main",
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    loadExample: "载入示例",
    loaded: "已载入示例组织。",
    navLink: "证据包",
    title: "6.2 条款证据包",
    organisation: "示例信息技术服务有限公司",
    sections: [
      "文件控制",
      "目录",
      "服务管理方针",
      "适用要求",
      "6.2.1 服务管理目标",
      "目标详情",
      "测量记录",
      "评审记录",
      "沟通记录",
      "修订记录",
      "6.2.2 目标实现的策划",
      "各目标所需资源",
      "批准记录",
      "状态为“偏离目标”的目标及纠正措施",
      "符合性汇总",
    ],
    subsections: [
      "目标登记册",
      "6.2.1 a) 与方针保持一致",
      "6.2.1 b) 可测量",
      "6.2.1 f) 适时更新",
      "行动计划（6.2.2 a–d）",
      "结果评价（6.2.2 e）",
      "6.2.2 e) 如何评价结果",
      "登记册整体情况",
      "逾期未测量",
    ],
    levels: ["战略性目标（3 个）", "战术性目标（3 个）", "运行性目标（3 个）"],
    evidenceColumn: "记录的证据",
    print: "打印或另存为 PDF",
    skipLink: "跳到主要内容",
    saved: "保存在本浏览器中",
    navOnly: "目标层级树",
    nav: "主导航",
  },
];

/**
 * Text as a PDF reader sees it. For a glyph that a font shares between a Kangxi radical and an
 * ideograph (Noto Sans CJK, the Chinese font on Linux, shares ⽂ U+2F42 and 文 U+6587), the
 * text Chromium writes into the PDF carries the radical's code point; NFKC maps Kangxi radicals
 * back to the ideographs. Applied to the PDF's text and to every text looked for in it.
 */
function readable(text) {
  return text.normalize("NFKC");
}

/** Every page of a PDF: its size in millimetres and its text (`readable`), lines joined by newlines. */
async function pdfPages(buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, verbosity: 0 })
    .promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const [left, bottom, right, top] = page.view;
    const millimetres = (points) => Math.round((points * 25.4) / 72);
    pages.push({
      size: [millimetres(right - left), millimetres(top - bottom)],
      text: readable(content.items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join("")),
    });
  }
  await pdf.destroy();
  return pages;
}

/** How many times `needle` occurs in `text`. */
function occurrences(text, needle) {
  return text.split(needle).length - 1;
}

/** Loads the example from the overview and opens the pack from the main navigation. */
async function openPackWithExample(app, page, ui) {
  await app.open("#/");
  await page.getByRole("button", { name: ui.loadExample }).first().click();
  if (ui.loaded) await expect(app.notice).toContainText(ui.loaded);
  await expect.poll(() => app.storedText()).not.toBeNull();
  await (await app.navLink(ui.navLink, ui.nav)).click();
  await expect(app.heading).toHaveText(ui.title);
  await expect(
    app.nav(ui.nav).getByRole("link", { name: ui.navLink, exact: true, includeHidden: true }),
  ).toHaveAttribute(
    "aria-current",
    "page",
  );
}

for (const ui of LANGUAGES) {
  test.describe(`evidence pack in ${ui.name}`, () => {
    test.use({ locale: ui.locale });

    test("is arranged by clause, prints without the frame and gives a PDF with the sections", async ({
      app,
      page,
    }) => {
      await openPackWithExample(app, page, ui);
      const report = page.getByTestId("report");

      // On screen: the sections in clause order, each item of 6.2.1 and 6.2.2, the levels.
      await expect(report.getByRole("heading", { level: 2 })).toHaveText(ui.sections);
      for (const name of ui.subsections) {
        await expect(report.getByRole("heading", { name, exact: true })).toHaveCount(1);
      }
      await expect(report.getByRole("heading", { level: 4 })).toHaveText(ui.levels);
      const control = page.getByRole("table", { name: ui.sections[0] });
      await expect(control).toContainText(ui.organisation);
      const strategic = page.getByRole("table", { name: ui.levels[0] });
      await expect(strategic.getByRole("rowheader")).toHaveText(["S1", "S2", "S3"]);
      const operational = page.getByRole("table", { name: ui.levels[2] });
      await expect(operational.getByRole("rowheader")).toHaveText(["O1", "O2", "O3"]);

      // Print media: no navigation, no buttons, no skip link or notices; the pack stays.
      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("navigation", { name: ui.nav })).toBeHidden();
      await expect(page.getByRole("button", { name: ui.print })).toBeHidden();
      await expect(page.locator("button:visible")).toHaveCount(0);
      await expect(page.locator(".skip-link")).toBeHidden();
      await expect(page.getByTestId("notice")).toBeHidden();
      await expect(page.getByTestId("drop-overlay")).toBeHidden();
      await expect(app.heading).toBeVisible();
      const layout = await page.evaluate(() => {
        const table = document.querySelector(".report-table--item");
        return {
          header: getComputedStyle(table.querySelector("thead")).display,
          row: getComputedStyle(table.querySelector("tbody tr")).breakInside,
        };
      });
      expect(layout).toEqual({ header: "table-header-group", row: "avoid" });
      // Back to no emulation: emulating "screen" would make page.pdf() print the screen styles.
      await page.emulateMedia({ media: null });

      // The PDF: A4, several pages, the headings, the organisation and the objectives; none of
      // the frame's controls.
      const pages = await pdfPages(await page.pdf({ format: "A4" }));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.every((p) => p.size[0] === 210 && p.size[1] === 297)).toBe(true);
      const text = pages.map((p) => p.text).join("\n");
      for (const heading of [ui.title, ...ui.sections, ...ui.subsections, ...ui.levels]) {
        expect(text, `the PDF has "${heading}"`).toContain(readable(heading));
      }
      expect(text).toContain(readable(ui.organisation));
      expect(text).toMatch(/\bS1\b/);
      expect(text).toMatch(/\bO3\b/);
      expect(text).not.toContain(readable(ui.print));
      expect(text).not.toContain(readable(ui.skipLink));
      expect(text).not.toContain(readable(ui.saved));
      expect(text).not.toContain(readable(ui.loaded));
      expect(text).not.toContain(readable(ui.navOnly));
      expect(pages[0].text).toContain(readable(ui.title));
      expect(pages[0].text).toContain(readable(ui.sections[0]));
      // Headers repeat on every page a table continues on: the evidence column is named more
      // often in the PDF than there are tables with that column.
      const tables = await report.getByRole("columnheader", { name: ui.evidenceColumn, exact: true }).count();
      expect(tables).toBe(7);
      expect(occurrences(text, readable(ui.evidenceColumn))).toBeGreaterThan(tables);
    });

    test("axe finds nothing on the pack, empty and with the example", async ({ app, page }) => {
      await app.open("#/report");
      await expect(app.heading).toHaveText(ui.title);
      await expectNoAxeViolations(page, `empty evidence pack (${ui.name})`);
      await openPackWithExample(app, page, ui);
      await expectNoAxeViolations(page, `evidence pack with the example (${ui.name})`);
    });
  });
}

test("the print button opens the browser's print dialog", async ({ app, page }) => {
  await app.loadExample();
  await app.go("Evidence pack", "Clause 6.2 evidence pack");
  await page.evaluate(() => {
    window.printCalls = 0;
    window.print = () => {
      window.printCalls += 1;
    };
  });
  await page.getByRole("button", { name: "Print or save as PDF" }).click();
  expect(await page.evaluate(() => window.printCalls)).toBe(1);
  await expect(page.getByText(/“Save as PDF”|"Save as PDF"/)).toBeVisible();
});

test("the document title names the organisation, so a saved PDF is named after it", async ({ app, page }) => {
  await app.loadExample();
  await app.go("Evidence pack", "Clause 6.2 evidence pack");
  await expect(page).toHaveTitle("Example IT Services Ltd. – Clause 6.2 evidence pack · SixTwo");
});

/**
 * The schema version 2 fixture (tests/fixtures): T1.2 "Cut MTTR" with a measurement, a review,
 * a revision of the MTTR target approved by the director, approvals of the objective, its plan
 * and the document, a corrective action with resources, an evaluation result and a
 * communication. The revision names the KPI by its id, as the app records it, and the
 * evaluation is dated before today.
 */
function recordsWorkspace() {
  const stored = JSON.parse(readFileSync(new URL("../../fixtures/schema-v2.json", import.meta.url), "utf8"));
  const mttr = stored.workspace.objectives.find((o) => o.code === "T1.2");
  mttr.revisions[0].changes[0].field = `kpis[${mttr.kpis[0].id}].target`;
  mttr.plan.evaluation.result.date = "2026-11-20";
  return JSON.stringify(stored);
}

/** Stores `text` as the workspace before the app first loads in this tab. */
async function seed(page, text) {
  await page.addInitScript(
    ({ key, text }) => {
      if (window.sessionStorage.getItem("report-seeded")) return;
      window.sessionStorage.setItem("report-seeded", "1");
      window.localStorage.setItem(key, text);
    },
    { key: WORKSPACE_KEY, text },
  );
}

/** How many links in a PDF lead to a place in the same document. */
async function internalLinks(buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, verbosity: 0 })
    .promise;
  let count = 0;
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const annotations = await (await pdf.getPage(number)).getAnnotations();
    count += annotations.filter((a) => a.subtype === "Link" && a.dest && !a.url).length;
  }
  await pdf.destroy();
  return count;
}

const PAPERS = [
  { format: "A4", size: [210, 297] },
  { format: "Letter", size: [216, 279] },
];

const RECORDS = [
  {
    name: "English",
    locale: "en-GB",
    title: "Clause 6.2 evidence pack",
    contents: "Contents",
    revisionsLink: "Revisions",
    expected: [
      "Measurements",
      "T1.2 Cut MTTR: MTTR",
      "Latest value: 31.5 minutes on 2026-10-31",
      "status: Off track",
      "Overdue measurements",
      "Review records",
      "Slow progress",
      "Change the plan",
      "KPI 'MTTR': Target: 20 → 15",
      "review decision",
      "Director",
      "Target tightened",
      "Objectives document: CEO, 2026-01-15",
      "Director, 2026-10-01",
      "Service manager, 2026-10-30",
      "Criteria met (2026-11-20); Under 15 minutes since April",
      "Write runbooks; Responsible: Lee; Due: 2027-02-28; In progress",
      "Its own KPIs are off track.",
      "20 days",
      "1 of 1 approved",
      "New MTTR target",
      "Required by clause 6.2",
    ],
  },
  {
    name: "Chinese",
    locale: "zh-CN",
    title: "6.2 条款证据包",
    contents: "目录",
    revisionsLink: "修订记录",
    expected: [
      "测量记录",
      "T1.2 Cut MTTR：MTTR",
      "最新值：31.5 minutes（2026-10-31）",
      "状态：偏离目标",
      "逾期未测量",
      "评审记录",
      "Slow progress",
      "KPI“MTTR”：目标值：20 → 15",
      "评审决定",
      "Target tightened",
      "目标文件：CEO，2026-01-15",
      "Director，2026-10-01",
      "Service manager，2026-10-30",
      "达到准则（2026-11-20）；Under 15 minutes since April",
      "自身 KPI 的进度偏离目标。",
      "20 days",
      "1 项中已批准 1 项",
      "New MTTR target",
      "第 6.2 条的要求",
    ],
  },
];

for (const ui of RECORDS) {
  test.describe(`evidence pack with records in ${ui.name}`, () => {
    test.use({ locale: ui.locale });

    for (const paper of PAPERS) {
      test(`prints the records and page numbers on ${paper.format} paper`, async ({ app, page }) => {
        await seed(page, recordsWorkspace());
        await app.open("#/report");
        await expect(app.heading).toHaveText(ui.title);
        const buffer = await page.pdf({ format: paper.format });
        const pages = await pdfPages(buffer);
        expect(pages.length).toBeGreaterThan(1);
        for (const p of pages) expect(p.size).toEqual(paper.size);
        // Whitespace as one space, so words a line break split still match.
        const flat = (text) => text.replace(/\s+/g, " ");
        const text = flat(pages.map((p) => p.text).join("\n"));
        for (const expected of ui.expected) {
          expect(text, `the PDF has "${expected}"`).toContain(flat(readable(expected)));
        }
        // "3 / 7" at the foot of every page.
        pages.forEach((p, index) => {
          expect(flat(p.text), `page ${index + 1} is numbered`).toContain(`${index + 1} / ${pages.length}`);
        });
        // The contents list links to the sections inside the PDF.
        expect(await internalLinks(buffer)).toBeGreaterThanOrEqual(13);
      });
    }

    test("the contents lead to each section without leaving the pack, and axe finds nothing", async ({
      app,
      page,
    }) => {
      await seed(page, recordsWorkspace());
      await app.open("#/report");
      const contents = page.getByRole("navigation", { name: ui.contents });
      await expect(contents.getByRole("link")).toHaveCount(13);
      await contents.getByRole("link", { name: ui.revisionsLink, exact: true }).click();
      await expect(page.getByRole("heading", { level: 2, name: ui.revisionsLink })).toBeFocused();
      expect(new URL(page.url()).hash).toBe("#/report");
      await expect(app.heading).toHaveText(ui.title);
      await expectNoAxeViolations(page, `evidence pack with records (${ui.name})`);
    });
  });
}
