import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const screenshotDir = path.resolve(import.meta.dirname, "..", "screenshots");

export const viewports = {
  mobile: { width: 360, height: 800 },
  desktop: { width: 1280, height: 800 },
} as const;

/** Debian's chromium, as root, with no network chatter (the machine has no network but the registries). */
export async function launchBrowser(): Promise<Browser> {
  return await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function newMobileContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return await browser.newContext({ baseURL, viewport: viewports.mobile, deviceScaleFactor: 1, hasTouch: true });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true, timeout: 60_000 });
}
