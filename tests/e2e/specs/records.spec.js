// Reviews (monitoring records) and the communication register (clause 6.2.1 d, e and f):
// recording a review with its next review date from the cadence, a closing decision setting
// the status, recording a communication that meets 6.2.1 e), editing, deleting and undoing,
// reloading, the register's sorting and filter, and axe-core on the new views in English and
// Chinese.
import { test, expect, expectNoAxeViolations } from "../support/app.js";

/** Loads the example and returns the stored objectives by code. */
async function withExample(app) {
  await app.loadExample();
  await app.waitForSaved();
  const { workspace } = await app.storedEnvelope();
  return Object.fromEntries(workspace.objectives.map((o) => [o.code, o]));
}

/** Today in the page's time zone, as YYYY-MM-DD (what the app calls today). */
async function pageToday(page) {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

function reviewsRegion(page) {
  return page.getByRole("region", { name: "Reviews", exact: true });
}

function communicationRegion(page) {
  return page.getByRole("region", { name: "Communication records", exact: true });
}

function checkItem(page, item) {
  return page.getByRole("region", { name: "Clause 6.2 check" }).locator(`[data-item="${item}"]`);
}

test.describe("reviews", () => {
  test("record a review: the next review follows the cadence, the dates show, and edit, delete, undo and reload keep them", async ({ app, page }) => {
    const objectives = await withExample(app);
    const o2 = objectives.O2;
    await app.open(`#/objectives/${o2.id}`);
    const reviews = reviewsRegion(page);
    await expect(reviews.getByTestId("last-reviewed")).toHaveText("Never");
    await expect(reviews).toContainText("No review has been recorded yet.");

    await reviews.getByRole("link", { name: "Record a review" }).click();
    await expect(app.heading).toHaveText(`Record a review: O2 ${o2.title}`);
    const form = page.getByTestId("review-form");
    const date = form.getByLabel("Date of the review");
    const reviewer = form.getByRole("combobox", { name: "Reviewed by" });
    const next = form.getByLabel("Next review");
    // Defaults: today, the person responsible for monitoring, and one monthly period later.
    await expect(date).toHaveValue(await pageToday(page));
    await expect(reviewer).toHaveValue(o2.monitoring.responsible);
    await expect(form).toContainText("Suggested one monitoring period (Monthly) after the review.");

    // A review in the future by nobody is refused field by field; focus goes to the first.
    await date.fill("2999-01-01");
    await reviewer.fill("");
    await form.getByRole("button", { name: "Save the review" }).click();
    await expect(date).toBeFocused();
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(reviewer).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#review-date-error")).toContainText("This date is after today");
    await expect(reviewer).toHaveAttribute("aria-describedby", /review-reviewer-error/);
    await expect(page.locator("#review-reviewer-error")).toHaveText(/Enter who reviewed the objective\./);
    await expect(app.heading).toHaveText(`Record a review: O2 ${o2.title}`);

    // The last day of January: one month later is the last day of February.
    await date.fill("2025-01-31");
    await expect(next).toHaveValue("2025-02-28");
    await reviewer.fill("Li Na");
    await form.getByRole("radio", { name: "At risk" }).check();
    await form.getByLabel("Findings").fill("MTTR above target in the east region.");
    await expect(form.getByRole("radio", { name: "Continue" })).toBeChecked();
    await form.getByRole("button", { name: "Save the review" }).click();

    await expect(app.heading).toHaveText(`O2 ${o2.title}`);
    await expect(app.notice).toContainText("Review of O2 recorded.");
    await expect(reviews.getByTestId("last-reviewed")).toHaveText("2025-01-31");
    await expect(reviews.getByTestId("next-review")).toHaveText("2025-02-28");
    const rows = reviews.getByTestId("review-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("At risk");
    await expect(rows.first()).toContainText("Li Na");

    // A second, later review lists first.
    await reviews.getByRole("link", { name: "Record a review" }).click();
    await date.fill("2025-03-10");
    await next.fill("2025-04-01");
    await form.getByRole("button", { name: "Save the review" }).click();
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText("2025-03-10");
    await expect(reviews.getByTestId("next-review")).toHaveText("2025-04-01");

    // Edit the earlier one.
    await reviews.getByRole("link", { name: "Edit the review of 2025-01-31" }).click();
    await expect(app.heading).toHaveText(`Edit a review: O2 ${o2.title}`);
    await expect(form.getByLabel("Findings")).toHaveValue("MTTR above target in the east region.");
    await form.getByLabel("Findings").fill("MTTR above target in two regions.");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(app.notice).toContainText("Review of O2 changed.");
    await expect(rows.last()).toContainText("MTTR above target in two regions.");

    // Delete the latest: the dates fall back to the one before; Undo brings it back.
    await reviews.getByRole("button", { name: "Delete the review of 2025-03-10" }).click();
    await expect(rows).toHaveCount(1);
    await expect(reviews.getByTestId("last-reviewed")).toHaveText("2025-01-31");
    await expect(reviews.getByTestId("next-review")).toHaveText("2025-02-28");
    await expect(app.notice).toContainText("Review of O2 on 2025-03-10 deleted.");
    await app.notice.getByRole("button", { name: "Undo" }).click();
    await expect(rows).toHaveCount(2);
    await expect(reviews.getByTestId("last-reviewed")).toHaveText("2025-03-10");

    await app.waitForSaved();
    await app.reload();
    await expect(rows).toHaveCount(2);
    await expect(reviews.getByTestId("last-reviewed")).toHaveText("2025-03-10");
    await expect(rows.last()).toContainText("MTTR above target in two regions.");
    const { workspace } = await app.storedEnvelope();
    const stored = workspace.objectives.find((o) => o.code === "O2");
    expect(stored.updating.lastReviewed).toBe("2025-03-10");
    expect(stored.monitoring.nextReview).toBe("2025-04-01");
    expect(stored.reviews.map((r) => r.date).sort()).toEqual(["2025-01-31", "2025-03-10"]);
  });

  test("a close-as-achieved decision sets the status, and undo reopens it", async ({ app, page }) => {
    const objectives = await withExample(app);
    const o3 = objectives.O3;
    await app.open(`#/objectives/${o3.id}/review`);
    const form = page.getByTestId("review-form");
    await form.getByRole("radio", { name: "On track" }).check();
    await form.getByRole("radio", { name: "Close as achieved" }).check();
    await expect(form).toContainText("Saving sets the objective's status to \"Achieved\".");
    // A closed objective is not reviewed again: no date is suggested.
    await expect(form.getByLabel("Next review")).toHaveValue("");
    await form.getByRole("button", { name: "Save the review" }).click();

    await expect(app.heading).toHaveText(`O3 ${o3.title}`);
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("Achieved");
    await expect(page.locator(".objective__badges")).toContainText("Achieved");
    await expect(reviewsRegion(page).getByTestId("review-row").first()).toContainText("Close as achieved");

    await app.notice.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("Active");
    await expect(reviewsRegion(page).getByTestId("review-row")).toHaveCount(0);
  });
});

test.describe("the communication register", () => {
  test("record a communication, see it meet 6.2.1 e), filter, sort, edit, delete, undo and reload", async ({ app, page }) => {
    const objectives = await withExample(app);
    const o2 = objectives.O2;
    const today = await pageToday(page);
    await app.open(`#/objectives/${o2.id}`);
    const status = communicationRegion(page);
    await expect(status).toContainText("Never communicated");
    await expect(checkItem(page, "Communicated")).toContainText("Missing");

    await status.getByRole("link", { name: "Record a communication" }).click();
    await expect(app.heading).toHaveText("Record a communication");
    const form = page.getByTestId("communication-form");
    await expect(form.getByRole("checkbox", { name: new RegExp(`^O2 `) })).toBeChecked();
    await expect(form.getByLabel("Date", { exact: true })).toHaveValue(today);
    // Suggestions come from the chosen objective's communication plan.
    await expect(page.locator("#communication-audience-suggestions option")).toHaveCount(1);
    await expect(page.locator("#communication-audience-suggestions option")).toHaveAttribute("value", "Service teams");

    // No audience, and an acknowledgement before the communication: both refused.
    await form.getByLabel("Acknowledged on").fill("2020-01-01");
    await form.getByRole("button", { name: "Save the record" }).click();
    const audience = form.getByRole("combobox", { name: "Audience" });
    await expect(audience).toBeFocused();
    await expect(audience).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#communication-audience-error")).toContainText("Enter to whom it was communicated.");
    await expect(page.locator("#communication-acknowledged-error")).toContainText(
      "The acknowledgement cannot come before the communication.",
    );

    await audience.fill("Service teams");
    await form.getByRole("combobox", { name: "Channel" }).fill("Team meeting");
    await form.getByLabel("What was communicated").fill("The response-time target for next year.");
    await form.getByLabel("Acknowledged on").fill("");
    await form.getByRole("button", { name: "Save the record" }).click();

    await expect(app.heading).toHaveText(`O2 ${o2.title}`);
    await expect(app.notice).toContainText("Communication recorded.");
    await expect(status).toContainText(`Last communicated ${today}`);
    await expect(status).not.toContainText("Never communicated");
    await expect(checkItem(page, "Communicated")).toContainText(`Communicated; last on ${today}.`);
    await expect(checkItem(page, "Communicated")).not.toContainText("Missing");

    // The register, from the main navigation.
    await app.go("Communications", "Communication register");
    const table = page.getByRole("table", { name: "Communication register" });
    const rows = table.getByTestId("communication-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole("link", { name: "O2", exact: true })).toHaveAttribute(
      "href",
      `#/objectives/${o2.id}`,
    );
    await expect(rows.first()).toContainText("Not acknowledged");
    const awaiting = page.getByTestId("awaiting-communication");
    await expect(awaiting.filter({ hasText: /^O2 / })).toHaveCount(0);
    await expect(awaiting.filter({ hasText: /^O1 / })).toContainText("Never communicated");

    // A second, older record about O1, picked with the search box.
    await page.getByRole("link", { name: "Record a communication" }).first().click();
    await form.getByLabel("Date", { exact: true }).fill("2025-06-01");
    await form.getByRole("searchbox", { name: "Find an objective" }).fill("O1");
    await form.getByRole("checkbox", { name: /^O1 / }).check();
    await expect(form).toContainText("Chosen: O1");
    await form.getByRole("combobox", { name: "Audience" }).fill("Service desk");
    await form.getByRole("button", { name: "Save the record" }).click();
    await expect(app.heading).toHaveText("Communication register");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(today);
    const dateHeader = table.getByRole("columnheader", { name: /Date/ });
    await expect(dateHeader).toHaveAttribute("aria-sort", "descending");
    await dateHeader.getByRole("button").click();
    await expect(dateHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(rows.first()).toContainText("2025-06-01");

    // Filter by objective.
    const filter = page.getByRole("combobox", { name: "Objective" });
    await filter.selectOption({ label: `O2 ${o2.title}` });
    await expect(page.getByTestId("communication-count")).toHaveText("Showing 1 of 2 records.");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Service teams");
    await filter.selectOption({ label: "Any" });
    await expect(rows).toHaveCount(2);

    // Edit O2's record.
    await table.getByRole("link", { name: `Edit the record of ${today}` }).click();
    await expect(app.heading).toHaveText("Edit a communication record");
    await form.getByRole("combobox", { name: "Channel" }).fill("Intranet");
    await form.getByLabel("Acknowledged on").fill(today);
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(app.notice).toContainText("Communication record changed.");
    await expect(app.heading).toHaveText("Communication register");
    const o2Row = rows.filter({ hasText: "Service teams" });
    await expect(o2Row).toContainText("Intranet");
    await expect(o2Row).not.toContainText("Not acknowledged");

    // Delete it, then undo.
    await table.getByRole("button", { name: `Delete the record of ${today}` }).click();
    await expect(rows).toHaveCount(1);
    await expect(app.notice).toContainText(`Communication record of ${today} deleted.`);
    await expect(awaiting.filter({ hasText: /^O2 / })).toContainText("Never communicated");
    await app.notice.getByRole("button", { name: "Undo" }).click();
    await expect(rows).toHaveCount(2);

    // Everything survives a reload.
    await app.waitForSaved();
    await app.reload();
    await expect(rows).toHaveCount(2);
    await expect(o2Row).toContainText("Intranet");
    const { workspace } = await app.storedEnvelope();
    expect(workspace.communications.map((c) => c.date).sort()).toEqual(["2025-06-01", today]);

    // The objectives register marks the active objectives still awaiting communication.
    await app.go("Register", "Objectives register");
    await expect(app.registerRow("O2").getByTestId("communication-marker")).toHaveCount(0);
    await expect(app.registerRow("S1").getByRole("img", { name: "Never communicated" })).toHaveAttribute(
      "title",
      "Never communicated",
    );
    // The marker adds no text: the title cell still reads as the title.
    await expect(await app.registerCell("S1", "Title")).toHaveText(objectives.S1.title);
  });
});

// ----- accessibility, in both languages -----

const LANGUAGES = [
  { name: "English", locale: "en-GB", loadExample: "Load the example" },
  { name: "Chinese", locale: "zh-CN", loadExample: "载入示例" },
];

for (const ui of LANGUAGES) {
  test.describe(`records accessibility in ${ui.name}`, () => {
    test.use({ locale: ui.locale });

    test("axe finds nothing on the review form, the detail view and the communication register", async ({ app, page }) => {
      await app.open("#/communications");
      await expectNoAxeViolations(page, `empty communication register (${ui.name})`);

      await app.open("#/");
      await page.getByRole("button", { name: ui.loadExample }).first().click();
      await expect.poll(() => app.storedText()).not.toBeNull();
      const { workspace } = await app.storedEnvelope();
      const o1 = workspace.objectives.find((o) => o.code === "O1").id;

      // The review form, refused and then saved.
      await app.open(`#/objectives/${o1}/review`);
      await page.locator("#review-reviewer").fill("");
      await page.locator("form button[type=submit]").click();
      await expect(page.locator("#review-reviewer")).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page, `review form with an error (${ui.name})`);
      await page.locator("#review-reviewer").fill("Li Na");
      await page.locator("#review-findings").fill("On track.");
      await page.locator("form button[type=submit]").click();
      await expect(page.getByTestId("review-row")).toHaveCount(1);

      // The communication form, refused and then saved.
      await app.open(`#/communications/new?objective=${o1}`);
      await page.locator("form button[type=submit]").click();
      await expect(page.locator("#communication-audience")).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page, `communication form with an error (${ui.name})`);
      await page.locator("#communication-audience").fill("Service teams");
      await page.locator("form button[type=submit]").click();
      await expect(page.getByTestId("communication-status")).toBeVisible();

      // The detail view with both.
      await expect(page.getByTestId("reviews")).toBeVisible();
      await expectNoAxeViolations(page, `objective with a review and a communication (${ui.name})`);

      await app.open("#/communications");
      await expect(page.getByTestId("communication-row")).toHaveCount(1);
      await expect(page.getByTestId("awaiting-communication").first()).toBeVisible();
      await expectNoAxeViolations(page, `communication register (${ui.name})`);

      await app.open("#/register");
      await expect(page.getByTestId("communication-marker").first()).toBeVisible();
      await expectNoAxeViolations(page, `objectives register with markers (${ui.name})`);
    });
  });
}
