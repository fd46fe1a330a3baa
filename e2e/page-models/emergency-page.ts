import type { Locator, Page } from "playwright-core";

/** The full-screen emergency instruction: go now, what to say, nothing else on the screen. */
export class EmergencyPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole("heading", { name: "Go to emergency care now", level: 1 });
  }

  whatToSay(): Locator {
    return this.page.getByRole("heading", { name: "What to say when you arrive" });
  }

  /** Is this the only thing on screen (no tabs, no plan)? */
  async isAlone(): Promise<boolean> {
    const nav = await this.page.getByRole("navigation", { name: "Main" }).count();
    const today = await this.page.getByRole("heading", { name: "Today", level: 1 }).count();
    return nav === 0 && today === 0;
  }
}
