import type { Locator, Page } from "playwright-core";

/** The runner's Coaches and sharing screen: invite code, who has access, who looked, messages. */
export class SharingPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "Coaches and sharing", level: 1 }).waitFor();
    await this.page.getByRole("heading", { name: "Who has access", level: 2 }).waitFor();
  }

  /** Enters a code and checks it; the preview names the coach who invites. */
  async enterCode(code: string): Promise<void> {
    await this.page.getByLabel("Invite code").fill(code);
    await this.page.getByRole("button", { name: "Check code" }).click();
  }

  async giveAccess(): Promise<void> {
    await this.page.getByRole("button", { name: "Give access" }).click();
  }

  section(name: string): Locator {
    return this.page.getByRole("region", { name });
  }

  accessList(): Locator {
    return this.section("Who has access");
  }

  auditList(): Locator {
    return this.section("Who looked at your data");
  }

  /** Remove access, then confirm. */
  async removeAccess(coachName: string): Promise<void> {
    await this.page.getByRole("button", { name: `Remove access: ${coachName}` }).click();
    await this.page.getByRole("button", { name: "Yes, remove access" }).click();
  }
}
