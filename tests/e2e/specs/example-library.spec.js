// The example library: the overview of an empty workspace and the Data page offer every model
// answer with its name and summary; each of the three added organisations loads from its own
// button in English and in Chinese, the register lists its objectives, and axe finds nothing.
import { test, expect, expectNoAxeViolations, setLanguage } from "../support/app.js";

const LIBRARY = [
  {
    id: "saas-team",
    en: "Example Cloud Ledger Ltd.",
    zh: "示例云账本有限公司",
    summary: { en: /A small SaaS team of eight/, zh: /一个八人 SaaS 小团队/ },
    codes: ["S1", "S2", "O1", "O2", "O3"],
  },
  {
    id: "data-protection-it",
    en: "Example Retail Group, IT Department",
    zh: "示例零售集团信息技术部",
    summary: { en: /driven by data-protection law/, zh: /以个人信息保护法律要求驱动目标/ },
    codes: ["S1", "T1", "T2", "T3", "O1", "O2"],
  },
  {
    id: "supplier-service-desk",
    en: "Example Logistics Co., IT Service Desk",
    zh: "示例物流有限公司 IT 服务台",
    summary: { en: /A service desk whose first line is outsourced/, zh: /一个一线支持外包的服务台/ },
    codes: ["S1", "T1", "T2", "O1", "O2", "O3"],
  },
];

const WORDS = {
  en: { load: (name) => `Load “${name}”`, loaded: "The example organisation was loaded.", more: "More example organisations" },
  zh: { load: (name) => `载入“${name}”`, loaded: "已载入示例组织。", more: "更多示例组织" },
};

test("the overview of an empty workspace offers all four example organisations with their summaries", async ({ app, page }) => {
  await app.open("#/");
  const start = page.locator(".panel--start");
  await expect(start.getByText("Example IT Services Ltd.")).toBeVisible();
  const library = page.getByTestId("example-library");
  await expect(library.getByRole("heading", { name: "More example organisations" })).toBeVisible();
  for (const example of LIBRARY) {
    await expect(library.getByText(example.en, { exact: true })).toBeVisible();
    await expect(library.getByText(example.summary.en)).toBeVisible();
    await expect(library.getByRole("button", { name: WORDS.en.load(example.en) })).toBeVisible();
  }
  // The default example keeps its own button, and no library button is taken for it.
  await expect(page.getByRole("button", { name: "Load the example" })).toHaveCount(1);
  await expectNoAxeViolations(page, "the overview offering the example library");
});

for (const lang of ["en", "zh"]) {
  for (const example of LIBRARY) {
    test(`${example.id} loads from its button in ${lang === "en" ? "English" : "Chinese"} and the register shows its objectives`, async ({
      app,
      page,
    }) => {
      const words = WORDS[lang];
      const name = example[lang];
      await app.open("#/");
      if (lang === "zh") {
        await setLanguage(page, "简体中文");
      }
      const library = page.getByTestId("example-library");
      await expect(library.getByRole("heading", { name: words.more })).toBeVisible();
      await expect(library.getByText(example.summary[lang])).toBeVisible();
      await library.getByRole("button", { name: words.load(name) }).click();
      await expect(app.notice).toContainText(words.loaded);

      // The note names the loaded example.
      const note = page.getByTestId("example-note");
      await expect(note.getByText(name, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, `the overview with ${example.id} (${lang})`);

      await app.open("#/register");
      const table = page.getByRole("main").getByRole("table");
      for (const code of example.codes) {
        await expect(table.getByRole("link", { name: code, exact: true })).toBeVisible();
      }
      await expectNoAxeViolations(page, `the register of ${example.id} (${lang})`);
    });
  }
}

test("on the Data page an example of the library replaces a workspace only after confirming", async ({ app, page }) => {
  await app.loadExample();
  await app.open("#/data");
  const library = page.getByTestId("example-library");
  const example = LIBRARY[2];
  await library.getByRole("button", { name: WORDS.en.load(example.en) }).click();
  const dialog = page.getByRole("dialog", { name: "Replace your workspace with the example?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await library.getByRole("button", { name: WORDS.en.load(example.en) }).click();
  await dialog.getByRole("button", { name: "Replace" }).click();
  await expect(app.notice).toContainText(WORDS.en.loaded);
  await expect(page.getByTestId("example-note").getByText(example.en, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "the Data page with the example library");
});
