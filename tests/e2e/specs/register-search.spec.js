// The register's search: typing narrows the rows through a search index kept per workspace,
// and a row still in view after a keystroke is kept (only its row number follows), so each
// keystroke builds only the rows that come into view.
import { test, expect } from "../support/app.js";

/** [code, aria-rowindex] of every rendered register row, top to bottom. */
async function renderedRows(page) {
  return page.locator("table.register tbody tr[data-row]").evaluateAll((rows) =>
    rows.map((row) => [row.querySelector(".col-code")?.textContent.trim(), row.getAttribute("aria-rowindex")]),
  );
}

test.describe("the register's search", () => {
  test("keeps a row that stays in view and numbers the rows in order", async ({ app, page }) => {
    await app.loadExample();
    await app.open("#/register");
    const search = page.getByRole("searchbox", { name: "Search" });
    const before = await renderedRows(page);
    expect(before.length).toBeGreaterThan(5);
    const t2 = before.findIndex(([code]) => code === "T2");
    expect(t2, "T2 is not the first row before the search").toBeGreaterThan(0);

    // Mark T2's row element: after the search moves it up it must be the same element.
    await page.locator("table.register tbody tr[data-row]").nth(t2).evaluate((row) => {
      row.dataset.marked = "kept";
    });
    await search.fill("availability");
    await expect.poll(async () => (await renderedRows(page)).length).toBeLessThan(before.length);
    const after = await renderedRows(page);
    const moved = after.findIndex(([code]) => code === "T2");
    expect(moved, "T2 matches and moved up").toBeGreaterThanOrEqual(0);
    expect(moved).toBeLessThan(t2);
    await expect(page.locator('table.register tr[data-marked="kept"] .col-code')).toHaveText("T2");
    // Row numbers follow the rows' new places (the header row is 1).
    expect(after.map(([, index]) => index)).toEqual(after.map((_, i) => String(i + 2)));

    // Clearing the search brings every row back, numbered in order again.
    await search.fill("");
    await expect.poll(async () => (await renderedRows(page)).length).toBe(before.length);
    const restored = await renderedRows(page);
    expect(restored).toEqual(before);
  });

  test("the field is written only when the search differs from it: kept when the page opens again, emptied by Clear filters", async ({ app, page }) => {
    await app.loadExample();
    await app.open("#/register");
    const search = page.getByRole("searchbox", { name: "Search" });
    // Count the app's writes to the field's value: typing into it must not write it back.
    await search.evaluate((field) => {
      const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");
      window.__searchWrites = 0;
      Object.defineProperty(field, "value", {
        configurable: true,
        get() {
          return own.get.call(this);
        },
        set(text) {
          window.__searchWrites += 1;
          own.set.call(this, text);
        },
      });
    });
    await search.pressSequentially("avail");
    await expect(search).toHaveValue("avail");
    await expect.poll(async () => (await renderedRows(page)).map(([code]) => code)).toContain("T2");
    expect(await page.evaluate(() => window.__searchWrites), "writes while typing").toBe(0);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(search).toHaveValue("");
    expect(await page.evaluate(() => window.__searchWrites), "writes when the filters are cleared").toBe(1);
    await search.pressSequentially("avail");
    await expect.poll(async () => (await renderedRows(page)).map(([code]) => code)).toContain("T2");
    const rows = await renderedRows(page);
    await app.open("#/tree");
    await app.open("#/register");
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("avail");
    await expect.poll(() => renderedRows(page)).toEqual(rows);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");
    await expect.poll(async () => (await renderedRows(page)).length).toBeGreaterThan(rows.length);
  });

  test("rows narrowed key by key are the rows of the same search typed at once", async ({ app, page }) => {
    await app.loadExample();
    await app.open("#/register");
    const search = page.getByRole("searchbox", { name: "Search" });
    const codes = async () => (await renderedRows(page)).map(([code]) => code);
    /** The rows and the count for `text` filled in one go from an empty search. */
    const fresh = async (text) => {
      await search.fill("");
      await search.fill(text);
      await expect.poll(() => search.inputValue()).toBe(text);
      return [await codes(), await page.getByTestId("register-count").textContent()];
    };
    const expectRows = async (text) => {
      const typed = [await codes(), await page.getByTestId("register-count").textContent()];
      expect(typed, `rows after typing up to "${text}"`).toEqual(await fresh(text));
      await search.fill(text);
    };

    // Typed on, one key at a time (each key narrows the rows shown last), then a key deleted
    // (which must bring back the rows the longer text had dropped).
    await search.fill("");
    await search.pressSequentially("ava");
    await expect.poll(() => search.inputValue()).toBe("ava");
    await expectRows("ava");
    await search.press("Backspace");
    await search.press("Backspace");
    await expect.poll(() => search.inputValue()).toBe("a");
    await expectRows("a");
    // A second word narrows too.
    await search.pressSequentially(" t");
    await expect.poll(() => search.inputValue()).toBe("a t");
    await expectRows("a t");

    // Another filter changed and changed back: the search's rows are all back.
    await search.fill("a");
    const before = await codes();
    const owner = page.getByRole("combobox", { name: "Owner" });
    const named = (await owner.locator("option").allTextContents()).slice(2);
    expect(named.length).toBeGreaterThan(0);
    await owner.selectOption({ label: named[0] });
    await expect.poll(async () => (await codes()).length).toBeLessThan(before.length);
    await search.pressSequentially("v");
    await owner.selectOption({ index: 0 });
    await search.press("Backspace");
    await expect.poll(codes).toEqual(before);
  });

  test("a word never matches across two fields, and case does not matter", async ({ app, page }) => {
    await app.loadExample();
    await app.open("#/register");
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("AVAILABILITY");
    await expect.poll(async () => (await renderedRows(page)).map(([code]) => code)).toContain("T2");
    // T2's title ends in "availability" and its code is "T2": the two fields are not one text.
    await search.fill("availabilityt2");
    await expect(page.locator("table.register tbody tr[data-row]")).toHaveCount(0);
  });
});
