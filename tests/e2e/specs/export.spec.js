// Exports from the Data page — the whole workspace as JSON, the register and the action plan
// as CSV, the calendar as iCalendar — read back from real downloads; and the reminder to
// export, whose bookkeeping lives in this browser's preferences and survives reloads.
import { readFile } from "node:fs/promises";
import { test, expect, downloadText, expectNoAxeViolations, PREFS_KEY, WORKSPACE_KEY, setLanguage } from "../support/app.js";

const DAY = 24 * 60 * 60 * 1000;
const ORG_SLUG = "example-it-services-ltd";
const REMINDER = "Export a copy of your workspace";
const REMINDER_ZH = "导出一份工作区副本";

/** Clicks the main content's button `name` and returns the download it starts. */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("main").getByRole("button", { name, exact: true }).click(),
  ]);
  return file;
}

/** A finished download's raw bytes. */
async function downloadBytes(file) {
  return readFile(await file.path());
}

/** Today's date in the page's time zone, as file names carry it (YYYY-MM-DD). */
async function pageToday(page) {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** The stored preferences, parsed ({} when none). */
async function storedPrefs(page) {
  return page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}"), PREFS_KEY);
}

/** Replaces the export record in the stored preferences (times are milliseconds ago). */
async function seedExportRecord(page, { lastExportDaysAgo, unexportedDaysAgo, snoozedForDays }) {
  await page.evaluate(
    ({ key, lastExportDaysAgo, unexportedDaysAgo, snoozedForDays, day }) => {
      // Timestamps are whole seconds in RFC 3339 (src/domain/model.rs).
      const at = (offset) => new Date(Date.now() + offset).toISOString().replace(/\.\d{3}Z$/, "Z");
      const prefs = JSON.parse(window.localStorage.getItem(key) ?? "{}");
      prefs.export = {};
      if (lastExportDaysAgo !== undefined) prefs.export.lastAt = at(-lastExportDaysAgo * day);
      if (unexportedDaysAgo !== undefined) prefs.export.unexportedSince = at(-unexportedDaysAgo * day);
      if (snoozedForDays !== undefined) prefs.export.snoozedUntil = at(snoozedForDays * day);
      window.localStorage.setItem(key, JSON.stringify(prefs));
    },
    { key: PREFS_KEY, lastExportDaysAgo, unexportedDaysAgo, snoozedForDays, day: DAY },
  );
}

/** The reminder panel (a region named by its heading). */
function reminder(page, name = REMINDER) {
  return page.getByRole("region", { name });
}

