// The objective page's lists of other objectives (the children, "also contributed to by") and
// the tab's title are kept in memos that typing in the page's own fields does not rebuild:
// they must still follow every change that reaches them (another objective's new title, its
// undo, the title typed).
import { test, expect } from "../support/app.js";

/** The text of `code`'s cell in `column` of the register. */
async function registerCell(page, code, column) {
  return page.locator("table.register tbody tr[data-row]").evaluateAll(
    (rows, [code, column]) => {
      const row = rows.find((row) => row.querySelector(".col-code")?.textContent.trim() === code);
      return row?.querySelector(`.col-${column}`)?.textContent.trim();
    },
    [code, column],
  );
}

test("the children list follows a child's new title and its undo; the tab's title follows the title typed", async ({ app, page }) => {
  await app.loadExample();
  await app.open("#/register");
  const parentCode = await registerCell(page, "T2", "parent");
  expect(parentCode, "T2 has a parent in the example").toBeTruthy();
  const oldTitle = await registerCell(page, "T2", "title");

  await page.getByRole("link", { name: "T2", exact: true }).click();
  await expect(app.heading).toHaveText(`T2 ${oldTitle}`);
  await expect(page).toHaveTitle(`T2 ${oldTitle} · SixTwo`);
  await page.evaluate(() => {
    document.querySelector('[data-testid="identity-fold"]').open = true;
  });
  const title = page.locator("#objective-title");
  await title.fill("Recover faster");
  await title.pressSequentially(" everywhere");
  await expect(page).toHaveTitle("T2 Recover faster everywhere · SixTwo");
  await title.press("Tab");
  await app.waitForSaved();

  await app.open("#/register");
  await page.getByRole("link", { name: parentCode, exact: true }).click();
  await expect(app.heading).toHaveText(new RegExp(`^${parentCode} `));
  const children = page.locator("ul.child-list");
  await expect(children).toContainText("T2 Recover faster everywhere");

  // Undone while this page is open: the list is not rebuilt by keystrokes here, but an undo
  // reaches it.
  // (The typing may be undone in one step or two.)
  await page.getByRole("button", { name: "Undo", exact: true }).first().click();
  await expect(children).not.toContainText("Recover faster everywhere");
  await expect(children).toContainText("T2 ");
});
