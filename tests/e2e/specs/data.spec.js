// The Data view: how much is stored, exporting the workspace, and emptying it (undoable).
import { test, expect, downloadText } from "../support/app.js";

test("the Data view exports the workspace and empties it after confirming, undoably", async ({ app, page }) => {
  await app.open("#/data");
  await expect(app.heading).toHaveText("Your data");
  await expect(page.getByText("Nothing is stored yet.")).toBeVisible();

  await app.go("Overview", "Overview");
  await page.getByRole("button", { name: "Load the example" }).first().click();
  await app.waitForSaved();
  await app.go("Data", "Your data");
  await expect(page.getByText(/^Stored: \d{1,3}(,\d{3})* of 5,242,880 UTF-16 units \(\d+\.\d % of this browser's quota for the site\)\.$/)).toBeVisible();

  // The export is the versioned format with the whole workspace, named after the organisation.
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("main").getByRole("button", { name: "Export the whole workspace (JSON)" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^sixtwo-example-it-services-ltd-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(await downloadText(file));
  expect(json.format).toBe("sixtwo-workspace");
  expect(json.schemaVersion).toBe(3);
  expect(json.workspace.objectives).toHaveLength(9);
  expect(json.workspace.organisation.name).toBe("Example IT Services Ltd.");

  // Emptying asks first.
  await page.getByRole("button", { name: "Empty the workspace…" }).click();
  const dialog = page.getByRole("dialog", { name: "Empty the workspace?" });
  await expect(dialog).toContainText("Everything in the workspace is removed. You can undo this.");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Empty the workspace…" }).click();
  await dialog.getByRole("button", { name: "Empty it" }).click();
  await expect(dialog).toBeHidden();
  await expect(app.notice).toContainText("The workspace is empty.");
  await app.waitForSaved();
  expect((await app.storedEnvelope()).workspace.objectives ?? []).toHaveLength(0);

  await app.go("Overview", "Overview");
  await expect(page.getByRole("heading", { name: "Start here" })).toBeVisible();
  await page.getByRole("button", { name: "Undo", exact: true }).first().click();
  await expect(page.getByTestId("count-Operational")).toHaveText("3 objectives");
  await app.waitForSaved();
  expect((await app.storedEnvelope()).workspace.objectives).toHaveLength(9);
});
