// Importing a JSON file from the Data page or by dropping it on the page: the checks that
// refuse a broken file (and change nothing), the preview of what the file holds and would
// change, and the three ways to apply it — replace (after a backup, undoable), merge by id
// (the newer change wins, conflicts decided by the user) and import as a copy (new ids).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, App, downloadText, expectNoAxeViolations, WORKSPACE_KEY, setLanguage } from "../support/app.js";

const ORG = "Example IT Services Ltd.";
const ORG_SLUG = "example-it-services-ltd";
const CHOOSE = "Choose a JSON file to import";
const PREVIEW = "Import preview";
const SHOW_MERGE = "Show the records that differ and the codes that change";
const SHOW_COPY = "Show the codes that will change";
/** The buttons that open the preview's lists (disclosures: closed at first, rendered when opened). */
const SHOW_ADDED = "Show the objectives only in the file";
const SHOW_CHANGED = "Show the objectives that differ";
const SHOW_REMOVED = "Show the objectives only in this workspace";
const SHOW_UNKNOWN = "Show the fields SixTwo does not know";

/** Exports the whole workspace from the Data page; returns the file's name and text. */
async function exportWorkspace(app) {
  await app.open("#/data");
  const [file] = await Promise.all([
    app.page.waitForEvent("download"),
    app.page.getByRole("main").getByRole("button", { name: "Export the whole workspace (JSON)", exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await downloadText(file) };
}

/** Chooses a file with the Data page's file input (the Data page must be open). */
async function chooseFile(page, name, text, label = CHOOSE) {
  await page.getByLabel(label).setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8"),
  });
}

/** Changes an exported file's workspace with `edit` and writes it back, pretty as SixTwo does. */
function edited(text, edit) {
  const envelope = JSON.parse(text);
  edit(envelope.workspace, envelope);
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** An RFC 3339 timestamp in whole seconds, `offsetDays` from now. */
function stamp(offsetDays) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A new strategic objective with nothing but what the format requires. */
function newObjective(idSuffix, code, title) {
  const at = stamp(0);
  return {
    id: `00000000-0000-4000-8000-0000000000${idSuffix}`,
    code,
    title,
    level: "strategic",
    created: at,
    updated: at,
  };
}

/** Opens one of the preview's lists with its button (`show`), which then reads `hide` and says
 * that it is expanded. */
async function openList(page, show, hide = show.replace(/^Show/, "Hide").replace(/^显示/, "隐藏")) {
  await page.getByRole("button", { name: show, exact: true }).click();
  await expect(page.getByRole("button", { name: hide, exact: true })).toHaveAttribute("aria-expanded", "true");
}

/** The register's rows as text (code, title, level…), top to bottom. */
async function registerRows(app) {
  await app.open("#/register");
  await expect(app.registerCount).toContainText("Showing");
  return app.register.getByRole("row").evaluateAll((rows) =>
    rows.map((row) => row.innerText.replace(/\s+/g, " ").trim()),
  );
}

/** The refusal shown on the Data page. */
function refusal(page) {
  return page.getByTestId("import-problem");
}

test("an exported file imported into an empty browser profile shows the same register", async ({ app, page, browser }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  expect(exported.name).toMatch(new RegExp(`^sixtwo-${ORG_SLUG}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const rows = await registerRows(app);
  expect(rows.length).toBe(10);

  // Another browser profile: nothing stored there.
  const context = await browser.newContext();
  try {
    const other = new App(await context.newPage());
    await other.open("#/data");
    expect(await other.storedText()).toBeNull();
    await chooseFile(other.page, exported.name, exported.text);
    await expect(other.heading).toHaveText(PREVIEW);
    await expect(other.page.getByTestId("import-file-name")).toHaveText(`File: ${exported.name}`);
    const contents = other.page.getByTestId("import-contents");
    await expect(contents).toContainText(ORG);
    await expect(contents).toContainText(/Strategic objectives\s*3/);
    await expect(contents).toContainText(/Tactical objectives\s*3/);
    await expect(contents).toContainText(/Operational objectives\s*3/);
    await expect(other.page.getByRole("heading", { name: "Only in the file (9): added by every choice" })).toBeVisible();
    await openList(other.page, SHOW_ADDED);
    await expect(other.page.getByTestId("import-added").getByRole("listitem")).toHaveCount(9);
    await expect(other.page.getByTestId("import-removed")).toHaveCount(0);
    await expect(other.page.getByTestId("import-unknown")).toHaveCount(0);
    // Nothing is stored before a choice is made.
    expect(await other.storedText()).toBeNull();
    await expect(other.page.getByText("This workspace is empty, so there is nothing to back up.")).toBeVisible();

    await other.page.getByRole("button", { name: "Replace with this file" }).click();
    await expect(other.heading).toHaveText("Objectives register");
    await expect(other.notice).toContainText(`Imported ${exported.name}: the workspace was replaced.`);
    await other.waitForSaved();
    expect(await registerRows(other)).toEqual(rows);
    expect((await other.storedEnvelope()).workspace).toEqual(JSON.parse(exported.text).workspace);
  } finally {
    await context.close();
  }
});

test("broken files are refused with their specific message, and nothing changes", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  const storedBefore = await app.storedText();
  const workspace = JSON.parse(exported.text).workspace;
  const stranger = "00000000-0000-4000-8000-00000000dead";

  const cases = [
    {
      name: "notes.json",
      text: "{\n  \"format\": \"sixtwo-workspace\",\n  oops\n}\n",
      message: "It is not valid JSON: a key must be a string in double quotes (line 3, column 3).",
    },
    {
      name: "truncated.json",
      text: exported.text.slice(0, 200),
      message: /^It is not valid JSON: the text ends before the value does \(line \d+, column \d+\)\.$/,
    },
    {
      name: "drawing.json",
      text: '{"format": "excalidraw", "elements": []}',
      message: 'It is a "excalidraw" document, not a SixTwo workspace.',
    },
    {
      name: "newer.json",
      text: exported.text.replace('"schemaVersion": 3', '"schemaVersion": 4'),
      message:
        "It was saved by a newer version of SixTwo (schema version 4); this version reads schema version 3. Open it with the newer SixTwo.",
    },
    {
      name: "types.json",
      text: edited(exported.text, (w) => {
        w.objectives[3].kpis[0].target = "ninety";
      }),
      message: /^The field workspace\.objectives\[3\]\.kpis\[0\]\.target is invalid: expected a number, found a string$/,
    },
    {
      name: "parent.json",
      text: edited(exported.text, (w) => {
        w.objectives[4].parent = stranger;
      }),
      message: /workspace\.objectives\[4\]\.parent/,
    },
    {
      name: "cycle.json",
      text: edited(exported.text, (w) => {
        const [t1, o1] = [w.objectives[3], w.objectives[6]];
        t1.level = "operational";
        t1.parent = o1.id;
        o1.parent = t1.id;
      }),
      message: /workspace\.objectives\[3\]\.parent: the parent links form a loop/,
    },
    {
      name: "duplicates.json",
      text: edited(exported.text, (w) => {
        w.objectives[1].id = w.objectives[2].id;
      }),
      message: /workspace\.objectives\[\d\]\.id/,
    },
    {
      name: "links.json",
      text: edited(exported.text, (w) => {
        w.objectives[0].policyLinks = [stranger];
        w.objectives[1].requirementLinks = [stranger];
      }),
      message: /workspace\.objectives\[1\]\.requirementLinks\[0\]/,
    },
  ];
  expect(workspace.objectives[3].kpis[0].target).toEqual(expect.any(Number));

  for (const { name, text, message } of cases) {
    await chooseFile(page, name, text);
    const shown = refusal(page);
    await expect(shown, name).toContainText("The file could not be imported");
    await expect(shown, name).toContainText(`File: ${name}`);
    await expect(shown.getByRole("listitem").filter({ hasText: message }), name).not.toHaveCount(0);
    await expect(shown, name).toContainText("Nothing was changed: your workspace is as it was.");
    await expect(shown, name).toBeFocused();
    await expect(app.heading).toHaveText("Your data");
    expect(await app.storedText(), name).toBe(storedBefore);
  }
  // Both missing links are named, each with its path.
  const links = await refusal(page).getByRole("listitem").allInnerTexts();
  expect(links.some((line) => line.includes("workspace.objectives[0].policyLinks[0]"))).toBe(true);

  // A file above the documented limit is refused before it is read.
  // (Playwright hands over buffers of at most 50 MB: a file this large goes by its path.)
  const hugePath = path.join(os.tmpdir(), `sixtwo-huge-${process.pid}.json`);
  fs.writeFileSync(hugePath, Buffer.alloc(64 * 1024 * 1024 + 1, 0x20));
  try {
    await page.getByLabel(CHOOSE).setInputFiles(hugePath);
  } finally {
    fs.rmSync(hugePath, { force: true });
  }
  await expect(refusal(page)).toContainText(
    "The file has 67,108,865 bytes; SixTwo imports files of up to 64 MB (67,108,864 bytes).",
  );
  await expect(page.getByText("Files of up to 64 MB are accepted.", { exact: false })).toBeVisible();

  // Bytes that are not text (a PNG picture renamed .json) get their own message, with the
  // first byte that is not UTF-8, rather than a JSON error about replaced characters.
  const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  await chooseFile(page, "picture.json", picture);
  await expect(refusal(page).getByRole("listitem")).toHaveText([
    "The file is not text encoded as UTF-8: byte 1 is not valid UTF-8.",
  ]);
  await expect(refusal(page)).toBeFocused();
  expect(await app.storedText()).toBe(storedBefore);

  // A header value of the wrong kind is named, not taken for another format.
  await chooseFile(page, "revision.json", exported.text.replace('"schemaVersion": 3,', '"schemaVersion": 3,\n  "rev": -1,'));
  await expect(refusal(page).getByRole("listitem")).toHaveText([
    "Its field rev must be a whole number of 0 or more, but it is -1.",
  ]);

  // The register is the same after all of this, and so is storage, also after a reload.
  await app.reload();
  expect(await app.storedText()).toBe(storedBefore);
  await expect(page.getByTestId("import-problem")).not.toContainText("could not be imported");
  await app.open("#/register");
  await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
});

test("a cancelled import changes nothing, and the preview without a file says so", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  const storedBefore = await app.storedText();
  const strategicOnly = edited(exported.text, (w) => {
    w.objectives = w.objectives.filter((o) => o.level === "strategic");
  });
  await chooseFile(page, "other.json", strategicOnly);
  await expect(app.heading).toHaveText(PREVIEW);
  await openList(page, SHOW_REMOVED);
  await expect(page.getByTestId("import-removed").getByRole("listitem")).toHaveCount(6);
  await page.getByRole("button", { name: "Cancel the import" }).click();
  await expect(app.heading).toHaveText("Your data");
  await expect(app.notice).toContainText("Import cancelled; nothing changed.");
  expect(await app.storedText()).toBe(storedBefore);
  // The file is forgotten: the preview has nothing to offer.
  await app.open("#/import");
  await expect(page.getByTestId("import-no-file")).toBeVisible();
  await expect(page.getByRole("button", { name: "Replace with this file" })).toHaveCount(0);
  expect(await app.storedText()).toBe(storedBefore);
});

test("replace downloads a backup first, and Undo brings the workspace back", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  const storedBefore = await app.storedText();
  const before = JSON.parse(storedBefore).workspace;
  const rowsBefore = await registerRows(app);

  // A smaller file from another organisation, with one changed and one new objective.
  const file = edited(exported.text, (w) => {
    w.organisation.name = "Training Co";
    w.objectives = w.objectives.filter((o) => o.level === "strategic");
    w.objectives[0].title = "Win new markets";
    w.objectives.push(newObjective("aa", "S9", "Train every engineer"));
  });
  await app.open("#/data");
  await chooseFile(page, "training.json", file);
  await expect(app.heading).toHaveText(PREVIEW);
  await expect(page.getByTestId("import-contents")).toContainText("Training Co");
  await openList(page, SHOW_ADDED);
  await openList(page, SHOW_CHANGED);
  await openList(page, SHOW_REMOVED);
  await expect(page.getByTestId("import-added")).toHaveText(/S9\s+Train every engineer/);
  await expect(page.getByTestId("import-changed")).toHaveText(/S1\s+Win new markets/);
  await expect(page.getByTestId("import-removed").getByRole("listitem")).toHaveCount(6);
  await expect(page.getByTestId("import-unchanged")).toHaveText("The same in both: 2 objectives.");
  const backup = page.getByRole("checkbox", { name: "Download a backup of the current workspace first" });
  await expect(backup).toBeChecked();

  // When the backup cannot be downloaded, nothing is replaced.
  await page.evaluate(() => {
    window.__createObjectURL = URL.createObjectURL;
    URL.createObjectURL = () => {
      throw new Error("blocked by a test");
    };
  });
  await page.getByRole("button", { name: "Replace with this file" }).click();
  const failed = page.locator("#import-replace-error");
  await expect(failed).toHaveText(/The backup could not be downloaded \(blocked by a test\), so nothing was replaced\./);
  await expect(failed).toBeFocused();
  await expect(app.heading).toHaveText(PREVIEW);
  expect(await app.storedText()).toBe(storedBefore);
  await page.evaluate(() => {
    URL.createObjectURL = window.__createObjectURL;
  });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Replace with this file" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^sixtwo-backup-${ORG_SLUG}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const saved = JSON.parse(await downloadText(download));
  expect(saved.format).toBe("sixtwo-workspace");
  expect(saved.workspace).toEqual(before);
  await expect(app.heading).toHaveText("Objectives register");
  await expect(app.notice).toContainText("Imported training.json: the workspace was replaced.");
  await expect(app.registerCount).toHaveText("Showing 4 of 4 objectives.");
  await app.waitForSaved();
  expect((await app.storedEnvelope()).workspace.organisation.name).toBe("Training Co");

  await app.notice.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
  await app.waitForSaved();
  expect((await app.storedEnvelope()).workspace).toEqual(before);
  expect(await registerRows(app)).toEqual(rowsBefore);
});

test("merge by id: the newer change wins by default, and a conflict is decided both ways", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  const before = JSON.parse(exported.text).workspace;
  const s1 = before.objectives.find((o) => o.code === "S1");
  const s2 = before.objectives.find((o) => o.code === "S2");
  // Their S1 is newer, their S2 older, their T1 changed at the same moment as mine; one
  // objective is new and one is missing from the file.
  const file = edited(exported.text, (w) => {
    const theirs = (code) => w.objectives.find((o) => o.code === code);
    Object.assign(theirs("S1"), { title: "Their newer S1", updated: stamp(1) });
    Object.assign(theirs("S2"), { title: "Their older S2", updated: "2001-01-01T00:00:00Z" });
    theirs("T1").title = "Their T1, same time";
    w.objectives = w.objectives.filter((o) => o.code !== "O3");
    w.objectives.push(newObjective("bb", "S4", "Only in the file"));
  });

  const preview = async () => {
    await app.open("#/data");
    await chooseFile(page, "colleague.json", file);
    await expect(app.heading).toHaveText(PREVIEW);
    const merge = page.getByTestId("import-merge");
    // What a merge changes is worked out only when asked for.
    await expect(merge.getByRole("heading", { name: "Records that differ (3)" })).toHaveCount(0);
    const show = merge.getByRole("button", { name: SHOW_MERGE });
    await expect(show).toHaveAttribute("aria-expanded", "false");
    await show.click();
    await expect(merge.getByRole("button", { name: /^Hide the records/ })).toHaveAttribute("aria-expanded", "true");
    await expect(merge.getByRole("heading", { name: "Records that differ (3)" })).toBeVisible();
    return merge;
  };
  const titles = async () => {
    await app.waitForSaved();
    const stored = (await app.storedEnvelope()).workspace.objectives;
    return Object.fromEntries(stored.map((o) => [o.code, o.title]));
  };

  // Default: the newer change of each conflict wins.
  let merge = await preview();
  const s1Choice = merge.getByRole("group", { name: "Objective S1" });
  const s2Choice = merge.getByRole("group", { name: "Objective S2" });
  await expect(s1Choice.getByRole("radio", { name: /^Take theirs: S1 “Their newer S1”, changed .* \(newer\)$/ })).toBeChecked();
  await expect(s1Choice.getByRole("radio", { name: new RegExp(`^Keep mine: S1 “${s1.title}”, changed [^(]*$`) })).not.toBeChecked();
  // Changed at the same moment: neither is newer, and mine stays.
  const t1Choice = merge.getByRole("group", { name: "Objective T1" });
  await expect(t1Choice.getByRole("radio", { name: /^Keep mine: T1 .*[^)]$/ })).toBeChecked();
  await expect(t1Choice.getByRole("radio", { name: /^Take theirs: T1 “Their T1, same time”, changed [^(]*$/ })).not.toBeChecked();
  await expect(s2Choice.getByRole("radio", { name: new RegExp(`^Keep mine: S2 “${s2.title}”, changed .* \\(newer\\)$`) })).toBeChecked();
  await expectNoAxeViolations(page, "import preview with conflicts (English)");
  await merge.getByRole("button", { name: "Merge into this workspace" }).click();
  await expect(app.heading).toHaveText("Objectives register");
  await expect(app.notice).toContainText("Merged colleague.json into the workspace.");
  let merged = await titles();
  expect(merged.S1).toBe("Their newer S1");
  expect(merged.S2).toBe(s2.title);
  expect(merged.T1).toBe(before.objectives.find((o) => o.code === "T1").title);
  expect(merged.S4).toBe("Only in the file");
  expect(merged.O3).toBeDefined();
  expect(Object.keys(merged)).toHaveLength(10);

  // Undo, then decide the S1 conflict the other way (Keep mine) and take their older S2.
  await app.notice.getByRole("button", { name: "Undo", exact: true }).click();
  await app.waitForSaved();
  expect((await app.storedEnvelope()).workspace).toEqual(before);
  merge = await preview();
  await merge.getByRole("group", { name: "Objective S1" }).getByRole("radio", { name: /^Keep mine/ }).check();
  await merge.getByRole("group", { name: "Objective S2" }).getByRole("radio", { name: /^Take theirs/ }).check();
  await merge.getByRole("button", { name: "Merge into this workspace" }).click();
  await expect(app.notice).toContainText("Merged colleague.json into the workspace.");
  merged = await titles();
  expect(merged.S1).toBe(s1.title);
  expect(merged.S2).toBe("Their older S2");
  expect(merged.S4).toBe("Only in the file");
});

test("import as a copy adds the file with new ids and renamed codes, and can be repeated", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  const original = JSON.parse(exported.text).workspace;
  await chooseFile(page, "template.json", exported.text);
  await expect(app.heading).toHaveText(PREVIEW);
  await expect(page.getByTestId("import-unchanged")).toHaveText("The same in both: 9 objectives.");
  const copy = page.getByTestId("import-copy");
  await expect(copy.getByTestId("import-renamed")).toHaveCount(0);
  await copy.getByRole("button", { name: SHOW_COPY }).click();
  await expect(copy.getByTestId("import-renamed").getByRole("listitem")).toHaveCount(9);
  await expect(copy.getByTestId("import-renamed")).toContainText("S1 becomes S1-1");
  await copy.getByRole("button", { name: "Add as a copy" }).click();
  await expect(app.heading).toHaveText("Objectives register");
  await expect(app.notice).toContainText("Added template.json as a copy (9 objectives).");
  await expect(app.registerCount).toHaveText("Showing 18 of 18 objectives.");
  await app.waitForSaved();

  const objectives = (await app.storedEnvelope()).workspace.objectives;
  const ids = objectives.map((o) => o.id);
  expect(new Set(ids).size).toBe(18);
  const originalIds = new Set(original.objectives.map((o) => o.id));
  const copies = objectives.filter((o) => !originalIds.has(o.id));
  expect(copies.map((o) => o.code).sort()).toEqual(original.objectives.map((o) => `${o.code}-1`).sort());
  // Links point at the copies, not at the originals.
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const t1 = copies.find((o) => o.code === "T1-1");
  expect(byId.get(t1.parent).code).toBe("S1-1");
  const kpiIds = objectives.flatMap((o) => (o.kpis ?? []).map((k) => k.id));
  expect(new Set(kpiIds).size).toBe(kpiIds.length);

  // The same template once more, applied without looking first.
  await app.open("#/data");
  await chooseFile(page, "template.json", exported.text);
  await page.getByTestId("import-copy").getByRole("button", { name: "Add as a copy" }).click();
  await expect(app.registerCount).toHaveText("Showing 27 of 27 objectives.");
});

test("a file dropped anywhere on the page opens the preview, and unknown fields are listed", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  const storedBefore = await app.storedText();
  const file = edited(exported.text, (w, envelope) => {
    envelope.generator = "spreadsheet macro";
    w.objectives[2].colour = "red";
    w.objectives[0].kpis[0].emoji = "🎯";
  });
  await app.open("#/tree");

  const overlay = page.getByTestId("drop-overlay");
  await expect(overlay).not.toContainText("Drop the file");
  // A drag of a file built in the page, as the browser delivers it.
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: "application/json" }));
      return data;
    },
    { name: "dropped.json", text: file },
  );
  await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
  await expect(overlay).toContainText("Drop the file to import it");
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
  await expect(overlay).not.toContainText("Drop the file");
  await expect(app.heading).toHaveText(PREVIEW);
  await expect(page.getByTestId("import-file-name")).toHaveText("File: dropped.json");

  const unknown = page.getByRole("region", { name: "Fields SixTwo does not know" });
  await expect(page.getByTestId("import-unknown-count")).toHaveText("3 fields are not part of SixTwo's format and will not be kept.");
  await openList(page, SHOW_UNKNOWN);
  // In the order they appear in the file (the tool wrote "generator" last).
  await expect(unknown.getByRole("listitem")).toHaveText([
    "workspace.objectives[0].kpis[0].emoji",
    "workspace.objectives[2].colour",
    "generator",
  ]);
  await expect(page.getByTestId("import-unknown-more")).toHaveCount(0);
  expect(await app.storedText()).toBe(storedBefore);

  // Another file dropped on the preview takes the first one's place.
  const second = await page.evaluateHandle(
    (text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "second.json", { type: "application/json" }));
      return data;
    },
    edited(exported.text, (w) => {
      w.objectives = w.objectives.filter((o) => o.level === "strategic");
    }),
  );
  await page.dispatchEvent("main", "drop", { dataTransfer: second });
  await expect(page.getByTestId("import-file-name")).toHaveText("File: second.json");
  await expect(unknown).toHaveCount(0);
  await openList(page, SHOW_REMOVED);
  await expect(page.getByTestId("import-removed").getByRole("listitem")).toHaveCount(6);
  await page.getByRole("button", { name: "Replace with this file" }).click();
  await expect(app.registerCount).toHaveText("Showing 3 of 3 objectives.");
  await app.notice.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(app.registerCount).toHaveText("Showing 9 of 9 objectives.");
  await app.waitForSaved();
  expect((await app.storedEnvelope()).workspace).toEqual(JSON.parse(storedBefore).workspace);
  const storedAfterUndo = await app.storedText();

  // Dropping text (not a file) changes nothing; dropping two files is refused.
  await app.open("#/data");
  const words = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "S1 Grow");
    return data;
  });
  await page.dispatchEvent("main", "dragenter", { dataTransfer: words });
  await expect(overlay).not.toContainText("Drop the file");
  await page.dispatchEvent("main", "drop", { dataTransfer: words });
  await expect(refusal(page)).not.toContainText("could not be imported");
  const two = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(["{}"], "a.json"));
    data.items.add(new File(["{}"], "b.json"));
    return data;
  });
  await page.dispatchEvent("main", "drop", { dataTransfer: two });
  await expect(app.heading).toHaveText("Your data");
  await expect(refusal(page)).toContainText("Several files were dropped; import one file at a time.");
  expect(await app.storedText() === storedAfterUndo, "stored data unchanged").toBe(true);
});

test("the Data page with a refusal and the preview pass axe-core in English and Chinese", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  const file = edited(exported.text, (w, envelope) => {
    envelope.generator = "hand";
    w.objectives[0].title = "Changed in the file";
    w.objectives[0].updated = stamp(1);
    w.objectives.splice(8, 1);
  });

  await chooseFile(page, "broken.json", "{ not json");
  await expect(refusal(page)).toContainText("It is not valid JSON");
  await expectNoAxeViolations(page, "Data page with an import refusal (English)");
  await setLanguage(page, "简体中文");
  await expect(app.heading).toHaveText("您的数据");
  await expect(refusal(page)).toContainText("无法导入该文件");
  await expect(refusal(page)).toContainText("不是有效的 JSON");
  await expectNoAxeViolations(page, "Data page with an import refusal (Chinese)");

  await chooseFile(page, "changes.json", file, "选择要导入的 JSON 文件");
  await expect(app.heading).toHaveText("导入预览");
  await expect(page.getByTestId("import-unknown-count")).toHaveText("有 1 个字段不属于 SixTwo 的格式，导入后不会保留。");
  await openList(page, "显示 SixTwo 无法识别的字段");
  await expect(page.getByRole("region", { name: "SixTwo 无法识别的字段" })).toContainText("generator");
  await page.getByRole("button", { name: "显示内容不同的记录和将要更改的代码" }).click();
  await expect(page.getByRole("heading", { name: "内容不同的记录（1 个）" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /^采用文件中的：S1“Changed in the file”，.*（较新）$/ })).toBeChecked();
  await expectNoAxeViolations(page, "import preview (Chinese)");
  await setLanguage(page, "English");
  await expect(app.heading).toHaveText(PREVIEW);
  await page.getByRole("button", { name: SHOW_MERGE }).click();
  await expect(page.getByRole("radio", { name: /^Take theirs: S1 “Changed in the file”, changed .* \(newer\)$/ })).toBeChecked();
  await openList(page, SHOW_REMOVED);
  await openList(page, SHOW_CHANGED);
  await expect(page.getByTestId("import-removed")).toContainText("O3");
  await expectNoAxeViolations(page, "import preview (English)");

  // A merge that would break a rule says why, and refuses until decided otherwise.
  const clash = edited(exported.text, (w) => {
    Object.assign(w.objectives[1], { code: "S3", updated: stamp(1) });
    w.objectives[2].code = "S9";
  });
  await app.open("#/data");
  await chooseFile(page, "clash.json", clash);
  const merge = page.getByTestId("import-merge");
  await merge.getByRole("button", { name: SHOW_MERGE }).click();
  await expect(merge.getByRole("heading", { name: "Why this cannot be applied" })).toBeVisible();
  await expect(merge).toContainText("the code S3 is used more than once");
  const storedBefore = await app.storedText();
  await merge.getByRole("button", { name: "Merge into this workspace" }).click({ force: true });
  await expect(page.locator("#import-merge-error")).toBeFocused();
  await expect(page.locator("#import-merge-error")).toContainText("the code S3 is used more than once");
  expect(await app.storedText() === storedBefore, "stored data unchanged").toBe(true);
  await expectNoAxeViolations(page, "import preview with a refused merge (English)");
  await merge.getByRole("group", { name: "Objective S2" }).getByRole("radio", { name: /^Keep mine/ }).check();
  await expect(merge.getByRole("heading", { name: "Why this cannot be applied" })).toHaveCount(0);
  await merge.getByRole("button", { name: "Merge into this workspace" }).click();
  await expect(app.notice).toContainText("Merged clash.json into the workspace.");
});

test("a file with thousands of unknown fields and objectives lists the first ones and counts the rest", async ({ app, page }) => {
  await app.loadExample();
  await app.waitForSaved();
  const exported = await exportWorkspace(app);
  // 2,000 unknown fields and 60 more objectives.
  const file = edited(exported.text, (w) => {
    for (let i = 0; i < 2000; i += 1) w[`extra${i}`] = i;
    for (let i = 0; i < 60; i += 1) {
      w.objectives.push(newObjective((i + 100).toString(16), `X${i + 1}`, `Extra ${i + 1}`));
    }
  });
  await app.open("#/data");
  await chooseFile(page, "many.json", file);
  await expect(app.heading).toHaveText(PREVIEW);
  const unknown = page.getByRole("region", { name: "Fields SixTwo does not know" });
  await expect(page.getByTestId("import-unknown-count")).toHaveText("2,000 fields are not part of SixTwo's format and will not be kept.");
  await expect(page.getByRole("heading", { name: "Only in the file (60): added by every choice" })).toBeVisible();
  // The lists are closed at first: nothing of them is rendered, and each button says so.
  const showAdded = page.getByRole("button", { name: SHOW_ADDED, exact: true });
  await expect(showAdded).toHaveAttribute("aria-expanded", "false");
  await expect(showAdded).toHaveAttribute("aria-controls", "import-added-list");
  await expect(unknown.getByRole("listitem")).toHaveCount(0);
  await expect(page.getByTestId("import-added")).toHaveCount(0);
  await expect(page.getByTestId("import-unknown-more")).toHaveCount(0);
  await expectNoAxeViolations(page, "import preview with its lists closed (English)");
  // Opened from the keyboard (Enter), and closed again (Space).
  await showAdded.focus();
  await page.keyboard.press("Enter");
  const hideAdded = page.getByRole("button", { name: "Hide the objectives only in the file", exact: true });
  await expect(hideAdded).toBeFocused();
  await expect(hideAdded).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#import-added-list").getByTestId("import-added").getByRole("listitem")).toHaveCount(50);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("import-added")).toHaveCount(0);
  await expect(showAdded).toBeFocused();
  await openList(page, SHOW_ADDED);
  await openList(page, SHOW_UNKNOWN);
  await expect(unknown.getByRole("listitem")).toHaveCount(50);
  await expect(unknown.getByRole("listitem").first()).toHaveText("workspace.extra0");
  await expect(page.getByTestId("import-unknown-more")).toHaveText("…and 1,950 more fields.");
  await expect(page.getByTestId("import-added").getByRole("listitem")).toHaveCount(50);
  await expect(page.getByText("…and 10 more objectives.")).toBeVisible();
  await expectNoAxeViolations(page, "import preview with long lists (English)");
  await setLanguage(page, "简体中文");
  await expect(page.getByTestId("import-unknown-count")).toHaveText("有 2,000 个字段不属于 SixTwo 的格式，导入后不会保留。");
  await openList(page, "显示 SixTwo 无法识别的字段");
  await openList(page, "显示仅在文件中的目标");
  await expect(page.getByTestId("import-unknown-more")).toHaveText("……另有 1,950 个字段。");
  await expect(page.getByText("……另有 10 个目标。")).toBeVisible();
  await expectNoAxeViolations(page, "import preview with long lists (Chinese)");
  await setLanguage(page, "English");

  await page.getByRole("checkbox", { name: "Download a backup of the current workspace first" }).uncheck();
  await page.getByRole("button", { name: "Replace with this file" }).click();
  await expect(app.registerCount).toHaveText("Showing 69 of 69 objectives.");

  // The same file as a copy: all 69 codes are taken, the first 50 renames are listed.
  await app.open("#/data");
  await chooseFile(page, "many.json", file);
  const copy = page.getByTestId("import-copy");
  await copy.getByRole("button", { name: SHOW_COPY }).click();
  await expect(copy.getByTestId("import-renamed").getByRole("listitem")).toHaveCount(50);
  await expect(copy.getByTestId("import-renamed-more")).toHaveText("…and 19 more codes.");
  await copy.getByRole("button", { name: "Add as a copy" }).click();
  await expect(app.registerCount).toHaveText("Showing 138 of 138 objectives.");
});
