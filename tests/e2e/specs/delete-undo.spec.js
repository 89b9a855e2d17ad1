// Deleting objectives: what happens to the objectives below, and Undo (the notice's button
// and Ctrl+Z outside text fields) bringing everything back.
import { test, expect } from "../support/app.js";

/** Opens `code`'s page from the register and opens its delete dialog. */
async function startDeleting(app, page, code) {
  await app.go("Register", "Objectives register");
  await app.registerRow(code).getByRole("link", { name: code, exact: true }).click();
  await expect(app.heading).toHaveText(new RegExp(`^${code} `));
  await page.getByRole("button", { name: "Delete…" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${code}?` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe("deleting an objective with children", () => {
  test.beforeEach(async ({ app }) => {
    await app.loadExample();
    await app.waitForSaved();
  });

  test("keeps the children under the grandparent; the notice's Undo restores everything", async ({ app, page }) => {
    const dialog = await startDeleting(app, page, "T1");
    const choices = dialog.getByRole("group", {
      name: "T1 has 1 objective directly below it. What should happen to it?",
    });
    await expect(choices).toBeVisible();
    const keep = choices.getByRole("radio", { name: "Keep it and attach it to S1" });
    const deleteAll = choices.getByRole("radio", { name: "Delete it too (2 objectives in all)" });
    await expect(keep).toBeChecked();
    await expect(deleteAll).not.toBeChecked();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();

    await expect(dialog).toBeHidden();
    await expect(app.heading).toHaveText("Objectives register");
    await expect(app.notice).toContainText("Deleted T1.");
    await expect(app.registerCount).toHaveText("Showing 8 of 8 objectives.");
    await expect(app.registerRow("T1")).toHaveCount(0);
    await expect(await app.registerCell("O1", "Parent")).toHaveText("S1");
    await app.waitForSaved();
    let stored = await app.storedObjectives();
    expect(stored.T1).toBeUndefined();
    expect(stored.O1.parentCode).toBe("S1");

    await app.notice.getByRole("button", { name: "Undo" }).click();
    await expect(app.notice).toContainText("Undone: delete T1");
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
    await expect(await app.registerCell("T1", "Parent")).toHaveText("S1");
    await expect(await app.registerCell("O1", "Parent")).toHaveText("T1");
    await app.waitForSaved();
    stored = await app.storedObjectives();
    expect(stored.T1).toEqual({ title: "Raise customer satisfaction", level: "tactical", parentCode: "S1" });
    expect(stored.O1.parentCode).toBe("T1");

    // The restored objective keeps its KPIs and links.
    await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
    await expect(page.getByRole("group", { name: /^KPI \d: / })).toHaveCount(3);
    await expect(page.getByRole("checkbox", { name: /^P1 / })).toBeChecked();
  });

  test("deletes the children too; Ctrl+Z outside text fields restores them, Ctrl+Shift+Z redoes", async ({
    app,
    page,
  }) => {
    const dialog = await startDeleting(app, page, "T1");
    await dialog.getByRole("radio", { name: "Delete it too (2 objectives in all)" }).check();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(app.registerCount).toHaveText("Showing 7 of 7 objectives.");
    await expect(app.registerRow("T1")).toHaveCount(0);
    await expect(app.registerRow("O1")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Undo", exact: true }).first()).toHaveAttribute(
      "title",
      "Undo: delete T1 and 1 below it",
    );

    // Inside a text field Ctrl+Z belongs to the field, not to the workspace.
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("cost");
    await search.press("Control+z");
    await expect(app.registerCount).toHaveText(/of 7 objectives\.$/);
    await search.fill("");
    await expect(app.registerCount).toHaveText("Showing 7 of 7 objectives.");

    // Outside text fields it undoes the deletion.
    await app.heading.focus();
    await page.keyboard.press("Control+z");
    await expect(app.notice).toContainText("Undone: delete T1 and 1 below it");
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
    await expect(await app.registerCell("O1", "Parent")).toHaveText("T1");

    await page.keyboard.press("Control+Shift+z");
    await expect(app.notice).toContainText("Redone: delete T1 and 1 below it");
    await expect(app.registerCount).toHaveText("Showing 7 of 7 objectives.");
    await page.keyboard.press("Control+z");
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");

    await app.waitForSaved();
    await app.reload();
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
    await expect(await app.registerCell("O1", "Parent")).toHaveText("T1");
  });

  test("a strategic objective's children can be kept without a parent", async ({ app, page }) => {
    const dialog = await startDeleting(app, page, "S2");
    await expect(dialog.getByRole("radio", { name: "Keep it, without a parent" })).toBeChecked();
    await expect(dialog.getByRole("radio", { name: "Delete it too (3 objectives in all)" })).toBeVisible();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(app.registerCount).toHaveText("Showing 8 of 8 objectives.");
    await expect(await app.registerCell("T3", "Parent")).toHaveText("");

    // The tree now warns that T3 is not aligned.
    await app.go("Level tree", "Tree of objective levels");
    const group = app.tree.getByRole("treeitem", { name: /Not aligned \(1\)/ });
    await expect(group).toBeVisible();
    await expect(group).toHaveAttribute("aria-level", "1");
    await expect.poll(() => app.treeOutline()).toContain("T3@2");
  });
});

test("deleting an objective without children only asks for confirmation; Cancel and Escape keep it", async ({
  app,
  page,
}) => {
  await app.loadExample();
  const dialog = await startDeleting(app, page, "O1");
  await expect(dialog).toContainText("This removes the objective and its KPIs. You can undo it.");
  await expect(dialog.getByRole("radio")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(app.heading).toHaveText("O1 Shorten service response time");

  await page.getByRole("button", { name: "Delete…" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(app.heading).toHaveText("O1 Shorten service response time");

  await page.getByRole("button", { name: "Delete…" }).click();
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(app.registerCount).toHaveText("Showing 8 of 8 objectives.");
  await expect(app.registerRow("O1")).toHaveCount(0);
});
