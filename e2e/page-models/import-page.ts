import type { Locator, Page } from "playwright-core";

/** Import runs from watch files: pick files, then one result card per file. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "Import runs", level: 1 }).waitFor();
  }

  async choose(paths: string[]): Promise<void> {
    await this.page.locator('main input[type="file"]').setInputFiles(paths);
  }

  /** The result card of one file (the newest, when the same file was chosen twice). */
  result(fileName: string): Locator {
    return this.page
      .getByRole("region", { name: "Files" })
      .getByRole("listitem")
      .filter({ has: this.page.getByText(fileName, { exact: true }) })
      .first();
  }
}
