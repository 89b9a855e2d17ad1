// Renders the app's PNG icons (public/icons/icon-192.png and icon-512.png, named in the web
// app manifest) from public/favicon.svg in headless Chromium. Run once after changing the
// icon, from tests/e2e: `node scripts/render-icons.mjs`; the PNGs are committed.
import { chromium } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const svg = await readFile(join(repo, "public", "favicon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.SIXTWO_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="${source}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    const path = join(repo, "public", "icons", `icon-${size}.png`);
    await page.screenshot({ path, omitBackground: true });
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
}
