// Two tabs on the same workspace (two pages in one browser context share localStorage and
// get each other's `storage` events): a clean tab follows the other's saves; changes to
// different records in two tabs are combined; records both tabs changed are left for the user
// to decide; nothing is ever overwritten silently, even when both tabs save at the same moment.
import { test, expect, App, WORKSPACE_KEY, expectNoAxeViolations } from "../support/app.js";

const RELOADED = "Updated with changes saved in another tab.";

/** Opens the objective with `code` from the register. */
async function openObjective(app, code) {
  await app.open("#/register");
  await app.registerRow(code).getByRole("link", { name: code, exact: true }).click();
  await expect(app.heading).toHaveText(new RegExp(`^${code} `));
}

test("a change saved in one tab appears in the other without a reload, and is announced", async ({
  context,
  page,
}) => {
  const a = new App(page);
  await a.loadExample();
  await a.waitForSaved();
  await a.go("Register", "Objectives register");
  await expect(await a.registerCell("T1", "Title")).toHaveText("Raise customer satisfaction");
  // Marks this document: the mark is gone if the tab reloads.
  await page.evaluate(() => {
    window.__sameDocument = true;
  });

  const b = new App(await context.newPage());
  await openObjective(b, "T1");
  await b.page.getByRole("textbox", { name: "Title" }).fill("Delight every customer");
  await b.waitForSaved();

  // Tab A shows the new title in its register, tells the user, and did not reload.
  await expect(a.page.getByRole("status").filter({ hasText: RELOADED })).toBeVisible();
  await expect(await a.registerCell("T1", "Title")).toHaveText("Delight every customer");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  await expect(a.page.getByRole("alert")).toHaveCount(0);

  // And the other way round: a change in A reaches B's open objective page.
  await a.registerRow("O1").getByRole("link", { name: "O1", exact: true }).click();
  await a.page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Achieved" });
  await a.waitForSaved();
  await expect(b.page.getByRole("status").filter({ hasText: RELOADED })).toBeVisible();
  await b.page.getByRole("link", { name: "Back to the register" }).click();
  await expect(await b.registerCell("O1", "Status")).toHaveText("Achieved");
  await expect(await b.registerCell("T1", "Title")).toHaveText("Delight every customer");
});

test.describe("conflicting edits in two tabs", () => {
  /**
   * Tab B changes T1's title; 200 ms later, before B's save (400 ms after its edit), tab A
   * changes the same title. B saves first while A's change is still unsaved. The browser
   * clock is paused and advanced by hand so that this order is certain.
   */
  async function makeConflict(context, page) {
    await context.clock.install();
    const a = new App(page);
    await a.loadExample();
    await a.waitForSaved();
    const b = new App(await context.newPage());
    await openObjective(b, "T1");
    await openObjective(a, "T1");

    await context.clock.pauseAt(new Date(Date.now() + 1_000));
    await b.page.getByRole("textbox", { name: "Title" }).fill("Title from tab B");
    await context.clock.runFor(200);
    await a.page.getByRole("textbox", { name: "Title" }).fill("Title from tab A");
    await expect(a.saveStatus).toContainText("Saving…");
    await context.clock.runFor(250); // B's save is due; A's is 150 ms away.
    await expect(b.saveStatus).toContainText("Saved in this browser at");

    const banner = a.banner("Changed in another tab");
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(
      "Another tab saved changes to records that this tab has changed too: objective T1.",
    );
    await expect(banner.getByRole("button", { name: "Use the other tab's version" })).toBeVisible();
    await expect(banner.getByRole("button", { name: "Keep this tab's version" })).toBeVisible();
    await expect(banner.getByRole("button", { name: "Download this tab's version" })).toBeVisible();
    // The banner does not interrupt typing: focus stays in the field.
    await expect(a.page.getByRole("textbox", { name: "Title" })).toBeFocused();
    // Tab B is not asked anything: it saved cleanly.
    await expect(b.banner("Changed in another tab")).toHaveCount(0);

    // While the user decides, A's own save comes due and is refused: B's title stays stored.
    await context.clock.runFor(1_000);
    await expect(a.saveStatus).toContainText("Not saved: changed in another tab");
    expect((await a.storedObjectives()).T1.title).toBe("Title from tab B");
    await expect(a.page.getByRole("textbox", { name: "Title" })).toHaveValue("Title from tab A");
    return { a, b, banner };
  }

  test("using the other tab's version replaces this tab's unsaved change", async ({ context, page }) => {
    const { a, b, banner } = await makeConflict(context, page);
    // axe needs running timers; A's pending save has already been refused, so time may flow.
    await context.clock.resume();
    await expect(banner).toBeVisible();
    await expectNoAxeViolations(a.page, "the conflict banner");
    await banner.getByRole("button", { name: "Use the other tab's version" }).click();
    await expect(banner).toBeHidden();
    await expect(a.heading).toHaveText("T1 Title from tab B");
    await expect(a.page.getByRole("textbox", { name: "Title" })).toHaveValue("Title from tab B");

    await context.clock.runFor(1_000);
    expect((await a.storedObjectives()).T1.title).toBe("Title from tab B");
    await expect(b.heading).toHaveText("T1 Title from tab B");
    await expect(a.banner("Changed in another tab")).toHaveCount(0);
  });

  test("keeping this tab's version stores it, and the other tab follows", async ({ context, page }) => {
    const { a, b, banner } = await makeConflict(context, page);
    const before = (await a.storedEnvelope()).rev;
    await banner.getByRole("button", { name: "Keep this tab's version" }).click();
    await expect(banner).toBeHidden();
    await expect(a.saveStatus).toContainText("Saved in this browser at");
    const stored = await a.storedEnvelope();
    expect(stored.rev).toBeGreaterThan(before);
    expect((await a.storedObjectives()).T1.title).toBe("Title from tab A");
    await expect(a.heading).toHaveText("T1 Title from tab A");

    // Tab B had nothing unsaved, so it takes A's version and says so.
    await expect(b.page.getByRole("status").filter({ hasText: RELOADED })).toBeVisible();
    await expect(b.heading).toHaveText("T1 Title from tab A");
    await expect(b.page.getByRole("textbox", { name: "Title" })).toHaveValue("Title from tab A");

    await context.clock.resume();
    await context.clock.runFor(1_000);
    expect((await a.storedObjectives()).T1.title).toBe("Title from tab A");
  });
});

