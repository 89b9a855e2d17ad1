// English and Simplified Chinese: the language menu, <html lang>, the remembered choice and
// the browser's language on the very first visit.
import { test, expect, App, PREFS_KEY, languageMenu, setLanguage } from "../support/app.js";

const ENGLISH_NAV = ["Overview", "Register", "Level tree", "Checklist", "Communications", "Evidence pack", "Self-assessment", "Clause 6.2 at a glance", "Policy", "Requirements", "Training", "Data", "Team sync", "Workspaces"];
const CHINESE_NAV = ["概览", "目标登记册", "目标层级树", "检查表", "沟通记录", "证据包", "自我评估", "条款 6.2 一览", "方针", "适用要求", "培训", "数据", "团队同步", "工作区"];

test.describe("language", () => {
  test("switching to Chinese and back changes the interface and <html lang>, and is remembered", async ({
    app,
    page,
  }) => {
    await app.open("#/register");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(app.nav("Main").getByRole("link", { includeHidden: true })).toHaveText(ENGLISH_NAV);

    // The menu names every language in its own language, each option marked as such.
    const menu = languageMenu(page);
    await expect(menu).toHaveAccessibleName("Language");
    await expect(menu.locator("option")).toHaveText(["English", "简体中文"]);
    await expect(menu.locator("option", { hasText: "简体中文" })).toHaveAttribute("lang", "zh-Hans");
    await expect(menu).toHaveValue("en");
    await menu.selectOption({ label: "简体中文" });
    // The interface is rebuilt in Chinese; the menu keeps the focus.
    await expect(menu).toBeFocused();

    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(app.nav("主导航").getByRole("link", { includeHidden: true })).toHaveText(CHINESE_NAV);
    await expect(app.heading).toHaveText("目标登记册");
    await expect(page).toHaveTitle("目标登记册 · SixTwo");
    await expect(page.getByTestId("save-status")).toContainText("暂无需要保存的内容");
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

    // The choice survives a reload.
    await app.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(app.nav("主导航").getByRole("link", { includeHidden: true })).toHaveText(CHINESE_NAV);
    await expect(app.heading).toHaveText("目标登记册");
    const prefs = await page.evaluate((key) => window.localStorage.getItem(key), PREFS_KEY);
    expect(prefs, "the language is stored with the preferences").toContain("zh-Hans");

    // And back to English.
    await expect(menu).toHaveAccessibleName("语言");
    await expect(menu).toHaveValue("zh-Hans");
    await menu.selectOption({ label: "English" });
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(app.nav("Main").getByRole("link", { includeHidden: true })).toHaveText(ENGLISH_NAV);
    await expect(app.heading).toHaveText("Objectives register");
    await expect(page).toHaveTitle("Objectives register · SixTwo");

    await app.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(app.heading).toHaveText("Objectives register");
  });

  test("a language chosen in one tab is taken by the other tabs, without a reload", async ({ app, context, page }) => {
    await app.open("#/register");
    const other = new App(await context.newPage());
    await other.open("#/tree");
    await other.page.evaluate(() => {
      window.__sameDocument = true;
    });

    await languageMenu(page).selectOption({ label: "简体中文" });
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(other.page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(other.heading).toHaveText("目标层级树");
    await expect(languageMenu(other.page)).toHaveValue("zh-Hans");

    await languageMenu(page).selectOption({ label: "English" });
    await expect(other.page.locator("html")).toHaveAttribute("lang", "en");
    await expect(other.heading).toHaveText("Tree of objective levels");
    expect(await other.page.evaluate(() => window.__sameDocument)).toBe(true);
  });

  test("the example is loaded in the chosen language and the data stays when switching", async ({ app, page }) => {
    await app.open("#/");
    await setLanguage(page, "简体中文");
    await page.getByRole("button", { name: "载入示例" }).first().click();
    await expect(page.getByTestId("notice")).toContainText("已载入示例组织。");
    await expect(page.getByTestId("count-Strategic")).toHaveText("3 个目标");

    await app.nav("主导航").getByRole("link", { name: "目标层级树" }).click();
    await expect(app.heading).toHaveText("目标层级树");
    await expect(page.getByRole("tree", { name: "按层级排列的目标" }).getByRole("treeitem", { name: /^S1 提升全球市场竞争力/ })).toBeVisible();

    // Switching the interface language does not translate the user's own data.
    await setLanguage(page, "English");
    await expect(app.heading).toHaveText("Tree of objective levels");
    await expect(app.treeItem("S1")).toHaveAccessibleName(/^S1 提升全球市场竞争力 Strategic Active No data KPIs: /);
  });
});

test.describe("first visit with a Chinese browser", () => {
  test.use({ locale: "zh-CN" });

  test("starts in Chinese because the browser prefers it", async ({ app, page }) => {
    expect(await page.evaluate(() => navigator.languages)).toContain("zh-CN");
    await app.open("#/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(app.heading).toHaveText("概览");
    await expect(app.nav("主导航").getByRole("link", { includeHidden: true })).toHaveText(CHINESE_NAV);
    await expect(languageMenu(page)).toHaveValue("zh-Hans");

    // An explicit choice wins over the browser language from then on.
    await setLanguage(page, "English");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await app.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(app.heading).toHaveText("Overview");
  });
});

test.describe("first visit with a browser in another language", () => {
  test.use({ locale: "fr-FR" });

  test("falls back to English", async ({ app, page }) => {
    await app.open("#/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(app.heading).toHaveText("Overview");
  });
});

test.describe("Chinese fonts", () => {
  /** The Simplified Chinese system fonts of Windows, macOS and Linux, by their usual names. */
  const CHINESE_FONTS = [
    "Microsoft YaHei",
    "微软雅黑",
    "DengXian",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
  ];

  /** The font families the browser computed for the element, unquoted. */
  async function fontFamilies(locator) {
    const computed = await locator.evaluate((element) => getComputedStyle(element).fontFamily);
    return computed.split(",").map((family) => family.trim().replace(/^"(.*)"$/, "$1"));
  }

  /** Every Chinese font is named, and all of them before the generic family, which ends the list. */
  function expectChineseStack(families, what) {
    for (const font of CHINESE_FONTS) {
      expect(families, `${what} names ${font}`).toContain(font);
      expect(families.indexOf(font), `${what}: ${font} before sans-serif`).toBeLessThan(
        families.indexOf("sans-serif"),
      );
    }
    expect(families.at(-1), what).toBe("sans-serif");
  }

  test("Chinese text names the Chinese fonts of every system and is drawn with a Chinese font", async ({
    app,
    page,
  }) => {
    await app.open("#/register");
    // In the English interface, the menu's Chinese option is marked zh-Hans.
    const chinese = languageMenu(page).locator("option", { hasText: "简体中文" });
    expectChineseStack(await fontFamilies(chinese), "the menu's Chinese option");
    await languageMenu(page).selectOption({ label: "简体中文" });
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    for (const [what, locator] of [
      ["the page", page.locator("body")],
      ["the heading", app.heading],
      ["a text field", page.getByRole("searchbox").or(page.getByRole("textbox")).first()],
      ["a button", page.getByRole("button").first()],
    ]) {
      expectChineseStack(await fontFamilies(locator), what);
    }

    // The heading's glyphs come from a font that has them (fonts-noto-cjk on Linux), not from
    // a Latin font's empty boxes.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "main h1" });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const used = fonts.map((font) => font.familyName);
    expect(used, "fonts drawing the Chinese heading").toContainEqual(
      expect.stringMatching(/CJK|Source Han|WenQuanYi|PingFang|YaHei|DengXian|Hiragino/),
    );
  });
});
