// The overview as a dashboard (issue 5, "Agenda and dashboard"): with dates set relative to the
// browser's today, the first screen lists what is overdue and what falls due in the next 30
// days, each item with how late or how soon in words and a link that lands on the page or
// wizard step where it is done; it counts objectives by level and status, shows the register's
// clause 6.2 score and the objectives off track. An empty workspace still shows the welcome.
// axe-core finds nothing in English or Chinese.
import { test, expect, expectNoAxeViolations, WORKSPACE_KEY, setLanguage } from "../support/app.js";

const ACTION = "Introduce chat and automatic ticket routing at the service desk";

/** Today in the browser's time zone, as YYYY-MM-DD. */
async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/** `iso` moved by `days` days. */
function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Loads the example, then stores it again with dates relative to today: O1 created 200 days
 * ago, its first KPI measured 9 days ago at the baseline (weekly, so 2 days overdue and off
 * track), its first action due 3 days ago and its evaluation in 5 days; O2's review was due
 * yesterday; everything but O3 was communicated today. Returns the ids by code and today.
 */
async function seedDashboard(app) {
  const page = app.page;
  await app.loadExample();
  await app.waitForSaved();
  const today = await browserToday(page);
  const envelope = await app.storedEnvelope();
  const workspace = envelope.workspace;
  const byCode = Object.fromEntries(workspace.objectives.map((o) => [o.code, o]));
  const o1 = byCode.O1;
  o1.created = `${addDays(today, -200)}T09:00:00Z`;
  o1.kpis[0].measurements = [
    {
      id: "5b0c3c2e-6d1f-4c5e-9a1b-2c3d4e5f6a7b",
      date: addDays(today, -9),
      value: o1.kpis[0].baseline,
    },
  ];
  // Started before it fell due, as the plan wizard requires.
  o1.plan.actions[0].start = addDays(today, -30);
  o1.plan.actions[0].due = addDays(today, -3);
  o1.plan.evaluation.date = addDays(today, 5);
  byCode.O2.monitoring.nextReview = addDays(today, -1);
  workspace.communications = [
    {
      id: "0e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
      date: today,
      objectives: workspace.objectives.filter((o) => o.code !== "O3").map((o) => o.id),
      audience: "All staff",
      channel: "Team meeting",
    },
  ];
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    WORKSPACE_KEY,
    JSON.stringify(envelope),
  ]);
  await app.reload();
  const ids = Object.fromEntries(workspace.objectives.map((o) => [o.code, o.id]));
  return { ids, today };
}

/** The agenda row (in `section`) whose "what to do" link is `task`. */
function agendaRow(section, task) {
  return section.getByRole("row").filter({ has: section.page().getByRole("link", { name: task }) });
}

function overdue(page) {
  return page.getByRole("region", { name: "Overdue" });
}

function upcoming(page) {
  return page.getByRole("region", { name: "Due in the next 30 days" });
}

test("the first screen shows what is overdue and what falls due soon, with how late in words", async ({ app, page }) => {
  const { today } = await seedDashboard(app);
  await expect(app.heading).toHaveText("Overview");

  const late = overdue(page);
  await expect(late.getByRole("heading", { name: "Overdue" })).toBeVisible();
  const action = agendaRow(late, `Complete the action: ${ACTION}`);
  await expect(action).toContainText("3 days overdue");
  await expect(action).toContainText(addDays(today, -3));
  await expect(action.getByRole("link", { name: /^O1 Shorten service response time$/ })).toBeVisible();
  await expect(agendaRow(late, "Review the objective")).toContainText("1 day overdue");
  await expect(agendaRow(late, "Review the objective")).toContainText("O2");
  await expect(agendaRow(late, "Measure First response time")).toContainText("2 days overdue");
  // Oldest first: the dates down the list never go back.
  const lateDates = await late.locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")));
  expect(lateDates.length).toBeGreaterThanOrEqual(3);
  expect([...lateDates].sort()).toEqual(lateDates);
  expect(lateDates.every((date) => date < today)).toBe(true);

  const soon = upcoming(page);
  await expect(agendaRow(soon, "Evaluate the results")).toContainText("Due in 5 days");
  const never = agendaRow(soon, "Communicate it (never communicated)");
  await expect(never).toHaveCount(1);
  await expect(never).toContainText("Due today");
  await expect(never).toContainText("O3");
  const soonDates = await soon.locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")));
  expect([...soonDates].sort()).toEqual(soonDates);
  expect(soonDates.every((date) => date >= today && date <= addDays(today, 30))).toBe(true);

  // The objectives off track, in words and with a link.
  const attention = page.getByRole("region", { name: "Off track or at risk" });
  const o1 = attention.getByRole("listitem").filter({ hasText: "O1 Shorten service response time" });
  await expect(o1).toContainText("Off track");

  // Counts by level and status, and by progress, in tables with headers.
  const counts = page.getByRole("table", { name: "Objectives by level and status" });
  const headers = (await counts.getByRole("columnheader").allInnerTexts()).map((h) => h.trim());
  expect(headers).toEqual(["Level", "Draft", "Active", "Achieved", "Not achieved", "Cancelled", "Superseded", "Total"]);
  const strategic = counts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Strategic" }) });
  await expect(strategic.getByRole("cell").nth(1)).toHaveText("3");
  const all = counts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "All levels" }) });
  await expect(all.getByRole("cell").last()).toHaveText("9");
  const tracks = page.getByRole("table", { name: "Active objectives by progress" });
  const trackHeaders = (await tracks.getByRole("columnheader").allInnerTexts()).map((h) => h.trim());
  const offColumn = trackHeaders.indexOf("Off track");
  expect(offColumn).toBeGreaterThan(0);
  // O1 is off track, and so are the objectives above it that roll it up.
  const offTrack = attention.getByRole("listitem").filter({ hasText: "Off track" });
  const offCount = await offTrack.count();
  expect(offCount).toBeGreaterThanOrEqual(1);
  const allTracks = tracks.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "All levels" }) });
  await expect(allTracks.getByRole("cell").nth(offColumn - 1)).toHaveText(String(offCount));
  await expect(attention).toContainText(`${offCount} off track`);

  // The register's score: a number, a bar and the way to the checklist.
  const score = page.getByRole("region", { name: "Clause 6.2 conformity" });
  await expect(score).toContainText(/\d+ %/);
  await expect(score.getByRole("progressbar", { name: "Items met" })).toBeVisible();
  await expect(score).toContainText(/\d+ of \d+ required items met/);
  await score.getByRole("link", { name: "Open the clause 6.2 checklist" }).click();
  await expect(app.heading).toHaveText("Clause 6.2 checklist");
});