test("data another tab stores but this version cannot read is never overwritten without asking", async ({
  context,
  page,
}) => {
  const a = new App(page);
  await a.loadExample();
  await a.waitForSaved();
  await openObjective(a, "O2");

  // A newer SixTwo in another tab stores a schema this version does not know.
  const newer = JSON.stringify({
    format: "sixtwo-workspace",
    schemaVersion: 99,
    rev: 40,
    workspace: { objectives: [] },
  });
  const other = await context.newPage();
  await other.goto("/");
  await other.evaluate(([key, value]) => window.localStorage.setItem(key, value), [WORKSPACE_KEY, newer]);

  const banner = a.banner("Changed in another tab");
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(
    "Another tab stored data that this version of SixTwo cannot read. This tab will not overwrite it unless you choose to.",
  );
  await expect(banner.getByRole("button", { name: "Use the other tab's version" })).toHaveCount(0);

  // Editing goes on in memory, but nothing is written over the other tab's data.
  await a.page.getByRole("textbox", { name: "Title" }).fill("Fix problems for good");
  await expect(a.saveStatus).toContainText("Not saved: changed in another tab");
  expect(await a.storedText()).toBe(newer);

  // Only the explicit choice replaces it.
  await banner.getByRole("button", { name: "Keep this tab's version" }).click();
  await expect(banner).toBeHidden();
  await expect(a.saveStatus).toContainText("Saved in this browser at");
  const stored = await a.storedEnvelope();
  expect(stored.schemaVersion).toBe(3);
  expect(stored.rev).toBeGreaterThan(40);
  expect((await a.storedObjectives()).O2.title).toBe("Fix problems for good");
});

// A hand edit that broke the JSON after the revision number still carries this tab's `"rev"`:
// the revision check alone would let the next save through, so unreadable data must stop
// every write until the user decides.
test("unreadable data that still carries this tab's revision is not overwritten either", async ({
  context,
  page,
}) => {
  const a = new App(page);
  await a.loadExample();
  await a.waitForSaved();
  const rev = (await a.storedEnvelope()).rev;
  await openObjective(a, "O2");

  const broken = `{"format":"sixtwo-workspace","schemaVersion":1,"appVersion":"0.1.0","rev":${rev},"workspace":{"objectives":[ broken by hand`;
  const other = await context.newPage();
  await other.goto("/");
  await other.evaluate(([key, value]) => window.localStorage.setItem(key, value), [WORKSPACE_KEY, broken]);
  await expect(a.banner("Changed in another tab")).toContainText("This tab will not overwrite it unless you choose to.");

  await a.page.getByRole("textbox", { name: "Title" }).fill("Edited after the warning");
  await expect(a.saveStatus).toContainText("Not saved: changed in another tab");
  expect(await a.storedText()).toBe(broken);
});

