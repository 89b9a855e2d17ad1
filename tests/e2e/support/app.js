// Shared helpers for the end-to-end specs: a small page object that drives SixTwo the way a
// person does (roles, labels, visible text, the keyboard), plus the axe-core check and the
// init scripts that simulate broken browser storage.
//
// English texts here are the ones in locales/en; Chinese ones are named in the
// specs that need them.
import { test as base, expect } from "@playwright/test";
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import zlib from "node:zlib";

const require = createRequire(import.meta.url);

/** The axe-core build injected into pages for the accessibility checks. */
export const AXE_PATH = require.resolve("axe-core/axe.min.js");
/** The localStorage key holding the workspace envelope (src/storage/mod.rs). */
export const WORKSPACE_KEY = "sixtwo.workspace";

/** What SixTwo's compact stored form (`src/io/compact.rs`) holds: the header line names the
 * version and the sizes, then DEFLATE bytes packed 15 bits per UTF-16 unit above U+0020.
 * Text in another form is returned as it is. */
export function unpackStored(raw) {
  if (raw === null || !raw.startsWith('{"format":"sixtwo-stored"')) return raw;
  const newline = raw.indexOf("\n");
  const header = JSON.parse(raw.slice(0, newline));
  const bytes = Buffer.alloc(header.packedBytes);
  let buffer = 0;
  let held = 0;
  let count = 0;
  for (let i = newline + 1; i < raw.length && count < header.packedBytes; i += 1) {
    buffer = (buffer << 15) | (raw.charCodeAt(i) - 0x20);
    held += 15;
    while (held >= 8 && count < header.packedBytes) {
      held -= 8;
      bytes[count] = (buffer >> held) & 0xff;
      count += 1;
    }
    buffer &= (1 << held) - 1;
  }
  return zlib.inflateRawSync(bytes).toString("utf8");
}
/** The localStorage key holding interface preferences. */
export const PREFS_KEY = "sixtwo.prefs";

/** The localStorage key of unfinished wizards (src/storage/mod.rs). */
export const DRAFTS_KEY = "sixtwo.drafts";

/** The stored drafts of unfinished wizards, parsed (null when there are none). */
export async function storedDrafts(page) {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), DRAFTS_KEY);
  return text === null ? null : JSON.parse(text);
}