test("the whole workspace exports as JSON equal to the stored one, byte-identical apart from exportedAt", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  await app.go("Data", "Your data");
  await expect(page.getByTestId("last-export")).toHaveText(
    "This workspace has not been exported as JSON from this browser yet.",
  );
  const storedBefore = await app.storedText();
  const today = await pageToday(page);

  const first = await download(page, "Export the whole workspace (JSON)");
  expect(first.suggestedFilename()).toBe(`sixtwo-${ORG_SLUG}-${today}.json`);
  await expect(app.notice).toContainText(`Exported sixtwo-${ORG_SLUG}-${today}.json.`);
  await expect(page.getByTestId("last-export")).toContainText("Last exported as JSON from this browser: ");
  const firstText = await downloadText(first);
  const json = JSON.parse(firstText);
  expect(json.format).toBe("sixtwo-workspace");
  expect(json.schemaVersion).toBe(3);
  expect(json.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(json).not.toHaveProperty("rev");
  expect(json).not.toHaveProperty("savedAt");
  expect(json.workspace).toEqual(JSON.parse(storedBefore).workspace);
  expect(json.workspace.objectives).toHaveLength(9);
  expect(firstText.endsWith("}\n")).toBe(true);

  // Timestamps are whole seconds: wait for the next one so exportedAt must differ.
  await page.waitForTimeout(1100);
  const second = await download(page, "Export the whole workspace (JSON)");
  const secondText = await downloadText(second);
  expect(secondText).not.toBe(firstText);
  const firstLines = firstText.split("\n");
  const secondLines = secondText.split("\n");
  expect(secondLines).toHaveLength(firstLines.length);
  const differing = firstLines.flatMap((line, i) => (line === secondLines[i] ? [] : [i]));
  expect(differing).toHaveLength(1);
  expect(firstLines[differing[0]]).toMatch(/^ {2}"exportedAt": "/);
  expect(secondLines[differing[0]]).toMatch(/^ {2}"exportedAt": "/);

  // Exporting changed nothing: same stored text, no pending save.
  expect(await app.storedText()).toBe(storedBefore);
  await expect(app.saveStatus).toContainText("Saved in this browser at");
});

test("the register and the action plan export as CSV in the chosen language, Chinese intact and formulas neutralised", async ({ app, page }) => {
  // The Chinese example, plus an objective whose title a spreadsheet would run as a formula.
  await app.open("#/");
  await setLanguage(page, "简体中文");
  await page.getByRole("button", { name: "载入示例" }).first().click();
  await expect(app.notice).toContainText("已载入示例组织。");
  await setLanguage(page, "English");
  await app.open("#/objectives/new");
  await app.createObjective({ level: "Strategic", code: "X1", title: "=1+1" });
  await app.waitForSaved();
  await setLanguage(page, "简体中文");
  await app.open("#/data");
  await expect(app.heading).toHaveText("您的数据");
  const storedBefore = await app.storedText();
  const today = await pageToday(page);

  const register = await download(page, "导出目标登记册（CSV）");
  expect(register.suggestedFilename()).toBe(`sixtwo-register-示例信息技术服务有限公司-${today}.csv`);
  await expect(app.notice).toContainText(`已导出 sixtwo-register-示例信息技术服务有限公司-${today}.csv。`);
  const registerBytes = await downloadBytes(register);
  expect([...registerBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const registerText = registerBytes.toString("utf8").slice(1);
  const registerLines = registerText.split("\r\n");
  expect(registerLines[0]).toBe(
    "代码,标题,层级,状态,上级目标代码,如何支撑上级目标,职能或部门,负责人,支撑的方针条目,考虑的适用要求,KPI,目标日期,最近修改",
  );
  expect(registerText.endsWith("\r\n")).toBe(true);
  expect(registerText).toContain("S1,提升全球市场竞争力,战略性,实施中,");
  expect(registerLines.find((line) => line.startsWith("X1,"))).toMatch(/^X1,'=1\+1,战略性,/);

  const plan = await download(page, "导出行动计划（CSV）");
  expect(plan.suggestedFilename()).toBe(`sixtwo-plan-示例信息技术服务有限公司-${today}.csv`);
  const planBytes = await downloadBytes(plan);
  expect([...planBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const planText = planBytes.toString("utf8").slice(1);
  expect(planText.split("\r\n")[0]).toBe(
    "目标代码,目标,要做什么,所需资源,负责人,开始日期,到期日,进度,评价方法,成功准则,评价人,评价日期,目标日期",
  );
  // The example plans two actions for O1, with resources in Chinese.
  const stored = JSON.parse(storedBefore).workspace;
  const o1 = stored.objectives.find((o) => o.code === "O1");
  const actionRows = planText.split("\r\n").filter((line) => line.startsWith("O1,"));
  expect(actionRows).toHaveLength(o1.plan.actions.length);
  expect(actionRows[0]).toContain(`O1,${o1.title},${o1.plan.actions[0].what},`);
  expect(planText).toMatch(/已批准|未批准/);

  expect(await app.storedText()).toBe(storedBefore);
});

test("the calendar exports review, measurement, action and evaluation dates as valid iCalendar", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  await app.go("Data", "Your data");
  const today = await pageToday(page);
  const storedBefore = await app.storedText();

  const file = await download(page, "Export the calendar (.ics)");
  expect(file.suggestedFilename()).toBe(`sixtwo-calendar-${ORG_SLUG}-${today}.ics`);
  const bytes = await downloadBytes(file);
  const text = bytes.toString("utf8");
  expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  // Every line ends with CRLF (no bare LF or CR) and holds at most 75 octets.
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const lines = text.split("\r\n").slice(0, -1);
  const tooLong = lines.filter((line) => Buffer.byteLength(line, "utf8") > 75);
  expect(tooLong).toEqual([]);

  // Unfold, then read each event's UID and date.
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  const events = unfolded
    .split("BEGIN:VEVENT\r\n")
    .slice(1)
    .map((block) => {
      const property = (name) => block.match(new RegExp(`^${name}[:;](?:VALUE=DATE:)?(.*)$`, "m"))?.[1];
      return { uid: property("UID"), start: property("DTSTART"), rrule: property("RRULE"), summary: property("SUMMARY") };
    });

  // What the stored workspace says should be there.
  const workspace = JSON.parse(storedBefore).workspace;
  const closed = new Set(["achieved", "not-achieved", "cancelled", "superseded"]);
  const compact = (date) => date.replaceAll("-", "");
  const expected = new Map();
  for (const objective of workspace.objectives.filter((o) => !closed.has(o.status))) {
    if (objective.monitoring?.nextReview) {
      expected.set(`review-${objective.id}@sixtwo`, compact(objective.monitoring.nextReview));
    }
    for (const kpi of (objective.kpis ?? []).filter((k) => k.frequency)) {
      expected.set(`measure-${kpi.id}@sixtwo`, null);
    }
    for (const action of (objective.plan?.actions ?? []).filter((a) => a.due)) {
      expected.set(`action-${action.id}@sixtwo`, compact(action.due));
    }
    if (objective.plan?.evaluation?.date) {
      expected.set(`evaluation-${objective.id}@sixtwo`, compact(objective.plan.evaluation.date));
    }
  }
  const kinds = (prefix) => [...expected.keys()].filter((uid) => uid.startsWith(prefix)).length;
  expect(kinds("review-")).toBe(9);
  expect(kinds("measure-")).toBeGreaterThan(9);
  expect(kinds("action-")).toBe(2);
  expect(kinds("evaluation-")).toBe(1);

  expect(events.map((e) => e.uid).sort()).toEqual([...expected.keys()].sort());
  for (const event of events) {
    const date = expected.get(event.uid);
    if (date) {
      expect(event.start, event.uid).toBe(date);
    } else {
      expect(event.rrule, `${event.uid} repeats`).toMatch(/^FREQ=/);
    }
  }
  const s1 = workspace.objectives.find((o) => o.code === "S1");
  expect(events.find((e) => e.uid === `review-${s1.id}@sixtwo`).summary).toBe(`Review S1: ${s1.title}`);

  expect(await app.storedText()).toBe(storedBefore);
});

test("no reminder on a first visit, after loading the example, or on an empty workspace", async ({ app, page }) => {
  await app.open("#/");
  await expect(reminder(page)).toHaveCount(0);
  await app.loadExample();
  await app.waitForSaved();
  await expect(reminder(page)).toHaveCount(0);
  // The first change started the clock, in this browser's preferences.
  const prefs = await storedPrefs(page);
  expect(prefs.export.unexportedSince).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(prefs.export.lastAt).toBeUndefined();
  await app.reload();
  await expect(reminder(page)).toHaveCount(0);

  // Old unexported changes, but nothing in the workspace: nothing to remind about.
  await app.go("Data", "Your data");
  await page.getByRole("button", { name: "Empty the workspace…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Empty it" }).click();
  await app.waitForSaved();
  await seedExportRecord(page, { unexportedDaysAgo: 30 });
  await app.reload();
  await expect(app.heading).toHaveText("Your data");
  await expect(reminder(page)).toHaveCount(0);
});

test("a workspace stored more than 7 days ago and never exported is reminded about", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  // A workspace from before this browser kept a record: its last save is 8 days old.
  // (Stored as plain JSON, which SixTwo reads as well as its compact form.)
  const envelope = await app.storedEnvelope();
  envelope.savedAt = new Date(Date.now() - 8 * DAY).toISOString().replace(/\.\d{3}Z$/, "Z");
  await page.evaluate(
    ({ workspaceKey, prefsKey, text }) => {
      window.localStorage.setItem(workspaceKey, text);
      window.localStorage.removeItem(prefsKey);
    },
    { workspaceKey: WORKSPACE_KEY, prefsKey: PREFS_KEY, text: JSON.stringify(envelope) },
  );
  await app.reload();
  await expect(reminder(page)).toBeVisible();
  await expect(reminder(page)).toContainText(
    "Your workspace is kept only in this browser, and changes made since ",
  );
});

test("the reminder after 8 days of unexported changes: Not now hides it across reloads, Export now clears it", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  await seedExportRecord(page, { lastExportDaysAgo: 8, unexportedDaysAgo: 8 });
  await app.reload();

  // Shown on the overview, politely: a region, not an alert or a dialog, and focus stays put.
  const shown = reminder(page);
  await expect(shown).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expectNoAxeViolations(page, "overview with the export reminder (English)");
  await setLanguage(page, "简体中文");
  await expect(reminder(page, REMINDER_ZH)).toBeVisible();
  await expect(reminder(page, REMINDER_ZH).getByRole("button", { name: "立即导出" })).toBeVisible();
  await expect(reminder(page, REMINDER_ZH).getByRole("button", { name: "暂不导出" })).toBeVisible();
  await expectNoAxeViolations(page, "overview with the export reminder (Chinese)");
  await setLanguage(page, "English");

  // Also on the Data page, but not in the wizards, where it would distract.
  await app.go("Data", "Your data");
  await expect(reminder(page)).toBeVisible();
  await app.open("#/establish");
  await expect(reminder(page)).toHaveCount(0);
  await app.open("#/register");
  await expect(reminder(page)).toHaveCount(0);

  // "Not now" hides it for 7 days, also after a reload.
  await app.open("#/");
  await reminder(page).getByRole("button", { name: "Not now" }).click();
  await expect(reminder(page)).toHaveCount(0);
  await expect(app.notice).toContainText("The reminder to export is hidden for 7 days.");
  await expect(app.heading).toBeFocused();
  const snoozed = (await storedPrefs(page)).export;
  const snoozedFor = Date.parse(snoozed.snoozedUntil) - Date.now();
  expect(snoozedFor).toBeGreaterThan(7 * DAY - 60_000);
  expect(snoozedFor).toBeLessThanOrEqual(7 * DAY);
  await app.reload();
  await expect(app.heading).toHaveText("Overview");
  await expect(reminder(page)).toHaveCount(0);

  // Once the snooze is over it is back; "Export now" downloads the workspace and clears it.
  await seedExportRecord(page, { lastExportDaysAgo: 8, unexportedDaysAgo: 8, snoozedForDays: -1 });
  await app.reload();
  await expect(reminder(page)).toBeVisible();
  const storedBefore = await app.storedText();
  const today = await pageToday(page);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    reminder(page).getByRole("button", { name: "Export now" }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(`sixtwo-${ORG_SLUG}-${today}.json`);
  expect(JSON.parse(await downloadText(file)).workspace).toEqual(JSON.parse(storedBefore).workspace);
  await expect(reminder(page)).toHaveCount(0);
  await expect(app.notice).toContainText(`Exported sixtwo-${ORG_SLUG}-${today}.json.`);
  await expect(app.heading).toBeFocused();
  const exported = (await storedPrefs(page)).export;
  expect(Date.now() - Date.parse(exported.lastAt)).toBeLessThan(60_000);
  expect(exported.unexportedSince).toBeUndefined();
  expect(exported.snoozedUntil).toBeUndefined();
  await app.reload();
  await expect(app.heading).toHaveText("Overview");
  await expect(reminder(page)).toHaveCount(0);

  // The next change starts a new 7-day clock; no reminder yet.
  await app.go("Data", "Your data");
  await page.getByRole("button", { name: "Empty the workspace…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Empty it" }).click();
  await page.getByRole("button", { name: "Undo", exact: true }).first().click();
  await app.waitForSaved();
  const changed = (await storedPrefs(page)).export;
  expect(Date.now() - Date.parse(changed.unexportedSince)).toBeLessThan(60_000);
  await expect(reminder(page)).toHaveCount(0);
});

test("the Data page's exports pass axe-core in English and Chinese, with the reminder shown", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  await seedExportRecord(page, { unexportedDaysAgo: 10 });
  await app.open("#/data");
  await app.reload();
  await expect(reminder(page)).toBeVisible();
  const exports = page.getByRole("region", { name: "Export", exact: true });
  for (const name of [
    "Export the whole workspace (JSON)",
    "Export the register (CSV)",
    "Export the action plan (CSV)",
    "Export the calendar (.ics)",
  ]) {
    // Each button is explained by its own line of text.
    await expect(exports.getByRole("button", { name, exact: true })).toHaveAccessibleDescription(/\w/);
  }
  await expectNoAxeViolations(page, "Data page with the export reminder (English)");

  await setLanguage(page, "简体中文");
  await expect(app.heading).toHaveText("您的数据");
  await expect(page.getByRole("region", { name: "导出", exact: true }).getByRole("button")).toHaveCount(4);
  await expectNoAxeViolations(page, "Data page with the export reminder (Chinese)");

  // An export failure is reported, politely, and changes nothing.
  await page.evaluate(() => {
    URL.createObjectURL = () => {
      throw new Error("blocked by a test");
    };
  });
  const storedBefore = await app.storedText();
  await page.getByRole("button", { name: "导出日历（.ics）" }).click();
  await expect(app.notice).toContainText("无法导出文件：blocked by a test");
  expect(await app.storedText()).toBe(storedBefore);
  await expect(reminder(page, REMINDER_ZH)).toBeVisible();
});
