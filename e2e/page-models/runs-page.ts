import type { Locator, Page } from "playwright-core";

/** Every run, newest first, each a link to its page. */
export class RunsPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "Runs", level: 1 }).waitFor();
  }

  runLinks(): Locator {
    return this.page.locator("main").getByRole("listitem").getByRole("link");
  }

  /** The run on a day ("10 Mar 2026"), by the words its row starts with. */
  run(dateWords: string): Locator {
    return this.runLinks().filter({ hasText: dateWords });
  }
}