test("each agenda link lands where the thing is done", async ({ app, page }) => {
  const { ids } = await seedDashboard(app);
  const follow = async (section, task, hash) => {
    await app.open("#/");
    await agendaRow(section(page), task).getByRole("link", { name: task }).click();
    await expect(page).toHaveURL(new RegExp(`/${hash.replace(/[?]/g, "\\?")}$`));
    await app.ready();
  };

  await follow(overdue, `Complete the action: ${ACTION}`, `#/plan?objective=${ids.O1}&step=dates`);
  await expect(page.locator("#wizard-step-title")).toHaveText(/Step 4 of 6\s*d\) When/);

  await follow(upcoming, "Evaluate the results", `#/plan?objective=${ids.O1}&step=evaluation`);
  await expect(page.locator("#wizard-step-title")).toHaveText(/Step 5 of 6\s*e\) Evaluation/);

  await follow(overdue, "Review the objective", `#/objectives/${ids.O2}/review`);
  await follow(overdue, "Measure First response time", `#/objectives/${ids.O1}/check-in`);
  await follow(upcoming, "Communicate it (never communicated)", `#/communications/new?objective=${ids.O3}`);

  await app.open("#/");
  const attention = page.getByRole("region", { name: "Off track or at risk" });
  await attention.getByRole("link", { name: "O1 Shorten service response time" }).click();
  await expect(page).toHaveURL(new RegExp(`#/objectives/${ids.O1}$`));
  await expect(app.heading).toContainText("O1");
});

test("the example as loaded has nothing overdue, and says so", async ({ app, page }) => {
  await app.loadExample();
  await expect(overdue(page)).toContainText("Nothing overdue.");
  await expect(overdue(page).getByRole("table")).toHaveCount(0);
  // Nothing is communicated yet: every objective is due to be communicated today.
  await expect(agendaRow(upcoming(page), "Communicate it (never communicated)")).toHaveCount(9);
});

test("a long list shows 25 rows and then the rest on request", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const today = await browserToday(page);
  const envelope = await app.storedEnvelope();
  // Created 400 days ago and never measured: every KPI with a frequency is overdue.
  for (const objective of envelope.workspace.objectives) objective.created = `${addDays(today, -400)}T09:00:00Z`;
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [WORKSPACE_KEY, JSON.stringify(envelope)]);
  await app.reload();
  const late = overdue(page);
  const total = Number((await late.locator(".result-count").first().innerText()).match(/^(\d+) overdue/)[1]);
  expect(total).toBeGreaterThan(25);
  const rows = late.getByTestId("agenda-item");
  await expect(rows).toHaveCount(25);
  await expect(late).toContainText(`Showing 25 of ${total}.`);
  await late.getByRole("button", { name: `Show ${Math.min(25, total - 25)} more` }).click();
  await expect(rows).toHaveCount(Math.min(50, total));
  // Focus moves to the first row revealed, not lost with the button.
  await expect(rows.nth(25).getByRole("link").first()).toBeFocused();
});

test("an empty workspace still shows the welcome, not the dashboard", async ({ app, page }) => {
  await app.open("#/");
  await expect(app.heading).toHaveText("Overview");
  await expect(page.getByRole("region", { name: "Start here" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Load the example" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Overdue" })).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("axe-core finds nothing on the dashboard in English and Chinese", async ({ app, page }) => {
  await seedDashboard(app);
  await expect(overdue(page).getByRole("row").nth(1)).toBeVisible();
  await expectNoAxeViolations(page, "the dashboard (English)");

  await setLanguage(page, "简体中文");
  await expect(app.heading).toHaveText("概览");
  const late = page.getByRole("region", { name: "已逾期" });
  await expect(late).toContainText("逾期 3 天");
  await expect(page.getByRole("region", { name: "未来 30 天内到期" })).toContainText("5 天后到期");
  await expect(page.getByRole("table", { name: "按层级和状态统计的目标" })).toBeVisible();
  await expectNoAxeViolations(page, "the dashboard (Chinese)");
});