/** Loads the example, waits until it is stored and returns its stored objectives by code. */
export async function loadExampleByCode(app) {
  await app.loadExample();
  await app.waitForSaved();
  const { workspace } = await app.storedEnvelope();
  return Object.fromEntries(workspace.objectives.map((o) => [o.code, o]));
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regular expression matching text that starts with `code` followed by a space. */
export function startsWithCode(code) {
  return new RegExp(`^${escapeRegExp(code)}\\s`);
}

/** Reads a finished download as UTF-8 text. */
export async function downloadText(download) {
  const path = await download.path();
  return readFile(path, "utf8");
}

/** The language menu in the header, named "Language" or "语言" by the interface's language. */
export function languageMenu(page) {
  return page.getByRole("combobox", { name: /^(Language|语言)$/ });
}

/** Chooses a language from the header's menu by its own name ("English", "简体中文"). */
export async function setLanguage(page, nativeName) {
  await languageMenu(page).selectOption({ label: nativeName });
}

/** The page object for one tab of SixTwo. */
export class App {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  // ----- navigation and waiting -----

  /** Opens `hash` (such as `#/register`) and waits until the app has rendered the view. */
  async open(hash = "#/") {
    await this.page.goto(`/${hash}`);
    // A change of the fragment alone is a same-document navigation: let its `hashchange`
    // task (and the re-render it causes) run before looking at the page. A message-channel
    // round trip is a fresh task even while a test has paused the page's clock.
    await this.page.evaluate(
      () =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
    );
    await this.ready();
  }

  /** Reloads the tab and waits for the app. */
  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** Waits until the WebAssembly app has mounted and shows a page heading. */
  async ready() {
    await expect(this.page.locator("main h1")).toBeVisible();
  }

  /** Opens `url` and waits for the app and for its service worker to control the page. */
  async openControlled(url) {
    await this.page.goto(url);
    await this.ready();
    await expect
      .poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
  }

  /** The main heading of the current view. */
  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The main navigation (its name depends on the language). */
  nav(name = "Main") {
    return this.page.getByRole("navigation", { name });
  }

  /**
   * A link of the main navigation, made visible first: the header shows the main places and
   * keeps the others behind "More", and a phone keeps them all behind "Menu"; those buttons
   * are opened as a person would.
   */
  async navLink(linkName, navName = "Main") {
    const link = this.nav(navName).getByRole("link", { name: linkName, exact: true });
    if (await link.isVisible()) return link;
    const header = this.page.locator("header.app-header");
    const menu = header.locator("#app-menu-button");
    if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") {
      await menu.click();
    }
    if (await link.isVisible()) return link;
    const more = this.nav(navName).locator("#app-nav-more-button");
    if ((await more.isVisible()) && (await more.getAttribute("aria-expanded")) === "false") {
      await more.click();
    }
    await expect(link).toBeVisible();
    return link;
  }

  /** Follows a link of the main navigation and waits for the new view's heading. */
  async go(linkName, headingName) {
    await (await this.navLink(linkName)).click();
    if (headingName) {
      await expect(this.heading).toHaveText(headingName);
    }
  }

  // ----- frame: save status, notices, banners -----

  /** The always-visible save status in the header. */
  get saveStatus() {
    return this.page.getByTestId("save-status");
  }

  /** Waits until the latest change is stored in this browser. */
  async waitForSaved() {
    await expect(this.saveStatus).toContainText("Saved in this browser at");
  }

  /** The polite live region that announces what just happened. */
  get notice() {
    return this.page.getByTestId("notice");
  }

  /** A storage banner (an alert with a heading) by its title. */
  banner(title) {
    return this.page.getByRole("alert").filter({
      has: this.page.getByRole("heading", { name: title }),
    });
  }

  // ----- the workspace -----

  /** Loads the example from the overview, which must show an empty workspace. */
  async loadExample() {
    await this.open("#/");
    await this.page.getByRole("button", { name: "Load the example" }).first().click();
    await expect(this.notice).toContainText("The example organisation was loaded.");
    await expect(this.page.getByTestId("count-Strategic")).toHaveText("3 objectives");
  }

  /** The text stored under the workspace key exactly as stored (null when nothing is). */
  async storedRaw() {
    return this.page.evaluate((key) => window.localStorage.getItem(key), WORKSPACE_KEY);
  }

  /** The stored workspace envelope as JSON text, unpacked from the compact stored form (null
   * when nothing is stored; text that is not in the compact form as it is). */
  async storedText() {
    return unpackStored(await this.storedRaw());
  }

  /** The stored workspace envelope, parsed. */
  async storedEnvelope() {
    const text = await this.storedText();
    return text === null ? null : JSON.parse(text);
  }

  /** The stored objectives, by code: { code: { title, level, parentCode } }. */
  async storedObjectives() {
    const envelope = await this.storedEnvelope();
    const objectives = envelope?.workspace?.objectives ?? [];
    const byId = new Map(objectives.map((o) => [o.id, o]));
    return Object.fromEntries(
      objectives.map((o) => [
        o.code,
        { title: o.title, level: o.level, parentCode: o.parent ? byId.get(o.parent)?.code : null },
      ]),
    );
  }

  // ----- the "New objective" form -----

  /**
   * Fills in and submits the "New objective" form, which must be open. `level` is the visible
   * label (Strategic, Tactical, Operational); `parent` is the parent's code, picked from the
   * filterable parent list box.
   */
  async createObjective({ level, parent, code, title }) {
    const page = this.page;
    await expect(this.heading).toHaveText("New objective");
    if (level) {
      await page.getByRole("combobox", { name: "Level" }).selectOption({ label: level });
    }
    if (parent) {
      await page.getByRole("searchbox", { name: "Search" }).fill(parent);
      const list = page.getByRole("listbox", { name: "Parent objective" });
      const option = list.getByRole("option", { name: startsWithCode(parent) });
      await expect(option).toHaveCount(1);
      await list.selectOption({ label: await option.innerText() });
    }
    await page.getByRole("textbox", { name: "Code" }).fill(code);
    await page.getByRole("textbox", { name: "Title" }).fill(title);
    await page.getByRole("button", { name: "Create objective" }).click();
    await expect(this.heading).toHaveText(`${code} ${title}`);
    await expect(this.notice).toContainText(`Created ${code}.`);
  }

  // ----- the register -----

  /** The register table. */
  get register() {
    return this.page.getByRole("table", { name: "Objectives register" });
  }

  /** The "Showing n of m objectives." line. */
  get registerCount() {
    return this.page.getByTestId("register-count");
  }

  /** The register row of the objective with `code`. */
  registerRow(code) {
    return this.register
      .getByRole("row")
      .filter({ has: this.page.getByRole("link", { name: code, exact: true }) });
  }

  /** The code links of the register rows, top to bottom (assert with `toHaveText([...])`). */
  get registerCodes() {
    return this.register.getByRole("row").getByRole("link");
  }

  /** The `column` cell (by column header name) of `code`'s row, as a locator. */
  async registerCell(code, column) {
    const headers = (await this.register.getByRole("columnheader").allInnerTexts()).map((h) =>
      h.replace(/[▲▼]/g, "").trim(),
    );
    const index = headers.indexOf(column);
    expect(index, `register column "${column}" among ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
    return this.registerRow(code).getByRole("cell").nth(index);
  }

  // ----- the tree -----

  /** The tree of objective levels. */
  get tree() {
    return this.page.getByRole("tree");
  }

  /** The tree item of the objective with `code`. */
  treeItem(code) {
    return this.tree.getByRole("treeitem", { name: startsWithCode(code) });
  }

  /**
   * The rendered tree rows, top to bottom, as { name, level, expanded, selected }, read from
   * the ARIA attributes assistive technology relies on.
   */
  async treeRows() {
    return this.tree.getByRole("treeitem").evaluateAll((items) =>
      items.map((item) => {
        const label = document.getElementById(item.getAttribute("aria-labelledby") ?? "");
        return {
          name: (label?.textContent ?? "").replace(/\s+/g, " ").trim(),
          level: Number(item.getAttribute("aria-level")),
          expanded: item.getAttribute("aria-expanded"),
          selected: item.getAttribute("aria-selected"),
        };
      }),
    );
  }

  /** Codes and levels of the rendered tree rows: ["S1@1", "T1@2", …]. */
  async treeOutline() {
    const rows = await this.treeRows();
    return rows.map((row) => `${row.name.split(" ")[0]}@${row.level}`);
  }

  /** Describes the focused element, for assertions about `document.activeElement`. */
  async activeElement() {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return null;
      const labelledBy = element.getAttribute("aria-labelledby");
      const label = labelledBy ? document.getElementById(labelledBy)?.textContent : null;
      return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        role: element.getAttribute("role"),
        name: (label ?? element.textContent ?? "").replace(/\s+/g, " ").trim(),
        selected: element.getAttribute("aria-selected"),
      };
    });
  }
}

/**
 * Runs axe-core on the whole document and fails with every violation's id, help text and
 * target nodes, so the report says exactly what to fix.
 */
export async function expectNoAxeViolations(page, where) {
  const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!loaded) {
    // Evaluated rather than added as a <script>: the page's Content-Security-Policy refuses
    // inline scripts, and the tests run under it.
    await page.evaluate(`${await readFile(AXE_PATH, "utf8")}\n;undefined`);
  }
  const results = await page.evaluate(async () => {
    const outcome = await window.axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
      resultTypes: ["violations"],
    });
    return outcome.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(" "),
        html: node.html.slice(0, 200),
        summary: node.failureSummary,
      })),
    }));
  });
  const report = results
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes
          .map((n) => `    node ${n.target}\n      ${n.html}\n      ${(n.summary ?? "").replace(/\n/g, "\n      ")}`)
          .join("\n"),
    )
    .join("\n");
  expect(results, `axe-core violations on ${where}:\n${report}`).toEqual([]);
}

// ----- init scripts that simulate storage trouble (run before the app's own scripts) -----

/** Makes reading `window.localStorage` throw a SecurityError, as when site data is blocked. */
export function blockLocalStorage() {
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    },
  });
}

/**
 * Makes `localStorage.setItem` throw a QuotaExceededError for the workspace key once it has
 * succeeded `allowed` times. `window.__sixtwoQuota.release()` lifts the limit again (the user
 * freed some space).
 */
export function fillQuotaAfter({ key, allowed }) {
  const original = Storage.prototype.setItem;
  let calls = 0;
  let full = true;
  window.__sixtwoQuota = {
    release() {
      full = false;
    },
    get refused() {
      return Math.max(0, calls - allowed);
    },
  };
  Storage.prototype.setItem = function setItem(name, value) {
    if (String(name) === key && full) {
      calls += 1;
      if (calls > allowed) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
    }
    return original.call(this, name, value);
  };
}

/** The example organisation's files (examples/catalog.json lists them). */
const EXAMPLE_FILE = /\/examples\/managed-services\.[A-Za-z-]+\.json$/;

/**
 * The model example as documented before any records were kept, for specs about other features
 * that start from it and add their own records: no measurements, reviews, communications,
 * approvals, later revisions or "also contributes to" links, no milestone KPI, no function
 * marked not relevant, a plan for O1 only, every objective created on the example's anchor day
 * (today once loaded). The example with its history is tested in example.spec.js.
 */
export function bareExample(file) {
  const workspace = file.workspace;
  const anchor = "2026-11-30T00:00:00Z";
  workspace.communications = [];
  const organisation = workspace.organisation;
  const notRelevant = (organisation.functionsNotRelevant ?? []).map((mark) => mark.function);
  organisation.functions = organisation.functions.filter((f) => !notRelevant.includes(f));
  delete organisation.functionsNotRelevant;
  delete organisation.document.approvedBy;
  delete organisation.document.approvedOn;
  for (const objective of workspace.objectives) {
    objective.created = anchor;
    objective.updated = anchor;
    objective.revisions = [{ number: 1, at: anchor }];
    delete objective.reviews;
    delete objective.approval;
    delete objective.contributesTo;
    delete objective.updating.lastReviewed;
    objective.kpis = objective.kpis.filter((kpi) => kpi.direction !== "milestone");
    for (const kpi of objective.kpis) {
      delete kpi.measurements;
      delete kpi.boundary;
    }
    if (objective.code === "O1") {
      // Planned from today: every action still to do, evaluated on the target date.
      const targets = objective.kpis.map((kpi) => kpi.targetDate).filter(Boolean).sort();
      delete objective.plan.approval;
      delete objective.plan.evaluation.result;
      objective.plan.evaluation.date = targets[targets.length - 1];
      const later = (days) => {
        const date = new Date(anchor);
        date.setUTCDate(date.getUTCDate() + days);
        return date.toISOString().slice(0, 10);
      };
      objective.plan.actions.forEach((action, index) => {
        delete action.status;
        action.start = later(14 + 16 * index);
        action.due = later(120 + 30 * index);
      });
    } else {
      delete objective.plan;
    }
  }
  return file;
}

/** Answers requests for the example's files with [`bareExample`]. */
async function serveBareExample(route) {
  try {
    const response = await route.fetch();
    const file = bareExample(await response.json());
    await route.fulfill({ response, json: file });
  } catch {
    // The test ended while the file was on its way (the service worker precaches it).
  }
}

/**
 * The Playwright `test` with an `app` fixture (the page object for the test's page) and the
 * `fullExample` option: false (the default) serves the example as [`bareExample`] describes.
 */
/** Init script: opens every "Edit" disclosure (`details.fold`) as soon as it is rendered. */
function openFolds() {
  const open = () => {
    for (const fold of document.querySelectorAll("details.fold:not([open])")) {
      fold.open = true;
    }
  };
  new MutationObserver(open).observe(document, { childList: true, subtree: true });
}

export const test = base.extend({
  fullExample: [false, { option: true }],
  // The objective page folds the fields that define a KPI and the objective's wording and
  // place behind "Edit" disclosures. Specs that edit those fields get them unfolded; the
  // objective-page spec sets this to false to test the folds themselves.
  foldsOpen: [true, { option: true }],
  context: async ({ context, fullExample, foldsOpen }, use) => {
    if (!fullExample) {
      await context.route(EXAMPLE_FILE, serveBareExample);
    }
    if (foldsOpen) {
      await context.addInitScript(openFolds);
    }
    await use(context);
  },
  app: async ({ page }, use) => {
    await use(new App(page));
  },
});

export { expect };
