// Refused input is explained next to the field (aria-invalid, aria-describedby) and never
// reaches the workspace.
import { test, expect } from "../support/app.js";

const TAKEN = "The code S1 is already used by another objective.";

/** Expects `field` to be marked invalid and described by a visible message saying `message`. */
async function expectFieldError(page, field, message) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const ids = describedBy.split(/\s+/).filter(Boolean);
  const texts = [];
  for (const id of ids) {
    texts.push((await page.locator(`[id="${id}"]`).innerText()).trim());
  }
  expect(texts, `aria-describedby="${describedBy}" points at the message`).toContain(message);
  const error = page.locator(`[id="${ids[texts.indexOf(message)]}"]`);
  await expect(error).toBeVisible();
  await expect(error).toHaveRole("alert");
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

test.describe("a code that another objective uses", () => {
  test.beforeEach(async ({ app }) => {
    await app.loadExample();
    await app.waitForSaved();
    await app.go("Register", "Objectives register");
    await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
    await expect(app.heading).toHaveText("T1 Raise customer satisfaction");
  });

  test("is refused next to the field on the objective page, and the register keeps the old code", async ({
    app,
    page,
  }) => {
    const code = page.getByRole("textbox", { name: "Code" });
    await expect(code).not.toHaveAttribute("aria-invalid", /.*/);
    await code.fill("S1");

    await expectFieldError(page, code, TAKEN);
    await expect(code).toHaveValue("S1"); // what the user typed stays, to be corrected
    await expect(app.heading).toHaveText("T1 Raise customer satisfaction");

    await page.getByRole("link", { name: "Back to the register" }).click();
    await expect(app.heading).toHaveText("Objectives register");
    await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
    await expect(app.register.getByRole("link", { name: "S1", exact: true })).toHaveCount(1);
    await expect(await app.registerCell("T1", "Title")).toHaveText("Raise customer satisfaction");
    await expect(await app.registerCell("O1", "Parent")).toHaveText("T1");
    await app.waitForSaved();
    expect(Object.keys(await app.storedObjectives()).sort()).toEqual(
      ["O1", "O2", "O3", "S1", "S2", "S3", "T1", "T2", "T3"],
    );

    // Coming back shows the stored code; a free code is accepted and the error goes away.
    await app.registerRow("T1").getByRole("link", { name: "T1", exact: true }).click();
    await expect(code).toHaveValue("T1");
    await expect(code).not.toHaveAttribute("aria-invalid", /.*/);
    await code.fill("T1.1");
    await expect(app.heading).toHaveText("T1.1 Raise customer satisfaction");
    await expect(code).not.toHaveAttribute("aria-invalid", /.*/);
    await expect(page.getByText(TAKEN)).toBeHidden();
    await app.go("Register", "Objectives register");
    await expect(await app.registerCell("O1", "Parent")).toHaveText("T1.1");
  });

  test("fixing the code while typing clears the error", async ({ app, page }) => {
    const code = page.getByRole("textbox", { name: "Code" });
    await code.fill("S1");
    await expectFieldError(page, code, TAKEN);
    await code.press("End");
    await code.pressSequentially("-b");
    await expect(code).toHaveValue("S1-b");
    await expect(code).not.toHaveAttribute("aria-invalid", /.*/);
    await expect(page.getByText(TAKEN)).toBeHidden();
    await expect(app.heading).toHaveText("S1-b Raise customer satisfaction");
  });

  test("other bad codes and an empty title are explained too", async ({ app, page }) => {
    const code = page.getByRole("textbox", { name: "Code" });
    await code.fill("");
    await expectFieldError(page, code, "Enter a code, such as S1 or T1.2.");
    await code.fill("T 1");
    await expectFieldError(page, code, "A code cannot contain spaces.");
    await code.fill("T1");
    await expect(code).not.toHaveAttribute("aria-invalid", /.*/);

    const title = page.getByRole("textbox", { name: "Title" });
    await title.fill("   ");
    await expectFieldError(page, title, "Enter a title.");
    await expect(app.heading).toHaveText("T1 Raise customer satisfaction");
  });
});

test("the New objective form refuses a taken code at the Code field and moves focus there", async ({ app, page }) => {
  await app.loadExample();
  await app.open("#/objectives/new");
  const code = page.getByRole("textbox", { name: "Code" });
  await expect(code).toHaveValue("S4"); // the next free strategic code is suggested
  await code.fill("S1");
  await page.getByRole("textbox", { name: "Title" }).fill("A second S1");
  await page.getByRole("button", { name: "Create objective" }).click();

  await expectFieldError(page, code, TAKEN);
  await expect(code).toBeFocused();
  await expect(app.heading).toHaveText("New objective");

  // Nothing was created.
  await app.go("Register", "Objectives register");
  await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
  await expect(app.register.getByRole("cell", { name: "A second S1" })).toHaveCount(0);
});
