// The release build's Content-Security-Policy, a meta tag written by `cargo xtask finish-dist`
// with the hash of Trunk's inline loader: it is there before anything it governs, it allows no
// inline code, it is enforced, and the whole app runs under it without a single violation.
// (Every other spec runs under it too: this one watches for violations.)
import { test, expect, App, setLanguage } from "../support/app.js";
import { DIST, specPort, startStaticServer } from "../support/static-server.js";

const POLICY = new RegExp(
  "^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+; " +
    "style-src 'self'; img-src 'self' data: blob:; " +
    "connect-src 'self' https: http://localhost:\\* http://127\\.0\\.0\\.1:\\*; worker-src 'self'; " +
    "manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'$",
);

/** The headers README.md recommends for hosts that can set them (*Hosting*). */
const RECOMMENDED_HEADERS = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/**
 * Records the page's CSP violations (`securitypolicyviolation` events, from the first script
 * on) and the console's CSP messages.
 */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = `${event.sourceFile}:${event.lineNumber}`;
      const what = event.blockedURI || "inline";
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${what} at ${where} ${event.sample}`);
    });
  });
  const messages = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) messages.push(message.text());
  });
  return {
    messages,
    violations: () => page.evaluate(() => window.__cspViolations),
  };
}

/** Opens `hash` and checks that a real page (not "Page not found") is shown. */
async function visit(app, hash) {
  await app.open(hash);
  await expect(app.heading).not.toHaveText("Page not found");
}

test("the policy comes first in the page and allows no inline code but Trunk's loader", async ({
  page,
  app,
}) => {
  await app.open("#/");
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = await meta.getAttribute("content");
  expect(policy).toMatch(POLICY);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("'unsafe-eval'");
  // A meta policy governs only what follows it: nothing but <meta charset> comes before.
  const before = await meta.evaluate((element) => {
    const all = [...document.querySelectorAll("head > *, body script")];
    return all.slice(0, all.indexOf(element)).map((e) => e.outerHTML);
  });
  expect(before).toEqual([expect.stringMatching(/^<meta charset="utf-8">$/i)]);
});

test("every view, an objective, the wizards, dialogs and both languages run without a violation", async ({
  page,
  app,
}) => {
  const csp = await watchViolations(page);
  await app.loadExample();
  await app.waitForSaved();

  for (const [link, heading] of [
    ["Register", "Objectives register"],
    ["Level tree", "Tree of objective levels"],
    ["Checklist", "Clause 6.2 checklist"],
    ["Communications", "Communication register"],
    ["Evidence pack", "Clause 6.2 evidence pack"],
    ["Policy", "Organisation and policy"],
    ["Requirements", "Applicable requirements"],
    ["Data", "Your data"],
    ["Team sync", "Team sync"],
    ["Overview", "Overview"],
  ]) {
    await app.go(link, heading);
  }
  const envelope = await app.storedEnvelope();
  const byCode = Object.fromEntries(envelope.workspace.objectives.map((o) => [o.code, o.id]));
  for (const hash of [
    `#/objectives/${byCode.T1}`,
    `#/objectives/${byCode.O1}`,
    `#/objectives/${byCode.T1}/check-in`,
    `#/objectives/${byCode.T1}/review`,
    `#/objectives/${byCode.T1}/history`,
    `#/establish`,
    `#/plan?objective=${byCode.O1}`,
    "#/communications/new",
    "#/objectives/new",
    "#/import",
  ]) {
    await visit(app, hash);
  }

  // Inline styles set through the style object (`style:left=`) are allowed, unlike attributes:
  // the plan's timeline places its bars with them.
  await visit(app, `#/plan?objective=${byCode.O1}&step=dates`);
  const bar = page.locator(".timeline__bar").first();
  await expect(bar).toBeVisible();
  expect(await bar.evaluate((element) => element.style.width)).toMatch(/%$/);

  // Dialogs: "Move to…" on an objective and the confirmation before emptying the workspace.
  await visit(app, `#/objectives/${byCode.O1}`);
  await page.getByRole("main").getByRole("button", { name: "Move to…" }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await app.go("Data", "Your data");
  await page.getByRole("button", { name: "Empty the workspace…" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  // The other language rebuilds the whole interface.
  await setLanguage(page, "简体中文");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await app.nav("主导航").getByRole("link", { name: "目标层级树", exact: true }).click();
  await expect(app.heading).toHaveText("目标层级树");

  expect(await csp.violations()).toEqual([]);
  expect(csp.messages).toEqual([]);
});

test("the policy is enforced: injected inline script and style attributes are refused", async ({
  page,
  app,
}) => {
  const csp = await watchViolations(page);
  await app.open("#/");
  const outcome = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.body.append(script);
    const styled = document.createElement("p");
    styled.setAttribute("style", "color: rgb(255, 0, 0)");
    document.body.append(styled);
    return { ran: window.__injected === true, color: getComputedStyle(styled).color };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.color).not.toBe("rgb(255, 0, 0)");
  await expect
    .poll(() => csp.violations())
    .toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/),
      expect.stringMatching(/^style-src-attr blocked inline/),
    ]);
});

test("the app also runs with the headers README recommends", async ({ page }) => {
  const server = await startStaticServer({
    root: DIST,
    port: specPort(6),
    headers: RECOMMENDED_HEADERS,
  });
  try {
    const csp = await watchViolations(page);
    const app = new App(page);
    const response = await page.goto(`${server.url}#/`);
    expect(response.headers()["content-security-policy"]).toBe("frame-ancestors 'none'");
    await app.ready();
    await page.getByRole("button", { name: "Load the example" }).first().click();
    await expect(page.getByTestId("count-Strategic")).toHaveText("3 objectives");
    await app.go("Level tree", "Tree of objective levels");
    await expect(page.getByRole("treeitem")).toHaveCount(9);
    expect(await csp.violations()).toEqual([]);
    expect(csp.messages).toEqual([]);
  } finally {
    await server.close();
  }
});