/**
 * Makes both pages store the workspace at the same moment: each waits for the same instant
 * (a busy wait for the last milliseconds) and then fires `pagehide`, on which SixTwo saves at
 * once. Each browser tab sees localStorage through its own copy, updated a little after
 * another tab writes, so both tabs read the same revision and both write the next one.
 */
async function saveAtTheSameMoment(pages) {
  const at = Date.now() + 150;
  await Promise.all(
    pages.map((page) =>
      page.evaluate(
        (at) =>
          new Promise((resolve) => {
            const fire = () => {
              while (Date.now() < at) {
                // wait for the shared instant
              }
              window.dispatchEvent(new Event("pagehide"));
              resolve();
            };
            setTimeout(fire, Math.max(0, at - Date.now() - 5));
          }),
        at,
      ),
    ),
  );
}

test("two tabs saving at the same moment lose neither change", async ({ context, page }) => {
  const a = new App(page);
  await a.loadExample();
  await a.waitForSaved();
  const b = new App(await context.newPage());
  await openObjective(a, "O1");
  await openObjective(b, "O2");

  for (let round = 1; round <= 8; round += 1) {
    await a.page.getByRole("textbox", { name: "Title" }).fill(`O1 title from tab A, round ${round}`);
    await b.page.getByRole("textbox", { name: "Title" }).fill(`O2 title from tab B, round ${round}`);
    await saveAtTheSameMoment([a.page, b.page]);
    // Once the tabs have heard of each other's saves, storage holds both changes…
    await expect
      .poll(async () => {
        const stored = await a.storedObjectives();
        return [stored.O1.title, stored.O2.title];
      })
      .toEqual([`O1 title from tab A, round ${round}`, `O2 title from tab B, round ${round}`]);
    // …and no tab asks anything: they changed different objectives.
    await expect(a.banner("Changed in another tab")).toHaveCount(0);
    await expect(b.banner("Changed in another tab")).toHaveCount(0);
    await expect(a.saveStatus).toContainText("Saved in this browser at");
    await expect(b.saveStatus).toContainText("Saved in this browser at");
  }

  // Both tabs show both changes, and so does a fresh tab.
  for (const app of [a, b, new App(await context.newPage())]) {
    await app.open("#/register");
    await expect(await app.registerCell("O1", "Title")).toHaveText("O1 title from tab A, round 8");
    await expect(await app.registerCell("O2", "Title")).toHaveText("O2 title from tab B, round 8");
  }
});

test("unsaved changes to another objective are combined with a save from another tab", async ({
  context,
  page,
}) => {
  await context.clock.install();
  const a = new App(page);
  await a.loadExample();
  await a.waitForSaved();
  const b = new App(await context.newPage());
  await openObjective(b, "T2");
  await openObjective(a, "T1");

  await context.clock.pauseAt(new Date(Date.now() + 1_000));
  await b.page.getByRole("textbox", { name: "Title" }).fill("T2 from tab B");
  await context.clock.runFor(200);
  await a.page.getByRole("textbox", { name: "Title" }).fill("T1 from tab A");
  await context.clock.runFor(250); // B's save is due; A's is 150 ms away.
  await expect(b.saveStatus).toContainText("Saved in this browser at");

  // A combines B's save with its own unsaved change, stores both and says so.
  await expect(
    a.page.getByRole("status").filter({ hasText: "Changes saved in another tab were combined" }),
  ).toBeVisible();
  await expect(a.banner("Changed in another tab")).toHaveCount(0);
  await expect(a.page.getByRole("textbox", { name: "Title" })).toHaveValue("T1 from tab A");
  await context.clock.resume();
  await expect
    .poll(async () => {
      const stored = await a.storedObjectives();
      return [stored.T1.title, stored.T2.title];
    })
    .toEqual(["T1 from tab A", "T2 from tab B"]);
  // B follows A's combined save.
  await expect(b.page.getByRole("textbox", { name: "Title" })).toHaveValue("T2 from tab B");
  await b.open("#/register");
  await expect(await b.registerCell("T1", "Title")).toHaveText("T1 from tab A");
});
