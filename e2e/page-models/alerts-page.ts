import type { Locator, Page } from "playwright-core";

/** The coach's Alerts screen and the bell in the top bar. */
export class AlertsPage {
  constructor(private readonly page: Page) {}

  bell(): Locator {
    return this.page.getByRole("link", { name: /^Alerts, / });
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "Alerts", level: 1 }).waitFor();
    await this.page.getByRole("heading", { name: /^Inbox/, level: 2 }).waitFor();
  }

  inbox(): Locator {
    return this.page.getByRole("region", { name: /^Inbox/ });
  }

  /** Turns the daily digest off, or on at a local hour ("07:00"), and saves. */
  async setDigest(hourLabel: string | null): Promise<void> {
    const settings = this.page.getByRole("region", { name: "Alert settings" });
    const digest = settings.getByLabel("Email me a daily digest of unread alerts");
    if (hourLabel === null) await digest.uncheck();
    else {
      await digest.check();
      await settings.getByLabel("Digest time (your time zone)").selectOption({ label: hourLabel });
    }
    await settings.getByRole("button", { name: "Save alert settings" }).click();
    await settings.getByRole("status").filter({ hasText: "Alert settings saved." }).waitFor();
  }
}
