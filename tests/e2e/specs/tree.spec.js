// The tree of objective levels with the keyboard only (WAI-ARIA tree view pattern), and
// "Move to…" from the selected item's actions.
import { test, expect, setLanguage } from "../support/app.js";

/** Expects the treeitem of `code` to be document.activeElement and the only selected item. */
async function expectFocusOn(app, code) {
  const item = app.treeItem(code);
  await expect(item).toBeFocused();
  await expect(item).toHaveAttribute("aria-selected", "true");
  await expect(item).toHaveAttribute("tabindex", "0");
  const active = await app.activeElement();
  expect(active.role).toBe("treeitem");
  expect(active.name.startsWith(`${code} `), `focused ${active.name}`).toBe(true);
  await expect(app.tree.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(1);
  await expect(app.tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
}

test.describe("the tree by keyboard", () => {
  test.beforeEach(async ({ app }) => {
    await app.loadExample();
    await app.go("Level tree", "Tree of objective levels");
    await expect(app.tree.getByRole("treeitem")).toHaveCount(9);
  });

  test("Tab enters the tree; arrows, Home, End, type-ahead and Enter work", async ({ app, page }) => {
    const keyboard = page.keyboard;
    // The tree has a single tab stop: Tab from the last toolbar control lands on the first item.
    await page.getByRole("link", { name: "Quick add (short form)" }).focus();
    await keyboard.press("Tab");
    await expectFocusOn(app, "S1");
    await expect(page.getByText("Selected: S1 Raise global market competitiveness")).toBeVisible();
    // Each item is named by what it shows: code, title, level, status, progress and KPIs.
    await expect(app.treeItem("S1")).toHaveAccessibleName(
      /^S1 Raise global market competitiveness Strategic Active No data KPIs: Market share position in the industry ≤ 3 in the ranking; /,
    );

    await keyboard.press("ArrowDown");
    await expectFocusOn(app, "T1");
    await expect(app.treeItem("S1")).toHaveAttribute("aria-selected", "false");
    await expect(app.treeItem("S1")).toHaveAttribute("tabindex", "-1");
    await keyboard.press("ArrowDown");
    await expectFocusOn(app, "O1");
    await keyboard.press("ArrowUp");
    await expectFocusOn(app, "T1");

    // Left collapses an open branch, then moves to the parent.
    await expect(app.treeItem("T1")).toHaveAttribute("aria-expanded", "true");
    await keyboard.press("ArrowLeft");
    await expect(app.treeItem("T1")).toHaveAttribute("aria-expanded", "false");
    await expect(app.treeItem("O1")).toHaveCount(0);
    await expectFocusOn(app, "T1");
    await keyboard.press("ArrowLeft");
    await expectFocusOn(app, "S1");

    // Right moves into an open branch, then opens a closed one.
    await keyboard.press("ArrowRight");
    await expectFocusOn(app, "T1");
    await keyboard.press("ArrowRight");
    await expect(app.treeItem("T1")).toHaveAttribute("aria-expanded", "true");
    await expect(app.treeItem("O1")).toBeVisible();
    await expectFocusOn(app, "T1");
    await keyboard.press("ArrowRight");
    await expectFocusOn(app, "O1");
    // A leaf has nowhere to go to the right.
    await keyboard.press("ArrowRight");
    await expectFocusOn(app, "O1");

    // Home and End.
    await keyboard.press("End");
    await expectFocusOn(app, "O2");
    await keyboard.press("Home");
    await expectFocusOn(app, "S1");

    // Type-ahead: "t" jumps to the next objective starting with T…
    await keyboard.press("t");
    await expectFocusOn(app, "T1");
    // …and a quickly typed "s3" to S3.
    await page.waitForTimeout(900); // let the first type-ahead run end
    await keyboard.type("s3");
    await expectFocusOn(app, "S3");

    // Tab leaves the tree (one tab stop), Shift+Tab comes back to the same item.
    await keyboard.press("Tab");
    await expect(app.treeItem("S3")).not.toBeFocused();
    await keyboard.press("Shift+Tab");
    await expectFocusOn(app, "S3");

    // Enter opens the objective; focus moves to its heading.
    await keyboard.press("Enter");
    await expect(page).toHaveURL(/#\/objectives\/[0-9a-f-]{36}$/);
    await expect(app.heading).toHaveText("S3 Lead in service innovation");
    await expect(app.heading).toBeFocused();

    // Going back to the tree keeps the item that had focus.
    await page.goBack();
    await expect(app.heading).toHaveText("Tree of objective levels");
    await expect(app.treeItem("S3")).toHaveAttribute("aria-selected", "true");
  });

  test("collapsed branches are remembered across a reload", async ({ app, page }) => {
    await app.treeItem("S2").click();
    await page.keyboard.press("ArrowLeft");
    await expect(app.treeItem("S2")).toHaveAttribute("aria-expanded", "false");
    await expect.poll(() => app.treeOutline()).toEqual(["S1@1", "T1@2", "O1@3", "S2@1", "S3@1", "T2@2", "O2@3"]);
    await app.reload();
    await expect(app.treeItem("S2")).toHaveAttribute("aria-expanded", "false");
    await expect.poll(() => app.treeOutline()).toEqual(["S1@1", "T1@2", "O1@3", "S2@1", "S3@1", "T2@2", "O2@3"]);
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect(app.tree.getByRole("treeitem")).toHaveCount(9);
    await page.getByRole("button", { name: "Collapse all" }).click();
    await expect.poll(() => app.treeOutline()).toEqual(["S1@1", "S2@1", "S3@1"]);

    // "*" opens every sibling of the focused item; focus stays where it was.
    await app.treeItem("S2").click();
    await page.keyboard.press("*");
    await expect.poll(() => app.treeOutline()).toEqual(["S1@1", "T1@2", "S2@1", "T3@2", "S3@1", "T2@2"]);
    await expectFocusOn(app, "S2");
    await page.keyboard.press("ArrowDown");
    await expectFocusOn(app, "T3");
  });

  test("“Move to…” in the toolbar moves an objective to another parent with the keyboard alone", async ({
    app,
    page,
  }) => {
    const keyboard = page.keyboard;
    await page.getByRole("link", { name: "Quick add (short form)" }).focus();
    await keyboard.press("Tab");
    await expectFocusOn(app, "S1");
    await keyboard.type("o1");
    await expectFocusOn(app, "O1");
    await expect(page.getByText("Selected: O1 Shorten service response time")).toBeVisible();

    // The selected item's actions come right after the tree: Tab twice reaches "Move to…".
    await keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Open", exact: true })).toBeFocused();
    await keyboard.press("Tab");
    const moveButton = page.getByRole("region", { name: "Actions for the selected objective" }).getByRole("button", {
      name: "Move to…",
    });
    await expect(moveButton).toBeFocused();
    await keyboard.press("Enter");

    const dialog = page.getByRole("dialog", { name: "Move O1 to…" });
    await expect(dialog).toBeVisible();
    // Focus starts in the dialog, on the filter.
    const filter = dialog.getByRole("searchbox", { name: "Search" });
    await expect(filter).toBeFocused();
    const list = dialog.getByRole("listbox", { name: "Parent objective" });
    // The current parent is selected; O1's own branch is not offered.
    await expect(list.getByRole("option", { name: "T1 Raise customer satisfaction (tactical)" })).toHaveJSProperty(
      "selected",
      true,
    );
    await expect(list.getByRole("option", { name: /^O1 / })).toHaveCount(0);

    await keyboard.type("availability");
    await expect(list.getByRole("option")).toHaveText(["No parent", "T2 Improve service availability (tactical)"]);
    await keyboard.press("Tab");
    await expect(list).toBeFocused();
    await keyboard.press("End");
    await expect(list).toHaveValue(/^[0-9a-f-]{36}$/);
    await expect(list.getByRole("option", { name: "T2 Improve service availability (tactical)" })).toHaveJSProperty(
      "selected",
      true,
    );
    await keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Move", exact: true })).toBeFocused();
    await keyboard.press("Enter");

    await expect(dialog).toBeHidden();
    await expect(app.notice).toContainText("Moved O1.");
    // O1 now sits below T2, next to O2.
    await expect.poll(() => app.treeOutline()).toEqual([
      "S1@1",
      "T1@2",
      "S2@1",
      "T3@2",
      "O3@3",
      "S3@1",
      "T2@2",
      "O1@3",
      "O2@3",
    ]);
    await expect(app.treeItem("T1")).not.toHaveAttribute("aria-expanded", /.*/);
    await expect(app.treeItem("O1")).toHaveAttribute("aria-posinset", "1");
    await expect(app.treeItem("O1")).toHaveAttribute("aria-setsize", "2");

    // The register agrees, and Ctrl+Z (focus outside text fields) moves it back.
    await app.go("Register", "Objectives register");
    await expect(await app.registerCell("O1", "Parent")).toHaveText("T2");
    await keyboard.press("Control+z");
    await expect(await app.registerCell("O1", "Parent")).toHaveText("T1");
  });

  test("Escape closes “Move to…” without moving anything", async ({ app, page }) => {
    await app.treeItem("T3").click();
    await page.getByRole("region", { name: "Actions for the selected objective" }).getByRole("button", { name: "Move to…" }).click();
    const dialog = page.getByRole("dialog", { name: "Move T3 to…" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("listbox", { name: "Parent objective" }).selectOption({ label: "S1 Raise global market competitiveness (strategic)" });
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect.poll(() => app.treeOutline()).toEqual([
      "S1@1",
      "T1@2",
      "O1@3",
      "S2@1",
      "T3@2",
      "O3@3",
      "S3@1",
      "T2@2",
      "O2@3",
    ]);
  });
});

// The actions sit beside the rows on wider screens: none of them may cover any item's clickable
// area, whatever the width and the language's button widths.
test.describe("the selected item's actions", () => {
  for (const language of ["English", "简体中文"]) {
    test(`never cover a tree item at any width (${language})`, async ({ app, page }) => {
      await app.loadExample();
      await setLanguage(page, language);
      await app.open("#/tree");
      await expect(app.tree.getByRole("treeitem")).toHaveCount(9);
      for (const width of [1280, 1024, 800, 641]) {
        await page.setViewportSize({ width, height: 900 });
        for (const code of ["S1", "T1", "O2", "S3"]) {
          await app.treeItem(code).click();
          await expect(app.treeItem(code)).toBeFocused();
          const actions = page.locator("section.tree-actions");
          await expect(actions).toBeVisible();
          const bar = await actions.boundingBox();
          for (const item of await app.tree.getByRole("treeitem").all()) {
            const box = await item.boundingBox();
            const overlaps =
              bar.x < box.x + box.width && box.x < bar.x + bar.width && bar.y < box.y + box.height && box.y < bar.y + bar.height;
            expect(overlaps, `${width} px, ${code} selected: the actions overlap ${await item.getAttribute("id")}`).toBe(false);
          }
          // Tab goes from the item straight to its first action.
          await page.keyboard.press("Tab");
          await expect(actions.getByRole("button").first()).toBeFocused();
        }
      }
    });
  }
});
