import type { Locator, Page } from "playwright-core";

/** The app around every screen: addresses, the main navigation, the sync status. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens a hash route (`#/today`) and waits for the app to leave its loading state. */
  async open(hash = "#/today"): Promise<void> {
    await this.page.goto(`/${hash}`);
    await this.page.getByRole("heading", { level: 1 }).first().waitFor();
  }

  /** Follows a hash link inside the running app (no reload). */
  async go(hash: string): Promise<void> {
    await this.page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await this.page.getByRole("heading", { level: 1 }).first().waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.getByRole("heading", { level: 1 }).first().waitFor();
  }

  /**
   * Waits until the service worker has cached the app and controls this page, as it would on a phone
   * that opened Backstride before: only then do lazily loaded screens open with no signal.
   */
  async waitUntilAvailableOffline(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const controlled = await this.page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) await this.reload();
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  heading(name: string | RegExp, level = 1): Locator {
    return this.page.getByRole("heading", { name, level });
  }

  async tab(label: "Today" | "Log" | "Progress" | "Guide" | "More"): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
  }

  /** The sync status in the top bar ("Offline · 2 waiting", "Synced"). */
  syncStatus(): Locator {
    return this.page.locator("header").getByRole("status");
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole("button", { name: "Sync now" }).click();
  }
}
