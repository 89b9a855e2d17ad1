// Languages other than English are a messages file of their own in the release build
// (`messages/<tag>-<hash>.txt`), fetched before the first render when the page opens in that
// language and on switching to it: the first paint is in the right language, the file is
// fetched once, the service worker keeps it for offline use, and a file that cannot be fetched
// leaves the interface in English with a notice that says so.
import { test, expect, App, languageMenu, setLanguage, expectNoAxeViolations } from "../support/app.js";
import { deploySite, specPort } from "../support/static-server.js";

const CHINESE_FILE = /\/messages\/zh-Hans-[0-9a-f]{16}\.txt$/;

/** Counts the page's requests for the Chinese messages file. */
function countChineseFetches(page) {
  const seen = { count: 0 };
  page.on("request", (request) => {
    if (CHINESE_FILE.test(new URL(request.url()).pathname)) seen.count += 1;
  });
  return seen;
}

/**
 * Records the language and main heading of the first frame in which the app drew anything,
 * so a test can tell what the first paint showed (not what the page shows later).
 */
function recordFirstPaint() {
  const take = () => {
    const heading = document.querySelector("main h1");
    if (!heading || window.__sixtwoFirstPaint) return;
    window.__sixtwoFirstPaint = {
      lang: document.documentElement.lang,
      heading: heading.textContent,
      body: document.body.innerText,
    };
  };
  new MutationObserver(take).observe(document, { childList: true, subtree: true, characterData: true });
}

test.describe("a Chinese browser on its first visit", () => {
  test.use({ locale: "zh-CN" });

  test("shows Chinese on the first paint, having fetched the Chinese messages once", async ({ page, context }) => {
    const fetches = countChineseFetches(page);
    await context.addInitScript(recordFirstPaint);
    const app = new App(page);
    await app.open("#/");
    await expect(app.heading).toHaveText("概览");
    const first = await page.evaluate(() => window.__sixtwoFirstPaint);
    expect(first.heading, "the first heading drawn").toBe("概览");
    expect(first.lang).toBe("zh-Hans");
    expect(first.body, "no English in the first frame").not.toContain("Overview");
    expect(first.body).not.toContain("Register");
    expect(fetches.count).toBe(1);
  });

  test("a blocked messages file leaves the interface in English and says so; choosing Chinese again retries", async ({
    browser,
  }) => {
    // Without the service worker, whose copy would answer the retry (and which page.route
    // cannot see), as on a site where it cannot register.
    const context = await browser.newContext({ locale: "zh-CN", serviceWorkers: "block" });
    const page = await context.newPage();
    await page.route(CHINESE_FILE, (route) => route.abort("blockedbyclient"));
    const app = new App(page);
    await app.open("#/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(app.heading).toHaveText("Overview");
    await expect(app.notice).toContainText(
      "The 简体中文 texts could not be downloaded (offline, or the request was blocked), so SixTwo is shown in English.",
    );
    await expect(languageMenu(page)).toHaveValue("en");
    await expectNoAxeViolations(page, "English after the Chinese texts were blocked");

    // Still blocked: choosing Chinese says so again and the menu stays on English.
    await setLanguage(page, "简体中文");
    await expect(app.notice).toContainText("The 简体中文 texts could not be downloaded");
    await expect(languageMenu(page)).toHaveValue("en");
    await expect(app.heading).toHaveText("Overview");

    await page.unroute(CHINESE_FILE);
    await setLanguage(page, "简体中文");
    await expect(app.heading).toHaveText("概览");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(languageMenu(page)).toHaveValue("zh-Hans");
    await context.close();
  });
});

test("an English visit fetches no Chinese; switching fetches it once and works both ways", async ({ app, page }) => {
  const fetches = countChineseFetches(page);
  await app.open("#/register");
  await expect(app.heading).toHaveText("Objectives register");
  expect(fetches.count, "English needs no messages file").toBe(0);

  await setLanguage(page, "简体中文");
  await expect(app.heading).toHaveText("目标登记册");
  await expect(languageMenu(page)).toBeFocused();
  await setLanguage(page, "English");
  await expect(app.heading).toHaveText("Objectives register");
  await setLanguage(page, "简体中文");
  await expect(app.heading).toHaveText("目标登记册");
  expect(fetches.count, "fetched once per visit").toBe(1);
});

test("after one visit both languages work without a network", async ({ page, context }) => {
  const site = await deploySite(specPort(7));
  try {
    const app = new App(page);
    await app.openControlled(`${site.server.url}#/`);
    await expect(app.heading).toHaveText("Overview");

    await context.setOffline(true);
    await site.server.close();
    await setLanguage(page, "简体中文");
    await expect(app.heading).toHaveText("概览");
    // Reopened offline, the page starts in Chinese from the service worker's copy.
    await app.reload();
    await expect(app.heading).toHaveText("概览");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await setLanguage(page, "English");
    await expect(app.heading).toHaveText("Overview");
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});
